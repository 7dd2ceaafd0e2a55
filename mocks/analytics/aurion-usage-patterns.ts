// GET /api/v1/analytics/usage-patterns (seed 001, shapes in decision 0001): calls per local hour, weekday and
// month, and the LLM usage of those calls per provider.
import type { Call, LlmUsage } from '../models/aurion.ts'
import { localizeCalls } from './aurion-call-metrics.ts'
import type { VoiceRangeOptions } from './aurion-call-metrics.ts'
import { mean1, round1 } from './rounding.ts'
import { monthsBetween } from './time-zone.ts'

export const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const

export interface HourlyDistributionRow {
  hour: number
  call_count: number
  avg_duration_seconds: number
}

export interface WeeklyDistributionRow {
  day_of_week: number
  day_name: (typeof DAY_NAMES)[number]
  call_count: number
  avg_duration_seconds: number
}

export interface MonthlyTrendRow {
  month: string
  total_calls: number
  completed_calls: number
  failed_calls: number
  avg_duration_seconds: number
}

export interface LlmUsageRow {
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
 * The usage report. `calls` are the tenant's calls in the range; `llmUsage` the usage records of those
 * calls (records of other calls are ignored, so every figure follows the same calls).
 */
export function usagePatterns(
  calls: readonly Call[],
  llmUsage: readonly LlmUsage[],
  opts: VoiceRangeOptions,
): UsagePatterns {
  const localized = localizeCalls(calls, opts)

  const hourDurations: number[][] = Array.from({ length: 24 }, () => [])
  const dayDurations: number[][] = Array.from({ length: 7 }, () => [])
  const months = new Map<string, { total: number; completed: number; failed: number; durations: number[] }>()
  for (const month of monthsBetween(opts.startDate, opts.endDate)) {
    months.set(month, { total: 0, completed: 0, failed: 0, durations: [] })
  }
  const callIds = new Set<string>()
  for (const { call, local } of localized) {
    callIds.add(call.id)
    hourDurations[local.hour]?.push(call.duration_seconds)
    dayDurations[local.dayOfWeek]?.push(call.duration_seconds)
    const month = months.get(local.month)
    if (month === undefined) continue
    month.total += 1
    if (call.status === 'completed') month.completed += 1
    else if (call.status === 'failed') month.failed += 1
    month.durations.push(call.duration_seconds)
  }

  const providers = new Map<
    LlmUsage['provider'],
    { requests: number; input: number; output: number; latencies: number[]; errors: number }
  >()
  const callsWithUsage = new Set<string>()
  let tokens = 0
  for (const usage of llmUsage) {
    if (!callIds.has(usage.call_id)) continue
    callsWithUsage.add(usage.call_id)
    tokens += usage.input_tokens + usage.output_tokens
    let p = providers.get(usage.provider)
    if (p === undefined) {
      p = { requests: 0, input: 0, output: 0, latencies: [], errors: 0 }
      providers.set(usage.provider, p)
    }
    p.requests += 1
    p.input += usage.input_tokens
    p.output += usage.output_tokens
    p.latencies.push(usage.latency_ms)
    if (usage.error) p.errors += 1
  }

  return {
    hourly_distribution: hourDurations.map((d, hour) => ({
      hour,
      call_count: d.length,
      avg_duration_seconds: mean1(d),
    })),
    weekly_distribution: DAY_NAMES.map((day_name, day) => {
      const d = dayDurations[day] ?? []
      return { day_of_week: day, day_name, call_count: d.length, avg_duration_seconds: mean1(d) }
    }),
    monthly_trends: [...months.entries()].map(([month, m]) => ({
      month,
      total_calls: m.total,
      completed_calls: m.completed,
      failed_calls: m.failed,
      avg_duration_seconds: mean1(m.durations),
    })),
    llm_usage: [...providers.entries()]
      .map(([provider, p]) => ({
        provider,
        total_requests: p.requests,
        total_input_tokens: p.input,
        total_output_tokens: p.output,
        avg_latency_ms: mean1(p.latencies),
        error_count: p.errors,
      }))
      .sort((a, b) => b.total_requests - a.total_requests || (a.provider < b.provider ? -1 : 1)),
    avg_tokens_per_call: callsWithUsage.size === 0 ? 0 : round1(tokens / callsWithUsage.size),
  }
}
