// The worlds' Faker reads a slice of Faker's English locale (generators/lib/faker-en.ts) instead of all of
// it. The slice must be exactly the installed Faker's data, or names and e-mails would change: regenerate
// with `npm run generate:faker` (the golden digest then says whether any byte moved).
import { describe, expect, it } from 'vitest'
import { FAKER_EN } from '../../generators/lib/faker-en.ts'
import { FAKER_EN_PARTS } from '../../scripts/faker-locale.ts'
import { createSeededFaker } from '../../generators/lib/seeded.ts'

describe('the English slice of Faker', () => {
  it("equals the installed Faker's en definitions it copies", () => {
    expect(FAKER_EN).toEqual(JSON.parse(JSON.stringify(FAKER_EN_PARTS)))
  })

  it('would notice a change: another name list is not equal', () => {
    const changed = structuredClone(FAKER_EN)
    changed.person?.first_name?.generic?.push('Zebediah')
    expect(changed).not.toEqual(JSON.parse(JSON.stringify(FAKER_EN_PARTS)))
  })
})

describe("the worlds' Faker", () => {
  // It has no fallback to Faker's base locale (kept out of browser bundles): a generator that came to read a
  // definition the slice lacks would fail loudly (the golden digest builds every world), never draw other bytes.
  it('throws on a definition outside the English slice', () => {
    const { faker } = createSeededFaker(7)
    expect(faker.person.firstName()).toEqual(expect.any(String))
    expect(() => faker.internet.domainSuffix()).toThrow(/internet\.domain_suffix/)
  })
})
