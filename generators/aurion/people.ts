// Names, e-mail local parts and E.164 phone numbers, drawn from pools built once per world
// (Faker's person module is ~100x slower than picking from an array).
import type { Rng } from './random.ts'
import { Weighted } from './random.ts'

export interface NamePool {
  first: readonly string[]
  last: readonly string[]
}

const POOL_SIZE = 250
/** Entries of Faker's name lists that read as placeholders in a UI ("Name Lindgren"). */
const PLACEHOLDER_NAMES: ReadonlySet<string> = new Set(['Name'])

export function buildNamePool(rng: Rng): NamePool {
  const first = new Set<string>()
  const last = new Set<string>()
  // Bounded loops: Faker's en lists are far larger than the pool, duplicates are just skipped.
  for (let i = 0; i < POOL_SIZE * 4 && first.size < POOL_SIZE; i++) {
    const name = rng.faker.person.firstName()
    if (!PLACEHOLDER_NAMES.has(name)) first.add(name)
  }
  for (let i = 0; i < POOL_SIZE * 4 && last.size < POOL_SIZE; i++) last.add(rng.faker.person.lastName())
  return { first: [...first], last: [...last] }
}

export interface PersonName {
  first: string
  last: string
  full: string
}

export function pickName(rng: Rng, pool: NamePool): PersonName {
  const first = rng.pick(pool.first)
  const last = rng.pick(pool.last)
  return { first, last, full: `${first} ${last}` }
}

/** "Anne-Marie O'Neil" -> "anne-marie.oneil" */
export function emailLocal(name: PersonName): string {
  const clean = (s: string) => s.toLowerCase().replace(/[^a-z0-9-]/g, '')
  return `${clean(name.first)}.${clean(name.last)}`
}

/** ASCII lower-case slug: "Reset your VPN client" -> "reset-your-vpn-client". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** Countries of contacts, with the language they most likely write in. */
interface PhoneCountry {
  code: string
  language: string
  /** Digits after the country code, as [fixed prefix, random digit count]. */
  prefixes: readonly string[]
  digits: number
}

const COUNTRIES = new Weighted<PhoneCountry>([
  [{ code: '1', language: 'en', prefixes: ['212', '415', '312', '617', '646', '737', '206'], digits: 7 }, 34],
  [{ code: '44', language: 'en', prefixes: ['7700', '7911', '7400', '7500'], digits: 6 }, 24],
  [{ code: '33', language: 'fr', prefixes: ['6', '7'], digits: 8 }, 15],
  [{ code: '49', language: 'de', prefixes: ['151', '160', '170', '176'], digits: 8 }, 12],
  [{ code: '34', language: 'es', prefixes: ['6', '7'], digits: 8 }, 7],
  [{ code: '31', language: 'nl', prefixes: ['6'], digits: 8 }, 8],
])

export interface Phone {
  e164: string
  language: string
}

export function pickPhone(rng: Rng): Phone {
  const country = COUNTRIES.sample(rng)
  const prefix = rng.pick(country.prefixes)
  // The first random digit is 2-9 so numbers never look like trunk prefixes.
  const lead = String(rng.int(2, 9))
  const rest = lead + String(rng.int(0, 10 ** (country.digits - 1) - 1)).padStart(country.digits - 1, '0')
  return { e164: `+${country.code}${prefix}${rest}`, language: country.language }
}
