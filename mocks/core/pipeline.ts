// One pipeline for every operation of every API, a sequence of small steps:
//   QA controls (Prefer, scenarios, delay, fault)? -> authenticate -> validate (from the contract)
//   -> compute -> serialise -> journal
// Each API supplies its contract, its error dialect and its authentication; handlers supply only the
// computation. Errors are thrown as ApiError and rendered in one place. The router (router.ts) and the
// MSW handlers (msw-handlers.ts) both call a route's `answer`, so every entry gives the same bytes.
import { createClock } from './clock.ts'
import { getOperation, type CompiledContract, type CompiledOperation } from './contract.ts'
import { createControls, type Controls } from './controls.ts'
import { ApiError, RequestValidationError, type ErrorDialect } from './errors.ts'
import type { Caller } from './journal.ts'
import type { ApiName } from './scenarios.ts'
import { Rendered, Reply, type BodyOf, type PathOf, type QueryOf, type ReplyTo, type RouteResult } from './typed-route.ts'
import { operationValidator, type RawRequest } from './validation.ts'

/**
 * What the pipeline reads of a request. A Fetch Request is one; the Node adapter passes a lighter view of
 * node:http's request, because building a Fetch Request costs more than answering most operations.
 */
export interface MockRequest {
  readonly method: string
  readonly url: string
  readonly headers: { get(name: string): string | null }
  text(): Promise<string>
}

export interface AuthResult<P> {
  principal: P
  /** Headers every response to this caller carries (e.g. X-RateLimit-*). */
  headers?: Record<string, string>
}

/**
 * One API: `P` is what its authentication yields, `Ops` its generated `operations` type (it types the
 * handlers of defineRoute; nothing reads it at run time).
 */
export interface ApiDefinition<P, Ops = Record<string, unknown>> {
  contract: CompiledContract
  dialect: ErrorDialect
  /** Prefix of every path: `*` (any origin, the default) or an origin such as `https://apps.aurionai.net`. */
  baseUrl: string
  authenticate(request: MockRequest, op: CompiledOperation): AuthResult<P> | Promise<AuthResult<P>>
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
  /** Type only: carries `Ops` to defineRoute. */
  readonly operationTypes?: Ops
}

/** Everything a handler gets, once: the request, the caller and the validated, typed inputs. */
export interface RouteInput<O, P> {
  request: MockRequest
  op: CompiledOperation
  principal: P
  /** Query values after validation: split, coerced and defaulted exactly as the contract says. */
  query: QueryOf<O>
  path: PathOf<O>
  body: BodyOf<O>
  /** Answer with another documented status, or with headers: `reply(202, body, headers)`. */
  reply: ReplyTo<O>
}

export type RouteHandler<O, P> = (input: RouteInput<O, P>) => RouteResult<O> | Promise<RouteResult<O>>

/** A JSON answer serialised once; `fetch` wraps it in a Response, the Node adapter writes it as is. */
export interface SerialisedAnswer {
  status: number
  headers: Readonly<Record<string, string>>
  body: string
}

export type Answer = SerialisedAnswer | Response

export interface OperationRoute {
  op: CompiledOperation
  /** `*` (any origin) or the origin the route is bound to. */
  origin: string
  /** Runs the pipeline for a request already routed here; `url` is the request's, parsed once. */
  answer(request: MockRequest, url: URL, pathParams: RawRequest['pathParams']): Promise<Answer>
}

const reply = (status: number, body: unknown, headers?: Record<string, string>) => new Reply(status, body, headers)

export function defineRoute<P, Ops, Id extends keyof Ops & string>(
  api: ApiDefinition<P, Ops>,
  operationId: Id,
  handler: RouteHandler<Ops[Id], P>,
): OperationRoute {
  const op = getOperation(api.contract, operationId)
  const controls = api.controls ?? createControls({ clock: createClock(new Date(0)) })
  const validate = operationValidator(api.contract, op)
  return {
    op,
    origin: api.baseUrl === '*' ? '*' : new URL(api.baseUrl).origin,
    async answer(request, url, pathParams) {
      // QA controls: one call before authentication, one with the answer (see controls.ts).
      const exchange = controls.begin(api, op, request, url)
      let caller: Caller | null = null
      let callerHeaders: Record<string, string> | undefined
      try {
        const intercepted = exchange.intercept()
        const forced = intercepted && (await intercepted)
        if (forced) return exchange.finish(forced, null)
        const auth = await api.authenticate(request, op)
        caller = api.describeCaller?.(auth.principal) ?? null
        callerHeaders = auth.headers
        // The body is read only by operations that have one (and MSW hands the resolver its own copy).
        const bodyText = op.bodySchema ? await request.text() : undefined
        const { values, issues } = validate({ url, pathParams, headers: request.headers, bodyText })
        if (issues.length > 0) throw new RequestValidationError(issues)
        const result = await handler({
          request,
          op,
          principal: auth.principal,
          // The casts are what validation guarantees: the values passed the contract the types come from.
          query: values.query as QueryOf<Ops[Id]>,
          path: values.path as PathOf<Ops[Id]>,
          body: values.body as BodyOf<Ops[Id]>,
          reply: reply as ReplyTo<Ops[Id]>,
        })
        return exchange.finish(serialise(result, callerHeaders), caller)
      } catch (error) {
        return exchange.finish(withHeaders(renderError(api.dialect, error), callerHeaders), caller)
      }
    },
  }
}

function renderError(dialect: ErrorDialect, error: unknown): Response {
  if (error instanceof ApiError) return dialect.render(error)
  if (error instanceof RequestValidationError) return dialect.renderValidation(error.issues)
  // A bug in the mock must still answer in the vendor's shape, and say where to look.
  console.error('[analytics-mock] unexpected error', error)
  return dialect.render(new ApiError(500, 'Internal server error'))
}

// The headers of most answers: one shared object (an adapter copies, never changes, an answer's headers).
const JSON_HEADERS: Readonly<Record<string, string>> = Object.freeze({ 'Content-Type': 'application/json' })

/** A handler's result as the bytes to send; headers are assembled once (the caller's, then the reply's). */
function serialise(result: unknown, callerHeaders: Record<string, string> | undefined): Answer {
  if (result instanceof Response) return withHeaders(result, callerHeaders)
  if (!(result instanceof Reply)) {
    const body = result instanceof Rendered ? result.json : JSON.stringify(result)
    return { status: 200, headers: callerHeaders ? { ...JSON_HEADERS, ...callerHeaders } : JSON_HEADERS, body }
  }
  return { status: result.status, headers: { ...JSON_HEADERS, ...callerHeaders, ...result.headers }, body: JSON.stringify(result.body) }
}

function withHeaders(response: Response, headers: Record<string, string> | undefined): Response {
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (!response.headers.has(name)) response.headers.set(name, value)
  }
  return response
}
