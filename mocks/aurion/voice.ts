// The v1 voice call analytics (seed 001): call metrics, resolution rates, usage patterns. Each takes
// `start_date`..`end_date` (both days included) bucketed in `tz`; the figures come from mocks/analytics.
import { callMetrics } from '../analytics/aurion-call-metrics.ts'
import type { VoiceRangeOptions } from '../analytics/aurion-call-metrics.ts'
import { callResolutionRates, previousPeriod } from '../analytics/aurion-call-resolution.ts'
import { callsInRange, llmUsageInRange, memberOf } from '../analytics/aurion-index.ts'
import type { TenantView } from '../analytics/aurion-index.ts'
import { usagePatterns } from '../analytics/aurion-usage-patterns.ts'
import { isValidTimeZone, zonedDayRange } from '../analytics/time-zone.ts'
import { RequestValidationError } from '../behaviours/errors.ts'
import type { ValidationIssue } from '../behaviours/validation.ts'
import { CALL_OUTCOMES } from '../models/aurion.ts'
import type { Call, LlmUsage } from '../models/aurion.ts'
import { aurionRoute, type AurionContext } from './context.ts'

/** A checked v1 range and the instants its local days cover. */
export interface VoiceRange extends VoiceRangeOptions {
  fromMs: number
  /** The last millisecond of the last local day. */
  toMsInclusive: number
}

export const DEFAULT_TZ = 'UTC'

/**
 * The v1 range of a query (`loc` 'query') or an export request body (`loc` 'body'), dates already valid per
 * the contract. An unknown zone or an end before the start is a 422 in pydantic's value_error shape; both
 * problems are reported at once, in field order.
 */
export function voiceRange(
  input: { start_date: string; end_date: string; tz?: string | undefined },
  loc: 'query' | 'body',
): VoiceRange {
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

/**
 * The LLM usage of those calls. A call's requests run until it ends, so the window reaches past the range
 * to the end of its last call; usagePatterns keeps only the rows of the given calls.
 */
export function voiceUsage(view: TenantView, calls: readonly Call[], range: VoiceRange): readonly LlmUsage[] {
  let lastEnd = range.toMsInclusive
  for (const call of calls) lastEnd = Math.max(lastEnd, Date.parse(call.start_time) + call.duration_seconds * 1000)
  return llmUsageInRange(view, range.fromMs, lastEnd)
}

/** The calls of the same-length period just before the range, in the same zone. */
export function previousCalls(view: TenantView, range: VoiceRange): readonly Call[] {
  const previous = previousPeriod(range.startDate, range.endDate)
  return voiceCalls(view, voiceRange({ start_date: previous.startDate, end_date: previous.endDate, tz: range.tz }, 'query'))
}

export function voiceHandlers(context: AurionContext) {
  return [
    aurionRoute(context, 'get_call_metrics_api_v1_analytics_call_metrics_get', ({ view, query }) => {
      const range = voiceRange(query, 'query')
      const calls = voiceCalls(view, range)
      if (query.outcome === undefined) return callMetrics(calls, range)
      // `outcome` is a plain string in the contract: a value that is no outcome matches no call.
      const outcome = memberOf(CALL_OUTCOMES, query.outcome)
      return outcome === undefined ? callMetrics([], range) : callMetrics(calls, { ...range, outcome })
    }),
    aurionRoute(context, 'get_resolution_rates_api_v1_analytics_resolution_rates_get', ({ view, query }) => {
      const range = voiceRange(query, 'query')
      return callResolutionRates(voiceCalls(view, range), previousCalls(view, range), range)
    }),
    aurionRoute(context, 'get_usage_patterns_api_v1_analytics_usage_patterns_get', ({ view, query }) => {
      const range = voiceRange(query, 'query')
      const calls = voiceCalls(view, range)
      return usagePatterns(calls, voiceUsage(view, calls, range), range)
    }),
  ]
}
