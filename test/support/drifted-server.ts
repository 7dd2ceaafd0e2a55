// A server that drifted from the AurionAI contract: an Express proxy in front of the kit's mock that
// damages a few responses the way real servers drift. verify must name every one of them.
import type { AddressInfo } from 'node:net'
import express from 'express'
import { startServer, type RunningServer } from '../../server/serve.ts'

/** The transactions each drift breaks, with a word the failure reason must contain. */
export const DRIFTS = [
  {
    name: '/api/v2/analytics/conversations/overview > Get Conversation Overview > 200 > application/json',
    drift: 'total_conversations is a string',
    reasonIncludes: 'total_conversations',
  },
  {
    name: '/api/v2/analytics/conversations/sla-compliance > Get Sla Compliance > 200 > application/json',
    drift: 'required by_team dropped',
    reasonIncludes: 'by_team',
  },
  {
    name: '/api/v2/analytics/unified-overview > Get Unified Overview > 200 > application/json',
    drift: "profile 'enterprise' is not in the enum",
    reasonIncludes: 'profile',
  },
  {
    name: '/api/v2/conversations > List Conversations V2 > 200 > application/json',
    drift: "created_at on 30 February (gavel's fast format check passes it; ajv-formats does not)",
    reasonIncludes: 'created_at',
  },
  {
    name: '/api/v2/analytics/conversations/teams > List Analytics Teams > 200 > application/json',
    drift: 'undocumented status 418',
    reasonIncludes: '418',
  },
  {
    name: '/api/v2/analytics/conversations/csat > Get Csat Analytics > 200 > application/json',
    drift: 'text/plain instead of application/json',
    reasonIncludes: 'text/plain',
  },
  {
    name: '/api/v1/analytics/search > Search Calls By Phone > 429 > application/json',
    drift: 'Retry-After missing on 429',
    reasonIncludes: 'retry-after',
  },
] as const

type Json = Record<string, unknown>

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

interface Drifted {
  status: number
  headers: Headers
  body: Buffer
}

/** The damage, by path; everything else passes through untouched. */
function drift(path: string, upstream: Drifted): Drifted {
  const { status, headers } = upstream
  if (status === 429) headers.delete('retry-after')
  if (status !== 200 || !(headers.get('content-type') ?? '').startsWith('application/json')) return upstream
  const body: unknown = JSON.parse(upstream.body.toString('utf8'))
  if (!isObject(body)) return upstream
  const json = (value: unknown, extra: Partial<Drifted> = {}): Drifted => ({
    status,
    headers,
    body: Buffer.from(JSON.stringify(value)),
    ...extra,
  })

  switch (path) {
    case '/api/v2/analytics/conversations/overview':
      return json({ ...body, total_conversations: String(body.total_conversations) })
    case '/api/v2/analytics/conversations/sla-compliance': {
      const { by_team: _dropped, ...rest } = body
      return json(rest)
    }
    case '/api/v2/analytics/unified-overview':
      return json({ ...body, profile: 'enterprise' })
    case '/api/v2/conversations': {
      const items = Array.isArray(body.items) ? body.items : []
      const [first, ...others] = items
      const broken = isObject(first) ? [{ ...first, created_at: '2026-02-30T08:40:00Z' }, ...others] : items
      return json({ ...body, items: broken })
    }
    case '/api/v2/analytics/conversations/teams':
      return json(body, { status: 418 })
    case '/api/v2/analytics/conversations/csat':
      headers.set('content-type', 'text/plain; charset=utf-8')
      return { status, headers, body: upstream.body }
    default:
      return upstream
  }
}

export interface DriftedServer {
  url: string
  mock: RunningServer
  close(): Promise<void>
}

export async function startDriftedServer(options: Parameters<typeof startServer>[0] = {}): Promise<DriftedServer> {
  const mock = await startServer({ ...options, port: 0 })
  const app = express()
  app.use(express.raw({ type: () => true, limit: '5mb' }))
  app.use(async (req, res, next) => {
    try {
      const headers = new Headers()
      for (const [name, value] of Object.entries(req.headers)) {
        if (value === undefined || name === 'host' || name === 'content-length') continue
        headers.set(name, Array.isArray(value) ? value.join(', ') : value)
      }
      const hasBody = Buffer.isBuffer(req.body) && req.body.length > 0
      const upstream = await fetch(`${mock.url}${req.originalUrl}`, {
        method: req.method,
        headers,
        body: hasBody ? new Uint8Array(req.body as Buffer) : null,
      })
      const responseHeaders = new Headers(upstream.headers)
      // fetch already decoded the body; these would describe the original bytes.
      for (const name of ['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive'])
        responseHeaders.delete(name)
      const out = drift(req.path, { status: upstream.status, headers: responseHeaders, body: Buffer.from(await upstream.arrayBuffer()) })
      res.status(out.status)
      for (const [name, value] of out.headers) res.setHeader(name, value)
      res.end(out.body)
    } catch (error) {
      next(error)
    }
  })
  const server = await new Promise<ReturnType<typeof app.listen>>((resolve, reject) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s))
    s.once('error', reject)
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    mock,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())))
      await mock.close()
    },
  }
}
