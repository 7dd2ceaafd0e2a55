// The audit log that phone searches and exports write to (seed 001 of docs/sources.md: "All searches are audit-logged", "the
// request is logged to the audit log"), and the deterministic ids the mock hands out. Entries live in the
// `audit` @msw/data collection of the mock's state, so tests and tools can read them back; with replicas, in
// the shared bounded log the server injects (state-store.ts), numbered once across all of them.
import type { Clock } from '../core/clock.ts'
import { formatUuid, markUuidWords } from '../../generators/lib/ids.ts'
import type { BoundedLog } from '../core/state-store.ts'
import type { AuditEntry, AurionStateCollections } from '../../generators/aurion/model.ts'

const hashed = new Uint32Array(4)

/**
 * A UUID derived from a string: the same mock, fed the same requests, hands out the same ids (no
 * Math.random, no crypto). Four FNV-1a passes with different offsets give the 128 bits, written by the
 * kit's one UUID maker (generators/lib/ids.ts).
 */
export function deterministicUuid(seed: string): string {
  for (let pass = 0; pass < 4; pass++) {
    let h = (0x811c9dc5 ^ Math.imul(pass + 1, 0x9e3779b1)) >>> 0
    for (let i = 0; i < seed.length; i++) {
      h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193) >>> 0
    }
    // A final avalanche so that seeds differing in the last character differ in every nibble.
    h = (h ^ (h >>> 16)) >>> 0
    h = Math.imul(h, 0x85ebca6b) >>> 0
    h = (h ^ (h >>> 13)) >>> 0
    hashed[pass] = h
  }
  markUuidWords(hashed)
  return formatUuid(hashed)
}

/** An instant at whole seconds, written like the seed's examples: "2026-03-09T12:00:00Z". */
export function isoSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/\.000Z$/, 'Z')
}

export interface AuditLog {
  record(entry: Omit<AuditEntry, 'id' | 'at'>): Promise<AuditEntry>
  /** The entries kept, oldest first. */
  entries(): Promise<AuditEntry[]>
  /** Numbers entries from 1 again (the mock's reset, which also empties the collection). */
  reset(): void
}

/** Kit's choice: the audit log is a ring of this many entries; the oldest is dropped to make room. */
export const AUDIT_LOG_LIMIT = 1_000

/** One log per mock: its counter (or the shared log's) numbers the entries, so ids are reproducible. */
export function createAuditLog(
  load: () => Promise<AurionStateCollections>,
  clock: Clock,
  shared?: BoundedLog<Omit<AuditEntry, 'id'>>,
): AuditLog {
  if (shared) {
    const withId = (sequence: number, entry: Omit<AuditEntry, 'id'>): AuditEntry => ({
      id: deterministicUuid(`audit:${sequence}`),
      ...entry,
    })
    return {
      async record(fields) {
        const entry = { ...fields, at: clock.now().toISOString() }
        return withId(await shared.append(entry), entry)
      },
      entries: async () => (await shared.latest(AUDIT_LOG_LIMIT)).reverse().map(({ sequence, entry }) => withId(sequence, entry)),
      // The server empties the shared log on reset.
      reset() {},
    }
  }
  let sequence = 0
  return {
    async record(entry) {
      sequence += 1
      const state = await load()
      const created = await state.audit.create({
        ...entry,
        id: deterministicUuid(`audit:${sequence}`),
        at: clock.now().toISOString(),
      })
      while (state.audit.count() > AUDIT_LOG_LIMIT) state.audit.delete(state.audit.all()[0]!)
      return created
    },
    entries: async () => (await load()).audit.all(),
    reset() {
      sequence = 0
    },
  }
}
