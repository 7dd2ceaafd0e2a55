// What every seeded world generator shares: its own seeded Faker, cheap ids and weighted picks drawn
// from it, the (seed, now, size) checks, and loading plain records into @msw/data collections.
import { type EnglishNames, englishNames } from './english-names.ts'
import { mersenne53, type SeededDraws, seededDraws } from './seeded-faker.ts'

// The worlds' millisecond constants (mocks/lib/time.ts has the mock's own: generators do not import mocks).
export const MINUTE_MS = 60_000
export const HOUR_MS = 60 * MINUTE_MS
export const DAY_MS = 24 * HOUR_MS

/**
 * The Faker calls the worlds make (number, datatype, string, helpers and four English-name methods), drawn
 * exactly as Faker and its `en` locale draw them (seeded-faker.ts, english-names.ts), without Faker's code.
 */
export type SeededFaker = SeededDraws & EnglishNames

/** A world's seeded stream: its Faker and the uniform draws in [0, 1) Faker itself takes from. */
export interface SeededStream {
  faker: SeededFaker
  /** The same value faker.number.float() would give, without its option handling (millions of draws). */
  next: () => number
}

/**
 * One Faker per call, never the shared global one: worlds built side by side cannot disturb each other.
 * English names only, from the parts of Faker's `en` locale the worlds read (faker-en.ts), not all of it.
 */
export function createSeededFaker(seed: number): SeededStream {
  const next = mersenne53(seed)
  const draws = seededDraws(next)
  return { faker: { ...draws, ...englishNames(draws) }, next }
}

/**
 * A secret (API key, per-tenant salt) drawn from its own Faker seeded with the world's seed and `label`: it
 * says nothing about any public id, and drawing it does not move the world generator's stream.
 */
export function seededSecret(seed: number, label: string, length = 32): string {
  const faker = seededDraws(mersenne53([seed, ...Array.from(label, (c) => c.charCodeAt(0))]))
  return faker.string.hexadecimal({ length, casing: 'lower', prefix: '' })
}

/** One value of `[value, weight]` pairs, through faker.helpers.weightedArrayElement. */
export function weightedPick<T>(faker: SeededDraws, pairs: readonly (readonly [T, number])[]): T {
  return faker.helpers.weightedArrayElement(pairs.map(([value, weight]) => ({ value, weight })))
}

export interface WorldOptions {
  seed: number
  /** The world's "now": records happen in the 13 calendar months before it (history.ts). */
  now: Date | string | number
  /** Records in the whole world; the generator's default when absent. */
  size?: number
}

/** `now` in epoch milliseconds and the size, or a RangeError naming the option that is wrong. */
export function checkWorldOptions(options: WorldOptions, defaultSize: number): { nowMs: number; size: number } {
  if (!Number.isFinite(options.seed)) throw new RangeError(`seed must be a finite number, got ${options.seed}`)
  const nowMs = new Date(options.now).getTime()
  if (Number.isNaN(nowMs)) throw new RangeError(`now must be a valid date, got ${String(options.now)}`)
  const size = options.size ?? defaultSize
  if (!Number.isInteger(size) || size < 0) throw new RangeError(`size must be an integer >= 0, got ${size}`)
  return { nowMs, size }
}

interface Fillable<T> {
  createMany(count: number, factory: (index: number) => T): Promise<unknown>
}

/** Records as an array, or a table that writes its rows on demand (generators/aurion/llm-usage.ts). */
type RecordSource<T> = readonly T[] | { readonly length: number; row(i: number): T }

/** createMany validates every record; chunks keep the number of pending promises (and their garbage) bounded. */
export async function fillCollection<T>(collection: Fillable<T>, records: RecordSource<T>, chunk = 20_000): Promise<void> {
  const at = Array.isArray(records) ? (i: number) => records[i] as T : (i: number) => (records as { row(i: number): T }).row(i)
  for (let offset = 0; offset < records.length; offset += chunk) {
    const count = Math.min(chunk, records.length - offset)
    await collection.createMany(count, (i) => at(offset + i))
  }
}
