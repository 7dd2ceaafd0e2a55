import { describe, expect, it } from 'vitest'
import { callMetrics, callResolutionRates, usagePatterns } from '../support/voice-reports.ts'
import { previousPeriod } from '../../mocks/aurion/reports/call-resolution.ts'
import { voiceKpis } from '../../mocks/aurion/reports/voice-kpis.ts'
import { zonedDayRange } from '../../mocks/lib/time-zone.ts'
import type { Call } from '../../generators/aurion/model.ts'
import { call, pseudoRandomCalls, usage } from '../support/call-fixtures.ts'

/** What a handler does: the calls whose start lies in the instants of the local days. */
function inRange(calls: readonly Call[], startDate: string, endDate: string, tz: string): Call[] {
  const { fromMs, toMsExclusive } = zonedDayRange(startDate, endDate, tz)
  return calls.filter((c) => {
    const ms = Date.parse(c.start_time)
    return ms >= fromMs && ms < toMsExclusive
  })
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0)
/** Shares are one-decimal numbers; compare their sum in tenths to stay clear of float noise. */
const tenths = (xs: readonly number[]): number => Math.round(sum(xs) * 10)

describe('callMetrics', () => {
  const calls = [
    call('2026-03-01T09:00:00Z', { outcome: 'resolved', duration_seconds: 100 }),
    call('2026-03-01T09:30:00Z', { outcome: 'ticket_created', duration_seconds: 200 }),
    call('2026-03-01T23:30:00Z', { outcome: 'escalated', duration_seconds: 300 }),
    call('2026-03-03T14:00:00Z', { outcome: 'abandoned', duration_seconds: 15 }),
  ]

  it('computes the KPIs with the documented definitions', () => {
    const m = callMetrics(calls, { startDate: '2026-03-01', endDate: '2026-03-03', tz: 'UTC' })
    expect(m.kpis).toEqual({
      total_calls: 4,
      completed_calls: 3,
      failed_calls: 1,
      avg_duration_seconds: 153.8, // 615 / 4
      first_call_resolution_rate: 25,
      tickets_created: 2,
      escalation_count: 1,
      period_start: '2026-03-01',
      period_end: '2026-03-03',
    })
  })

  it('gives one call_volume row per local day, zeros included', () => {
    const m = callMetrics(calls, { startDate: '2026-03-01', endDate: '2026-03-04', tz: 'UTC' })
    expect(m.call_volume).toEqual([
      { date: '2026-03-01', total_calls: 3, completed_calls: 3, failed_calls: 0 },
      { date: '2026-03-02', total_calls: 0, completed_calls: 0, failed_calls: 0 },
      { date: '2026-03-03', total_calls: 1, completed_calls: 0, failed_calls: 1 },
      { date: '2026-03-04', total_calls: 0, completed_calls: 0, failed_calls: 0 },
    ])
  })

  it('moves a late-evening UTC call to the next day and hour in Europe/Paris', () => {
    const late = [call('2026-03-01T23:30:00Z')]
    const utc = callMetrics(late, { startDate: '2026-03-01', endDate: '2026-03-02', tz: 'UTC' })
    expect(utc.call_volume.map((r) => r.total_calls)).toEqual([1, 0])
    expect(utc.peak_hours).toEqual([{ hour: 23, day_of_week: 6, call_count: 1 }])
    const paris = callMetrics(late, { startDate: '2026-03-01', endDate: '2026-03-02', tz: 'Europe/Paris' })
    expect(paris.call_volume.map((r) => r.total_calls)).toEqual([0, 1])
    expect(paris.peak_hours).toEqual([{ hour: 0, day_of_week: 0, call_count: 1 }])
  })

  it('counts only calls whose local day is in the range, even when given more', () => {
    const m = callMetrics(calls, { startDate: '2026-03-02', endDate: '2026-03-02', tz: 'Europe/Paris' })
    // 2026-03-01T23:30Z is 00:30 on 2026-03-02 in Paris; the others fall on other days.
    expect(m.kpis.total_calls).toBe(1)
    expect(m.call_volume).toEqual([{ date: '2026-03-02', total_calls: 1, completed_calls: 1, failed_calls: 0 }])
  })

  it('lists outcomes with calls, count desc, shares adding up to 100', () => {
    const three = [
      call('2026-03-01T09:00:00Z', { id: 'a', outcome: 'resolved' }),
      call('2026-03-01T09:00:00Z', { id: 'b', outcome: 'ticket_created' }),
      call('2026-03-01T09:00:00Z', { id: 'c', outcome: 'ticket_created' }),
    ]
    const m = callMetrics(three, { startDate: '2026-03-01', endDate: '2026-03-01', tz: 'UTC' })
    expect(m.outcome_breakdown).toEqual([
      { outcome: 'ticket_created', count: 2, percentage: 66.7 },
      { outcome: 'resolved', count: 1, percentage: 33.3 },
    ])
  })

  it('sorts peak hours by count desc, then day and hour', () => {
    const m = callMetrics(
      [
        call('2026-03-02T10:00:00Z', { id: 'a' }),
        call('2026-03-02T09:00:00Z', { id: 'b' }),
        call('2026-03-02T10:30:00Z', { id: 'c' }),
        call('2026-03-01T08:00:00Z', { id: 'd' }),
      ],
      { startDate: '2026-03-01', endDate: '2026-03-02', tz: 'UTC' },
    )
    expect(m.peak_hours).toEqual([
      { hour: 10, day_of_week: 0, call_count: 2 },
      { hour: 9, day_of_week: 0, call_count: 1 },
      { hour: 8, day_of_week: 6, call_count: 1 },
    ])
  })

  it('applies the outcome filter to every block', () => {
    const m = callMetrics(calls, { startDate: '2026-03-01', endDate: '2026-03-03', tz: 'UTC', outcome: 'abandoned' })
    expect(m.kpis.total_calls).toBe(1)
    expect(m.kpis.failed_calls).toBe(1)
    expect(m.kpis.avg_duration_seconds).toBe(15)
    expect(sum(m.call_volume.map((r) => r.total_calls))).toBe(1)
    expect(m.outcome_breakdown).toEqual([{ outcome: 'abandoned', count: 1, percentage: 100 }])
    expect(m.peak_hours).toEqual([{ hour: 14, day_of_week: 1, call_count: 1 }])
  })

  it('is all zeros for no calls', () => {
    const m = callMetrics([], { startDate: '2026-03-01', endDate: '2026-03-02', tz: 'UTC' })
    expect(m.kpis.total_calls).toBe(0)
    expect(m.kpis.avg_duration_seconds).toBe(0)
    expect(m.kpis.first_call_resolution_rate).toBe(0)
    expect(m.call_volume).toHaveLength(2)
    expect(m.outcome_breakdown).toEqual([])
    expect(m.peak_hours).toEqual([])
  })

  it('keeps its figures in agreement on a larger data set, in several zones', () => {
    const all = pseudoRandomCalls(3000, '2026-02-20T00:00:00Z', '2026-04-05T00:00:00Z')
    for (const tz of ['UTC', 'Europe/Paris', 'America/New_York', 'Asia/Kathmandu']) {
      for (const outcome of [undefined, 'escalated'] as const) {
        const calls = inRange(all, '2026-03-01', '2026-03-31', tz)
        const m = callMetrics(calls, { startDate: '2026-03-01', endDate: '2026-03-31', tz, outcome })
        const k = m.kpis
        expect(k.completed_calls + k.failed_calls).toBe(k.total_calls)
        expect(sum(m.outcome_breakdown.map((o) => o.count))).toBe(k.total_calls)
        expect(Math.abs(tenths(m.outcome_breakdown.map((o) => o.percentage)) - 1000)).toBeLessThanOrEqual(
          Math.ceil(m.outcome_breakdown.map((o) => o.percentage).length / 2),
        )
        expect(m.call_volume).toHaveLength(31)
        expect(sum(m.call_volume.map((r) => r.total_calls))).toBe(k.total_calls)
        expect(sum(m.call_volume.map((r) => r.completed_calls))).toBe(k.completed_calls)
        expect(sum(m.call_volume.map((r) => r.failed_calls))).toBe(k.failed_calls)
        expect(sum(m.peak_hours.map((p) => p.call_count))).toBe(k.total_calls)
        expect(k.total_calls).toBe(outcome === undefined ? calls.length : calls.filter((c) => c.outcome === outcome).length)
      }
    }
  })

  it('uses the same KPI definitions as the unified overview', () => {
    const all = pseudoRandomCalls(500, '2026-03-01T00:00:00Z', '2026-03-08T00:00:00Z')
    const { period_start, period_end, ...kpis } = callMetrics(all, { startDate: '2026-03-01', endDate: '2026-03-08', tz: 'UTC' }).kpis
    expect([period_start, period_end]).toEqual(['2026-03-01', '2026-03-08'])
    expect(kpis).toEqual(voiceKpis(all))
  })
})

