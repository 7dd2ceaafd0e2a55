// One pipeline for every operation of every API:
//   Prefer scenario? -> authenticate -> validate (from the contract) -> compute -> Response
// Each API supplies its contract, its error dialect and its authentication; handlers supply only the
// computation. Errors are thrown as ApiError and rendered in one place.
import { http, type HttpHandler } from 'msw'
import { getOperation, responseExample, type CompiledContract, type CompiledOperation } from './contract.ts'
import { ApiError, RequestValidationError, json, type ErrorDialect } from './errors.ts'
import { parsePrefer } from './prefer.ts'
import { validateRequest, type ValidRequest } from './validation.ts'

export interface AuthResult<P> {
  principal: P
  /** Headers every response to this caller carries (e.g. X-RateLimit-*). */
  headers?: Record<string, string>
}

export interface ApiDefinition<P> {
  contract: CompiledContract
  dialect: ErrorDialect
  /** Prefix of every path: `*` (any origin, the default) or an origin such as `https://apps.aurionai.net`. */
  baseUrl: string
  authenticate(request: Request, op: CompiledOperation): AuthResult<P> | Promise<AuthResult<P>>
  /**
   * The response to `Prefer: code=<status>` when it should come from the real behaviour (so that, say, a
   * forced 429 carries the same headers as a real one). Undefined falls back to the contract's example.
   */
  scenario?(status: number, op: CompiledOperation): Response | undefined
}

export interface OperationContext<P> extends ValidRequest {
  request: Request
  op: CompiledOperation
  principal: P
}

export type OperationRun<P> = (ctx: OperationContext<P>) => Response | Promise<Response>

export function defineRoute<P>(api: ApiDefinition<P>, operationId: string, run: OperationRun<P>): HttpHandler {
  const op = getOperation(api.contract, operationId)
  const path = `${api.baseUrl === '*' ? '*' : api.baseUrl.replace(/\/$/, '')}${op.mswPath}`
  return http[op.method](path, async ({ request, params }) => {
    let extraHeaders: Record<string, string> = {}
    try {
      const prefer = parsePrefer(request.headers.get('prefer'))
      if (prefer.code !== undefined && !(prefer.code >= 200 && prefer.code < 300)) {
        return preferredResponse(api, op, prefer.code)
      }
      const auth = await api.authenticate(request, op)
      extraHeaders = auth.headers ?? {}
      const bodyText = op.bodySchema ? await request.clone().text() : undefined
      const { values, issues } = validateRequest(api.contract, op, {
        url: new URL(request.url),
        pathParams: params,
        headers: request.headers,
        bodyText,
      })
      if (issues.length > 0) throw new RequestValidationError(issues)
      return withHeaders(await run({ ...values, request, op, principal: auth.principal }), extraHeaders)
    } catch (error) {
      return withHeaders(renderError(api.dialect, error), extraHeaders)
    }
  })
}

function renderError(dialect: ErrorDialect, error: unknown): Response {
  if (error instanceof ApiError) return dialect.render(error)
  if (error instanceof RequestValidationError) return dialect.renderValidation(error.issues)
  // A bug in the mock must still answer in the vendor's shape, and say where to look.
  console.error('[analytics-mock] unexpected error', error)
  return dialect.render(new ApiError(500, 'Internal server error'))
}

function preferredResponse<P>(api: ApiDefinition<P>, op: CompiledOperation, code: number): Response {
  const documented = op.responses[String(code)]
  if (!documented) {
    return api.dialect.render(
      new ApiError(400, `Prefer: code=${code} is not documented for ${op.operationId}; documented statuses: ${op.statuses.join(', ')}`, {
        headers: { 'X-Mock-Error': 'prefer-code-not-documented' },
      }),
    )
  }
  const real = api.scenario?.(code, op)
  if (real) return real
  const headers: Record<string, string> = {}
  for (const [name, header] of Object.entries(documented.headers ?? {})) {
    const example = header.example ?? header.schema?.example
    if (example !== undefined) headers[name] = String(example)
  }
  return json(responseExample(documented) ?? {}, code, headers)
}

function withHeaders(response: Response, headers: Record<string, string>): Response {
  for (const [name, value] of Object.entries(headers)) {
    if (!response.headers.has(name)) response.headers.set(name, value)
  }
  return response
}
