// What every AurionAI handler shares: the API definition (contract, dialect, auth), the indexed world,
// the clock and the timer. Created once per createMock().
import type { operations } from '../../contracts/generated/aurion.ts'
import type { TenantView, AurionIndex } from './view.ts'
import type { Clock } from '../core/clock.ts'
import type { StateStore } from '../core/state-store.ts'
import { ApiError, RequestValidationError } from '../core/errors.ts'
import { defineRoute, type ApiDefinition, type OperationRoute, type RouteInput } from '../core/pipeline.ts'
import type { OkBody, Rendered, RouteResult } from '../core/typed-route.ts'
import { memoKey, type RenderedMemo } from '../core/rendered-memo.ts'
import { createInterner } from '../lib/interner.ts'
import { DAY_MS, toInstant } from '../lib/time.ts'
import type { ValidationIssue } from '../core/validation.ts'
import { insideWindow, OUTSIDE_WINDOW, RANGE_TOO_LONG, rangeTooLong, valueError } from '../core/limits.ts'
import type { AurionPrincipal } from './access.ts'
import { budgetedTurns, runStepsGivingWay, type Steps } from '../lib/steps.ts'

export interface AurionContext {
  api: ApiDefinition<AurionPrincipal, operations>
  index: AurionIndex
  clock: Clock
  /** Where rate-limit windows are counted (memory unless the server shares them between replicas). */
  limits?: StateStore
  /** Set only with measured timings: aggregation health then reports real run times read from it. */
  timer: (() => number) | undefined
  /** Registers what the mock's reset must restore (counters, rate-limit windows). */
  onReset(restore: () => void): void
  /** Rendered report bodies for repeated requests (rendered-memo.ts); undefined when the cache is off. */
  memo: RenderedMemo | undefined
}

export type AurionOperationId = keyof operations & string
/** The contract's 200 body of an AurionAI operation. */
export type AurionOk<Id extends AurionOperationId> = OkBody<operations[Id]>

export interface AurionInput<Id extends AurionOperationId> extends RouteInput<operations[Id], AurionPrincipal> {
  /** The caller's tenant: every figure is computed from it alone. */
  view: TenantView
  /**
   * `compute()`'s body, or the same body rendered for an earlier request of this operation and tenant with
   * equal `inputs`. `inputs` must be everything the report reads besides the tenant's world (the range, the
   * filters), as JSON; the rest of the request (auth, rate limits, QA controls, journal) runs every time.
   */
  remember(inputs: readonly unknown[], compute: () => AurionOk<Id> | Promise<AurionOk<Id>>): Remembered<AurionOk<Id>>
}

type Remembered<T> = T | Rendered<T> | Promise<T | Rendered<T>>

// Each route's short name in the memo keys: a key is hashed on every request, and an operationId is ~70
// characters.
let routeTags = 0

/** A route typed from the generated contract (see typed-route.ts), with the caller's tenant view. */
export function aurionRoute<Id extends AurionOperationId>(
  context: AurionContext,
  operationId: Id,
  run: (input: AurionInput<Id>) => RouteResult<operations[Id]> | Promise<RouteResult<operations[Id]>>,
): OperationRoute {
  const { memo } = context
  const routeTag = (routeTags++).toString(36)
  return defineRoute(context.api, operationId, (input) => {
    const view = context.index.tenants.get(input.principal.tenant.id)
    if (!view) throw new ApiError(403, 'Tenant has no analytics data')
    const remember: AurionInput<Id>['remember'] = memo
      ? (inputs, compute) => memo.render(`${routeTag}\n${view.tenant.id}\n${memoKey(inputs)}`, compute)
      : (_, compute) => compute()
    // Added to the pipeline's own input object (made for this request) rather than copied into another.
    return run(Object.assign(input, { view, remember }))
  })
}

/**
 * Runs a report in slices (see lib/steps.ts), returning to the event loop between them once its budget is
 * spent. Real time (or the measured-timings timer) decides only when to give way, never a byte.
 */
export function runReport<T>(context: AurionContext, steps: Steps<T>): Promise<T> {
  return runStepsGivingWay(steps, budgetedTurns(context.timer))
}

/**
 * The v2 analytics range: `date_from`..`date_to` inclusive, defaulting to the 30 days before `date_to`
 * (itself defaulting to now). An inverted range, a given bound outside the served window or a range longer
 * than MAX_RANGE_DAYS is a 422 in pydantic's value_error shape.
 */
export function v2Range(query: { date_from?: string; date_to?: string }, clock: Clock): { from: Date; to: Date } {
  const to = query.date_to ? new Date(instantOf(query.date_to)) : clock.now()
  const from = query.date_from ? new Date(instantOf(query.date_from)) : new Date(to.getTime() - 30 * DAY_MS)
  const issues: ValidationIssue[] = []
  for (const [field, instant] of [
    ['date_from', from],
    ['date_to', to],
  ] as const) {
    const given = query[field]
    if (given !== undefined && !insideWindow(instant.getTime())) issues.push(valueError(['query', field], given, OUTSIDE_WINDOW))
  }
  const input = query.date_to ?? to.toISOString()
  if (from.getTime() > to.getTime()) {
    issues.push(valueError(['query', 'date_to'], input, 'date_to must not be before date_from'))
  } else if (rangeTooLong(from.getTime(), to.getTime())) {
    issues.push(valueError(['query', 'date_to'], input, RANGE_TOO_LONG))
  }
  if (issues.length > 0) throw new RequestValidationError(issues)
  return { from, to }
}

// Parsing a date-time costs more than the rest of a remembered answer, and clients repeat their ranges.
const instantOf = createInterner((text) => toInstant(text).getTime())

/** 404 `Team not found` for a team_id filter naming no team of the caller's tenant. */
export function requireTeam(view: TenantView, teamId: string | undefined): void {
  if (teamId !== undefined && !view.teams.has(teamId)) throw new ApiError(404, 'Team not found')
}
