// The worlds' names come from a slice of Faker's English locale (generators/lib/faker-en.ts) instead of all
// of it. The slice must be exactly the installed Faker's data, or names and e-mails would change: regenerate
// with `npm run generate:faker` (the golden digest then says whether any byte moved).
import { describe, expect, it } from 'vitest'
import { FAKER_EN } from '../../generators/lib/faker-en.ts'
import { FAKER_EN_PARTS, nonAsciiNames } from '../../scripts/faker-locale.ts'

describe('the English slice of Faker', () => {
  it("equals the installed Faker's en definitions it copies", () => {
    expect(FAKER_EN).toEqual(JSON.parse(JSON.stringify(FAKER_EN_PARTS)))
  })

  it('would notice a change: another name list is not equal', () => {
    const changed = structuredClone(FAKER_EN)
    changed.person.first_name.generic.push('Zebediah')
    expect(changed).not.toEqual(JSON.parse(JSON.stringify(FAKER_EN_PARTS)))
  })

  // english-names.ts spells e-mail addresses from the names without Faker's transliteration table.
  it('has only plain ASCII names, and the check finds one that is not', () => {
    expect(nonAsciiNames(FAKER_EN_PARTS)).toEqual([])
    const changed = structuredClone(FAKER_EN)
    changed.person.last_name.generic.push('Żółć')
    expect(nonAsciiNames(changed)).toEqual(['Żółć'])
  })
})
