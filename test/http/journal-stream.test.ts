// GET /__mock/requests/stream over a real socket: the journal as server-sent events, read the way a page
// reads it (fetch + eventsource-parser). What a stream is about needs the socket: a response that does
// not end, a client that stops reading, the admin guard.
import { once } from 'node:events'
import type { AddressInfo } from 'node:net'
import { EventSourceParserStream, type EventSourceMessage } from 'eventsource-parser/stream'
import express from 'express'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createJournal, type JournalEntry } from '../../mocks/core/journal.ts'
import { createJournalStreams, STREAM_LIMITS } from '../../server/journal-stream.ts'
import type { RunningServer } from '../../server/serve.ts'
import { bearer, call, startTestServer } from '../support/http.ts'

const CSAT_PATH = '/api/v2/analytics/conversations/csat'
const CSAT = 'get_csat_analytics_api_v2_analytics_conversations_csat_get'
const OVERVIEW_PATH = '/api/v2/analytics/conversations/overview'

interface Events {
  response: Response
  /** The next event (comments and `retry:` lines are not events). */
  next(): Promise<EventSourceMessage>
  close(): void
}

async function openStream(url: string, headers: Record<string, string> = {}): Promise<Events> {
  const controller = new AbortController()
  const response = await fetch(url, { headers, signal: controller.signal })
  if (!response.body) throw new Error('no body')
  const reader = response.body.pipeThrough(new TextDecoderStream()).pipeThrough(new EventSourceParserStream()).getReader()
  return {
    response,
    async next() {
      const { value, done } = await reader.read()
      if (done) throw new Error('the stream ended')
      return value
    },
    close: () => controller.abort(),
  }
}

const entryOf = (event: EventSourceMessage) => JSON.parse(event.data) as JournalEntry

let server: RunningServer
let token: string
const api = (path: string) => call(`${server.url}${path}`, { headers: bearer(token) })

beforeAll(async () => {
  server = await startTestServer({ size: 300 })
  token = server.mock.credentials().aurion.sessions.find((s) => s.role === 'tenant_admin' && s.plan !== 'growth')?.token ?? ''
})
afterAll(async () => {
  await server.close()
})

