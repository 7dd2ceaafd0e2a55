// GET /api/v2/analytics/conversations/resolution-rates (seed 001 of docs/sources.md): AI vs human resolution of the counted
// conversations. A conversation is resolved when it has `resolved_by`, so resolved = ai + human always.
import { PRIORITIES } from '../../../generators/aurion/model.ts'
import { RESOLVED_BY_AI, RESOLVED_BY_HUMAN, countedSpan } from '../view.ts'
import type { DateRange, TenantView } from '../view.ts'
import type { Priority } from './sla-compliance.ts'
import { percent } from '../../lib/rounding.ts'
import { runSteps, slices, type Steps } from '../../lib/steps.ts'

export interface ResolutionRatesFilters {
  /** Only conversations assigned to this team. */
  team_id?: string | undefined
}

interface ResolutionPriorityRow {
  priority: Priority
  total: number
  resolved: number
  ai_resolved: number
  human_resolved: number
  resolution_rate: number
}

export interface AurionResolutionRates {
  total_conversations: number
  resolved_count: number
  ai_resolved_count: number
  human_resolved_count: number
  ai_resolution_rate: number
  human_resolution_rate: number
  resolution_rate: number
  by_priority: ResolutionPriorityRow[]
}

export function aurionResolutionRates(view: TenantView, range: DateRange, filters?: ResolutionRatesFilters): AurionResolutionRates {
  return runSteps(aurionResolutionRatesSteps(view, range, filters))
}

/** The same in slices (see lib/steps.ts). */
export function* aurionResolutionRatesSteps(
  view: TenantView,
  range: DateRange,
  filters?: ResolutionRatesFilters,
): Steps<AurionResolutionRates> {
  const { start, end } = countedSpan(view, range)
  const { priority, resolvedBy, assigneeTeam } = view.columns
  const index = view.countedIndex
  // null = every team; -1 = a team without conversations, which nothing matches.
  const wantTeam = filters?.team_id === undefined ? null : assigneeTeam.values.codeOf(filters.team_id)
  const totals = new Float64Array(priority.values.size)
  const ais = new Float64Array(priority.values.size)
  const humans = new Float64Array(priority.values.size)
  yield* slices(start, end, (from, to) => {
    for (let k = from; k < to; k++) {
      const i = index[k]!
      if (wantTeam !== null && (wantTeam === -1 || assigneeTeam.codes[i] !== wantTeam)) continue
      const p = priority.codes[i]!
      totals[p]! += 1
      const by = resolvedBy[i]!
      if (by === RESOLVED_BY_AI) ais[p]! += 1
      else if (by === RESOLVED_BY_HUMAN) humans[p]! += 1
    }
  })
  const sum = (values: Float64Array): number => values.reduce((a, b) => a + b, 0)
  const total = sum(totals)
  const ai = sum(ais)
  const human = sum(humans)
  return {
    total_conversations: total,
    resolved_count: ai + human,
    ai_resolved_count: ai,
    human_resolved_count: human,
    ai_resolution_rate: percent(ai, total),
    human_resolution_rate: percent(human, total),
    resolution_rate: percent(ai + human, total),
    // urgent, high, medium, low; priorities without conversations are left out.
    by_priority: PRIORITIES.flatMap((p) => {
      const code = priority.values.codeOf(p)
      const rowTotal = totals[code] ?? 0
      if (rowTotal === 0) return []
      const rowAi = ais[code] ?? 0
      const rowHuman = humans[code] ?? 0
      return [
        {
          priority: p,
          total: rowTotal,
          resolved: rowAi + rowHuman,
          ai_resolved: rowAi,
          human_resolved: rowHuman,
          resolution_rate: percent(rowAi + rowHuman, rowTotal),
        },
      ]
    }),
  }
}
