// Node's http -> the kit's fetch entry -> Node's http. The request becomes a Fetch Request (its body only
// when it has one); the answer's bytes, serialised once by the pipeline, are written with one writeHead.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { NextFunction, Request as ExpressRequest, Response as ExpressResponse } from 'express'
import type { Mock } from '../mocks/index.ts'

export function toFetchRequest(req: IncomingMessage & { body?: unknown }, origin: string): Request {
  const headers = new Headers()
  const raw = req.rawHeaders
  for (let i = 0; i < raw.length; i += 2) headers.append(raw[i]!, raw[i + 1]!)
  const method = req.method ?? 'GET'
  const hasBody = method !== 'GET' && method !== 'HEAD' && Buffer.isBuffer(req.body) && req.body.length > 0
  return new Request(origin + (req.url ?? '/'), { method, headers, body: hasBody ? new Uint8Array(req.body as Buffer) : null })
}

/** Express middleware: API requests answered by `mock.answer`; anything no operation routes goes on. */
export function fetchAdapter(mock: Pick<Mock, 'answer'>) {
  return async (req: ExpressRequest, res: ExpressResponse, next: NextFunction) => {
    try {
      const answer = await mock.answer(toFetchRequest(req, `${req.protocol}://${req.get('host') ?? '127.0.0.1'}`))
      if (!answer) return next()
      await send(res, answer)
    } catch (error) {
      next(error)
    }
  }
}

async function send(res: ServerResponse, answer: NonNullable<Awaited<ReturnType<Mock['answer']>>>): Promise<void> {
  if (answer instanceof Response) {
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
