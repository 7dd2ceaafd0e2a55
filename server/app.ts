// The Express face of the mock: admin routes under /__mock, CORS for browser clients on localhost, and
// every API request handed to the same MSW handlers the browser and setupServer use.
import cors from 'cors'
import express from 'express'
import type { Mock } from '../mocks/index.ts'
import { ClockRangeError } from '../mocks/core/clock.ts'
import { createFallback } from './fallback.ts'
import { adminGuard, requestGuard, type GuardOptions } from './guard.ts'
import { mswMiddleware } from './msw-middleware.ts'

const LOCALHOST_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/

export function createApp(mock: Mock, guard: GuardOptions = { host: '127.0.0.1' }): express.Express {
  const app = express()
  app.disable('x-powered-by')
  app.disable('etag')
  app.use(requestGuard(guard))
  app.use(
    cors({
      origin: LOCALHOST_ORIGIN,
      exposedHeaders: ['Retry-After', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'WWW-Authenticate', 'Content-Disposition'],
    }),
  )

  // On every admin route, whoever mounts it under /__mock (a no-op without a token).
  app.use('/__mock', adminGuard(guard.adminToken))
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
    try {
      if (typeof body.advance_seconds === 'number' && Number.isFinite(body.advance_seconds)) {
        mock.clock.advance(body.advance_seconds * 1000)
      } else if (typeof body.now === 'string' && !Number.isNaN(Date.parse(body.now))) {
        mock.clock.set(new Date(body.now))
      } else {
        res.status(400).json({ detail: 'Send {"advance_seconds": <number>} or {"now": "<ISO 8601 date-time>"}' })
        return
      }
    } catch (error) {
      if (!(error instanceof ClockRangeError)) throw error
      res.status(400).json({ detail: error.message })
      return
    }
    res.json({ now: mock.clock.now().toISOString() })
  })

  const fallback = createFallback(mock.operations())
  app.use(express.raw({ type: () => true, limit: '5mb' }))
  app.use(fallback.fetchableOnly)
  app.use(mswMiddleware(() => mock.handlers))
  app.use(fallback.notFound)
  app.use(fallback.onError)
  return app
}
