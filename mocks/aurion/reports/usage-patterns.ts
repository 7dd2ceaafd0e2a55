// GET /api/v1/analytics/usage-patterns (seed 001 of docs/sources.md, shapes in decision 0001): calls per local hour, weekday and
// month, and the LLM usage of those calls per provider.
import type { LlmUsage } from '../../../generators/aurion/model.ts'
import { CALL_STATUS_COMPLETED, CALL_STATUS_FAILED, buildLlmUsageColumns } from '../view.ts'
import type { LlmUsageColumns } from '../view.ts'
import type { LocalCalls } from './local-calls.ts'
import { meanOfSum, round1 } from '../../lib/rounding.ts'
import { runSteps, slices, type Steps } from '../../lib/steps.ts'
import { monthsBetween } from '../../lib/time-zone.ts'

const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const

interface HourlyDistributionRow {
  hour: number
  call_count: number
  avg_duration_seconds: number
}

interface WeeklyDistributionRow {
  day_of_week: number
  day_name: (typeof DAY_NAMES)[number]
  call_count: number
  avg_duration_seconds: number
}

interface MonthlyTrendRow {
  month: string
  total_calls: number
  completed_calls: number
  failed_calls: number
  avg_duration_seconds: number
}

interface LlmUsageRow {
  provider: LlmUsage['provider']
  total_requests: number
  total_input_tokens: number
  total_output_tokens: number
  avg_latency_ms: number
  error_count: number
}

export interface UsagePatterns {
  hourly_distribution: HourlyDistributionRow[]
  weekly_distribution: WeeklyDistributionRow[]
  monthly_trends: MonthlyTrendRow[]
  llm_usage: LlmUsageRow[]
  avg_tokens_per_call: number
}

/**
 * The LLM usage rows [start, end) of `columns`, whose `callPosition` points into the `source` of the
 * localized calls. Rows of calls that were not kept are ignored, so every figure follows the same calls.
 */
export interface UsageOfCalls {
  readonly columns: LlmUsageColumns
  readonly start: number
  readonly end: number
}

/** Usage rows matched by call id to the localized calls (rows of other calls are ignored). */
export function usageOfCallsById(local: LocalCalls, rows: readonly LlmUsage[]): UsageOfCalls {
  const positionById = new Map<string, number>()
  for (const p of local.position) positionById.set(local.source[p]!.id, p)
  return { columns: buildLlmUsageColumns(rows, (id) => positionById.get(id)), start: 0, end: rows.length }
}

interface Totals {
  count: number
  durationSum: number
}

interface MonthTotals extends Totals {
  month: string
  completed: number
  failed: number
}

interface ProviderTotals {
  requests: number
  input: number
  output: number
  /** Added up in row order (see meanOfSum). */
  latencySum: number
  errors: number
}

/** The usage report of localized calls and their usage rows. */
export function usagePatternsOf(local: LocalCalls, usage: UsageOfCalls): UsagePatterns {
  return runSteps(usagePatternsSteps(local, usage))
}

/** The same in slices (see lib/steps.ts). */
export function* usagePatternsSteps(local: LocalCalls, usage: UsageOfCalls): Steps<UsagePatterns> {
  const hours: Totals[] = Array.from({ length: 24 }, () => ({ count: 0, durationSum: 0 }))
  const weekdays: Totals[] = Array.from({ length: 7 }, () => ({ count: 0, durationSum: 0 }))
  const months: MonthTotals[] = monthsBetween(local.range.startDate, local.range.endDate).map((month) => ({
    month,
    count: 0,
    durationSum: 0,
    completed: 0,
    failed: 0,
  }))
  // The month of each day of the range, as an index into `months`.
  const monthIndex = new Map(months.map((m, i) => [m.month, i]))
  const monthOfDay = Int32Array.from(local.days, (date) => monthIndex.get(date.slice(0, 7)) ?? -1)

  const { columns, position, day, hour, dayOfWeek } = local
  yield* slices(0, position.length, (from, to) => {
    for (let k = from; k < to; k++) {
      const p = position[k]!
      const duration = columns.durationSeconds[p]!
      const h = hours[hour[k]!]!
      h.count += 1
      h.durationSum += duration
      const w = weekdays[dayOfWeek[k]!]!
      w.count += 1
      w.durationSum += duration
      const month = months[monthOfDay[day[k]!]!]
      if (month === undefined) continue
      month.count += 1
      const status = columns.status[p]!
      if (status === CALL_STATUS_COMPLETED) month.completed += 1
      else if (status === CALL_STATUS_FAILED) month.failed += 1
      month.durationSum += duration
    }
  })

  const rows = usage.columns
  const providers = rows.provider
  const byProvider: (ProviderTotals | undefined)[] = Array.from({ length: providers.values.length }, () => undefined)
  const hasUsage = new Uint8Array(position.length)
  const { inputStart, keptIndexOf } = local
  let callsWithUsage = 0
  let tokens = 0
  yield* slices(usage.start, usage.end, (from, to) => {
    for (let i = from; i < to; i++) {
      const at = rows.callPosition[i]! - inputStart
      if (at < 0 || at >= keptIndexOf.length) continue
      const k = keptIndexOf[at]!
      if (k < 0) continue
      if (hasUsage[k] === 0) {
        hasUsage[k] = 1
        callsWithUsage += 1
      }
      const input = rows.inputTokens[i]!
      const output = rows.outputTokens[i]!
      tokens += input + output
      const code = providers.codes[i]!
      let p = byProvider[code]
      if (p === undefined) {
        p = { requests: 0, input: 0, output: 0, latencySum: 0, errors: 0 }
        byProvider[code] = p
      }
      p.requests += 1
      p.input += input
      p.output += output
      p.latencySum += rows.latencyMs[i]!
      p.errors += rows.error[i]!
    }
  })

  const llmUsage: LlmUsageRow[] = []
  byProvider.forEach((p, code) => {
    if (p === undefined) return
    llmUsage.push({
      provider: providers.values[code]!,
      total_requests: p.requests,
      total_input_tokens: p.input,
      total_output_tokens: p.output,
      avg_latency_ms: meanOfSum(p.latencySum, p.requests),
      error_count: p.errors,
    })
  })

  return {
    hourly_distribution: hours.map((t, h) => ({
      hour: h,
      call_count: t.count,
      avg_duration_seconds: meanOfSum(t.durationSum, t.count),
    })),
    weekly_distribution: DAY_NAMES.map((day_name, d) => {
      const t = weekdays[d]!
      return { day_of_week: d, day_name, call_count: t.count, avg_duration_seconds: meanOfSum(t.durationSum, t.count) }
    }),
    monthly_trends: months.map((m) => ({
      month: m.month,
      total_calls: m.count,
      completed_calls: m.completed,
      failed_calls: m.failed,
      avg_duration_seconds: meanOfSum(m.durationSum, m.count),
    })),
    // Providers are unique, so this order is total.
    llm_usage: llmUsage.sort((a, b) => b.total_requests - a.total_requests || (a.provider < b.provider ? -1 : 1)),
    avg_tokens_per_call: callsWithUsage === 0 ? 0 : round1(tokens / callsWithUsage),
  }
}
