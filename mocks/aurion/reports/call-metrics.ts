// GET /api/v1/analytics/call-metrics (seed 001 of docs/sources.md, shapes in decision 0001): KPIs, daily call volume, outcome
// breakdown and the peak-hours heatmap of the calls in a range of local days.
import { CALL_OUTCOMES } from '../../../generators/aurion/model.ts'
import type { Call } from '../../../generators/aurion/model.ts'
import { CALL_STATUS_COMPLETED, CALL_STATUS_FAILED } from '../view.ts'
import type { LocalCalls } from './local-calls.ts'
import { shares } from '../../lib/rounding.ts'
import { runSteps, slices, type Steps } from '../../lib/steps.ts'
import { emptyVoiceKpiCounts, voiceKpisOfCounts } from './voice-kpis.ts'
import type { VoiceKpis } from './voice-kpis.ts'

export type CallOutcome = Call['outcome']

interface CallMetricsKpis extends VoiceKpis {
  period_start: string
  period_end: string
}

interface CallVolumeRow {
  date: string
  total_calls: number
  completed_calls: number
  failed_calls: number
}

interface OutcomeBreakdownRow {
  outcome: CallOutcome
  count: number
  percentage: number
}

interface PeakHourRow {
  hour: number
  day_of_week: number
  call_count: number
}

export interface CallMetrics {
  kpis: CallMetricsKpis
  call_volume: CallVolumeRow[]
  outcome_breakdown: OutcomeBreakdownRow[]
  peak_hours: PeakHourRow[]
}

/**
 * Outcomes with calls, from counts per CALL_OUTCOMES index: count desc (ties in CALL_OUTCOMES order),
 * percentages adding up to 100.
 */
function outcomeBreakdownOfCounts(counts: ArrayLike<number>): OutcomeBreakdownRow[] {
  const present = CALL_OUTCOMES.filter((_, i) => counts[i]! > 0)
  const count = (o: CallOutcome): number => counts[CALL_OUTCOMES.indexOf(o)]!
  const pct = shares(present.map(count))
  return present
    .map((outcome, i) => ({ outcome, count: count(outcome), percentage: pct[i] ?? 0 }))
    .sort((a, b) => b.count - a.count || CALL_OUTCOMES.indexOf(a.outcome) - CALL_OUTCOMES.indexOf(b.outcome))
}

/** Every non-empty (day_of_week, hour) cell, count desc, then day and hour ascending. */
function peakHoursOfCells(cells: Float64Array): PeakHourRow[] {
  const rows: PeakHourRow[] = []
  for (let key = 0; key < cells.length; key++) {
    const count = cells[key]!
    if (count > 0) rows.push({ hour: key % 24, day_of_week: Math.floor(key / 24), call_count: count })
  }
  // One row per cell, so this order is total.
  return rows.sort((a, b) => b.call_count - a.call_count || a.day_of_week - b.day_of_week || a.hour - b.hour)
}

/** The call-metrics report of localized calls; the outcome filter applies to every block. */
export function callMetricsOf(local: LocalCalls, outcome?: CallOutcome): CallMetrics {
  return runSteps(callMetricsSteps(local, outcome))
}

/** The same in slices (see lib/steps.ts). */
export function* callMetricsSteps(local: LocalCalls, outcome?: CallOutcome): Steps<CallMetrics> {
  const onlyOutcome = outcome === undefined ? -2 : CALL_OUTCOMES.indexOf(outcome)
  const { columns, position, day, hour, dayOfWeek } = local
  const kpis = emptyVoiceKpiCounts()
  const volume: CallVolumeRow[] = local.days.map((date) => ({
    date,
    total_calls: 0,
    completed_calls: 0,
    failed_calls: 0,
  }))
  const outcomes = new Float64Array(CALL_OUTCOMES.length)
  const cells = new Float64Array(7 * 24)
  yield* slices(0, position.length, (from, to) => {
    for (let k = from; k < to; k++) {
      const p = position[k]!
      const code = columns.outcome[p]!
      if (onlyOutcome !== -2 && code !== onlyOutcome) continue
      const status = columns.status[p]!
      const row = volume[day[k]!]!
      kpis.total += 1
      row.total_calls += 1
      if (status === CALL_STATUS_COMPLETED) {
        kpis.completed += 1
        row.completed_calls += 1
      } else if (status === CALL_STATUS_FAILED) {
        kpis.failed += 1
        row.failed_calls += 1
      }
      kpis.fcr += columns.firstCallResolution[p]!
      kpis.tickets += columns.ticketCreated[p]!
      kpis.escalations += columns.escalated[p]!
      kpis.durationSum += columns.durationSeconds[p]!
      if (code >= 0) outcomes[code]! += 1
      cells[dayOfWeek[k]! * 24 + hour[k]!]! += 1
    }
  })
  return {
    kpis: { ...voiceKpisOfCounts(kpis), period_start: local.range.startDate, period_end: local.range.endDate },
    call_volume: volume,
    outcome_breakdown: outcomeBreakdownOfCounts(outcomes),
    peak_hours: peakHoursOfCells(cells),
  }
}
