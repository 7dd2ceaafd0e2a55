// The part of Faker the worlds call, drawn exactly as Faker 10 draws it: its Mersenne Twister (53-bit
// floats), number.int/float, datatype.boolean, string.hexadecimal/alphanumeric and helpers.arrayElement(s),
// weightedArrayElement and shuffle, each making the same draws in the same order. Importing even Faker's
// SimpleFaker puts ~22 kB gzip on a browser page (its modules plus module-level code of Faker's package
// root that no bundler can drop); this is ~1 kB. test/unit/seeded-faker.test.ts compares every method
// with Faker's SimpleFaker over many seeds and arguments.

const N = 624
const UPPER = 0x80000000
const LOWER = 0x7fffffff

/** MT19937's state from one number (init_genrand), in Faker's arithmetic: non-integer seeds included. */
function stateFromNumber(seed: number): number[] {
  const mt = new Array<number>(N)
  mt[0] = seed
  for (let i = 1; i < N; i++) {
    const prev = mt[i - 1] as number
    mt[i] = Math.trunc(Math.imul(1812433253, prev ^ (prev >>> 30)) + i)
  }
  return mt
}

/** MT19937's state from a list of numbers (init_by_array). */
function stateFromArray(key: readonly number[]): number[] {
  const mt = stateFromNumber(19650218)
  let i = 1
  let j = 0
  for (let k = Math.max(N, key.length); k !== 0; k--) {
    const prev = mt[i - 1] as number
    mt[i] = Math.trunc(((mt[i] as number) ^ Math.imul(prev ^ (prev >>> 30), 1664525)) + (key[j] as number) + j)
    i++
    j++
    if (i >= N) {
      mt[0] = mt[N - 1] as number
      i = 1
    }
    if (j >= key.length) j = 0
  }
  for (let k = N - 1; k !== 0; k--) {
    const prev = mt[i - 1] as number
    mt[i] = Math.trunc(((mt[i] as number) ^ Math.imul(prev ^ (prev >>> 30), 1566083941)) - i)
    i++
    if (i >= N) {
      mt[0] = mt[N - 1] as number
      i = 1
    }
  }
  mt[0] = UPPER
  return mt
}

/** The next 624 words of the generator, in place. */
function twist(mt: number[]): void {
  for (let i = 0; i < N; i++) {
    const y = ((mt[i] as number) & UPPER) + ((mt[(i + 1) % N] as number) & LOWER)
    mt[i] = (mt[(i + 397) % N] as number) ^ (y >>> 1) ^ (-(y & 1) & 0x9908b0df)
  }
}

/** Faker's seeded randomizer (generateMersenne53Randomizer): uniform floats in [0, 1) with 53 random bits. */
export function mersenne53(seed: number | readonly number[]): () => number {
  const mt = typeof seed === 'number' ? stateFromNumber(seed) : stateFromArray(seed)
  twist(mt)
  let index = 0
  const word = (): number => {
    let y = mt[index] as number
    y ^= y >>> 11
    y ^= (y << 7) & 0x9d2c5680
    y ^= (y << 15) & 0xefc60000
    y ^= y >>> 18
    if (++index >= N) {
      twist(mt)
      index = 0
    }
    return y >>> 0
  }
  return () => ((word() >>> 5) * 67108864 + (word() >>> 6)) / 9007199254740992
}

type Range = number | { min: number; max: number }

/** The calls the worlds make on Faker's number, datatype, string and helpers modules. */
export interface SeededDraws {
  number: {
    /** An integer in [min, max] (min 0), or in [0, max] for a number. */
    int(range: number | { min?: number; max: number }): number
    /** A float in [min, max) (default [0, 1)). */
    float(range?: { min?: number; max?: number }): number
  }
  datatype: { boolean(options?: { probability?: number }): boolean }
  string: {
    hexadecimal(options: { length: Range; casing?: 'lower' | 'upper' | 'mixed'; prefix?: string }): string
    alphanumeric(options: { length: Range; casing?: 'lower' | 'upper' | 'mixed' }): string
  }
  helpers: {
    arrayElement<T>(items: readonly T[]): T
    arrayElements<T>(items: readonly T[], count?: Range): T[]
    weightedArrayElement<T>(pairs: readonly { weight: number; value: T }[]): T
    shuffle<T>(items: readonly T[]): T[]
  }
}

