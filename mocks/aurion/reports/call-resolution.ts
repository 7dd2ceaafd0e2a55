// GET /api/v1/analytics/resolution-rates (seed 001 of docs/sources.md shows only empty lists; shapes in decision 0001):
// first-call resolution per day, resolution per category, and a comparison with the period just before.
import type { LocalCalls } from './local-calls.ts'
import { meanOfSum, percent, round1 } from '../../lib/rounding.ts'
import { addDays, daysBetween } from '../../lib/time-zone.ts'
import { runSteps, slices, type Steps } from '../../lib/steps.ts'

interface FcrTrendRow {
  date: string
  total_calls: number
  fcr_calls: number
  fcr_rate: number
}

interface ResolutionByCategoryRow {
  category: string
  total_calls: number
  /** Calls resolved on the call: those with a resolution time. */
  resolved_calls: number
  resolution_rate: number
  avg_resolution_time_seconds: number
}

interface PeriodComparison {
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

interface Totals {
  total: number
  fcr: number
  resolved: number
  /** Resolution times of the calls resolved on the call, added up in call order (see meanOfSum). */
  resolutionSum: number
}

const emptyTotals = (): Totals => ({ total: 0, fcr: 0, resolved: 0, resolutionSum: 0 })

function addCall(t: Totals, fcr: number, resolutionSeconds: number): void {
  t.total += 1
  t.fcr += fcr
  if (!Number.isNaN(resolutionSeconds)) {
    t.resolved += 1
    t.resolutionSum += resolutionSeconds
  }
}

/** Totals of all the localized calls. */
function* totalsOf(local: LocalCalls): Steps<Totals> {
  const t = emptyTotals()
  const { columns, position } = local
  yield* slices(0, position.length, (from, to) => {
    for (let k = from; k < to; k++) {
      const p = position[k]!
      addCall(t, columns.firstCallResolution[p]!, columns.resolutionSeconds[p]!)
    }
  })
  return t
}

/**
 * The resolution report of localized calls: `local` those of the range, `previous` those of
 * previousPeriod(startDate, endDate) in the same time zone.
 */
export function callResolutionRatesOf(local: LocalCalls, previous: LocalCalls): CallResolutionRates {
  return runSteps(callResolutionRatesSteps(local, previous))
}

/** The same in slices (see lib/steps.ts). */
export function* callResolutionRatesSteps(local: LocalCalls, previous: LocalCalls): Steps<CallResolutionRates> {
  const { columns, position, day } = local
  const trend: FcrTrendRow[] = local.days.map((date) => ({ date, total_calls: 0, fcr_calls: 0, fcr_rate: 0 }))
  const categories = columns.category
  const byCategory: Totals[] = Array.from({ length: categories.values.size }, emptyTotals)
  const current = emptyTotals()
  yield* slices(0, position.length, (from, to) => {
    for (let k = from; k < to; k++) {
      const p = position[k]!
      const fcr = columns.firstCallResolution[p]!
      const resolution = columns.resolutionSeconds[p]!
      const row = trend[day[k]!]!
      row.total_calls += 1
      row.fcr_calls += fcr
      addCall(current, fcr, resolution)
      addCall(byCategory[categories.codes[p]!]!, fcr, resolution)
    }
  })
  for (const row of trend) row.fcr_rate = percent(row.fcr_calls, row.total_calls)

  const resolutionByCategory: ResolutionByCategoryRow[] = []
  byCategory.forEach((t, code) => {
    if (t.total === 0) return
    resolutionByCategory.push({
      category: categories.values.values[code]!,
      total_calls: t.total,
      resolved_calls: t.resolved,
      resolution_rate: percent(t.resolved, t.total),
      avg_resolution_time_seconds: meanOfSum(t.resolutionSum, t.resolved),
    })
  })
  // Categories are unique, so this order is total.
  resolutionByCategory.sort((a, b) => b.total_calls - a.total_calls || (a.category < b.category ? -1 : a.category > b.category ? 1 : 0))

  const avgResolution = meanOfSum(current.resolutionSum, current.resolved)
  const before = yield* totalsOf(previous)
  let comparison: PeriodComparison | null = null
  if (before.total > 0) {
    const previousFcr = percent(before.fcr, before.total)
    const currentFcr = percent(current.fcr, current.total)
    comparison = {
      previous_start: previous.range.startDate,
      previous_end: previous.range.endDate,
      previous_total_calls: before.total,
      current_total_calls: current.total,
      previous_fcr_rate: previousFcr,
      current_fcr_rate: currentFcr,
      // From the rounded rates, so that a client recomputing the change from the shown rates agrees.
      fcr_rate_change: round1(currentFcr - previousFcr),
      previous_avg_resolution_time_seconds: meanOfSum(before.resolutionSum, before.resolved),
      current_avg_resolution_time_seconds: avgResolution,
    }
  }

  return {
    fcr_trend: trend,
    resolution_by_category: resolutionByCategory,
    avg_resolution_time_seconds: avgResolution,
    period_comparison: comparison,
  }
}
