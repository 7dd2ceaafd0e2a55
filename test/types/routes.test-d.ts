// Compile-time checks of defineRoute: a handler's inputs and answers are the contract's types, per
// documented status. Run by vitest's typecheck (npm test); nothing here executes.
import { describe, expectTypeOf, it } from 'vitest'
import type { operations } from '../../contracts/generated/aurion.ts'
import { defineRoute, type ApiDefinition, type MockRequest } from '../../mocks/core/pipeline.ts'
import type { BodyAt, OkBody, StatusOf } from '../../mocks/core/typed-route.ts'

type Overview = operations['get_conversation_overview_api_v2_analytics_conversations_overview_get']
const OVERVIEW = 'get_conversation_overview_api_v2_analytics_conversations_overview_get'
const EXPORT = 'request_export_api_v1_analytics_export_post'
declare const api: ApiDefinition<{ tenantId: string }, operations>
declare const overview: OkBody<Overview>

describe('defineRoute types', () => {
  it('reads the documented statuses and their bodies from the generated operations', () => {
    expectTypeOf<StatusOf<Overview>>().toEqualTypeOf<200 | 401 | 403 | 422 | 429>()
    expectTypeOf<BodyAt<Overview, 401>>().toHaveProperty('detail')
  })

  it('hands the handler one input: the principal and the validated query, path and body', () => {
    defineRoute(api, OVERVIEW, ({ principal, query, request }) => {
      expectTypeOf(principal).toEqualTypeOf<{ tenantId: string }>()
      expectTypeOf(query.date_from).toEqualTypeOf<string | undefined>()
      expectTypeOf(request).toEqualTypeOf<MockRequest>()
      return overview
    })
    defineRoute(api, EXPORT, ({ body }) => {
      expectTypeOf(body.format).toEqualTypeOf<'csv' | 'json' | 'pdf'>()
      return new Response('files and other media answer with a Response')
    })
  })

  it('accepts the body of each documented status and rejects any other', () => {
    defineRoute(api, OVERVIEW, ({ reply }) =>
      reply(401, { detail: 'Missing authentication credentials' }, { 'WWW-Authenticate': 'Bearer' }),
    )
    defineRoute(api, OVERVIEW, ({ reply }) => reply(200, overview))
    // @ts-expect-error: a 401 answers {detail}, not an overview
    defineRoute(api, OVERVIEW, ({ reply }) => reply(401, overview))
    // @ts-expect-error: 418 is not a documented status of the overview
    defineRoute(api, OVERVIEW, ({ reply }) => reply(418, { detail: 'teapot' }))
    // @ts-expect-error: a plain object is the 200 body, and this is not the overview
    defineRoute(api, OVERVIEW, () => ({ total: 1 }))
    // @ts-expect-error: the contract has no such operation
    defineRoute(api, 'no_such_operation', () => overview)
  })
})
