// The Node face of the mock: CORS for browser clients on localhost, every API request handed straight to
// the kit's fetch core (fetch-adapter.ts: the same routes the browser and setupServer use), and the admin
// routes under /__mock on Express.
import type { RequestListener } from 'node:http'
import cors from 'cors'
import express, { type ErrorRequestHandler } from 'express'
import type { Mock } from '../mocks/index.ts'
import { apiFirst } from './fetch-adapter.ts'

const LOCALHOST_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/

export function createApp(mock: Mock): RequestListener {
  const app = express()
  app.disable('x-powered-by')
  app.disable('etag')
  const allowLocalhost = cors({
    origin: LOCALHOST_ORIGIN,
    exposedHeaders: ['Retry-After', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'WWW-Authenticate', 'Content-Disposition'],
  })
  app.use(allowLocalhost)

  app.get('/__mock/health', (_req, res) => {
    res.json({ status: 'ok', now: mock.clock.now().toISOString(), seed: mock.options.seed })
  })
  app.get('/__mock/credentials', (_req, res) => {
    res.json(mock.credentials())
  })
  app.get('/__mock/operations', (_req, res) => {
    res.json(mock.operations())
  })
  app.get('/__mock/clock', (_req, res) => {
    res.json({ now: mock.clock.now().toISOString() })
  })
  // QA moves time to expire exports or reset rate-limit windows: {"advance_seconds": 86400} or {"now": "..."}.
  app.post('/__mock/clock', express.json(), (req, res) => {
    const body = (req.body ?? {}) as { advance_seconds?: unknown; now?: unknown }
    if (typeof body.advance_seconds === 'number' && Number.isFinite(body.advance_seconds)) {
      mock.clock.advance(body.advance_seconds * 1000)
    } else if (typeof body.now === 'string' && !Number.isNaN(Date.parse(body.now))) {
      mock.clock.set(new Date(body.now))
    } else {
      res.status(400).json({ detail: 'Send {"advance_seconds": <number>} or {"now": "<ISO 8601 date-time>"}' })
      return
    }
    res.json({ now: mock.clock.now().toISOString() })
  })

  // FastAPI's answer for a path it does not route.
  app.use((_req, res) => {
    res.status(404).json({ detail: 'Not Found' })
  })
  const onError: ErrorRequestHandler = (error: { status?: number; type?: string }, _req, res, _next) => {
    const status = typeof error.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500
    res.status(status).json({ detail: status === 500 ? 'Internal server error' : String(error.type ?? 'Bad request') })
  }
  app.use(onError)
  return apiFirst(mock, allowLocalhost, app)
}
