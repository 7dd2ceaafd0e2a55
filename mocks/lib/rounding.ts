// Rounding as the AurionAI seeds show it: one decimal for rates, shares and averages.

/** Round half away from zero to one decimal (Python's round() differs only on exact .x5 ties). */
export function round1(value: number): number {
  return (Math.sign(value) * Math.round(Math.abs(value) * 10 + Number.EPSILON)) / 10
}

/** part / whole as a percentage with one decimal; 0 when the whole is empty. */
export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : round1((part / whole) * 100)
}

/**
 * The mean with one decimal of values already summed (0 for none): `sum` must be added up from 0 in the
 * values' order, so that the result is the same to the last bit.
 */
export function meanOfSum(sum: number, count: number): number {
  return count === 0 ? 0 : round1(sum / count)
}

/**
 * The one rounding rule for shares: each share is percent(count, total), rounded on its own (half away from
 * zero, one decimal), as the vendor's examples are (98, 32 and 26 of 156 -> 62.8, 20.5, 16.7). Equal counts
 * therefore always get equal shares; the price is that a breakdown may add up to 99.9 or 100.1 (at most
 * 0.05 per row away from 100). All zeros when the total is 0.
 */
export function shares(counts: readonly number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0)
  return counts.map((c) => percent(c, total))
}
