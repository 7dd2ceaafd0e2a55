// Failures on purpose: the server errors every operation may be forced to answer (500, 502, 503, 504,
// in the API's own dialect) and the transport faults (reset, empty, malformed, timeout).
//
// A transport fault needs a socket, which only the Express adapter has; the core answers with a
// Response that works as-is under MSW (a network error, or a truncated body) and tags it, so that the
// server can do the real thing (server/faults.ts reads the tag with faultOf).
import { ApiError, type ErrorDialect } from './errors.ts'
import type { Fault } from './prefer.ts'

/** Statuses every operation answers on demand, documented or not. */
export const SERVER_ERROR_STATUSES = [500, 502, 503, 504] as const

/** Retry-After of a forced 503 (kit's choice). */
const RETRY_AFTER_SECONDS = 30

// The kit's choice of messages: FastAPI's own 500 text, grpc-gateway's lower-case status names.
const MESSAGES: Record<number, Record<ErrorDialect['name'], string>> = {
  500: { fastapi: 'Internal server error', 'grpc-gateway': 'internal error' },
  502: { fastapi: 'Bad gateway', 'grpc-gateway': 'bad gateway' },
  503: { fastapi: 'Service unavailable', 'grpc-gateway': 'service unavailable' },
  504: { fastapi: 'Gateway timeout', 'grpc-gateway': 'deadline exceeded' },
}

export function isServerErrorStatus(status: number): boolean {
  return (SERVER_ERROR_STATUSES as readonly number[]).includes(status)
}

/** A forced 5xx in the dialect's shape: `{"detail"}` or `{code, message, details}`; 503 carries Retry-After. */
export function serverError(dialect: ErrorDialect, status: number): Response {
  const message = MESSAGES[status]?.[dialect.name] ?? 'error'
  const headers: Record<string, string> = status === 503 ? { 'Retry-After': String(RETRY_AFTER_SECONDS) } : {}
  return dialect.render(new ApiError(status, message, { headers }))
}

// Keyed by the Response object itself: the tag travels with the response and needs no header to strip.
const tags = new WeakMap<Response, Fault>()

/** The transport fault a response stands for, if any. */
export function faultOf(response: Response): Fault | undefined {
  return tags.get(response)
}

/** What the fault is under MSW: a network error, or for `malformed` a JSON body cut short. */
export function faultResponse(fault: Fault): Response {
  const response =
    fault === 'malformed'
      ? new Response(MALFORMED_BODY, { status: 200, headers: { 'Content-Type': 'application/json' } })
      : Response.error()
  tags.set(response, fault)
  return response
}

/** The start of a JSON document that never ends: a client's JSON parser fails on it. */
export const MALFORMED_BODY = '{"detail": "malformed on purpose", "data": [1, 2,'
