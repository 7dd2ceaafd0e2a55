// Node's http -> the kit's fetch core -> Node's http, for every request that is not an admin one. The
// core reads the request through a light view of node:http's (no Fetch Request, Headers or AbortSignal
// is built per request); the answer's bytes, serialised once by the pipeline, go out with their CORS
// headers in one writeHead. Express is not on this path: it costs more than the mock's own work
// (bench/serve.ts), so it serves only the admin routes under /__mock and what no operation routes.
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http'
import type { Mock } from '../mocks/index.ts'
import type { Answer, MockRequest } from '../mocks/core/pipeline.ts'
import { sendFault } from './faults.ts'
import type { SharedSync } from './redis-state.ts'

/** The most a request body may hold (Nebuly's aggregates and export requests are a few hundred bytes). */
const BODY_LIMIT = 5 * 1024 * 1024
const JSON_TYPE = { 'Content-Type': 'application/json' }
const utf8 = new TextDecoder()

type ApiMock = Pick<Mock, 'answer' | 'unrouted'>

/** Which pages may read the API's answers, as the `cors` package takes it (Express uses it for the rest). */
export interface ApiCors {
  origin: RegExp
  exposedHeaders: string[]
}

type CorsHeaders = (origin: string | null) => Record<string, string>

/**
 * The headers the `cors` package sets on a simple (non-preflight) request, worked out once per answer
 * here instead of by a middleware's setHeader calls: Vary and the exposed headers always, the origin back
 * when it is allowed.
 */
function corsHeaders(cors: ApiCors): CorsHeaders {
  const always = { Vary: 'Origin', 'Access-Control-Expose-Headers': cors.exposedHeaders.join(',') }
  return (origin) => (origin !== null && cors.origin.test(origin) ? { 'Access-Control-Allow-Origin': origin, ...always } : always)
}

/**
 * Every request first passes `guard` (the Host allowlist); then API requests go to mock.answer, and admin
 * routes, preflights and requests no operation answers go to `admin` (Express, which adds CORS itself).
 */
export function apiFirst(
  mock: ApiMock,
  cors: ApiCors,
  admin: RequestListener,
  guard: (req: IncomingMessage, res: ServerResponse) => boolean,
  shared?: SharedSync,
): RequestListener {
  const withCors = corsHeaders(cors)
  return (req, res) => {
    if (guard(req, res)) return
    if (req.method === 'OPTIONS' || req.url?.startsWith('/__mock')) {
      admin(req, res)
      return
    }
    serveApi(mock, req, res, admin, withCors, shared).catch((error: unknown) => {
      console.error('[analytics-mock] unexpected error', error)
      if (!res.headersSent) send(res, { status: 500, headers: JSON_TYPE, body: '{"detail":"Internal server error"}' }, {})
      else res.destroy()
    })
  }
}

async function serveApi(
  mock: ApiMock,
  req: IncomingMessage,
  res: ServerResponse,
  admin: RequestListener,
  withCors: CorsHeaders,
  shared?: SharedSync,
): Promise<void> {
  const method = req.method ?? 'GET'
  const body = method === 'GET' || method === 'HEAD' ? '' : await readBody(req)
  const cors = withCors(header(req.rawHeaders, 'origin'))
  if (body === undefined) {
    // The rest of the body is not read: the connection cannot carry another request.
    const tooLarge = { status: 413, headers: { ...JSON_TYPE, Connection: 'close' }, body: '{"detail":"Request body too large"}' }
    return send(res, tooLarge, cors)
  }
  // Replicas: the shared clock is read before the request, so a move on another replica applies to it.
  if (shared) await shared.pull()
  const request = nodeRequest(req, method, body)
  const answer = await mock.answer(request)
  if (answer) {
    // Replicas: the journal entry is in Redis before the client hears back, so any replica lists it.
    if (shared) await shared.settle()
    return send(res, answer, cors)
  }
  // Nothing routes it: Express's fallback answers (404, or 405 with Allow, in the path's dialect), and the
  // journal keeps it with that status, through the same controls as every routed request.
  const exchange = mock.unrouted(request)
  res.once('close', () => exchange.finish(res.statusCode))
  admin(req, res)
}

/** node:http's request as the pipeline reads it; header lookups follow Fetch (names case-insensitive, repeats joined). */
function nodeRequest(req: IncomingMessage, method: string, body: string): MockRequest {
  const raw = req.rawHeaders
  return {
    method,
    // From the address the request came in on, never from Host: a client's Host header chooses nothing.
    url: `http://${localAuthority(req)}${req.url ?? '/'}`,
    headers: { get: (name) => header(raw, name) },
    text: async () => body,
  }
}

function header(raw: readonly string[], name: string): string | null {
  let value: string | null = null
  for (let i = 0; i < raw.length; i += 2) {
    if (raw[i]!.length === name.length && raw[i]!.toLowerCase() === name.toLowerCase()) {
      value = value === null ? raw[i + 1]! : `${value}, ${raw[i + 1]!}`
    }
  }
  return value
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

/** The answer with the CORS headers, in one writeHead; an answer's own header wins over a CORS one. */
function send(res: ServerResponse, answer: Answer, cors: Record<string, string>): void | Promise<void> {
  if (answer instanceof Response) return sendResponse(res, answer, cors)
  // Copied key by key: node:http took ~6 µs longer per request to write an object built by spreading.
  const headers: Record<string, string> = {}
  for (const name in cors) if (!(name in answer.headers)) headers[name] = cors[name]!
  for (const name in answer.headers) headers[name] = answer.headers[name]!
  headers['Content-Length'] = String(Buffer.byteLength(answer.body))
  res.writeHead(answer.status, headers).end(answer.body)
}

/** Files, errors and forced answers come as a Response; their headers and bytes are copied once. */
async function sendResponse(res: ServerResponse, answer: Response, cors: Record<string, string>): Promise<void> {
  if (sendFault(res, answer)) return // reset, empty, malformed, timeout: see faults.ts
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(cors)) if (!answer.headers.has(name)) headers[name] = value
  answer.headers.forEach((value, name) => {
    headers[name] = value
  })
  const body = Buffer.from(await answer.arrayBuffer())
  headers['Content-Length'] = String(body.length)
  res.writeHead(answer.status, headers).end(body)
}
