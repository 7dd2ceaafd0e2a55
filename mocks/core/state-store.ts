// Where the mock's mutable state lives. By default in this process (memory: rate-limiter-flexible's
// in-memory store, the APIs' own collections); a server running several replicas injects a shared store
// (server/redis-state.ts) so that a rate-limit window is counted once, and an export or an audit entry
// made through one replica is seen by all. This file stays free of Node imports: the browser build uses
// the memory store.
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
  /** Shared records that expire on the mock clock (AurionAI's exports). Absent: the API keeps its own. */
  records?<T>(name: string): ExpiringRecords<T>
  /** A shared bounded log (AurionAI's audit ring). Absent: the API keeps its own. */
  log?<T>(name: string, size: number): BoundedLog<T>
}

/** What a store needs to know of an expiring record besides its body. */
interface RecordMeta {
  id: string
  /** Records are counted, bounded and listed per owner (a tenant). */
  owner: string
  /** The owner's number of the record (from `next`): the order records were added in. */
  sequence: number
  /** End of life on the mock clock (excluded), in epoch milliseconds. */
  expiresMs: number
}

/** Records that expire on the mock clock, at most a given number per owner. */
export interface ExpiringRecords<T> {
  /** The owner's next number: 1, 2, ... counted once across replicas (ids derive from it). */
  next(owner: string): Promise<number>
  /** Drops the expired records and, to keep at most `keep`, the owner's oldest; then stores this one. */
  add(meta: RecordMeta, record: T, options: { nowMs: number; keep: number }): Promise<void>
  /** The owner's records not expired at `nowMs`, oldest first; expired ones are dropped for good. */
  live(owner: string, nowMs: number): Promise<T[]>
  /** One of the owner's records, if stored (expired or not). */
  get(owner: string, id: string): Promise<T | undefined>
}

/** A log of at most its size entries, the oldest dropped first; entries are numbered 1, 2, ... */
export interface BoundedLog<T> {
  /** Appends the entry; resolves with its number, counted once across replicas. */
  append(entry: T): Promise<number>
  /** The newest entries, newest first, at most `limit`. */
  latest(limit: number): Promise<{ sequence: number; entry: T }[]>
  /** Removes every entry; resolves with how many there were. */
  clear(): Promise<number>
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
