// The Node face of the mock: the Host allowlist for every request (guard.ts), CORS for browser clients on
// localhost, every API request handed straight to the kit's fetch core (fetch-adapter.ts: the same routes
// the browser and setupServer use), and on Express the admin routes under /__mock (behind the admin token
// when there is one) and what answers when no operation does (fallback.ts, in the API's own dialect).
import type { RequestListener } from 'node:http'
import cors from 'cors'
import express from 'express'
import type { MockCore } from '../mocks/index.ts'
import { adminRouter } from './admin.ts'
import { dashboardRouter } from './dashboard/router.ts'
import { apiFirst, type ApiCors } from './fetch-adapter.ts'
import { createFallback } from './fallback.ts'
import { adminGuard, requestGuard, type GuardOptions } from './guard.ts'
import type { SharedSync } from './redis-state.ts'

// Pages on localhost may read the answers; the adapter writes these headers itself (one writeHead).
const API_CORS: ApiCors = {
  origin: /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/,
  exposedHeaders: ['Retry-After', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'WWW-Authenticate', 'Content-Disposition'],
}

/** `shared`: the replicas' state in Redis, read before each request (absent: everything in memory). */
export function createApp(mock: MockCore, guard: GuardOptions = { host: '127.0.0.1' }, shared?: SharedSync): RequestListener {
  const app = express()
  app.disable('x-powered-by')
  app.disable('etag')
  app.use(cors(API_CORS))

  // The page at /__mock/ asks for the admin token itself, so it is served ahead of the admin guard; every
  // admin route behind it needs the token when there is one.
  app.use('/__mock', dashboardRouter(mock))
  app.use('/__mock', adminGuard(guard.adminToken), adminRouter(mock, shared))

  // Requests no operation answers (unknown paths, other methods, TRACE) come here from the adapter.
  const fallback = createFallback(mock.operations())
  app.use(fallback.notFound)
  app.use(fallback.onError)
  return apiFirst(mock, API_CORS, app, requestGuard(guard), shared)
}