describe('callResolutionRates', () => {
  const opts = { startDate: '2026-03-08', endDate: '2026-03-09', tz: 'UTC' }

  it('gives the previous same-length period', () => {
    expect(previousPeriod('2026-03-01', '2026-03-08')).toEqual({ startDate: '2026-02-21', endDate: '2026-02-28' })
    expect(previousPeriod('2026-03-01', '2026-03-01')).toEqual({ startDate: '2026-02-28', endDate: '2026-02-28' })
  })

  it('computes the FCR trend, per-category resolution and the period comparison', () => {
    const current = [
      call('2026-03-08T10:00:00Z', { id: 'a', outcome: 'resolved', category: 'billing', resolution_time_seconds: 100 }),
      call('2026-03-08T11:00:00Z', { id: 'b', outcome: 'ticket_created', category: 'billing' }),
      call('2026-03-09T10:00:00Z', { id: 'c', outcome: 'resolved', category: 'network', resolution_time_seconds: 300 }),
      call('2026-03-09T11:00:00Z', { id: 'd', outcome: 'resolved', category: 'billing', resolution_time_seconds: 201 }),
    ]
    const previous = [
      call('2026-03-06T10:00:00Z', { id: 'p1', outcome: 'resolved', resolution_time_seconds: 50 }),
      call('2026-03-07T10:00:00Z', { id: 'p2', outcome: 'abandoned' }),
      call('2026-03-07T11:00:00Z', { id: 'p3', outcome: 'escalated' }),
    ]
    const r = callResolutionRates(current, previous, opts)
    expect(r.fcr_trend).toEqual([
      { date: '2026-03-08', total_calls: 2, fcr_calls: 1, fcr_rate: 50 },
      { date: '2026-03-09', total_calls: 2, fcr_calls: 2, fcr_rate: 100 },
    ])
    expect(r.resolution_by_category).toEqual([
      { category: 'billing', total_calls: 3, resolved_calls: 2, resolution_rate: 66.7, avg_resolution_time_seconds: 150.5 },
      { category: 'network', total_calls: 1, resolved_calls: 1, resolution_rate: 100, avg_resolution_time_seconds: 300 },
    ])
    expect(r.avg_resolution_time_seconds).toBe(200.3) // 601 / 3
    expect(r.period_comparison).toEqual({
      previous_start: '2026-03-06',
      previous_end: '2026-03-07',
      previous_total_calls: 3,
      current_total_calls: 4,
      previous_fcr_rate: 33.3,
      current_fcr_rate: 75,
      fcr_rate_change: 41.7,
      previous_avg_resolution_time_seconds: 50,
      current_avg_resolution_time_seconds: 200.3,
    })
  })

  it('has no comparison when the previous period has no calls, and zero rows for no calls', () => {
    const r = callResolutionRates([], [], opts)
    expect(r.period_comparison).toBeNull()
    expect(r.fcr_trend).toEqual([
      { date: '2026-03-08', total_calls: 0, fcr_calls: 0, fcr_rate: 0 },
      { date: '2026-03-09', total_calls: 0, fcr_calls: 0, fcr_rate: 0 },
    ])
    expect(r.resolution_by_category).toEqual([])
    expect(r.avg_resolution_time_seconds).toBe(0)
  })

  it('ignores previous calls outside the previous period', () => {
    const r = callResolutionRates([call('2026-03-08T10:00:00Z')], [call('2026-03-01T10:00:00Z')], opts)
    expect(r.period_comparison).toBeNull()
  })

  it('agrees with call-metrics on totals and FCR', () => {
    const all = pseudoRandomCalls(2000, '2026-02-01T00:00:00Z', '2026-04-01T00:00:00Z')
    const tz = 'Europe/Paris'
    const range = { startDate: '2026-03-01', endDate: '2026-03-15', tz }
    const prev = previousPeriod(range.startDate, range.endDate)
    const r = callResolutionRates(inRange(all, range.startDate, range.endDate, tz), inRange(all, prev.startDate, prev.endDate, tz), range)
    const m = callMetrics(inRange(all, range.startDate, range.endDate, tz), range)
    expect(sum(r.fcr_trend.map((d) => d.total_calls))).toBe(m.kpis.total_calls)
    expect(sum(r.resolution_by_category.map((c) => c.total_calls))).toBe(m.kpis.total_calls)
    expect(r.period_comparison?.current_total_calls).toBe(m.kpis.total_calls)
    expect(r.period_comparison?.current_fcr_rate).toBe(m.kpis.first_call_resolution_rate)
    expect(r.fcr_trend.map((d) => d.date)).toEqual(m.call_volume.map((d) => d.date))
    expect(r.fcr_trend.map((d) => d.total_calls)).toEqual(m.call_volume.map((d) => d.total_calls))
  })
})

