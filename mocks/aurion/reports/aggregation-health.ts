// GET /api/v2/analytics/conversations/aggregation-health (seed 001) and the insights' aggregation_health.
// By default the run times are modelled from the work a real backend would do (the conversations it scans
// for the range), so the same seed, `now` and range give the same bytes on any machine. With measured
// timings (createMock `measuredTimings`, CLI `--measured-timings`) they are the real run times of the mock's
// own overview, SLA and agent computations, read from an injected timer. See docs/decisions/0007.
import { agentPerformanceSteps } from './agent-performance.ts'
import { countedSpan } from '../view.ts'
import type { DateRange, TenantView } from '../view.ts'
import { aurionOverviewSteps } from './overview.ts'
import { aurionSlaComplianceSteps } from './sla-compliance.ts'
import { round1 } from '../../lib/rounding.ts'
import { runSteps, timedSteps, type Steps } from '../../lib/steps.ts'

const TARGET_CONVERSATION_VOLUME = 100_000
const PER_QUERY_BUDGET_MS = 500
const TOTAL_BUDGET_MS = 2000

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

/**
 * The timing model: a fixed cost (planning, round trip) plus a cost per conversation scanned, calibrated so
 * that scanning the target volume takes what seed 001 shows (overview 120, SLA 160, agents 200 ms at 100k).
 * Agent performance also joins users, hence the largest slope.
 */
export const TIMING_MODEL = {
  overview: { fixedMs: 2, msPerTargetVolume: 118 },
  sla_compliance: { fixedMs: 3, msPerTargetVolume: 157 },
  agent_performance: { fixedMs: 4, msPerTargetVolume: 196 },
} as const

function modelled(part: keyof typeof TIMING_MODEL, rowsScanned: number): number {
  const { fixedMs, msPerTargetVolume } = TIMING_MODEL[part]
  return round1(fixedMs + (msPerTargetVolume * rowsScanned) / TARGET_CONVERSATION_VOLUME)
}

/** Runs `steps` timing their work (not the pauses between them), in ms with one decimal. */
function* timed(timer: Timer, steps: Steps<unknown>): Steps<number> {
  const { ms } = yield* timedSteps(timer, steps)
  return round1(Math.max(0, ms))
}

function report(overview: number, sla: number, agents: number): AurionAggregationHealth {
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

/** Deterministic run times from the rows the three aggregations scan for the range. */
export function modelAggregationHealth(view: TenantView, range: DateRange): AurionAggregationHealth {
  const { start, end } = countedSpan(view, range)
  const rows = end - start
  return report(modelled('overview', rows), modelled('sla_compliance', rows), modelled('agent_performance', rows))
}

/**
 * Measured when a timer is given (measured timings are on), modelled otherwise; each timed aggregation runs
 * in slices (see lib/steps.ts), so a route can give way inside them; a pause between slices is not timed.
 */
export function* aggregationHealthSteps(view: TenantView, range: DateRange, timer: Timer | undefined): Steps<AurionAggregationHealth> {
  if (!timer) return modelAggregationHealth(view, range)
  const overview = yield* timed(timer, aurionOverviewSteps(view, range))
  yield
  const sla = yield* timed(timer, aurionSlaComplianceSteps(view, range))
  yield
  const agents = yield* timed(timer, agentPerformanceSteps(view, range))
  yield
  return report(overview, sla, agents)
}

export function aggregationHealth(view: TenantView, range: DateRange, timer: Timer | undefined): AurionAggregationHealth {
  return runSteps(aggregationHealthSteps(view, range, timer))
}
