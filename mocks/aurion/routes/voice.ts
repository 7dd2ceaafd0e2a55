// The v1 voice call analytics (seed 001 of docs/sources.md): call metrics, resolution rates, usage patterns. Each takes
// `start_date`..`end_date` (both days included) bucketed in `tz`; the figures come from ../reports/.
import { callMetricsOf } from '../reports/call-metrics.ts'
import { callResolutionRatesOf, previousPeriod } from '../reports/call-resolution.ts'
import { callSpan, callsInRange, memberOf, rangeOf } from '../view.ts'
import type { TenantView } from '../view.ts'
import { localizeCallList, localizeCallSpan } from '../reports/local-calls.ts'
import type { LocalCalls, VoiceRangeOptions } from '../reports/local-calls.ts'
import { usagePatternsOf } from '../reports/usage-patterns.ts'
import type { UsageOfCalls } from '../reports/usage-patterns.ts'
import { isValidTimeZone, zonedDayRange } from '../../lib/time-zone.ts'
import { RequestValidationError } from '../../core/errors.ts'
import type { ValidationIssue } from '../../core/validation.ts'
import { CALL_OUTCOMES } from '../../../generators/aurion/model.ts'
import type { Call } from '../../../generators/aurion/model.ts'
import { aurionRoute, type AurionContext } from '../context.ts'

/** A checked v1 range and the instants its local days cover. */
export interface VoiceRange extends VoiceRangeOptions {
  fromMs: number
  /** The last millisecond of the last local day. */
  toMsInclusive: number
}

const DEFAULT_TZ = 'UTC'

/**
 * The v1 range of a query (`loc` 'query') or an export request body (`loc` 'body'), dates already valid per
 * the contract. An unknown zone or an end before the start is a 422 in pydantic's value_error shape; both
 * problems are reported at once, in field order.
 */
export function voiceRange(input: { start_date: string; end_date: string; tz?: string | undefined }, loc: 'query' | 'body'): VoiceRange {
  const tz = input.tz ?? DEFAULT_TZ
  const issues: ValidationIssue[] = []
  if (input.end_date < input.start_date) {
    const error = 'end_date must not be before start_date'
    issues.push({ type: 'value_error', loc: [loc, 'end_date'], msg: `Value error, ${error}`, input: input.end_date, ctx: { error } })
  }
  if (!isValidTimeZone(tz)) {
    const error = `Unknown time zone: ${tz}`
    issues.push({ type: 'value_error', loc: [loc, 'tz'], msg: `Value error, ${error}`, input: tz, ctx: { error } })
  }
  if (issues.length > 0) throw new RequestValidationError(issues)
  const { fromMs, toMsExclusive } = zonedDayRange(input.start_date, input.end_date, tz)
  return { startDate: input.start_date, endDate: input.end_date, tz, fromMs, toMsInclusive: toMsExclusive - 1 }
}

/** The tenant's calls of the range (empty for a tenant without voice). */
export function voiceCalls(view: TenantView, range: VoiceRange): readonly Call[] {
  return callsInRange(view, range.fromMs, range.toMsInclusive)
}

/** The tenant's calls of the range with their local day, hour and weekday: one pass per request. */
export function voiceLocalCalls(view: TenantView, range: VoiceRange): LocalCalls {
  const { start, end } = callSpan(view, range.fromMs, range.toMsInclusive)
  return localizeCallSpan(view.calls, view.callColumns, start, end, range)
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
  const previous = previousPeriod(range.startDate, range.endDate)
  return voiceLocalCalls(view, voiceRange({ start_date: previous.startDate, end_date: previous.endDate, tz: range.tz }, 'query'))
}

export function voiceRoutes(context: AurionContext) {
  return [
    aurionRoute(context, 'get_call_metrics_api_v1_analytics_call_metrics_get', ({ view, query }) => {
      const range = voiceRange(query, 'query')
      if (query.outcome === undefined) return callMetricsOf(voiceLocalCalls(view, range))
      // `outcome` is a plain string in the contract: a value that is no outcome matches no call.
      const outcome = memberOf(CALL_OUTCOMES, query.outcome)
      return outcome === undefined ? callMetricsOf(localizeCallList([], range)) : callMetricsOf(voiceLocalCalls(view, range), outcome)
    }),
    aurionRoute(context, 'get_resolution_rates_api_v1_analytics_resolution_rates_get', ({ view, query }) => {
      const range = voiceRange(query, 'query')
      return callResolutionRatesOf(voiceLocalCalls(view, range), previousLocalCalls(view, range))
    }),
    aurionRoute(context, 'get_usage_patterns_api_v1_analytics_usage_patterns_get', ({ view, query }) => {
      const range = voiceRange(query, 'query')
      const local = voiceLocalCalls(view, range)
      return usagePatternsOf(local, voiceUsage(view, local, range))
    }),
  ]
}