describe('usagePatterns', () => {
  it('distributes calls over local hours, weekdays and months', () => {
    const calls = [
      call('2026-02-28T22:30:00Z', { id: 'a', duration_seconds: 100 }), // Paris: Sat 2026-02-28 23h
      call('2026-02-28T23:30:00Z', { id: 'b', duration_seconds: 200, outcome: 'abandoned' }), // Paris: Sun 2026-03-01 00h
      call('2026-03-02T08:00:00Z', { id: 'c', duration_seconds: 301 }), // Paris: Mon 09h
    ]
    const u = usagePatterns(calls, [], { startDate: '2026-02-27', endDate: '2026-03-02', tz: 'Europe/Paris' })
    expect(u.hourly_distribution).toHaveLength(24)
    expect(u.hourly_distribution[23]).toEqual({ hour: 23, call_count: 1, avg_duration_seconds: 100 })
    expect(u.hourly_distribution[0]).toEqual({ hour: 0, call_count: 1, avg_duration_seconds: 200 })
    expect(u.hourly_distribution[9]).toEqual({ hour: 9, call_count: 1, avg_duration_seconds: 301 })
    expect(u.weekly_distribution.map((d) => [d.day_of_week, d.day_name, d.call_count])).toEqual([
      [0, 'Monday', 1],
      [1, 'Tuesday', 0],
      [2, 'Wednesday', 0],
      [3, 'Thursday', 0],
      [4, 'Friday', 0],
      [5, 'Saturday', 1],
      [6, 'Sunday', 1],
    ])
    expect(u.monthly_trends).toEqual([
      { month: '2026-02', total_calls: 1, completed_calls: 1, failed_calls: 0, avg_duration_seconds: 100 },
      { month: '2026-03', total_calls: 2, completed_calls: 1, failed_calls: 1, avg_duration_seconds: 250.5 },
    ])
  })

  it('sums LLM usage per provider, busiest first, and averages tokens over calls with usage', () => {
    const a = call('2026-03-02T08:00:00Z', { id: 'a' })
    const b = call('2026-03-02T09:00:00Z', { id: 'b' })
    const c = call('2026-03-02T10:00:00Z', { id: 'c' })
    const outside = call('2026-03-05T10:00:00Z', { id: 'outside' })
    const rows = [
      usage('u1', a, { provider: 'openai', input_tokens: 100, output_tokens: 50, latency_ms: 500 }),
      usage('u2', a, { provider: 'groq', input_tokens: 200, output_tokens: 20, latency_ms: 100, error: true }),
      usage('u3', b, { provider: 'groq', input_tokens: 300, output_tokens: 30, latency_ms: 201 }),
      usage('u4', outside, { provider: 'anthropic', input_tokens: 9999, output_tokens: 9999 }),
    ]
    const u = usagePatterns([a, b, c, outside], rows, { startDate: '2026-03-02', endDate: '2026-03-02', tz: 'UTC' })
    expect(u.llm_usage).toEqual([
      { provider: 'groq', total_requests: 2, total_input_tokens: 500, total_output_tokens: 50, avg_latency_ms: 150.5, error_count: 1 },
      { provider: 'openai', total_requests: 1, total_input_tokens: 100, total_output_tokens: 50, avg_latency_ms: 500, error_count: 0 },
    ])
    expect(u.avg_tokens_per_call).toBe(350) // 700 tokens over the 2 calls with usage
    expect(sum(u.hourly_distribution.map((h) => h.call_count))).toBe(3)
  })

  it('keeps hourly, weekly and monthly totals equal to the call-metrics total', () => {
    const all = pseudoRandomCalls(2000, '2026-01-20T00:00:00Z', '2026-04-10T00:00:00Z')
    const tz = 'America/New_York'
    const range = { startDate: '2026-02-01', endDate: '2026-03-31', tz }
    const calls = inRange(all, range.startDate, range.endDate, tz)
    const u = usagePatterns(calls, [], range)
    const m = callMetrics(calls, range)
    expect(sum(u.hourly_distribution.map((h) => h.call_count))).toBe(m.kpis.total_calls)
    expect(sum(u.weekly_distribution.map((d) => d.call_count))).toBe(m.kpis.total_calls)
    expect(u.monthly_trends.map((t) => t.month)).toEqual(['2026-02', '2026-03'])
    expect(sum(u.monthly_trends.map((t) => t.total_calls))).toBe(m.kpis.total_calls)
    expect(sum(u.monthly_trends.map((t) => t.failed_calls))).toBe(m.kpis.failed_calls)
    expect(u.llm_usage).toEqual([])
    expect(u.avg_tokens_per_call).toBe(0)
  })
})
