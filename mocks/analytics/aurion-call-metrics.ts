// GET /api/v1/analytics/call-metrics (seed 001, shapes in decision 0001): KPIs, daily call volume, outcome
// breakdown and the peak-hours heatmap of the calls in a range of local days.
import { CALL_OUTCOMES } from '../models/aurion.ts'
import type { Call } from '../models/aurion.ts'
import { shares } from './rounding.ts'
import { voiceKpis } from './aurion-voice-kpis.ts'
import type { VoiceKpis } from './aurion-voice-kpis.ts'
import { daysBetween, localParts } from './time-zone.ts'
import type { LocalParts } from './time-zone.ts'

export type CallOutcome = Call['outcome']

/** A v1 range: both dates included, bucketed in `tz` (an IANA name, validated by the caller). */
export interface VoiceRangeOptions {
  startDate: string
  endDate: string
  tz: string
}

export interface CallMetricsOptions extends VoiceRangeOptions {
  /** Keep only calls with this outcome; applies to every block of the report. */
  outcome?: CallOutcome | undefined
}

export interface CallMetricsKpis extends VoiceKpis {
  period_start: string
  period_end: string
}

export interface CallVolumeRow {
  date: string
  total_calls: number
  completed_calls: number
  failed_calls: number
}

export interface OutcomeBreakdownRow {
  outcome: CallOutcome
  count: number
  percentage: number
}

export interface PeakHourRow {
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

/** A call with its position in the requested time zone, computed once per report. */
export interface LocalizedCall {
  call: Call
  local: LocalParts
}

/**
 * The calls whose local day lies in the range, with their local parts. The caller already selected the
 * instant range; filtering on the local day again keeps every block of a report on the same calls, so the
 * KPIs always equal the sums of the per-day rows.
 */
export function localizeCalls(calls: readonly Call[], opts: VoiceRangeOptions): LocalizedCall[] {
  const out: LocalizedCall[] = []
  for (const call of calls) {
    const local = localParts(call.start_time, opts.tz)
    if (local.date >= opts.startDate && local.date <= opts.endDate) out.push({ call, local })
  }
  return out
}

/** Outcomes with calls, count desc (ties in CALL_OUTCOMES order); percentages add up to 100. */
export function outcomeBreakdown(calls: readonly Call[]): OutcomeBreakdownRow[] {
  const counts = new Map<CallOutcome, number>()
  for (const call of calls) counts.set(call.outcome, (counts.get(call.outcome) ?? 0) + 1)
  const present = CALL_OUTCOMES.filter((o) => (counts.get(o) ?? 0) > 0)
  const pct = shares(present.map((o) => counts.get(o) ?? 0))
  return present
    .map((outcome, i) => ({ outcome, count: counts.get(outcome) ?? 0, percentage: pct[i] ?? 0 }))
    .sort((a, b) => b.count - a.count || CALL_OUTCOMES.indexOf(a.outcome) - CALL_OUTCOMES.indexOf(b.outcome))
}

/** One row per day of the range, zeros included. */
export function callVolume(localized: readonly LocalizedCall[], opts: VoiceRangeOptions): CallVolumeRow[] {
  const rows = new Map<string, CallVolumeRow>()
  for (const date of daysBetween(opts.startDate, opts.endDate)) {
    rows.set(date, { date, total_calls: 0, completed_calls: 0, failed_calls: 0 })
  }
  for (const { call, local } of localized) {
    const row = rows.get(local.date)
    if (row === undefined) continue
    row.total_calls += 1
    if (call.status === 'completed') row.completed_calls += 1
    else if (call.status === 'failed') row.failed_calls += 1
  }
  return [...rows.values()]
}

/** Every non-empty (day_of_week, hour) cell, count desc, then day and hour ascending. */
export function peakHours(localized: readonly LocalizedCall[]): PeakHourRow[] {
  const cells = new Map<number, number>()
  for (const { local } of localized) {
    const key = local.dayOfWeek * 24 + local.hour
    cells.set(key, (cells.get(key) ?? 0) + 1)
  }
  return [...cells.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .map(([key, count]) => ({ hour: key % 24, day_of_week: Math.floor(key / 24), call_count: count }))
}

/**
 * The call-metrics report. `calls` are the tenant's calls in the instant range of the local days
 * (zonedDayRange); the outcome filter applies to everything.
 */
export function callMetrics(calls: readonly Call[], opts: CallMetricsOptions): CallMetrics {
  const outcome = opts.outcome
  const selected = outcome === undefined ? calls : calls.filter((c) => c.outcome === outcome)
  const localized = localizeCalls(selected, opts)
  const counted = localized.map((l) => l.call)
  return {
    kpis: { ...voiceKpis(counted), period_start: opts.startDate, period_end: opts.endDate },
    call_volume: callVolume(localized, opts),
    outcome_breakdown: outcomeBreakdown(counted),
    peak_hours: peakHours(localized),
  }
}
