// The request journal: what the mock received, in a bounded ring (oldest entries drop out first). An
// entry names the caller by account and role or key id, never by its secret: no header is stored.
import type { components } from '../../contracts/generated/mock-admin.ts'

export type JournalEntry = components['schemas']['JournalEntry']
export type Caller = NonNullable<JournalEntry['caller']>

export const DEFAULT_JOURNAL_SIZE = 1000
const MAX_JOURNAL_LIST = 1000

export interface JournalFilter {
  operation?: string
  status?: number
  /** Entries at or after this instant of the mock clock. */
  since?: Date | string
  /** Most entries returned (default 100, at most 1,000). */
  limit?: number
}

/** What a journal subscriber hears: each entry as it is recorded, and when the journal is emptied. */
export type JournalEvent = { type: 'request'; entry: JournalEntry } | { type: 'cleared' }

export interface Journal {
  readonly size: number
  /** Matching entries, newest first. */
  list(filter?: JournalFilter): JournalEntry[]
  /** Removes every entry; returns how many there were. */
  clear(): number
  /** Called by the pipeline; the id is assigned here. */
  record(entry: Omit<JournalEntry, 'id'>): JournalEntry
  /** Back to the start: empty, ids from 1. */
  reset(): void
  /** Calls `listener` on every record, clear and reset until the returned function is called. */
  subscribe(listener: (event: JournalEvent) => void): () => void
}

export function createJournal(size = DEFAULT_JOURNAL_SIZE, onRecord?: (entry: JournalEntry) => void): Journal {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`journal size must be an integer >= 1, got ${size}`)
  let ring: JournalEntry[] = []
  let next = 0 // where the next entry goes once the ring is full
  let lastId = 0
  const listeners = new Set<(event: JournalEvent) => void>()
  const tell = (event: JournalEvent) => {
    for (const listener of listeners) listener(event)
  }
  const inOrder = () => [...ring.slice(next), ...ring.slice(0, next)]
  return {
    size,
    list(filter = {}) {
      return filterJournal(inOrder().reverse(), filter)
    },
    clear() {
      const removed = ring.length
      ring = []
      next = 0
      tell({ type: 'cleared' })
      return removed
    },
    record(fields) {
      lastId += 1
      // Field by field, in the documented order: cheaper than a spread on every request.
      const entry: JournalEntry = {
        id: lastId,
        at: fields.at,
        method: fields.method,
        path: fields.path,
        query: fields.query,
        operation: fields.operation,
        api: fields.api,
        caller: fields.caller,
        status: fields.status,
        duration_ms: fields.duration_ms,
        scenario: fields.scenario,
        fault: fields.fault,
      }
      if (ring.length < size) ring.push(entry)
      else {
        ring[next] = entry
        next = (next + 1) % size
      }
      onRecord?.(entry)
      if (listeners.size > 0) tell({ type: 'request', entry })
      return entry
    },
    reset() {
      ring = []
      next = 0
      lastId = 0
      tell({ type: 'cleared' })
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

/** The entries (given newest first) that match the filter, at most its limit. */
export function filterJournal(newestFirst: readonly JournalEntry[], filter: JournalFilter = {}): JournalEntry[] {
  const sinceMs = filter.since === undefined ? undefined : new Date(filter.since).getTime()
  const limit = Math.min(Math.max(1, filter.limit ?? 100), MAX_JOURNAL_LIST)
  const out: JournalEntry[] = []
  for (const entry of newestFirst) {
    if (out.length >= limit) break
    if (filter.operation !== undefined && entry.operation !== filter.operation) continue
    if (filter.status !== undefined && entry.status !== filter.status) continue
    if (sinceMs !== undefined && Date.parse(entry.at) < sinceMs) continue
    out.push(entry)
  }
  return out
}

/** A URL's query (`url.search`) as a plain object (the `__code` style forms included); a repeated key keeps its last value. */
export function queryObject(search: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [key, value] of new URLSearchParams(search)) out[key] = value
  return out
}

/** `…abcd`: the last four characters of a key, enough to tell keys apart in a log, useless to a thief. */
export function keyHint(key: string): string {
  return `…${key.slice(-4)}`
}

/** One console line per request: `12:00:00.000 GET /path?x=1 -> 200 3 ms [operation] (scenario sc_1)`. */
export function formatEntry(entry: JournalEntry): string {
  const query = new URLSearchParams(entry.query).toString()
  const outcome = entry.fault ? `fault ${entry.fault}` : String(entry.status)
  const who = entry.caller
    ? ` ${entry.caller.account}${entry.caller.role ? `/${entry.caller.role}` : ''}${entry.caller.key_id ? ` key ${entry.caller.key_id}` : ''}`
    : ''
  const scenario = entry.scenario ? ` (${entry.scenario === 'prefer' ? 'Prefer' : `scenario ${entry.scenario}`})` : ''
  return `${entry.at.slice(11, 23)} ${entry.method} ${entry.path}${query ? `?${query}` : ''} -> ${outcome} ${Math.round(entry.duration_ms)} ms [${entry.operation ?? 'no operation'}]${who}${scenario}`
}
