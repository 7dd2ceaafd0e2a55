// GET /__mock/requests/stream (contracts/mock-admin.yaml, streamRequests): the journal as server-sent
// events. The entries already kept come first, then each one as it is recorded. Bounded like the rest of
// the server: a fixed number of streams at once, and a client that stops reading is disconnected rather
// than buffered for without end.
import type { Response } from 'express'
import type { Journal, JournalEntry, JournalEvent } from '../mocks/core/journal.ts'

/** Kit's choices (docs/admin-api.md). */
export const STREAM_LIMITS = {
  /** Streams open at once; one more answers 503. */
  maxStreams: 32,
  /** Bytes waiting for a client that does not read; beyond, the stream is closed (it resumes by Last-Event-ID). */
  maxBufferedBytes: 1024 * 1024,
  /** A comment line this often keeps proxies from closing a quiet stream. */
  keepAliveMs: 15_000,
}
/** Entries a resumed stream may replay: all the journal can list. */
const MAX_REPLAY = 1000

export interface StreamRequest {
  operation?: string
  status?: number
  /** Entries already kept that are sent first (default 100). */
  limit?: number
  /** The last id the client received: only later entries are replayed. */
  lastEventId?: number
}

const requestEvent = (entry: JournalEntry): string => `id: ${entry.id}\nevent: request\ndata: ${JSON.stringify(entry)}\n\n`
// The empty id resets the client's last event id: after a clear or reset, ids start again from 1.
const CLEARED_EVENT = 'id\nevent: cleared\ndata: {}\n\n'

export function createJournalStreams(journal: Journal, limits = STREAM_LIMITS) {
  let open = 0
  return function streamJournal(res: Response, request: StreamRequest): void {
    if (open >= limits.maxStreams) {
      res
        .status(503)
        .set('Retry-After', '1')
        .json({ detail: `Already ${limits.maxStreams} journal streams open; try again later` })
      return
    }
    open += 1
    const matches = (entry: JournalEntry) =>
      (request.operation === undefined || entry.operation === request.operation) &&
      (request.status === undefined || entry.status === request.status)

    let closed = false
    const write = (text: string) => {
      if (closed) return
      res.write(text)
      if (res.writableLength > limits.maxBufferedBytes) {
        closed = true
        res.destroy()
      }
    }
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      // A reverse proxy (nginx) would otherwise hold the events back.
      'X-Accel-Buffering': 'no',
    })
    write('retry: 1000\n\n')
    // Resuming: the entries after the client's last id (all of them when the journal was reset since,
    // which a last id beyond the newest shows). Otherwise the newest `limit` entries. Oldest first.
    const { lastEventId, operation, status } = request
    const newestId = journal.list({ limit: 1 })[0]?.id ?? 0
    const resetSince = lastEventId !== undefined && lastEventId > newestId
    if (resetSince) write(CLEARED_EVENT)
    const after = lastEventId !== undefined && !resetSince ? lastEventId : 0
    const limit = lastEventId === undefined ? (request.limit ?? 100) : MAX_REPLAY
    if (limit > 0) {
      const kept = journal.list({ ...(operation !== undefined && { operation }), ...(status !== undefined && { status }), limit })
      for (const entry of kept.filter((e) => e.id > after).reverse()) write(requestEvent(entry))
    }

    const unsubscribe = journal.subscribe((event: JournalEvent) => {
      if (event.type === 'cleared') write(CLEARED_EVENT)
      else if (matches(event.entry)) write(requestEvent(event.entry))
    })
    const keepAlive = setInterval(() => write(': keep-alive\n\n'), limits.keepAliveMs)
    keepAlive.unref()
    res.on('close', () => {
      closed = true
      open -= 1
      unsubscribe()
      clearInterval(keepAlive)
    })
  }
}
