// POST /api/external/get-interaction-aggregates: the body has passed the contract's schema; the checks it
// cannot express (checkAggregatesRequest) answer 422 in the same pydantic shape; then the aggregates of
// the key's project.
import type { operations } from '../../contracts/generated/nebuly.ts'
import { withinInstants } from '../lib/lists.ts'
import { checkAggregatesRequest, interactionAggregates } from './reports/aggregates.ts'
import { RequestValidationError } from '../core/errors.ts'
import { defineRoute, type ApiDefinition } from '../core/pipeline.ts'
import type { ValidationIssue } from '../core/validation.ts'
import { toInstant } from '../lib/time.ts'
import { insideWindow, OUTSIDE_WINDOW, RANGE_TOO_LONG, rangeTooLong, valueError } from '../core/limits.ts'
import type { Interaction } from '../../generators/nebuly/model.ts'
import type { NebulyPrincipal } from './access.ts'

const AGGREGATES_OPERATION = 'get_interaction_aggregates_api_external_get_interaction_aggregates_post'

export interface NebulyContext {
  api: ApiDefinition<NebulyPrincipal, operations>
  /** project id -> its interactions, by timestamp. */
  interactionsByProject: Map<string, Interaction[]>
}

export function aggregatesRoutes(context: NebulyContext) {
  return [
    defineRoute(context.api, AGGREGATES_OPERATION, ({ principal, body }) => {
      // Validated times may lack an offset or use a space (pydantic accepts both): normalise to UTC ISO
      // strings so that no later Date.parse reads them in the machine's time zone.
      const request = {
        ...body,
        time_range: {
          start: toInstant(body.time_range.start).toISOString(),
          end: toInstant(body.time_range.end).toISOString(),
        },
      }
      const issues = [...rangeIssues(body.time_range), ...checkAggregatesRequest(request)]
      if (issues.length > 0) {
        throw new RequestValidationError(issues.map((i): ValidationIssue => ({ ...i, input: valueAt(body, i.loc.slice(1)) })))
      }
      const interactions = context.interactionsByProject.get(principal.project.id) ?? []
      // The project's interactions are sorted by timestamp: the range is two binary searches away.
      const inRange = withinInstants(
        interactions,
        (i) => i.timestamp,
        Date.parse(request.time_range.start),
        Date.parse(request.time_range.end),
      )
      return interactionAggregates(inRange, request)
    }),
  ]
}

/** Kit's choices that bound the work: both times inside the served window, at most MAX_RANGE_DAYS apart. */
function rangeIssues(timeRange: { start: string; end: string }): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  const start = toInstant(timeRange.start).getTime()
  const end = toInstant(timeRange.end).getTime()
  for (const [field, ms] of [
    ['start', start],
    ['end', end],
  ] as const) {
    if (!insideWindow(ms)) issues.push(valueError(['body', 'time_range', field], timeRange[field], OUTSIDE_WINDOW))
  }
  if (issues.length === 0 && rangeTooLong(start, end)) issues.push(valueError(['body', 'time_range'], timeRange, RANGE_TOO_LONG))
  return issues
}

/** The value a 422 item's `loc` points at (pydantic puts the rejected input there). */
function valueAt(root: unknown, path: readonly (string | number)[]): unknown {
  let node = root
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return null
    node = (node as Record<string | number, unknown>)[key]
  }
  return node ?? null
}
