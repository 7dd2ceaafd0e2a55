// The types a route is checked against, read from an API's generated `operations` (openapi-typescript):
// the validated query, path and body, and the JSON body of every documented status. A handler that
// returns a plain object returns the 200 body; `reply(status, body)` answers with any other documented
// status, and a body that is not that status's schema does not compile (test/types/routes.test-d.ts).

export type QueryOf<O> = O extends { parameters: { query?: infer Q } } ? NonNullable<Q> : never
export type PathOf<O> = O extends { parameters: { path?: infer P } } ? NonNullable<P> : never
export type BodyOf<O> = O extends { requestBody: { content: { 'application/json': infer B } } } ? B : never

type ResponsesOf<O> = O extends { responses: infer R } ? R : never
/** The statuses the contract documents for an operation, as numbers (200, 202, 422, ...). */
export type StatusOf<O> = keyof ResponsesOf<O> & number
/** The JSON body the contract documents for one status of an operation. */
export type BodyAt<O, S extends StatusOf<O>> = ResponsesOf<O>[S] extends { content: { 'application/json': infer B } } ? B : never
export type OkBody<O> = 200 extends StatusOf<O> ? BodyAt<O, 200> : never

/** A JSON answer with a documented status and, optionally, headers; built by a route's `reply`. */
export class Reply {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {}
}

/** A 200 body already serialised (rendered-memo.ts): sent as it is, typed as the body it holds. */
export class Rendered<B> {
  declare readonly body?: B
  constructor(readonly json: string) {}
}

export type ReplyTo<O> = <S extends StatusOf<O>>(status: S, body: BodyAt<O, S>, headers?: Record<string, string>) => Reply

/**
 * What a route's handler may return: the 200 body (as a value or Rendered), a Reply with a documented
 * status, or any Response (files).
 */
export type RouteResult<O> = OkBody<O> | Rendered<OkBody<O>> | Reply | Response
