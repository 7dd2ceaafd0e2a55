// Node's http -> the kit's fetch core -> Node's http, for every request that is not an admin one. The
// core reads the request through a light view of node:http's (no Fetch Request, Headers or AbortSignal
// is built per request); the answer's bytes, serialised once by the pipeline, go out with one writeHead.
// Express is not on this path: it costs more than the mock's own work (bench/serve.ts), so it serves
// only the admin routes under /__mock.
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http'
import type { Mock } from '../mocks/index.ts'
import type { Answer, MockRequest } from '../mocks/core/pipeline.ts'
import { sendFault } from './faults.ts'
import type { SharedSync } from './redis-state.ts'

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void

/** The most a request body may hold (Nebuly's aggregates and export requests are a few hundred bytes). */
const BODY_LIMIT = 5 * 1024 * 1024
const JSON_TYPE = { 'Content-Type': 'application/json' }
const utf8 = new TextDecoder()

type ApiMock = Pick<Mock, 'answer' | 'journal' | 'clock'>

/**
 * Every request first passes `guard` (the Host allowlist); then API requests, after `cors`, go to
 * mock.answer, and admin routes, preflights and requests no operation answers go to `admin` (Express).
 */
export function apiFirst(
  mock: ApiMock,
  cors: Middleware,
  admin: RequestListener,
  guard: (req: IncomingMessage, res: ServerResponse) => boolean,
  shared?: SharedSync,
): RequestListener {
  return (req, res) => {
    if (guard(req, res)) return
    if (req.method === 'OPTIONS' || req.url?.startsWith('/__mock')) {
      admin(req, res)
      return
    }
    cors(req, res, () => {
      serveApi(mock, req, res, admin, shared).catch((error: unknown) => {
        console.error('[analytics-mock] unexpected error', error)
        if (!res.headersSent) void send(res, { status: 500, headers: JSON_TYPE, body: '{"detail":"Internal server error"}' })
        else res.destroy()
      })
    })
  }
}

async function serveApi(
  mock: ApiMock,
  req: IncomingMessage,
  res: ServerResponse,
  admin: RequestListener,
  shared?: SharedSync,
): Promise<void> {
  const method = req.method ?? 'GET'
  const body = method === 'GET' || method === 'HEAD' ? '' : await readBody(req)
  if (body === undefined) {
    // The rest of the body is not read: the connection cannot carry another request.
    await send(res, { status: 413, headers: { ...JSON_TYPE, Connection: 'close' }, body: '{"detail":"Request body too large"}' })
    return
  }
  // Replicas: the shared clock is read before the request, so a move on another replica applies to it.
  await shared?.pull()
  const answer = await mock.answer(nodeRequest(req, method, body))
  // Replicas: the journal entry is in Redis before the client hears back, so any replica lists it.
  if (answer) {
    await shared?.settle()
    return send(res, answer)
  }
  // Nothing routes it: Express's fallback answers (404, or 405 with Allow, in the path's dialect); the
  // journal keeps it too (a wrong URL is what QA looks for).
  const url = new URL(req.url ?? '/', 'http://mock.invalid')
  mock.journal.record({
    at: mock.clock.now().toISOString(),
    method,
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    operation: null,
    api: null,
    caller: null,
    status: 404,
    duration_ms: 0,
    scenario: null,
    fault: null,
  })
  await shared?.settle()
  admin(req, res)
}

/** node:http's request as the pipeline reads it; header lookups follow Fetch (names case-insensitive, repeats joined). */
function nodeRequest(req: IncomingMessage, method: string, body: string): MockRequest {
  const raw = req.rawHeaders
  return {
    method,
    // From the address the request came in on, never from Host: a client's Host header chooses nothing.
    url: `http://${localAuthority(req)}${req.url ?? '/'}`,
    headers: {
      get(name) {
        let value: string | null = null
        for (let i = 0; i < raw.length; i += 2) {
          if (raw[i]!.length === name.length && raw[i]!.toLowerCase() === name.toLowerCase()) {
            value = value === null ? raw[i + 1]! : `${value}, ${raw[i + 1]!}`
          }
        }
        return value
      },
    },
    text: async () => body,
  }
}

function localAuthority(req: IncomingMessage): string {
  const address = req.socket.localAddress ?? '127.0.0.1'
  return `${address.includes(':') ? `[${address}]` : address}:${req.socket.localPort ?? 80}`
}

/** The body as text (the API's bodies are JSON), or undefined past BODY_LIMIT. */
async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > BODY_LIMIT) return undefined
    chunks.push(chunk as Buffer)
  }
  // Decoded as Fetch's text() does (UTF-8, a leading BOM dropped).
  return utf8.decode(Buffer.concat(chunks))
}

async function send(res: ServerResponse, answer: Answer): Promise<void> {
  if (answer instanceof Response) {
    if (sendFault(res, answer)) return // reset, empty, malformed, timeout: see faults.ts
    // Files and errors come as a Response; their headers and bytes are copied once.
    const headers: Record<string, string> = {}
    answer.headers.forEach((value, name) => {
      headers[name] = value
    })
    const body = Buffer.from(await answer.arrayBuffer())
    res.writeHead(answer.status, { ...headers, 'Content-Length': String(body.length) }).end(body)
    return
  }
  res.writeHead(answer.status, { ...answer.headers, 'Content-Length': String(Buffer.byteLength(answer.body)) }).end(answer.body)
}
