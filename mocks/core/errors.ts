// Errors as data: handlers throw ApiError with a status and a message, and each API's dialect renders it
// in that vendor's shape (FastAPI `{"detail"}` or grpc-gateway `{code, message, details}`).
import type { ValidationIssue } from './validation.ts'

export interface ApiErrorOptions {
  headers?: Record<string, string>
  /** Extra top-level body fields, e.g. `limit` on AurionAI's 429. */
  fields?: Record<string, unknown>
}

export class ApiError extends Error {
  readonly status: number
  readonly headers: Record<string, string>
  readonly fields: Record<string, unknown>
  constructor(status: number, message: string, options: ApiErrorOptions = {}) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.headers = options.headers ?? {}
    this.fields = options.fields ?? {}
  }
}

/** Thrown when the request breaks the contract's parameter or body schemas. */
export class RequestValidationError extends Error {
  readonly issues: ValidationIssue[]
  constructor(issues: ValidationIssue[]) {
    super(`${issues.length} validation error(s)`)
    this.name = 'RequestValidationError'
    this.issues = issues
  }
}

export interface ErrorDialect {
  name: 'fastapi' | 'grpc-gateway'
  render(error: ApiError): Response
  renderValidation(issues: ValidationIssue[]): Response
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  })
}

/** FastAPI: `{"detail": "<message>"}`, 422 `{"detail": [pydantic errors]}` (AurionAI, Nebuly). */
export const fastApiDialect: ErrorDialect = {
  name: 'fastapi',
  render: (error) => json({ detail: error.message, ...error.fields }, error.status, error.headers),
  renderValidation: (issues) => json({ detail: issues }, 422),
}

/** grpc-gateway's default error body; the HTTP status follows the gRPC code. */
const GRPC_CODES: Record<number, number> = { 400: 3, 401: 16, 403: 7, 404: 5, 409: 6, 429: 8, 500: 13, 501: 12, 502: 14, 503: 14, 504: 4 }

export function grpcCode(status: number): number {
  return GRPC_CODES[status] ?? 2
}

export const grpcGatewayDialect: ErrorDialect = {
  name: 'grpc-gateway',
  render: (error) =>
    json({ code: grpcCode(error.status), message: error.message, details: [], ...error.fields }, error.status, error.headers),
  renderValidation: (issues) => {
    // grpc-gateway reports one INVALID_ARGUMENT; name every offending field in the message.
    const message = issues.map((i) => `${i.loc.slice(1).join('.') || i.loc.join('.')}: ${i.msg}`).join('; ')
    return json({ code: 3, message: `invalid argument: ${message}`, details: [] }, 400)
  },
}
