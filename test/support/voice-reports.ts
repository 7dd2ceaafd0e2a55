// The v1 voice reports over a plain list of calls, for unit tests: the same building blocks the routes and
// the exports use (localizeCallList, then the report of the localized calls), without a world or a view.
import type { Call, LlmUsage } from '../../generators/aurion/model.ts'
import { callMetricsOf, type CallOutcome } from '../../mocks/aurion/reports/call-metrics.ts'
import { callResolutionRatesOf, previousPeriod } from '../../mocks/aurion/reports/call-resolution.ts'
import { localizeCallList, type VoiceRangeOptions } from '../../mocks/aurion/reports/local-calls.ts'
import { usageOfCallsById, usagePatternsOf } from '../../mocks/aurion/reports/usage-patterns.ts'
import { buildVoiceSectionsOf, type VoiceSectionsOptions } from '../../mocks/aurion/exports/sections.ts'

/** The call-metrics report of `calls` (already in the range's instants); the outcome filter applies to all. */
export function callMetrics(calls: readonly Call[], opts: VoiceRangeOptions & { outcome?: CallOutcome }) {
  return callMetricsOf(localizeCallList(calls, opts), opts.outcome)
}

/** The resolution report; `previousCalls` are those of previousPeriod(startDate, endDate) in the same zone. */
export function callResolutionRates(calls: readonly Call[], previousCalls: readonly Call[], opts: VoiceRangeOptions) {
  const previousRange = previousPeriod(opts.startDate, opts.endDate)
  return callResolutionRatesOf(localizeCallList(calls, opts), localizeCallList(previousCalls, { ...previousRange, tz: opts.tz }))
}

/** The usage report; usage records of calls outside `calls` are ignored. */
export function usagePatterns(calls: readonly Call[], llmUsage: readonly LlmUsage[], opts: VoiceRangeOptions) {
  const local = localizeCallList(calls, opts)
  return usagePatternsOf(local, usageOfCallsById(local, llmUsage))
}

/** The tables of a voice export of `calls` (in the range's instants) and their usage records. */
export function buildVoiceSections(calls: readonly Call[], llmUsage: readonly LlmUsage[], opts: VoiceSectionsOptions) {
  const local = localizeCallList(calls, { startDate: opts.startDate, endDate: opts.endDate, tz: opts.tz })
  return buildVoiceSectionsOf(local, usageOfCallsById(local, llmUsage), opts)
}
