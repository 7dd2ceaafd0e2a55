// Node's http -> the kit's fetch core -> Node's http, for every request that is not an admin one. The
// request becomes a Fetch Request (its body read only when it has one); the answer's bytes, serialised
// once by the pipeline, go out with one writeHead. Express is not on this path: it costs more than the
// mock's own work (bench/serve.ts), so it serves only the admin routes under /__mock.
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http'
import type { Mock } from '../mocks/index.ts'
import type { Answer } from '../mocks/core/pipeline.ts'

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void

/** The most a request body may hold (Nebuly's aggregates and export requests are a few hundred bytes). */
const BODY_LIMIT = 5 * 1024 * 1024

/** API requests, after `cors`, go to mock.answer; admin routes and preflights go to `admin` (Express). */
export function apiFirst(mock: Pick<Mock, 'fetch' | 'answer'>, cors: Middleware, admin: RequestListener): RequestListener {
  return (req, res) => {
    if (req.method === 'OPTIONS' || req.url?.startsWith('/__mock')) {
      admin(req, res)
      return
    }
    cors(req, res, () => {
      serveApi(mock, req, res).catch((error: unknown) => {
        console.error('[analytics-mock] unexpected error', error)
        if (!res.headersSent) send(res, { status: 500, headers: JSON_TYPE, body: '{"detail":"Internal server error"}' })
        else res.destroy()
      })
    })
  }
}

const JSON_TYPE = { 'Content-Type': 'application/json' }

async function serveApi(mock: Pick<Mock, 'fetch' | 'answer'>, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const method = req.method ?? 'GET'
  const body = method === 'GET' || method === 'HEAD' ? null : await readBody(req)
  if (body === 'too large') {
    send(res, { status: 413, headers: JSON_TYPE, body: '{"detail":"Request body too large"}' })
    return
  }
  const headers = new Headers()
  const raw = req.rawHeaders
  for (let i = 0; i < raw.length; i += 2) headers.append(raw[i]!, raw[i + 1]!)
  const request = new Request(`http://${req.headers.host ?? '127.0.0.1'}${req.url ?? '/'}`, {
    method,
    headers,
    body: body && body.length > 0 ? body : null,
  })
  const answer = await mock.answer(request)
  // Nothing routes it: the kit's own 404, as mock.fetch answers it.
  await send(res, answer ?? (await mock.fetch(request)))
}

async function readBody(req: IncomingMessage): Promise<Uint8Array<ArrayBuffer> | 'too large'> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > BODY_LIMIT) return 'too large'
    chunks.push(chunk as Buffer)
  }
  return new Uint8Array(Buffer.concat(chunks))
}

async function send(res: ServerResponse, answer: Answer): Promise<void> {
  if (answer instanceof Response) {
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
