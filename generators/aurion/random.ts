// Sampling helpers over the world's single seeded Faker instance. Everything random in the AurionAI world
// goes through one Rng so that the draw order alone decides the output (same seed, same world).
import { drawUuidWords, randomUuid } from '../lib/ids.ts'
import type { SeededFaker, SeededStream } from '../lib/seeded.ts'

export class Rng {
  readonly faker: SeededFaker
  /** Uniform in [0, 1): the draw faker.number.float() makes, straight from the seeded randomizer. */
  readonly next: () => number

  constructor(stream: SeededStream) {
    this.faker = stream.faker
    this.next = stream.next
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  /** Uniform float in [min, max). */
  between(min: number, max: number): number {
    return min + this.next() * (max - min)
  }

  chance(probability: number): boolean {
    return this.next() < probability
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('Rng.pick: empty list')
    return items[Math.floor(this.next() * items.length)] as T
  }

  /** Index skewed towards the start of a list of `length`: a few contacts write much more than the rest. */
  skewedIndex(length: number, exponent = 1.8): number {
    return Math.min(length - 1, Math.floor(length * this.next() ** exponent))
  }

  /** Standard normal (Box-Muller). */
  normal(): number {
    const u = 1 - this.next() // (0, 1]: log(0) would be -Infinity
    const v = this.next()
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v)
  }

  /** Log-normal with the given median; sigma is the spread of the underlying normal. */
  logNormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal())
  }

  /** Number of failures before the first success: 0 with probability p, 1 with p(1-p), ... */
  geometric(p: number, max = 50): number {
    let n = 0
    while (n < max && !this.chance(p)) n++
    return n
  }

  /** A random UUID (generators/lib/ids.ts): four 32-bit draws. */
  uuid(): string {
    return randomUuid(this.next)
  }

  /** The four words of a random UUID into `words` at `offset` (tables that keep ids as numbers). */
  uuidWords(words: Uint32Array, offset: number): void {
    drawUuidWords(this.next, words, offset)
  }

  /** Lower-case hexadecimal string of `length` characters. */
  hex(length: number): string {
    return this.faker.string.hexadecimal({ length, casing: 'lower', prefix: '' })
  }

  /** Fisher-Yates on a copy. */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items]
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1))
      const tmp = out[i] as T
      out[i] = out[j] as T
      out[j] = tmp
    }
    return out
  }
}

/** A categorical distribution, built once and sampled many times (binary search over cumulative weights). */
export class Weighted<T> {
  readonly values: readonly T[]
  private readonly cumulative: Float64Array
  private readonly total: number

  constructor(entries: readonly (readonly [T, number])[]) {
    const kept = entries.filter(([, w]) => w > 0)
    if (kept.length === 0) throw new RangeError('Weighted: no entry with a positive weight')
    this.values = kept.map(([v]) => v)
    this.cumulative = new Float64Array(kept.length)
    let sum = 0
    kept.forEach(([, w], i) => {
      sum += w
      this.cumulative[i] = sum
    })
    this.total = sum
  }

  sample(rng: Rng): T {
    return this.values[this.sampleIndex(rng)] as T
  }

  sampleIndex(rng: Rng): number {
    const target = rng.next() * this.total
    let lo = 0
    let hi = this.cumulative.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((this.cumulative[mid] as number) > target) hi = mid
      else lo = mid + 1
    }
    return lo
  }
}
