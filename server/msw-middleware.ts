// Express -> Fetch -> MSW handlers -> Fetch -> Express. The same handler array that runs in the browser
// and in setupServer answers here, byte for byte; this file only converts.
import { getResponse, type RequestHandler } from 'msw'
import type { NextFunction, Request as ExpressRequest, Response as ExpressResponse } from 'express'

export function toFetchRequest(req: ExpressRequest): Request {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v)
  }
  // From the address that accepted the connection, never from Host: a client must not choose the route.
  const { localAddress = '127.0.0.1', localPort } = req.socket
  const url = `http://${localAddress.includes(':') ? `[${localAddress}]` : localAddress}:${localPort}${req.originalUrl}`
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD' && Buffer.isBuffer(req.body) && req.body.length > 0
  return new Request(url, { method: req.method, headers, body: hasBody ? new Uint8Array(req.body as Buffer) : null })
}

export async function sendFetchResponse(res: ExpressResponse, response: Response): Promise<void> {
  res.status(response.status)
  response.headers.forEach((value, name) => res.setHeader(name, value))
  res.end(Buffer.from(await response.arrayBuffer()))
}

export function mswMiddleware(handlers: () => readonly RequestHandler[]) {
  return async (req: ExpressRequest, res: ExpressResponse, next: NextFunction) => {
    try {
      const response = await getResponse([...handlers()], toFetchRequest(req))
      if (!response) return next()
      await sendFetchResponse(res, response)
    } catch (error) {
      next(error)
    }
  }
}
