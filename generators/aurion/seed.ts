// Loads plain records into fresh @msw/data collections.
import { createAurionCollections } from '../../mocks/models/aurion.ts'
import type { AurionCollections, AurionRecords } from '../../mocks/models/aurion.ts'

/** createMany validates every record; chunks keep the number of pending promises bounded. */
const CHUNK = 5_000

interface Fillable<T> {
  createMany(count: number, factory: (index: number) => T): Promise<unknown>
}

async function fill<T>(collection: Fillable<T>, records: readonly T[]): Promise<void> {
  for (let offset = 0; offset < records.length; offset += CHUNK) {
    const size = Math.min(CHUNK, records.length - offset)
    await collection.createMany(size, (i) => records[offset + i] as T)
  }
}

export async function seedAurionCollections(records: AurionRecords): Promise<AurionCollections> {
  const collections = createAurionCollections()
  await fill(collections.tenants, records.tenants)
  await fill(collections.teams, records.teams)
  await fill(collections.users, records.users)
  await fill(collections.companies, records.companies)
  await fill(collections.contacts, records.contacts)
  await fill(collections.emailChannels, records.emailChannels)
  await fill(collections.articles, records.articles)
  await fill(collections.conversations, records.conversations)
  await fill(collections.csatResponses, records.csatResponses)
  await fill(collections.calls, records.calls)
  await fill(collections.llmUsage, records.llmUsage)
  return collections
}