const DIGITS = '0123456789'
const LOWERCASE = 'abcdefghijklmnopqrstuvwxyz'
const UPPERCASE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
const HEX = [...`${DIGITS}abcdefABCDEF`]
/** Faker's alphabets in its order: the order decides which character a draw picks. */
const ALPHANUMERIC = {
  lower: [...DIGITS, ...LOWERCASE],
  upper: [...DIGITS, ...UPPERCASE],
  mixed: [...DIGITS, ...LOWERCASE, ...UPPERCASE],
}

export function seededDraws(next: () => number): SeededDraws {
  function int(range: number | { min?: number; max: number }): number {
    const { min = 0, max } = typeof range === 'number' ? { max: range } : range
    const low = Math.ceil(min)
    const high = Math.floor(max)
    if (low === high) return low
    if (high < low) throw new RangeError(`no integer between ${min} and ${max}`)
    return Math.floor(next() * (high - low + 1) + low)
  }
  function float({ min = 0, max = 1 }: { min?: number; max?: number } = {}): number {
    if (max < min) throw new RangeError(`max ${max} is below min ${min}`)
    return next() * (max - min) + min
  }
  const count = (range: Range) => (typeof range === 'number' ? range : int(range))
  function arrayElement<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('no element to pick from an empty list')
    // A single element costs no draw, as in Faker.
    return items[items.length > 1 ? int(items.length - 1) : 0] as T
  }
  function shuffle<T>(items: readonly T[]): T[] {
    const out = [...items]
    for (let i = out.length - 1; i > 0; i--) {
      const j = int(i)
      ;[out[i], out[j]] = [out[j] as T, out[i] as T]
    }
    return out
  }
  const characters = (alphabet: readonly string[], length: Range) =>
    Array.from({ length: count(length) }, () => arrayElement(alphabet)).join('')
  return {
    number: { int, float },
    datatype: {
      boolean: ({ probability = 0.5 } = {}) => (probability <= 0 ? false : probability >= 1 || float() < probability),
    },
    string: {
      hexadecimal({ length, casing = 'mixed', prefix = '0x' }) {
        const n = count(length)
        if (n <= 0) return prefix
        const hex = characters(HEX, n)
        return `${prefix}${casing === 'upper' ? hex.toUpperCase() : casing === 'lower' ? hex.toLowerCase() : hex}`
      },
      alphanumeric: ({ length, casing = 'mixed' }) => characters(ALPHANUMERIC[casing], length),
    },
    helpers: {
      arrayElement,
      shuffle,
      arrayElements<T>(items: readonly T[], range: Range = { min: 1, max: items.length }): T[] {
        if (items.length === 0) return []
        const n = count(range)
        if (n >= items.length) return shuffle(items)
        if (n <= 0) return []
        // A partial Fisher-Yates from the end: the last n places are the pick.
        const out = [...items]
        for (let i = items.length - 1; i >= items.length - n; i--) {
          const j = int(i)
          ;[out[i], out[j]] = [out[j] as T, out[i] as T]
        }
        return out.slice(items.length - n)
      },
      weightedArrayElement<T>(pairs: readonly { weight: number; value: T }[]): T {
        if (pairs.length === 0 || pairs.some(({ weight }) => !(weight > 0))) throw new RangeError('weights must be positive numbers')
        const r = float({ min: 0, max: pairs.reduce((sum, { weight }) => sum + weight, 0) })
        let cumulative = 0
        for (const { weight, value } of pairs) {
          cumulative += weight
          if (r < cumulative) return value
        }
        return (pairs[pairs.length - 1] as { value: T }).value
      },
    },
  }
}
