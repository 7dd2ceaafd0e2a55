// Fixed-window rate limits on the mock clock. Counting is a rate-limiter-flexible store (in memory, or
// shared by replicas: state-store.ts); the
// window a request falls in is computed from the injected clock (the library only knows real time), so
// a test that advances the clock by a minute sees the limit reset without sleeping.
// Deep imports, not the package root: the root pulls in every store, Node's cluster and crypto included
// (https://github.com/animir/node-rate-limiter-flexible: index.js). Types: ./rate-limiter-flexible.d.ts.
import RateLimiterRes from 'rate-limiter-flexible/lib/RateLimiterRes.js'
import type { Clock } from './clock.ts'
import { memoryStateStore, stateUnavailable, type StateStore } from './state-store.ts'

export interface RateLimitDecision {
  allowed: boolean
  limit: number
  remaining: number
  /** Seconds until the current window ends (what Retry-After says). */
  retryAfterSeconds: number
}

export interface WindowLimiter {
  readonly limit: number
  consume(key: string): Promise<RateLimitDecision>
  /** Forgets every window (the mock's reset). */
  reset(): void
}

export function createWindowLimiter(options: {
  limit: number
  windowMs: number
  clock: Clock
  /** Where windows are counted (default: this process's memory). */
  state?: StateStore
  /** The limiter's name in a shared store. */
  name?: string
}): WindowLimiter {
  const { limit, windowMs, clock } = options
  const state = options.state ?? memoryStateStore
  // Entries outlive their window in real time so a window never resets before the mock clock says so.
  const newStore = () => state.points({ name: options.name ?? 'limit', points: limit, durationSeconds: Math.ceil((2 * windowMs) / 1000) })
  let store = newStore()
  return {
    limit,
    async consume(key) {
      const now = clock.now().getTime()
      const window = Math.floor(now / windowMs)
      const retryAfterSeconds = Math.max(1, Math.ceil(((window + 1) * windowMs - now) / 1000))
      try {
        const res = await store.consume(`${key}@${window}`)
        return { allowed: true, limit, remaining: res.remainingPoints, retryAfterSeconds }
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) return { allowed: false, limit, remaining: 0, retryAfterSeconds }
        // Anything else is the store failing (a shared store out of reach): a 503, not a 500.
        throw stateUnavailable()
      }
    },
    reset() {
      store = newStore()
    },
  }
}
