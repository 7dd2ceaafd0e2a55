// Where the mock's counted state lives. By default in this process (memory, as rate-limiter-flexible's
// in-memory store); a server running several replicas injects a shared store (server/redis-state.ts) so
// that a rate-limit window is counted once whichever replica a request reaches. This file stays free of
// Node imports: the browser build uses the memory store.
import RateLimiterMemory from 'rate-limiter-flexible/lib/RateLimiterMemory.js'
import { ApiError } from './errors.ts'

/** The part of a rate-limiter-flexible store the window limiter uses. */
interface PointStore {
  /** Resolves with the points left, rejects with a RateLimiterRes when the key has none left. */
  consume(key: string): Promise<{ remainingPoints: number }>
}

export interface StateStore {
  /** A store of `points` per key, each key kept at least `durationSeconds` of real time. */
  points(options: { name: string; points: number; durationSeconds: number }): PointStore
  /**
   * Counts one use of a scenario with `times` down, atomically across replicas: the uses left after this
   * one, below zero when none was left. Absent: the scenario store counts in memory.
   */
  countdown?(scenario: { id: string }): Promise<number>
}

export const memoryStateStore: StateStore = {
  points: ({ points, durationSeconds }) => new RateLimiterMemory({ points, duration: durationSeconds }),
}

/** Seconds a client waits before retrying when the shared store is out of reach. */
const STATE_RETRY_AFTER_SECONDS = 1

/** The shared store did not answer: a 503 in the API's dialect, with Retry-After, never a 500. */
export function stateUnavailable(): ApiError {
  return new ApiError(503, 'Service temporarily unavailable: the mock cannot reach its shared state', {
    headers: { 'Retry-After': String(STATE_RETRY_AFTER_SECONDS) },
  })
}
