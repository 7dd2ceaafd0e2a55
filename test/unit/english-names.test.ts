// The worlds draw English names through a small facade (generators/lib/english-names.ts) on the kit's copy
// of Faker's draws (seeded-faker.ts), not through Faker's class: it must give the same names from the same draws as Faker with its `en` locale,
// or every world's bytes would move. Each seed runs a mixed sequence of calls on both, then compares the
// next number each stream draws, so a draw too many or too few shows even when the names happen to agree.
import { en, Faker, generateMersenne53Randomizer } from '@faker-js/faker'
import { describe, expect, it } from 'vitest'
import { type EnglishLists, englishNames } from '../../generators/lib/english-names.ts'
import { FAKER_EN } from '../../generators/lib/faker-en.ts'
import { createSeededFaker } from '../../generators/lib/seeded.ts'
import { mersenne53, seededDraws } from '../../generators/lib/seeded-faker.ts'

const METHODS = ['firstName', 'lastName', 'companyName', 'email'] as const
type Method = (typeof METHODS)[number]

interface Names {
  person: { firstName(): string; lastName(): string }
  company: { name(): string }
  internet: { email(): string }
  number: { int(max: number): number }
}

const call = (names: Names, method: Method): string =>
  method === 'firstName'
    ? names.person.firstName()
    : method === 'lastName'
      ? names.person.lastName()
      : method === 'companyName'
        ? names.company.name()
        : names.internet.email()

/** `calls` names from each seed's stream, each followed by the number the stream draws next. */
function draws(make: (seed: number) => Names, seeds: number, calls: number): string[] {
  const out: string[] = []
  for (let seed = 0; seed < seeds; seed++) {
    const names = make(seed)
    for (let i = 0; i < calls; i++) {
      // The method order varies with seed and position, so every method follows every other one.
      out.push(call(names, METHODS[(seed * 7 + i * 3 + (i >> 2)) % METHODS.length] as Method), String(names.number.int(1_000_000)))
    }
  }
  return out
}

function realFaker(seed: number): Names {
  const faker = new Faker({ locale: [en], randomizer: generateMersenne53Randomizer() })
  faker.seed(seed)
  return faker
}

function facade(lists: EnglishLists = FAKER_EN) {
  return (seed: number): Names => {
    const draws = seededDraws(mersenne53(seed))
    return { ...draws, ...englishNames(draws, lists) }
  }
}

describe('the English-names facade', () => {
  it("draws the names, company names and e-mails Faker's en locale draws, over 300 seeds", () => {
    const expected = draws(realFaker, 300, 40)
    expect(draws(facade(), 300, 40)).toEqual(expected)
    // The comparison covers each kind: hyphenated last names, three-name companies, e-mails of each form.
    expect(expected.some((name) => /^[A-Z][a-z']+-[A-Z]/.test(name))).toBe(true)
    expect(expected.some((name) => / and /.test(name) && name.includes(','))).toBe(true)
    expect(expected.some((name) => /^[A-Za-z'-]+[._][A-Za-z'-]+@/.test(name))).toBe(true)
    expect(expected.some((name) => /^[A-Za-z'-]+\d+@/.test(name))).toBe(true)
  })

  it('is what the worlds draw from (createSeededFaker)', () => {
    const world = (seed: number): Names => createSeededFaker(seed).faker
    expect(draws(world, 20, 40)).toEqual(draws(realFaker, 20, 40))
  })

  it('differs from Faker when a list differs (one first name replaced)', () => {
    const changed = structuredClone(FAKER_EN)
    changed.person.first_name.female = changed.person.first_name.female.map((name) => (name === 'Abbey' ? 'Zebediah' : name))
    expect(changed.person.first_name.female).toContain('Zebediah')
    expect(draws(facade(changed), 300, 40)).not.toEqual(draws(realFaker, 300, 40))
  })

  it('differs from Faker when it draws differently (last-name pattern weights swapped)', () => {
    const changed = structuredClone(FAKER_EN)
    changed.person.last_name_pattern.generic = changed.person.last_name_pattern.generic.map(({ value }, i, all) => ({
      value,
      weight: all[all.length - 1 - i]?.weight ?? 0,
    }))
    expect(draws(facade(changed), 50, 40)).not.toEqual(draws(realFaker, 50, 40))
  })

  it('refuses a pattern placeholder it does not know, rather than drawing something else', () => {
    const changed = structuredClone(FAKER_EN)
    changed.company.name_pattern = ['{{company.buzz_noun}} Ltd']
    const names = facade(changed)(1)
    expect(() => names.company.name()).toThrow(/no placeholder \{\{company\.buzz_noun\}\}/)
  })
})
