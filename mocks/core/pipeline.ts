// One pipeline for every operation of every API:
//   QA controls (Prefer, scenarios, delay, fault)? -> authenticate -> validate (from the contract) -> compute -> Response -> journal
// Each API supplies its contract, its error dialect and its authentication; handlers supply only the
// computation. Errors are thrown as ApiError and rendered in one place.
import { http, type HttpHandler } from 'msw'
import { getOperation, type CompiledContract, type CompiledOperation } from './contract.ts'
import { createControls, type Controls } from './controls.ts'
import { createClock } from './clock.ts'
import { ApiError, RequestValidationError, type ErrorDialect } from './errors.ts'
import type { Caller } from './journal.ts'
import type { ApiName } from './scenarios.ts'
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
  /** The API's name in the journal and in scenario matches. */
  name?: ApiName
  /** The mock's QA controls (controls.ts); without them a route still honours Prefer, alone. */
  controls?: Controls
  /** Who called, for the journal: account and role or key id, never the secret. */
  describeCaller?(principal: P): Caller
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
  const controls = api.controls ?? createControls({ clock: createClock(new Date(0)) })
  return http[op.method](path, async ({ request, params }) => {
    // QA controls: one call before authentication, one with the response (see controls.ts).
    const exchange = controls.begin(api, op, request)
    let caller: Caller | null = null
    let extraHeaders: Record<string, string> = {}
    let response: Response
    try {
      const forced = await exchange.intercept()
      if (forced) return exchange.finish(forced, null)
      const auth = await api.authenticate(request, op)
      caller = api.describeCaller?.(auth.principal) ?? null
      extraHeaders = auth.headers ?? {}
      const bodyText = op.bodySchema ? await request.clone().text() : undefined
      const { values, issues } = validateRequest(api.contract, op, {
        url: new URL(request.url),
        pathParams: params,
        headers: request.headers,
        bodyText,
      })
      if (issues.length > 0) throw new RequestValidationError(issues)
      response = withHeaders(await run({ ...values, request, op, principal: auth.principal }), extraHeaders)
    } catch (error) {
      response = withHeaders(renderError(api.dialect, error), extraHeaders)
    }
    return exchange.finish(response, caller)
  })
}

export function renderError(dialect: ErrorDialect, error: unknown): Response {
  if (error instanceof ApiError) return dialect.render(error)
  if (error instanceof RequestValidationError) return dialect.renderValidation(error.issues)
  // A bug in the mock must still answer in the vendor's shape, and say where to look.
  console.error('[analytics-mock] unexpected error', error)
  return dialect.render(new ApiError(500, 'Internal server error'))
}

function withHeaders(response: Response, headers: Record<string, string>): Response {
  for (const [name, value] of Object.entries(headers)) {
    if (!response.headers.has(name)) response.headers.set(name, value)
  }
  return response
}
