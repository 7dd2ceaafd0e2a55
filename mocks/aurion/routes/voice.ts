// The v1 voice call analytics (seed 001 of docs/sources.md): call metrics, resolution rates, usage patterns. Each takes
// `start_date`..`end_date` (both days included) bucketed in `tz`; the figures come from ../reports/.
import { callMetricsSteps, type CallMetrics } from '../reports/call-metrics.ts'
import { callResolutionRatesSteps, previousPeriod, type CallResolutionRates } from '../reports/call-resolution.ts'
import { callSpan, callsInRange, memberOf, rangeOf } from '../view.ts'
import type { TenantView } from '../view.ts'
import { localizeCallList, localizeCallSpanSteps } from '../reports/local-calls.ts'
import type { LocalCalls, VoiceRangeOptions } from '../reports/local-calls.ts'
import { usagePatternsSteps } from '../reports/usage-patterns.ts'
import type { UsageOfCalls, UsagePatterns } from '../reports/usage-patterns.ts'
import { isValidTimeZone, zonedDayRange } from '../../lib/time-zone.ts'
import { RequestValidationError } from '../../core/errors.ts'
import type { ValidationIssue } from '../../core/validation.ts'
import { dateInsideWindow, inclusiveDays, MAX_RANGE_DAYS, OUTSIDE_WINDOW, RANGE_TOO_LONG, valueError } from '../../core/limits.ts'
import { CALL_OUTCOMES } from '../../../generators/aurion/model.ts'
import type { Call } from '../../../generators/aurion/model.ts'
import { aurionRoute, runReport, type AurionContext } from '../context.ts'
import { runSteps, type Steps } from '../../lib/steps.ts'

/** A checked v1 range and the instants its local days cover. */
export interface VoiceRange extends VoiceRangeOptions {
  fromMs: number
  /** The last millisecond of the last local day. */
  toMsInclusive: number
}

const DEFAULT_TZ = 'UTC'

/**
 * The v1 range of a query (`loc` 'query') or an export request body (`loc` 'body'), dates already valid per
 * the contract. An end before the start, a date outside the served window, a range longer than
 * MAX_RANGE_DAYS or an unknown zone is a 422 in pydantic's value_error shape; every problem is reported at
 * once, in field order.
 */
export function voiceRange(input: { start_date: string; end_date: string; tz?: string | undefined }, loc: 'query' | 'body'): VoiceRange {
  const tz = input.tz ?? DEFAULT_TZ
  const issues: ValidationIssue[] = []
  for (const field of ['start_date', 'end_date'] as const) {
    if (!dateInsideWindow(input[field])) issues.push(valueError([loc, field], input[field], OUTSIDE_WINDOW))
  }
  if (input.end_date < input.start_date) {
    issues.push(valueError([loc, 'end_date'], input.end_date, 'end_date must not be before start_date'))
  } else if (inclusiveDays(input.start_date, input.end_date) > MAX_RANGE_DAYS) {
    issues.push(valueError([loc, 'end_date'], input.end_date, RANGE_TOO_LONG))
  }
  if (!isValidTimeZone(tz)) issues.push(valueError([loc, 'tz'], tz, `Unknown time zone: ${tz}`))
  if (issues.length > 0) throw new RequestValidationError(issues)
  return rangeOfDays(input.start_date, input.end_date, tz)
}

/** The instants of the local days of a range already checked (or derived from a checked one). */
function rangeOfDays(startDate: string, endDate: string, tz: string): VoiceRange {
  const { fromMs, toMsExclusive } = zonedDayRange(startDate, endDate, tz)
  return { startDate, endDate, tz, fromMs, toMsInclusive: toMsExclusive - 1 }
}

/** The tenant's calls of the range (empty for a tenant without voice). */
export function voiceCalls(view: TenantView, range: VoiceRange): readonly Call[] {
  return callsInRange(view, range.fromMs, range.toMsInclusive)
}

