// The insights' agent_performance and team_performance (seed 001 of docs/sources.md), in their own file because the
// aggregation health times the agent computation on its own.
import { RESOLVED_BY_NONE, compareStrings, countedSpan, teamName, userName } from '../view.ts'
import type { CodedColumn, DateRange, TenantView } from '../view.ts'
import { percent, round1 } from '../../lib/rounding.ts'
import { runSteps, slices, type Steps } from '../../lib/steps.ts'

export interface AgentPerformanceRow {
  assignee_user_id: string
  assignee_name: string
  assigned_count: number
  resolved_count: number
  resolution_rate: number
  avg_first_response_minutes: number
  avg_resolution_minutes: number
}

export interface TeamPerformanceRow {
  team_id: string
  team_name: string
  assigned_count: number
  resolved_count: number
  resolution_rate: number
  avg_resolution_minutes: number
}

/** Tallies of the counted conversations of the range per assignee (user or team). */
interface AssigneeTally {
  id: string
  assigned: number
  resolved: number
  avgFirstResponse: number
  avgResolution: number
}

function* tallyBy(view: TenantView, range: DateRange, assignee: CodedColumn): Steps<AssigneeTally[]> {
  const { start, end } = countedSpan(view, range)
  const { resolvedBy, firstResponseMinutes, resolutionMinutes } = view.columns
  const index = view.countedIndex
  const size = assignee.values.size
  const assigned = new Float64Array(size)
  const resolved = new Float64Array(size)
  const frSum = new Float64Array(size)
  const frCount = new Float64Array(size)
  const resSum = new Float64Array(size)
  const resCount = new Float64Array(size)
  yield* slices(start, end, (from, to) => {
    for (let k = from; k < to; k++) {
      const i = index[k]!
      const a = assignee.codes[i]!
      if (a < 0) continue
      assigned[a]! += 1
      if (resolvedBy[i] !== RESOLVED_BY_NONE) resolved[a]! += 1
      const fr = firstResponseMinutes[i]!
      if (!Number.isNaN(fr)) {
        frSum[a]! += fr
        frCount[a]! += 1
      }
      const res = resolutionMinutes[i]!
      if (!Number.isNaN(res)) {
        resSum[a]! += res
        resCount[a]! += 1
      }
    }
  })
  const avg = (sum: number, count: number): number => (count === 0 ? 0 : round1(sum / count))
  const tallies: AssigneeTally[] = []
  for (let a = 0; a < size; a++) {
    if (assigned[a] === 0) continue
    tallies.push({
      id: assignee.values.values[a] ?? '',
      assigned: assigned[a]!,
      resolved: resolved[a]!,
      avgFirstResponse: avg(frSum[a]!, frCount[a]!),
      avgResolution: avg(resSum[a]!, resCount[a]!),
    })
  }
  return tallies
}

/** Counted conversations per assigned agent; most assigned first, ties by name then id. */
export function agentPerformance(view: TenantView, range: DateRange): AgentPerformanceRow[] {
  return runSteps(agentPerformanceSteps(view, range))
}

/** The same in slices (see lib/steps.ts). */
export function* agentPerformanceSteps(view: TenantView, range: DateRange): Steps<AgentPerformanceRow[]> {
  return (yield* tallyBy(view, range, view.columns.assigneeUser))
    .map((t) => ({
      assignee_user_id: t.id,
      assignee_name: userName(view, t.id),
      assigned_count: t.assigned,
      resolved_count: t.resolved,
      resolution_rate: percent(t.resolved, t.assigned),
      avg_first_response_minutes: t.avgFirstResponse,
      avg_resolution_minutes: t.avgResolution,
    }))
    .sort(
      (a, b) =>
        b.assigned_count - a.assigned_count ||
        compareStrings(a.assignee_name, b.assignee_name) ||
        compareStrings(a.assignee_user_id, b.assignee_user_id),
    )
}

/** Counted conversations per assigned team; most assigned first, ties by name then id. */
export function teamPerformance(view: TenantView, range: DateRange): TeamPerformanceRow[] {
  return runSteps(teamPerformanceSteps(view, range))
}

/** The same in slices (see lib/steps.ts). */
export function* teamPerformanceSteps(view: TenantView, range: DateRange): Steps<TeamPerformanceRow[]> {
  return (yield* tallyBy(view, range, view.columns.assigneeTeam))
    .map((t) => ({
      team_id: t.id,
      team_name: teamName(view, t.id),
      assigned_count: t.assigned,
      resolved_count: t.resolved,
      resolution_rate: percent(t.resolved, t.assigned),
      avg_resolution_minutes: t.avgResolution,
    }))
    .sort((a, b) => b.assigned_count - a.assigned_count || compareStrings(a.team_name, b.team_name) || compareStrings(a.team_id, b.team_id))
}