describe('GET /__mock/requests/stream', () => {
  it('sends the entries kept (oldest first), then each request as it arrives, the same entries as GET /__mock/requests', async () => {
    await call(`${server.url}/__mock/reset`, { method: 'POST' })
    await api(CSAT_PATH)
    await api(OVERVIEW_PATH)
    const stream = await openStream(`${server.url}/__mock/requests/stream`)
    try {
      expect(stream.response.status).toBe(200)
      expect(stream.response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8')
      expect(stream.response.headers.get('cache-control')).toBe('no-cache, no-transform')
      const first = await stream.next()
      const second = await stream.next()
      expect([first.event, first.id, entryOf(first).path]).toEqual(['request', '1', CSAT_PATH])
      expect([second.event, second.id, entryOf(second).path]).toEqual(['request', '2', OVERVIEW_PATH])

      const live = await api(`${CSAT_PATH}?date_from=nope`)
      expect(live.status).toBe(422)
      const third = await stream.next()
      expect(third.id).toBe('3')
      const listed = (await call(`${server.url}/__mock/requests`)).body as { requests: JournalEntry[] }
      expect([entryOf(first), entryOf(second), entryOf(third)]).toEqual([...listed.requests].reverse())
      // The journal keeps no header: the session token the requests carried is nowhere in the stream.
      expect(JSON.stringify([first, second, third])).not.toContain(token)
    } finally {
      stream.close()
    }
  })

  it('filters by operation and status like GET /__mock/requests, and limit=0 sends only what comes next', async () => {
    await call(`${server.url}/__mock/reset`, { method: 'POST' })
    await api(CSAT_PATH)
    const stream = await openStream(`${server.url}/__mock/requests/stream?operation=${CSAT}&status=200&limit=0`)
    try {
      await api(OVERVIEW_PATH) // another operation
      await api(`${CSAT_PATH}?date_from=nope`) // 422
      await api(CSAT_PATH)
      const event = await stream.next()
      expect([event.id, entryOf(event).operation, entryOf(event).status]).toEqual(['4', CSAT, 200])
    } finally {
      stream.close()
    }
  })

  it('resumes after Last-Event-ID, and starts over (cleared, then everything) when the journal was reset since', async () => {
    await call(`${server.url}/__mock/reset`, { method: 'POST' })
    for (let i = 0; i < 3; i++) await api(CSAT_PATH)
    const resumed = await openStream(`${server.url}/__mock/requests/stream`, { 'Last-Event-ID': '2' })
    try {
      expect((await resumed.next()).id).toBe('3')
    } finally {
      resumed.close()
    }
    const stale = await openStream(`${server.url}/__mock/requests/stream`, { 'Last-Event-ID': '40' })
    try {
      const cleared = await stale.next()
      expect([cleared.event, cleared.id]).toEqual(['cleared', ''])
      expect((await stale.next()).id).toBe('1')
    } finally {
      stale.close()
    }
  })

  it('says "cleared" when the journal is emptied or the mock reset', async () => {
    const stream = await openStream(`${server.url}/__mock/requests/stream?limit=0`)
    try {
      await call(`${server.url}/__mock/requests`, { method: 'DELETE' })
      expect((await stream.next()).event).toBe('cleared')
      await call(`${server.url}/__mock/reset`, { method: 'POST' })
      expect((await stream.next()).event).toBe('cleared')
      await api(CSAT_PATH)
      expect((await stream.next()).id).toBe('1')
    } finally {
      stream.close()
    }
  })

  it('refuses a bad filter or Last-Event-ID with a 422 naming it', async () => {
    const badStatus = await call(`${server.url}/__mock/requests/stream?status=abc`)
    expect(badStatus.status).toBe(422)
    expect((badStatus.body as { detail: { loc: string[] }[] }).detail.map((d) => d.loc)).toEqual([['query', 'status']])
    const badLimit = await call(`${server.url}/__mock/requests/stream?limit=1001`)
    expect((badLimit.body as { detail: { loc: string[] }[] }).detail.map((d) => d.loc)).toEqual([['query', 'limit']])
    const badId = await call(`${server.url}/__mock/requests/stream`, { headers: { 'Last-Event-ID': 'latest' } })
    expect(badId.status).toBe(422)
    expect((badId.body as { detail: { loc: string[] }[] }).detail.map((d) => d.loc)).toEqual([['header', 'Last-Event-ID']])
  })

  it(`answers 503 with Retry-After beyond ${STREAM_LIMITS.maxStreams} streams at once, and takes a new one once one closes`, async () => {
    const streams = await Promise.all(
      Array.from({ length: STREAM_LIMITS.maxStreams }, () => openStream(`${server.url}/__mock/requests/stream?limit=0`)),
    )
    try {
      expect(streams.map((s) => s.response.status)).toEqual(streams.map(() => 200))
      const refused = await call(`${server.url}/__mock/requests/stream`)
      expect([refused.status, refused.headers.get('retry-after')]).toEqual([503, '1'])
      expect(refused.body).toEqual({ detail: `Already ${STREAM_LIMITS.maxStreams} journal streams open; try again later` })
      streams.pop()?.close()
      // The server hears the close asynchronously: the next stream is taken once it has.
      await expect
        .poll(async () => {
          const again = await openStream(`${server.url}/__mock/requests/stream?limit=0`)
          again.close()
          return again.response.status
        })
        .toBe(200)
    } finally {
      for (const stream of streams) stream.close()
    }
  })
})

describe('the stream behind the admin guard', () => {
  let guarded: RunningServer
  beforeAll(async () => {
    guarded = await startTestServer({ size: 300, adminToken: 'stream-s3cret' })
  })
  afterAll(async () => {
    await guarded.close()
  })

  it('needs the admin token like every admin route', async () => {
    const refused = await call(`${guarded.url}/__mock/requests/stream`)
    expect(refused.status).toBe(401)
    const stream = await openStream(`${guarded.url}/__mock/requests/stream`, bearer('stream-s3cret'))
    try {
      expect(stream.response.status).toBe(200)
    } finally {
      stream.close()
    }
  })
})

describe('a client that stops reading', () => {
  it('is disconnected once more than maxBufferedBytes wait for it, instead of being buffered for', async () => {
    const journal = createJournal(10)
    const streamJournal = createJournalStreams(journal, { ...STREAM_LIMITS, maxBufferedBytes: 64 * 1024 })
    const app = express().get('/stream', (_req, res) => streamJournal(res, { limit: 0 }))
    const listener = app.listen(0, '127.0.0.1')
    await once(listener, 'listening')
    try {
      const { port } = listener.address() as AddressInfo
      const response = await fetch(`http://127.0.0.1:${port}/stream`)
      const reader = response.body!.getReader()
      // Not read while 64 MB of events are recorded: the socket's buffers fill, then the server's.
      const path = `/${'x'.repeat(64 * 1024)}`
      const entry = { at: '2026-03-09T12:00:00.000Z', method: 'GET', path, query: {}, operation: null, api: null }
      for (let i = 0; i < 1000; i++) {
        journal.record({ ...entry, caller: null, status: 404, duration_ms: 0, scenario: null, fault: null })
      }
      let received = 0
      const outcome = await (async () => {
        try {
          for (;;) {
            const { value, done } = await reader.read()
            if (done) return 'ended'
            received += value.length
          }
        } catch {
          return 'cut'
        }
      })()
      expect(outcome).toMatch(/ended|cut/)
      // Far less than was recorded reached the client: the rest was never buffered.
      expect(received).toBeLessThan(1000 * path.length)
    } finally {
      listener.closeAllConnections()
      listener.close()
    }
  })
})
