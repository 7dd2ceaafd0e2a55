// The four English-name draws the worlds make (person.firstName, person.lastName, company.name,
// internet.email): the same lists, patterns and draws, in the same order, as Faker with its `en` locale, so
// the worlds keep their bytes without Faker's class and modules (~34 kB gzip of a browser page).
// test/unit/english-names.test.ts compares every method with Faker itself over many seeds.
import { FAKER_EN } from './faker-en.ts'
import type { SeededDraws } from './seeded-faker.ts'

/** The parts of Faker's `en` locale the names are drawn from (generators/lib/faker-en.ts). */
export type EnglishLists = typeof FAKER_EN

export interface EnglishNames {
  person: { firstName(): string; lastName(): string }
  company: { name(): string }
  internet: { email(): string }
}

export function englishNames(faker: Pick<SeededDraws, 'helpers' | 'number'>, lists: EnglishLists = FAKER_EN): EnglishNames {
  const { helpers } = faker
  // Faker's person methods called without a sex draw one first, even when the list has no per-sex part.
  const sex = () => helpers.arrayElement(['female', 'male'] as const)

  function firstName(): string {
    const { generic, ...bySex } = lists.person.first_name
    const own = bySex[sex()]
    // Faker's weights: a sex's own list is three times as likely, each list weighted by the root of its length.
    const names = helpers.weightedArrayElement([
      { weight: 3 * Math.sqrt(own.length), value: own },
      { weight: Math.sqrt(generic.length), value: generic },
    ])
    return helpers.arrayElement(names)
  }

  function lastName(): string {
    sex()
    return fill(helpers.weightedArrayElement(lists.person.last_name_pattern.generic))
  }

  /** Placeholders a pattern names: a method, or a list of which one element is drawn. */
  const placeholders: Record<string, () => string> = {
    'person.lastName': lastName,
    'person.last_name.generic': () => helpers.arrayElement(lists.person.last_name.generic),
    'company.legal_entity_type': () => helpers.arrayElement(lists.company.legal_entity_type),
  }

  /** Faker's helpers.fake for these patterns: each {{placeholder}} from left to right. */
  function fill(pattern: string): string {
    return pattern.replace(/\{\{([^}]+)\}\}/g, (_, name: string) => {
      const draw = placeholders[name]
      if (!draw) throw new Error(`english-names: no placeholder {{${name}}} (pattern ${pattern})`)
      return draw()
    })
  }

  function email(): string {
    // Faker's order: the provider first, then the user name's parts, then which of three forms it takes.
    const provider = helpers.arrayElement(lists.internet.free_email)
    const first = firstName()
    const last = lastName()
    const separator = helpers.arrayElement(['.', '_'])
    const digits = faker.number.int(99)
    const user = helpers.arrayElement([`${first}${separator}${last}${digits}`, `${first}${separator}${last}`, `${first}${digits}`])
    // The lists are plain ASCII (scripts/faker-locale.ts checks), so Faker's transliteration only removes
    // apostrophes and spaces, which this character filter does as well.
    const local = user
      .replaceAll(/[^A-Za-z0-9._+-]+/g, '')
      .substring(0, 50)
      .replaceAll(/\.{2,}/g, '.')
      .replace(/^\./, '')
      .replace(/\.$/, '')
    return `${local}@${provider}`
  }

  return {
    person: { firstName, lastName },
    company: { name: () => fill(helpers.arrayElement(lists.company.name_pattern)) },
    internet: { email },
  }
}
