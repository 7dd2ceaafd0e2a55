// faker-en.ts stores Faker's name lists front-coded (generators/lib/name-lists.ts); decoding must give back
// every list exactly, in order, or the worlds' names would change.
import { en } from '@faker-js/faker'
import { describe, expect, it } from 'vitest'
import { decodeNames, encodeNames } from '../../generators/lib/name-lists.ts'

describe('front-coded name lists', () => {
  const lists = {
    'first names (generic)': en.person?.first_name?.generic ?? [],
    'first names (female)': en.person?.first_name?.female ?? [],
    'first names (male)': en.person?.first_name?.male ?? [],
    'last names': en.person?.last_name?.generic ?? [],
  }

  it.each(Object.entries(lists))("decode to Faker's %s, in order", (_, names) => {
    expect(names.length).toBeGreaterThan(100)
    expect(decodeNames(encodeNames(names))).toEqual(names)
  })

  it('round-trip unsorted lists, repeats, long shared prefixes and apostrophes', () => {
    const names = ["O'Connell", "O'Conner", 'Abernathy', 'Abernathy', 'Christiansenn', 'Christiansen', 'Ab', 'de la Cruz']
    expect(decodeNames(encodeNames(names))).toEqual(names)
  })

  it('refuses a name with a digit, which would read as the start of the next name', () => {
    expect(() => encodeNames(['Anne', 'R2D2'])).toThrow(/R2D2/)
  })
})
