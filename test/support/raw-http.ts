// Requests that fetch refuses to send: any method (TRACE), any Host header, any bytes in the path.
import { request } from 'node:http'

export interface RawReply {
  status: number
  headers: Record<string, string | string[] | undefined>
  text: string
  body: unknown
}

export function rawRequest(
  base: string,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawReply> {
  const url = new URL(base)
  // Node sends a GET or DELETE body without a length unless told: the server would read it as the next request.
  const headers =
    init.body === undefined ? (init.headers ?? {}) : { ...init.headers, 'Content-Length': String(Buffer.byteLength(init.body)) }
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, method: init.method ?? 'GET', path, headers, timeout: 5_000 }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8')
        let body: unknown = text
        if ((res.headers['content-type'] ?? '').startsWith('application/json') && text !== '') body = JSON.parse(text)
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, body })
      })
    })
    req.on('timeout', () => req.destroy(new Error(`${init.method ?? 'GET'} ${path}: no answer within 5 s`)))
    req.on('error', reject)
    req.end(init.body)
  })
}
