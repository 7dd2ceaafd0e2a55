// Loads plain records into fresh @msw/data collections (collections.ts, imported on the first call).
import type { AurionCollections, AurionRecords } from './model.ts'
import { fillCollection } from '../lib/seeded.ts'

/** Records per createMany call for this world (fillCollection's default is 20,000). */
const CHUNK = 5_000

const RECORD_KINDS = [
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
type RecordKind = (typeof RECORD_KINDS)[number]

export interface SeedOptions {
  /**
   * Kinds to load; the others stay empty. @msw/data costs ~20-60 µs and ~1 KB per record (validation,
   * a sanitized copy, a Map per record), so a 100k world takes seconds to load in full.
   */
  only?: readonly RecordKind[]
}

export async function seedAurionCollections(records: AurionRecords, options: SeedOptions = {}): Promise<AurionCollections> {
  const { createAurionCollections } = await import('./collections.ts')
  const collections = createAurionCollections()
  const wanted = new Set<RecordKind>(options.only ?? RECORD_KINDS)
  const load = async <K extends RecordKind>(kind: K, fillKind: () => Promise<void>) => {
    if (wanted.has(kind)) await fillKind()
  }
  // One call per kind keeps each collection's record type precise (no casts between kinds).
  await load('tenants', () => fillCollection(collections.tenants, records.tenants, CHUNK))
  await load('teams', () => fillCollection(collections.teams, records.teams, CHUNK))
  await load('users', () => fillCollection(collections.users, records.users, CHUNK))
  await load('companies', () => fillCollection(collections.companies, records.companies, CHUNK))
  await load('contacts', () => fillCollection(collections.contacts, records.contacts, CHUNK))
  await load('emailChannels', () => fillCollection(collections.emailChannels, records.emailChannels, CHUNK))
  await load('articles', () => fillCollection(collections.articles, records.articles, CHUNK))
  await load('conversations', () => fillCollection(collections.conversations, records.conversations, CHUNK))
  await load('csatResponses', () => fillCollection(collections.csatResponses, records.csatResponses, CHUNK))
  await load('calls', () => fillCollection(collections.calls, records.calls, CHUNK))
  await load('llmUsage', () => fillCollection(collections.llmUsage, records.llmUsage, CHUNK))
  return collections
}
