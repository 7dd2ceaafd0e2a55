// Latency on purpose: fixed, uniform or log-normal (WireMock's shape: median and sigma) delays, drawn
// from the mock's seeded generator so that a run is reproducible. The wait itself is real time (a
// frontend's spinner needs real milliseconds), through an injectable sleep so tests never wait.
import type { components } from '../../contracts/generated/mock-admin.ts'

type DelaySpec = components['schemas']['Delay']

/** The longest a response is ever held (delays, log-normal draws and the `timeout` fault alike). */
export const MAX_DELAY_MS = 30_000

/** Waits `ms` of real time. */
export type Sleep = (ms: number) => Promise<void>

export const realSleep: Sleep = (ms) =>
  new Promise((resolve) => {
    const timer: unknown = setTimeout(resolve, ms)
    // Node only: a held response must not keep a process alive that is shutting down.
    ;(timer as { unref?: () => void }).unref?.()
  })

/** Uniform draws in [0, 1) from a seed: mulberry32, small and good enough for choosing outcomes. */
export interface Random {
  next(): number
  /** Back to the first draw of the seed. */
  reset(): void
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0
  return {
    next() {
      state = (state + 0x6d2b79f5) >>> 0
      let t = state
      t = Math.imul(t ^ (t >>> 15), t | 1)
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296
    },
    reset() {
      state = seed >>> 0
    },
  }
}

/** Whole milliseconds of one draw of the delay, at most MAX_DELAY_MS. */
export function drawDelay(spec: DelaySpec, random: Random): number {
  let ms = 0
  const { fixed_ms, min_ms, max_ms, median_ms, sigma } = spec
  if (fixed_ms !== undefined) ms = fixed_ms
  else if (min_ms !== undefined && max_ms !== undefined) ms = min_ms + random.next() * (max_ms - min_ms)
  else if (median_ms !== undefined && sigma !== undefined) {
    // Box-Muller: a standard normal from two uniforms (1 - u keeps the logarithm finite).
    const z = Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next())
    ms = median_ms * Math.exp(sigma * z)
  }
  return Math.min(MAX_DELAY_MS, Math.max(0, Math.round(ms)))
}