/** The tenant's calls of the range with their local day, hour and weekday: one pass per request. */
export function voiceLocalCalls(view: TenantView, range: VoiceRange): LocalCalls {
  return runSteps(voiceLocalCallsSteps(view, range))
}

/** The same in slices (see lib/steps.ts). */
function voiceLocalCallsSteps(view: TenantView, range: VoiceRange): Steps<LocalCalls> {
  const { start, end } = callSpan(view, range.fromMs, range.toMsInclusive)
  return localizeCallSpanSteps(view.calls, view.callColumns, start, end, range)
}

/**
 * The LLM usage of those calls. A call's requests run until it ends, so the window reaches past the range
 * to the end of the last call of the range; usagePatternsOf keeps only the rows of the localized calls.
 */
export function voiceUsage(view: TenantView, local: LocalCalls, range: VoiceRange): UsageOfCalls {
  let lastEnd = range.toMsInclusive
  const { startMs, durationSeconds } = view.callColumns
  const end = local.inputStart + local.keptIndexOf.length
  for (let p = local.inputStart; p < end; p++) {
    lastEnd = Math.max(lastEnd, startMs[p]! + durationSeconds[p]! * 1000)
  }
  const rows = rangeOf(view.llmUsageMs, range.fromMs, lastEnd)
  return { columns: view.llmUsageColumns, start: rows.start, end: rows.end }
}

/** The calls of the same-length period just before the range, in the same zone, localized. */
export function previousLocalCalls(view: TenantView, range: VoiceRange): LocalCalls {
  return runSteps(previousLocalCallsSteps(view, range))
}

function previousLocalCallsSteps(view: TenantView, range: VoiceRange): Steps<LocalCalls> {
  const previous = previousPeriod(range.startDate, range.endDate)
  // Not re-checked: the period before a range that starts on the window's first day lies before the window.
  return voiceLocalCallsSteps(view, rangeOfDays(previous.startDate, previous.endDate, range.tz))
}

/** Localizes and reports in slices: each v1 report is a pass over every call of the range. */
export function* callMetricsReport(view: TenantView, range: VoiceRange, outcome: string | undefined): Steps<CallMetrics> {
  if (outcome === undefined) return yield* callMetricsSteps(yield* voiceLocalCallsSteps(view, range))
  // `outcome` is a plain string in the contract: a value that is no outcome matches no call.
  const known = memberOf(CALL_OUTCOMES, outcome)
  if (known === undefined) return yield* callMetricsSteps(localizeCallList([], range))
  return yield* callMetricsSteps(yield* voiceLocalCallsSteps(view, range), known)
}

export function* resolutionRatesReport(view: TenantView, range: VoiceRange): Steps<CallResolutionRates> {
  const local = yield* voiceLocalCallsSteps(view, range)
  return yield* callResolutionRatesSteps(local, yield* previousLocalCallsSteps(view, range))
}

export function* usagePatternsReport(view: TenantView, range: VoiceRange): Steps<UsagePatterns> {
  const local = yield* voiceLocalCallsSteps(view, range)
  yield
  return yield* usagePatternsSteps(local, voiceUsage(view, local, range))
}

export function voiceRoutes(context: AurionContext) {
  return [
    aurionRoute(context, 'get_call_metrics_api_v1_analytics_call_metrics_get', ({ view, query }) =>
      runReport(context, callMetricsReport(view, voiceRange(query, 'query'), query.outcome)),
    ),
    aurionRoute(context, 'get_resolution_rates_api_v1_analytics_resolution_rates_get', ({ view, query }) =>
      runReport(context, resolutionRatesReport(view, voiceRange(query, 'query'))),
    ),
    aurionRoute(context, 'get_usage_patterns_api_v1_analytics_usage_patterns_get', ({ view, query }) =>
      runReport(context, usagePatternsReport(view, voiceRange(query, 'query'))),
    ),
  ]
}
