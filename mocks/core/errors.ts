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

/**
 * A validation issue in grpc-gateway's words: the gateway stops at the first bad parameter and wraps the Go
 * error in INVALID_ARGUMENT ("missing parameter %s", "type mismatch, parameter: %s, error: %v"; enum values
 * fail with `"X" is not a valid value`, numbers with strconv's "invalid syntax").
 */
function grpcGatewayMessage(issue: ValidationIssue): string {
  const field = issue.loc.slice(1).join('.') || issue.loc.join('.')
  if (issue.type === 'missing') return `missing parameter ${field}`
  const input = JSON.stringify(typeof issue.input === 'string' ? issue.input : String(issue.input))
  let cause: string
  if (issue.type === 'enum') cause = `${input} is not a valid value`
  else if (issue.type.includes('datetime') || issue.type.includes('date')) cause = `parsing time ${input}: not an RFC 3339 timestamp`
  else if (issue.type.startsWith('int') || issue.type.startsWith('float')) cause = `strconv.ParseInt: parsing ${input}: invalid syntax`
  else cause = `invalid value ${input}`
  return `type mismatch, parameter: ${field}, error: ${cause}`
}

export const grpcGatewayDialect: ErrorDialect = {
  name: 'grpc-gateway',
  render: (error) =>
    json({ code: grpcCode(error.status), message: error.message, details: [], ...error.fields }, error.status, error.headers),
  renderValidation: (issues) => {
    const first = issues[0]
    return json({ code: 3, message: first ? grpcGatewayMessage(first) : 'invalid argument', details: [] }, 400)
  },
}
