// The worlds draw through the kit's own copy of the Faker calls they make (generators/lib/seeded-faker.ts),
// not through Faker: for the worlds' bytes to stay what they were, each call must return what Faker's
// SimpleFaker returns from the same seed, making the same number of draws. Each case below runs a long mixed
// sequence of calls with varied arguments on both and compares everything, then the next number drawn.
import { generateMersenne53Randomizer, SimpleFaker } from '@faker-js/faker'
import { describe, expect, it } from 'vitest'
import { mersenne53, type SeededDraws, seededDraws } from '../../generators/lib/seeded-faker.ts'

const WORDS = ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta']

/** A sequence of every call with arguments that vary with `i`, each result as a string. */
function run(faker: SeededDraws, calls: number): string[] {
  const out: string[] = []
  for (let i = 0; i < calls; i++) {
    const n = i % 11
    const casing = (['lower', 'upper', 'mixed'] as const)[i % 3]
    const items = WORDS.slice(0, 1 + (i % WORDS.length))
    const results: unknown[] = [
      faker.number.int(n * 1000),
      faker.number.int({ min: -n, max: n * n + 3 }),
      faker.number.int({ max: 2 ** 40 }),
      faker.number.float(),
      faker.number.float({ min: n, max: n * 3.5 + 1 }),
      faker.datatype.boolean(),
      faker.datatype.boolean({ probability: [0, 0.08, 0.5, 0.93, 1][i % 5] }),
      faker.string.hexadecimal({ length: n, casing, prefix: i % 2 ? '' : '0x' }),
      faker.string.hexadecimal({ length: { min: 1, max: 12 }, casing, prefix: '' }),
      faker.string.alphanumeric({ length: n + 1, casing }),
      faker.string.alphanumeric({ length: { min: 0, max: 9 }, casing }),
      faker.helpers.arrayElement(items),
      faker.helpers.arrayElements(items, { min: 1, max: Math.min(3, items.length) }),
      faker.helpers.arrayElements(items, n % 9),
      faker.helpers.arrayElements(items),
      faker.helpers.weightedArrayElement(items.map((value, k) => ({ value, weight: 0.5 + ((k * 7 + i) % 5) }))),
      faker.helpers.shuffle(items),
    ]
    out.push(JSON.stringify(results))
  }
  out.push(String(faker.number.float()))
  return out
}

function simpleFaker(seed: number | number[]): SimpleFaker {
  const faker = new SimpleFaker({ randomizer: generateMersenne53Randomizer() })
  faker.seed(seed)
  return faker
}

const SEEDS: (number | number[])[] = [
  0,
  1,
  42,
  7919,
  2 ** 31,
  2 ** 32 + 5,
  -3,
  1.5,
  -7.25,
  123456789.75,
  [42],
  [0, 0],
  [7, 104, 105],
  [-1.5, 99, 2 ** 33],
  Array.from({ length: 700 }, (_, i) => i * 31),
]

describe("the worlds' copy of Faker's draws", () => {
  it("makes the draws Faker's SimpleFaker makes, over integer, negative, fractional and list seeds", () => {
    for (const seed of SEEDS)
      expect(run(seededDraws(mersenne53(seed)), 200), JSON.stringify(seed).slice(0, 40)).toEqual(run(simpleFaker(seed), 200))
  })

  it("keeps Faker's stream past the generator's 624-word refill", () => {
    const ours = mersenne53(5)
    const faker = simpleFaker(5)
    const draws = 5000 // two words a draw: the state is refilled 16 times
    expect(Array.from({ length: draws }, ours)).toEqual(Array.from({ length: draws }, () => faker.number.float()))
  })

  it('would notice one draw too many: the same calls on a stream that skips a draw differ', () => {
    const next = mersenne53(42)
    let calls = 0
    const skipping = () => {
      if (++calls === 100) next()
      return next()
    }
    expect(run(seededDraws(skipping), 200)).not.toEqual(run(simpleFaker(42), 200))
  })

  it('refuses what Faker refuses: an empty list, an empty integer range, non-positive weights', () => {
    const faker = seededDraws(mersenne53(1))
    expect(() => faker.helpers.arrayElement([])).toThrow(RangeError)
    expect(() => faker.number.int({ min: 5, max: 4 })).toThrow(RangeError)
    expect(() => faker.number.float({ min: 2, max: 1 })).toThrow(RangeError)
    expect(() => faker.helpers.weightedArrayElement([{ value: 'a', weight: 0 }])).toThrow(RangeError)
    expect(() => faker.helpers.weightedArrayElement([])).toThrow(RangeError)
  })
})
