// GET /api/v1/analytics/resolution-rates (seed 001 shows only empty lists; shapes in decision 0001):
// first-call resolution per day, resolution per category, and a comparison with the period just before.
import type { Call } from '../models/aurion.ts'
import { localizeCalls } from './aurion-call-metrics.ts'
import type { VoiceRangeOptions } from './aurion-call-metrics.ts'
import { mean1, percent, round1 } from './rounding.ts'
import { addDays, daysBetween } from './time-zone.ts'

export interface FcrTrendRow {
  date: string
  total_calls: number
  fcr_calls: number
  fcr_rate: number
}

export interface ResolutionByCategoryRow {
  category: string
  total_calls: number
  /** Calls resolved on the call: those with a resolution time. */
  resolved_calls: number
  resolution_rate: number
  avg_resolution_time_seconds: number
}

export interface PeriodComparison {
  previous_start: string
  previous_end: string
  previous_total_calls: number
  current_total_calls: number
  previous_fcr_rate: number
  current_fcr_rate: number
  /** current - previous, in percentage points. */
  fcr_rate_change: number
  previous_avg_resolution_time_seconds: number
  current_avg_resolution_time_seconds: number
}

export interface CallResolutionRates {
  fcr_trend: FcrTrendRow[]
  resolution_by_category: ResolutionByCategoryRow[]
  avg_resolution_time_seconds: number
  period_comparison: PeriodComparison | null
}

/** The same-length period just before start..end (both included): the range of `previousCalls`. */
export function previousPeriod(startDate: string, endDate: string): { startDate: string; endDate: string } {
  const length = daysBetween(startDate, endDate).length
  const previousEnd = addDays(startDate, -1)
  return { startDate: addDays(previousEnd, -(length - 1)), endDate: previousEnd }
}

function resolutionTimes(calls: readonly Call[]): number[] {
  const times: number[] = []
  for (const call of calls) {
    if (call.resolution_time_seconds !== null) times.push(call.resolution_time_seconds)
  }
  return times
}

function fcrRate(calls: readonly Call[]): number {
  let fcr = 0
  for (const call of calls) if (call.first_call_resolution) fcr += 1
  return percent(fcr, calls.length)
}

/**
 * The resolution report. `calls` are the tenant's calls in the range, `previousCalls` those of
 * previousPeriod(startDate, endDate) in the same time zone.
 */
export function callResolutionRates(
  calls: readonly Call[],
  previousCalls: readonly Call[],
  opts: VoiceRangeOptions,
): CallResolutionRates {
  const localized = localizeCalls(calls, opts)
  const current = localized.map((l) => l.call)

  const trend = new Map<string, FcrTrendRow>()
  for (const date of daysBetween(opts.startDate, opts.endDate)) {
    trend.set(date, { date, total_calls: 0, fcr_calls: 0, fcr_rate: 0 })
  }
  for (const { call, local } of localized) {
    const row = trend.get(local.date)
    if (row === undefined) continue
    row.total_calls += 1
    if (call.first_call_resolution) row.fcr_calls += 1
  }
  for (const row of trend.values()) row.fcr_rate = percent(row.fcr_calls, row.total_calls)

  const byCategory = new Map<string, Call[]>()
  for (const call of current) {
    const list = byCategory.get(call.category)
    if (list === undefined) byCategory.set(call.category, [call])
    else list.push(call)
  }
  const resolutionByCategory = [...byCategory.entries()]
    .map(([category, list]) => {
      const times = resolutionTimes(list)
      return {
        category,
        total_calls: list.length,
        resolved_calls: times.length,
        resolution_rate: percent(times.length, list.length),
        avg_resolution_time_seconds: mean1(times),
      }
    })
    .sort((a, b) => b.total_calls - a.total_calls || (a.category < b.category ? -1 : a.category > b.category ? 1 : 0))

  const avgResolution = mean1(resolutionTimes(current))
  const previousRange = previousPeriod(opts.startDate, opts.endDate)
  const previous = localizeCalls(previousCalls, { ...previousRange, tz: opts.tz }).map((l) => l.call)
  let comparison: PeriodComparison | null = null
  if (previous.length > 0) {
    const previousFcr = fcrRate(previous)
    const currentFcr = fcrRate(current)
    comparison = {
      previous_start: previousRange.startDate,
      previous_end: previousRange.endDate,
      previous_total_calls: previous.length,
      current_total_calls: current.length,
      previous_fcr_rate: previousFcr,
      current_fcr_rate: currentFcr,
      // From the rounded rates, so that a client recomputing the change from the shown rates agrees.
      fcr_rate_change: round1(currentFcr - previousFcr),
      previous_avg_resolution_time_seconds: mean1(resolutionTimes(previous)),
      current_avg_resolution_time_seconds: avgResolution,
    }
  }

  return {
    fcr_trend: [...trend.values()],
    resolution_by_category: resolutionByCategory,
    avg_resolution_time_seconds: avgResolution,
    period_comparison: comparison,
  }
}
