// The Express face of the mock: admin routes under /__mock, CORS for browser clients on localhost, and
// every API request handed to the same MSW handlers the browser and setupServer use.
import cors from 'cors'
import express, { type ErrorRequestHandler } from 'express'
import type { Mock } from '../mocks/index.ts'
import { adminRouter } from './admin.ts'
import { dashboardRouter } from './dashboard/router.ts'
import { mswMiddleware } from './msw-middleware.ts'

const LOCALHOST_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/

export function createApp(mock: Mock): express.Express {
  const app = express()
  app.disable('x-powered-by')
  app.disable('etag')
  app.use(
    cors({
      origin: LOCALHOST_ORIGIN,
      exposedHeaders: ['Retry-After', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'WWW-Authenticate', 'Content-Disposition'],
    }),
  )

  // The page at /__mock/ asks for the admin token itself, so it is served ahead of the admin API.
  app.use('/__mock', dashboardRouter(mock))
  app.use('/__mock', adminRouter(mock))

  app.use(express.raw({ type: () => true, limit: '5mb' }))
  app.use(mswMiddleware(() => mock.handlers))
  // FastAPI's answer for a path it does not route; the journal keeps it too (a wrong URL is what QA looks for).
  app.use((req, res) => {
    const url = new URL(req.originalUrl, 'http://mock.invalid')
    mock.journal.record({
      at: mock.clock.now().toISOString(),
      method: req.method,
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
    res.status(404).json({ detail: 'Not Found' })
  })
  const onError: ErrorRequestHandler = (error: { status?: number; type?: string }, _req, res, _next) => {
    const status = typeof error.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500
    res.status(status).json({ detail: status === 500 ? 'Internal server error' : String(error.type ?? 'Bad request') })
  }
  app.use(onError)
  return app
}
