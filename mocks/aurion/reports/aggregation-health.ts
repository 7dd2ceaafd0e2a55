// GET /api/v2/analytics/conversations/aggregation-health (seed 001) and the insights' aggregation_health:
// the real run times of the three heaviest aggregations over the requested range. The clock is injected
// (performance.now in production, a fake in tests) so that this module stays deterministic.
import { agentPerformance } from './agent-performance.ts'
import type { DateRange, TenantView } from '../view.ts'
import { aurionOverview } from './overview.ts'
import { aurionSlaCompliance } from './sla-compliance.ts'
import { round1 } from '../../lib/rounding.ts'
import { runSteps, type Steps } from '../../lib/steps.ts'

export const TARGET_CONVERSATION_VOLUME = 100_000
export const PER_QUERY_BUDGET_MS = 500
export const TOTAL_BUDGET_MS = 2000

export interface AurionAggregationHealth {
  target_conversation_volume: number
  per_query_budget_ms: number
  total_budget_ms: number
  total_runtime_ms: number
  target_met: boolean
  overview_ms: number
  sla_compliance_ms: number
  agent_performance_ms: number
}

/** Milliseconds from an arbitrary origin, like performance.now(). */
export type Timer = () => number

function timed(timer: Timer, run: () => unknown): number {
  const start = timer()
  run()
  return round1(Math.max(0, timer() - start))
}

export function measureAggregationHealth(view: TenantView, range: DateRange, timer: Timer): AurionAggregationHealth {
  return runSteps(aggregationHealthSteps(view, range, timer))
}

/** The same, one timed aggregation per step (see lib/steps.ts); a pause between steps is not timed. */
export function* aggregationHealthSteps(view: TenantView, range: DateRange, timer: Timer): Steps<AurionAggregationHealth> {
  const overview = timed(timer, () => aurionOverview(view, range))
  yield
  const sla = timed(timer, () => aurionSlaCompliance(view, range))
  yield
  const agents = timed(timer, () => agentPerformance(view, range))
  yield
  // The total is the sum of the rounded parts, and the verdict is taken on the figures shown, so a client
  // re-checking the body against the budgets reaches the same answer.
  const total = round1(overview + sla + agents)
  return {
    target_conversation_volume: TARGET_CONVERSATION_VOLUME,
    per_query_budget_ms: PER_QUERY_BUDGET_MS,
    total_budget_ms: TOTAL_BUDGET_MS,
    total_runtime_ms: total,
    target_met: overview <= PER_QUERY_BUDGET_MS && sla <= PER_QUERY_BUDGET_MS && agents <= PER_QUERY_BUDGET_MS && total <= TOTAL_BUDGET_MS,
    overview_ms: overview,
    sla_compliance_ms: sla,
    agent_performance_ms: agents,
  }
}
