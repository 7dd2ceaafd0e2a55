// A world's seeded stream: `next` is the draw Faker itself makes, so the same seed gives the same world
// whether a generator draws through `next` or through Faker.
import { describe, expect, it } from 'vitest'
import { createSeededFaker } from '../../generators/lib/seeded.ts'

describe('createSeededFaker', () => {
  it('draws through next what faker.number.float() draws', () => {
    const direct = createSeededFaker(42)
    const viaFaker = createSeededFaker(42)
    const a = Array.from({ length: 1000 }, () => direct.next())
    const b = Array.from({ length: 1000 }, () => viaFaker.faker.number.float())
    expect(a).toEqual(b)
  })

  it('gives another stream for another seed, and the same one for the same seed', () => {
    const draws = (seed: number) => {
      const { next } = createSeededFaker(seed)
      return Array.from({ length: 10 }, next)
    }
    expect(draws(1)).toEqual(draws(1))
    expect(draws(1)).not.toEqual(draws(2))
  })
})
