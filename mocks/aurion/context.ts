// What every AurionAI handler shares: the API definition (contract, dialect, auth), the indexed world,
// the state collections, the clock and the timer. Created once per createMock().
import type { operations } from '../../contracts/generated/aurion.ts'
import type { TenantView, AurionIndex } from '../analytics/aurion-index.ts'
import type { Clock } from '../behaviours/clock.ts'
import { ApiError, RequestValidationError, json } from '../behaviours/errors.ts'
import { defineRoute, type ApiDefinition, type OperationContext } from '../behaviours/operation.ts'
import { toInstant } from '../behaviours/validation.ts'
import type { AurionStateCollections } from '../models/aurion.ts'
import type { AurionPrincipal } from './auth.ts'

export interface AurionContext {
  api: ApiDefinition<AurionPrincipal>
  index: AurionIndex
  state: AurionStateCollections
  clock: Clock
  /** Milliseconds from a monotonic source; aggregation health measures real run times with it. */
  timer: () => number
}

export type AurionOperationId = keyof operations
type Op<Id extends AurionOperationId> = operations[Id]
export type QueryOf<Id extends AurionOperationId> = NonNullable<Op<Id>['parameters']['query']>
export type PathOf<Id extends AurionOperationId> = NonNullable<Op<Id>['parameters']['path']>
export type BodyOf<Id extends AurionOperationId> = Op<Id> extends {
  requestBody: { content: { 'application/json': infer B } }
}
  ? B
  : never
export type OkBody<Id extends AurionOperationId> = Op<Id>['responses'] extends {
  200: { content: { 'application/json': infer B } }
}
  ? B
  : never

export interface TypedContext<Id extends AurionOperationId> {
  ctx: OperationContext<AurionPrincipal>
  view: TenantView
  /** Query values after validation: coerced and defaulted exactly as the contract says. */
  query: QueryOf<Id>
  path: PathOf<Id>
  body: BodyOf<Id>
}

/**
 * A typed route: `run` receives the validated parameters typed from the generated contract, and a
 * handler that returns a plain object must return the contract's 200 body, or it does not compile.
 */
export function aurionRoute<Id extends AurionOperationId>(
  context: AurionContext,
  operationId: Id,
  run: (input: TypedContext<Id>) => OkBody<Id> | Response | Promise<OkBody<Id> | Response>,
) {
  return defineRoute(context.api, operationId, async (ctx) => {
    const view = context.index.tenants.get(ctx.principal.tenant.id)
    if (!view) throw new ApiError(403, 'Tenant has no analytics data')
    const result = await run({
      ctx,
      view,
      query: ctx.query as QueryOf<Id>,
      path: ctx.path as PathOf<Id>,
      body: ctx.body as BodyOf<Id>,
    })
    return result instanceof Response ? result : json(result)
  })
}

const DAY_MS = 86_400_000

/**
 * The v2 analytics range: `date_from`..`date_to` inclusive, defaulting to the 30 days before `date_to`
 * (itself defaulting to now). An inverted range is a 422 in pydantic's value_error shape.
 */
export function v2Range(query: { date_from?: string; date_to?: string }, clock: Clock): { from: Date; to: Date } {
  const to = query.date_to ? toInstant(query.date_to) : clock.now()
  const from = query.date_from ? toInstant(query.date_from) : new Date(to.getTime() - 30 * DAY_MS)
  if (from.getTime() > to.getTime()) {
    throw new RequestValidationError([
      {
        type: 'value_error',
        loc: ['query', 'date_to'],
        msg: 'Value error, date_to must not be before date_from',
        input: query.date_to ?? to.toISOString(),
        ctx: { error: 'date_to must not be before date_from' },
      },
    ])
  }
  return { from, to }
}

/** 404 `Team not found` for a team_id filter naming no team of the caller's tenant. */
export function requireTeam(view: TenantView, teamId: string | undefined): void {
  if (teamId !== undefined && !view.teams.has(teamId)) throw new ApiError(404, 'Team not found')
}
