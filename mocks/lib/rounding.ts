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
 * Percentages of counts that add up to exactly 100.0 (largest remainder method, one decimal), so that a
 * client summing the shares of a breakdown never sees 99.9 or 100.1. All zeros when the total is 0.
 */
export function shares(counts: readonly number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0)
  if (total === 0) return counts.map(() => 0)
  const tenths = counts.map((c) => (c / total) * 1000)
  const floors = tenths.map(Math.floor)
  let missing = 1000 - floors.reduce((a, b) => a + b, 0)
  const order = tenths.map((t, i) => ({ i, rest: t - Math.floor(t) })).sort((a, b) => b.rest - a.rest || a.i - b.i)
  for (const { i } of order) {
    if (missing <= 0) break
    floors[i]! += 1
    missing -= 1
  }
  return floors.map((f) => f / 10)
}
