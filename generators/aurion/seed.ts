// Loads plain records into fresh @msw/data collections.
import { createAurionCollections } from '../../mocks/models/aurion.ts'
import type { AurionCollections, AurionRecords } from '../../mocks/models/aurion.ts'

/** createMany validates every record; chunks keep the number of pending promises (and their garbage) bounded. */
const CHUNK = 5_000

export const RECORD_KINDS = [
  'tenants',
  'teams',
  'users',
  'companies',
  'contacts',
  'emailChannels',
  'articles',
  'conversations',
  'csatResponses',
  'calls',
  'llmUsage',
] as const satisfies readonly (keyof AurionRecords)[]
export type RecordKind = (typeof RECORD_KINDS)[number]

export interface SeedOptions {
  /**
   * Kinds to load; the others stay empty. @msw/data costs ~20-60 µs and ~1 KB per record (validation,
   * a sanitized copy, a Map per record), so a 100k world takes seconds to load in full.
   */
  only?: readonly RecordKind[]
}

interface Fillable<T> {
  createMany(count: number, factory: (index: number) => T): Promise<unknown>
}

async function fill<T>(collection: Fillable<T>, records: readonly T[]): Promise<void> {
  for (let offset = 0; offset < records.length; offset += CHUNK) {
    const size = Math.min(CHUNK, records.length - offset)
    await collection.createMany(size, (i) => records[offset + i] as T)
  }
}

export async function seedAurionCollections(
  records: AurionRecords,
  options: SeedOptions = {},
): Promise<AurionCollections> {
  const collections = createAurionCollections()
  const wanted = new Set<RecordKind>(options.only ?? RECORD_KINDS)
  const load = async <K extends RecordKind>(kind: K, fillKind: () => Promise<void>) => {
    if (wanted.has(kind)) await fillKind()
  }
  // One call per kind keeps each collection's record type precise (no casts between kinds).
  await load('tenants', () => fill(collections.tenants, records.tenants))
  await load('teams', () => fill(collections.teams, records.teams))
  await load('users', () => fill(collections.users, records.users))
  await load('companies', () => fill(collections.companies, records.companies))
  await load('contacts', () => fill(collections.contacts, records.contacts))
  await load('emailChannels', () => fill(collections.emailChannels, records.emailChannels))
  await load('articles', () => fill(collections.articles, records.articles))
  await load('conversations', () => fill(collections.conversations, records.conversations))
  await load('csatResponses', () => fill(collections.csatResponses, records.csatResponses))
  await load('calls', () => fill(collections.calls, records.calls))
  await load('llmUsage', () => fill(collections.llmUsage, records.llmUsage))
  return collections
}
