// The Node face of the mock: CORS for browser clients on localhost, every API request handed straight to
// the kit's fetch core (fetch-adapter.ts: the same routes the browser and setupServer use), and the admin
// routes under /__mock on Express.
import type { RequestListener } from 'node:http'
import cors from 'cors'
import express, { type ErrorRequestHandler } from 'express'
import type { Mock } from '../mocks/index.ts'
import { apiFirst } from './fetch-adapter.ts'
import { adminRouter } from './admin.ts'
import type { SharedSync } from './redis-state.ts'

const LOCALHOST_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/

/** `shared`: the replicas' state in Redis, read before each request (absent: everything in memory). */
export function createApp(mock: Mock, shared?: SharedSync): RequestListener {
  const app = express()
  app.disable('x-powered-by')
  app.disable('etag')
  const allowLocalhost = cors({
    origin: LOCALHOST_ORIGIN,
    exposedHeaders: ['Retry-After', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'WWW-Authenticate', 'Content-Disposition'],
  })
  app.use(allowLocalhost)

  app.use('/__mock', adminRouter(mock, shared))

  // FastAPI's answer for a path it does not route.
  app.use((_req, res) => {
    res.status(404).json({ detail: 'Not Found' })
  })
  const onError: ErrorRequestHandler = (error: { status?: number; type?: string }, _req, res, _next) => {
    const status = typeof error.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500
    res.status(status).json({ detail: status === 500 ? 'Internal server error' : String(error.type ?? 'Bad request') })
  }
  app.use(onError)
  return apiFirst(mock, allowLocalhost, app, shared)
}
