// Routes typed from an API's generated `operations` (openapi-typescript): the handler receives the
// validated query, path and body with the contract's types, and a plain object it returns must be the
// contract's 200 body, or it does not compile. The pipeline (Prefer, auth, validation) is defineRoute's.
import type { HttpHandler } from 'msw'
import { json } from './errors.ts'
import { defineRoute, type ApiDefinition, type OperationContext } from './pipeline.ts'

type QueryOf<O> = O extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never
type PathOf<O> = O extends { parameters: { path?: infer P } } ? NonNullable<P> : never
type BodyOf<O> = O extends { requestBody: { content: { 'application/json': infer B } } } ? B : never
export type OkBody<O> = O extends { responses: { 200: { content: { 'application/json': infer B } } } } ? B : never

export interface TypedInput<O, P> {
  ctx: OperationContext<P>
  principal: P
  /** Query values after validation: split, coerced and defaulted exactly as the contract says. */
  query: QueryOf<O>
  path: PathOf<O>
  body: BodyOf<O>
}

export type TypedRun<O, P> = (input: TypedInput<O, P>) => OkBody<O> | Response | Promise<OkBody<O> | Response>

/**
 * A route builder for one API's operations, e.g. `const route = typedRoutes<operations>()`; then
 * `route(api, 'Analytics_GetConversations', ({ query }) => ...)`. Curried because TypeScript cannot infer
 * the principal and operation id while the operations type is given explicitly.
 */
export function typedRoutes<Ops>() {
  return function route<P, Id extends keyof Ops & string>(api: ApiDefinition<P>, operationId: Id, run: TypedRun<Ops[Id], P>): HttpHandler {
    return defineRoute(api, operationId, async (ctx) => {
      // The casts are what validation guarantees: the values passed the same contract the types come from.
      const result = await run({
        ctx,
        principal: ctx.principal,
        query: ctx.query as QueryOf<Ops[Id]>,
        path: ctx.path as PathOf<Ops[Id]>,
        body: ctx.body as BodyOf<Ops[Id]>,
      })
      return result instanceof Response ? result : json(result)
    })
  }
}
