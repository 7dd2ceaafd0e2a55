// The AurionAI v1 voice analytics and the phone search in process (mock.fetch; no socket adds anything
// here): contract conformance, the agreements between the three reports and the unified overview, `tz`
// bucketing, 422 bodies, and the search's redaction, per-user rate limit and audit log.
import { beforeAll, describe, expect, it } from 'vitest'
import { phoneDigits } from '../../mocks/aurion/phone.ts'
import type { Call } from '../../generators/aurion/model.ts'
import { analyticsTenants, bearer, sessionOf, withQuery, type AurionSession, type Reply } from '../support/http.ts'
import { inProcessMock, type InProcessMock } from '../support/in-process.ts'
import { responseValidator, type ResponseCheck } from '../support/response-validator.ts'

const OPERATIONS = {
  metrics: ['get_call_metrics_api_v1_analytics_call_metrics_get', '/api/v1/analytics/call-metrics'],
  resolution: ['get_resolution_rates_api_v1_analytics_resolution_rates_get', '/api/v1/analytics/resolution-rates'],
  usage: ['get_usage_patterns_api_v1_analytics_usage_patterns_get', '/api/v1/analytics/usage-patterns'],
  search: ['search_calls_by_phone_api_v1_analytics_search_get', '/api/v1/analytics/search'],
  unified: ['get_unified_overview_api_v2_analytics_unified_overview_get', '/api/v2/analytics/unified-overview'],
} as const
type Name = keyof typeof OPERATIONS
type Query = Record<string, string | undefined>

const RANGES: Record<string, Query> = {
  week: { start_date: '2026-03-01', end_date: '2026-03-08' },
  weekParis: { start_date: '2026-03-01', end_date: '2026-03-08', tz: 'Europe/Paris' },
  oneDayTokyo: { start_date: '2026-03-05', end_date: '2026-03-05', tz: 'Asia/Tokyo' },
  // Across the US switch to daylight time (2026-03-08) and two month boundaries.
  quarterLosAngeles: { start_date: '2026-01-01', end_date: '2026-03-09', tz: 'America/Los_Angeles' },
  future: { start_date: '2026-06-01', end_date: '2026-06-07' },
}

interface Kpis {
  total_calls: number
  completed_calls: number
  failed_calls: number
  avg_duration_seconds: number
  first_call_resolution_rate: number
  tickets_created: number
  escalation_count: number
  period_start: string
  period_end: string
}
interface VolumeRow {
  date: string
  total_calls: number
  completed_calls: number
  failed_calls: number
}
interface CallMetricsBody {
  kpis: Kpis
  call_volume: VolumeRow[]
  outcome_breakdown: { outcome: string; count: number; percentage: number }[]
  peak_hours: { hour: number; day_of_week: number; call_count: number }[]
}
interface ResolutionBody {
  fcr_trend: { date: string; total_calls: number; fcr_calls: number; fcr_rate: number }[]
  resolution_by_category: { category: string; total_calls: number; resolved_calls: number }[]
  avg_resolution_time_seconds: number
  period_comparison: { previous_start: string; previous_end: string; current_total_calls: number } | null
}
interface UsageBody {
  hourly_distribution: { hour: number; call_count: number }[]
  weekly_distribution: { day_of_week: number; call_count: number }[]
  monthly_trends: { month: string; total_calls: number; completed_calls: number; failed_calls: number }[]
  llm_usage: { provider: string; total_requests: number }[]
  avg_tokens_per_call: number
}
interface SearchBody {
  results: { call_id: string; phone_number_redacted: string; start_time: string; outcome: string; status: string }[]
  total_count: number
  search_term_redacted: string
}

const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0)
const tenths = (xs: readonly number[]): number => sum(xs.map((x) => Math.round(x * 10)))
const DAY_MS = 86_400_000
const addDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)

let server: InProcessMock
let check: ResponseCheck
let sessions: AurionSession[]
const callsOf = (tenantId: string): readonly Call[] => server.mock.aurion.index.tenants.get(tenantId)!.calls

async function get(name: Name, token: string, query: Query = {}): Promise<Reply & { problems: string[] }> {
  const [operationId, path] = OPERATIONS[name]
  const reply = await server.call(withQuery(`${server.url}${path}`, query), { headers: bearer(token) })
  return { ...reply, problems: check(operationId, reply) }
}

async function ok<T>(name: Name, token: string, query: Query = {}): Promise<T> {
  const reply = await get(name, token, query)
  expect(reply.status, `${name} ${reply.text}`).toBe(200)
  expect(reply.problems).toEqual([])
  return reply.body as T
}

beforeAll(async () => {
  server = await inProcessMock({ seed: 42 })
  check = await responseValidator('aurion')
  sessions = server.mock.credentials().aurion.sessions
})

describe('v1 voice analytics', () => {
  it('answers every report for every analytics tenant and range with a body the contract accepts', async () => {
    let checked = 0
    for (const session of analyticsTenants(sessions)) {
      for (const range of Object.values(RANGES)) {
        for (const name of ['metrics', 'resolution', 'usage'] as const) {
          await ok(name, session.token, range)
          checked += 1
        }
      }
    }
    expect(checked).toBe(4 * Object.keys(RANGES).length * 3)
  })

  it('gives a tenant without voice empty but complete reports', async () => {
    const platform = analyticsTenants(sessions).find((s) => s.profile === 'platform')!
    const metrics = await ok<CallMetricsBody>('metrics', platform.token, RANGES.week)
    expect(metrics.kpis).toEqual({
      total_calls: 0,
      completed_calls: 0,
      failed_calls: 0,
      avg_duration_seconds: 0,
      first_call_resolution_rate: 0,
      tickets_created: 0,
      escalation_count: 0,
      period_start: '2026-03-01',
      period_end: '2026-03-08',
    })
    expect(metrics.call_volume).toHaveLength(8)
    expect(metrics.call_volume.every((r) => r.total_calls === 0)).toBe(true)
    expect(metrics.outcome_breakdown).toEqual([])
    expect(metrics.peak_hours).toEqual([])
    const resolution = await ok<ResolutionBody>('resolution', platform.token, RANGES.week)
    expect(resolution.period_comparison).toBeNull()
    expect(resolution.resolution_by_category).toEqual([])
    const usage = await ok<UsageBody>('usage', platform.token, RANGES.week)
    expect(usage.hourly_distribution).toHaveLength(24)
    expect(usage.weekly_distribution).toHaveLength(7)
    expect(usage.llm_usage).toEqual([])
    expect(usage.avg_tokens_per_call).toBe(0)
  })

  it('keeps the three reports and the unified overview in agreement', async () => {
    for (const session of analyticsTenants(sessions).filter((s) => s.profile !== 'platform')) {
      for (const [rangeName, range] of Object.entries(RANGES)) {
        const why = `${session.profile} ${rangeName}`
        const [metrics, resolution, usage] = await Promise.all([
          ok<CallMetricsBody>('metrics', session.token, range),
          ok<ResolutionBody>('resolution', session.token, range),
          ok<UsageBody>('usage', session.token, range),
        ])
        const k = metrics.kpis
        expect(k.completed_calls + k.failed_calls, why).toBe(k.total_calls)
        expect(sum(metrics.outcome_breakdown.map((o) => o.count)), why).toBe(k.total_calls)
        if (k.total_calls > 0)
          expect(Math.abs(tenths(metrics.outcome_breakdown.map((o) => o.percentage)) - 1000), why).toBeLessThanOrEqual(
            Math.ceil(metrics.outcome_breakdown.map((o) => o.percentage).length / 2),
          )
        // Failed exactly when abandoned.
        expect(metrics.outcome_breakdown.find((o) => o.outcome === 'abandoned')?.count ?? 0, why).toBe(k.failed_calls)
        expect(
          metrics.call_volume.map((r) => r.date),
          why,
        ).toEqual(resolution.fcr_trend.map((r) => r.date))
        expect(metrics.call_volume[0]!.date, why).toBe(range.start_date)
        expect(metrics.call_volume.at(-1)!.date, why).toBe(range.end_date)
        expect(sum(metrics.call_volume.map((r) => r.total_calls)), why).toBe(k.total_calls)
        expect(sum(metrics.call_volume.map((r) => r.completed_calls)), why).toBe(k.completed_calls)
        expect(sum(metrics.call_volume.map((r) => r.failed_calls)), why).toBe(k.failed_calls)
        expect(sum(metrics.peak_hours.map((p) => p.call_count)), why).toBe(k.total_calls)
        expect(
          resolution.fcr_trend.map((r) => r.total_calls),
          why,
        ).toEqual(metrics.call_volume.map((r) => r.total_calls))
        expect(sum(resolution.resolution_by_category.map((r) => r.total_calls)), why).toBe(k.total_calls)
        expect(sum(usage.hourly_distribution.map((r) => r.call_count)), why).toBe(k.total_calls)
        expect(sum(usage.weekly_distribution.map((r) => r.call_count)), why).toBe(k.total_calls)
        expect(sum(usage.monthly_trends.map((r) => r.total_calls)), why).toBe(k.total_calls)
        expect(sum(usage.monthly_trends.map((r) => r.failed_calls)), why).toBe(k.failed_calls)
      }
    }
  })

  it('gives the KPIs of the unified overview’s voice block for the same days in UTC', async () => {
    for (const session of analyticsTenants(sessions).filter((s) => s.profile !== 'platform')) {
      for (const range of [RANGES.week!, RANGES.future!, { start_date: '2025-12-01', end_date: '2026-03-09' }]) {
        const { period_start, period_end, ...kpis } = (await ok<CallMetricsBody>('metrics', session.token, range)).kpis
        expect([period_start, period_end]).toEqual([range.start_date, range.end_date])
        const unified = await ok<{ voice: Omit<Kpis, 'period_start' | 'period_end'> }>('unified', session.token, {
          date_from: `${range.start_date}T00:00:00Z`,
          date_to: `${range.end_date}T23:59:59.999Z`,
        })
        expect(kpis, `${session.profile} ${range.start_date}`).toEqual(unified.voice)
      }
    }
  })

  it('filters by outcome; an unknown outcome matches no call', async () => {
    const token = sessionOf(sessions, 'agent').token
    const all = await ok<CallMetricsBody>('metrics', token, RANGES.quarterLosAngeles)
    let total = 0
    for (const outcome of ['ticket_created', 'resolved', 'escalated', 'abandoned']) {
      const one = await ok<CallMetricsBody>('metrics', token, { ...RANGES.quarterLosAngeles, outcome })
      expect(one.outcome_breakdown.map((o) => o.outcome)).toEqual(one.kpis.total_calls > 0 ? [outcome] : [])
      expect(one.kpis.total_calls).toBe(all.outcome_breakdown.find((o) => o.outcome === outcome)?.count ?? 0)
      total += one.kpis.total_calls
    }
    expect(total).toBe(all.kpis.total_calls)
    const none = await ok<CallMetricsBody>('metrics', token, { ...RANGES.week, outcome: 'voicemail' })
    expect(none.kpis.total_calls).toBe(0)
    expect(none.call_volume).toHaveLength(8)
  })

  it('buckets days and hours in tz: a late-evening UTC call moves to the next day in Tokyo', async () => {
    const session = sessionOf(sessions, 'agent')
    const calls = callsOf(session.tenant_id)
    // A real call of the world between 22:00 and midnight UTC, in February (no DST change in Los Angeles).
    const late = calls.find((c) => c.start_time.startsWith('2026-02') && new Date(c.start_time).getUTCHours() >= 22)!
    expect(late).toBeDefined()
    const day = late.start_time.slice(0, 10)
    const next = addDays(day, 1)
    const countIn = (fromIso: string, toIso: string) =>
      calls.filter((c) => Date.parse(c.start_time) >= Date.parse(fromIso) && Date.parse(c.start_time) < Date.parse(toIso)).length
    const volume = async (tz: string) => {
      const body = await ok<CallMetricsBody>('metrics', session.token, { start_date: day, end_date: next, tz })
      return body.call_volume.map((r) => r.total_calls)
    }
    // The local days as UTC instants: Tokyo is UTC+9, Los Angeles UTC-8 in February.
    expect(await volume('UTC')).toEqual([
      countIn(`${day}T00:00:00Z`, `${next}T00:00:00Z`),
      countIn(`${next}T00:00:00Z`, `${addDays(next, 1)}T00:00:00Z`),
    ])
    expect(await volume('Asia/Tokyo')).toEqual([
      countIn(`${addDays(day, -1)}T15:00:00Z`, `${day}T15:00:00Z`),
      countIn(`${day}T15:00:00Z`, `${next}T15:00:00Z`),
    ])
    expect(await volume('America/Los_Angeles')).toEqual([
      countIn(`${day}T08:00:00Z`, `${next}T08:00:00Z`),
      countIn(`${next}T08:00:00Z`, `${addDays(next, 1)}T08:00:00Z`),
    ])
    expect(await volume('Asia/Tokyo')).not.toEqual(await volume('UTC'))

    // The same call seen through the search: on `day` in UTC and Los Angeles, on the next day in Tokyo.
    const found = async (date: string, tz: string) => {
      const body = await ok<SearchBody>('search', session.token, { phone: late.phone_number, start_date: date, end_date: date, tz })
      return body.results.some((r) => r.call_id === late.id)
    }
    expect(await found(day, 'UTC')).toBe(true)
    expect(await found(day, 'America/Los_Angeles')).toBe(true)
    expect(await found(day, 'Asia/Tokyo')).toBe(false)
    expect(await found(next, 'Asia/Tokyo')).toBe(true)

    // Its hour moves too: 22h or 23h UTC is 7h or 8h the next morning in Tokyo.
    const hour = new Date(late.start_time).getUTCHours()
    const tokyo = await ok<CallMetricsBody>('metrics', session.token, {
      start_date: next,
      end_date: next,
      tz: 'Asia/Tokyo',
      outcome: late.outcome,
    })
    expect(tokyo.peak_hours.some((p) => p.hour === (hour + 9) % 24)).toBe(true)
  })

  it('answers an unknown tz and an inverted range with 422 in the pydantic shape', async () => {
    const token = sessionOf(sessions, 'agent').token
    for (const name of ['metrics', 'resolution', 'usage', 'search'] as const) {
      const phone = name === 'search' ? { phone: '5678' } : {}
      const badZone = await get(name, token, { ...phone, ...RANGES.week, tz: 'Mars/Olympus' })
      expect(badZone.status).toBe(422)
      expect(badZone.problems).toEqual([])
      expect(badZone.body).toEqual({
        detail: [
          {
            type: 'value_error',
            loc: ['query', 'tz'],
            msg: 'Value error, Unknown time zone: Mars/Olympus',
            input: 'Mars/Olympus',
            ctx: { error: 'Unknown time zone: Mars/Olympus' },
          },
        ],
      })
      const inverted = await get(name, token, { ...phone, start_date: '2026-03-08', end_date: '2026-03-01' })
      expect(inverted.status).toBe(422)
      expect(inverted.problems).toEqual([])
      expect(inverted.body).toEqual({
        detail: [
          {
            type: 'value_error',
            loc: ['query', 'end_date'],
            msg: 'Value error, end_date must not be before start_date',
            input: '2026-03-01',
            ctx: { error: 'end_date must not be before start_date' },
          },
        ],
      })
    }
    const missing = await get('metrics', token, { end_date: '2026-03-08', tz: '+01:00' })
    expect(missing.status).toBe(422)
    expect(missing.problems).toEqual([])
    expect(missing.body).toEqual({
      detail: [{ type: 'missing', loc: ['query', 'start_date'], msg: 'Field required', input: null }],
    })
    // Offsets are not IANA names (the Python backend takes names only).
    const offset = await get('metrics', token, { ...RANGES.week, tz: '+01:00' })
    expect(offset.status).toBe(422)
    expect((offset.body as { detail: { loc: string[] }[] }).detail[0]!.loc).toEqual(['query', 'tz'])
  })
})

describe('phone search', () => {
  const auditOf = (actor: string) => server.mock.aurion.state.audit.findMany((q) => q.where({ actor, action: 'phone_search' }))
  const userId = (token: string) => server.mock.aurion.records.users.find((u) => u.session_token === token)!.id
  // The longest range a request may cover (366 days, docs/security-and-limits.md), and the calls inside it.
  const wholeRange = { start_date: '2025-03-09', end_date: '2026-03-09' }
  const inWholeRange = (c: { start_time: string }) => c.start_time >= '2025-03-09T00:00:00' && c.start_time < '2026-03-10T00:00:00'

  it('finds calls by the digits of a number, newest first, within the range and limit', async () => {
    const session = sessionOf(sessions, 'tenant_user')
    const calls = callsOf(session.tenant_id).filter(inWholeRange)
    // The number with the most calls: several results to order.
    const counts = new Map<string, number>()
    for (const c of calls) counts.set(c.phone_number, (counts.get(c.phone_number) ?? 0) + 1)
    const [phone, count] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!
    expect(count).toBeGreaterThan(2)
    const body = await ok<SearchBody>('search', session.token, { phone, ...wholeRange })
    const expected = calls.filter((c) => c.phone_number === phone)
    expect(body.total_count).toBeGreaterThanOrEqual(expected.length)
    // The default limit (50) keeps the newest; a number of a 13-month world may have more calls.
    const newestExpected = [...expected].sort((a, b) => (a.start_time < b.start_time ? 1 : -1)).slice(0, body.results.length)
    expect(body.results.map((r) => r.call_id)).toEqual(expect.arrayContaining(newestExpected.map((c) => c.id)))
    const starts = body.results.map((r) => r.start_time)
    expect(starts).toEqual([...starts].sort().reverse())
    expect(body.search_term_redacted).toBe(`***-***-${phoneDigits(phone).slice(-4)}`)
    // Spaces and punctuation do not matter; limit cuts the list, not the count.
    const spaced = phone.replace(/(\d{3})/g, '$1 ')
    const limited = await ok<SearchBody>('search', session.token, { phone: spaced, ...wholeRange, limit: '2' })
    expect(limited.total_count).toBe(body.total_count)
    expect(limited.results).toEqual(body.results.slice(0, 2))
    // The range limits the calls searched.
    const newest = body.results[0]!.start_time.slice(0, 10)
    const oneDay = await ok<SearchBody>('search', session.token, { phone, start_date: newest, end_date: newest })
    expect(oneDay.results.every((r) => r.start_time.startsWith(newest))).toBe(true)
    expect(oneDay.total_count).toBeGreaterThanOrEqual(1)
    expect(oneDay.total_count).toBeLessThanOrEqual(body.total_count)
  })

  it('never shows a full phone number, in the results or in the audit log', async () => {
    const session = sessionOf(sessions, 'supervisor')
    server.mock.clock.advance(60_000)
    const calls = callsOf(session.tenant_id).filter(inWholeRange)
    const numbers = [...new Set(calls.map((c) => c.phone_number))]
    const picked = numbers.slice(0, 8)
    for (const phone of picked) {
      const reply = await get('search', session.token, { phone, ...wholeRange })
      expect(reply.status).toBe(200)
      expect(reply.problems).toEqual([])
      const body = reply.body as SearchBody
      expect(body.total_count).toBeGreaterThan(0)
      for (const number of numbers) {
        expect(reply.text).not.toContain(number)
        expect(reply.text).not.toContain(phoneDigits(number))
      }
      for (const r of body.results) expect(r.phone_number_redacted).toMatch(/^\*\*\*-\*\*\*-\d{4}$/)
    }
    const audit = JSON.stringify(auditOf(`user:${userId(session.token)}`))
    for (const number of numbers) expect(audit).not.toContain(phoneDigits(number))
  })

  it('allows 10 searches a minute per user, then 429 with the headers, until the clock moves on', async () => {
    const session = sessionOf(sessions, 'agent', 'voice')
    const other = sessionOf(sessions, 'tenant_owner', 'voice')
    // Start 15 seconds into a fresh minute, so that Retry-After has something to count down.
    const now = server.mock.clock.now().getTime()
    server.mock.clock.advance(60_000 - (now % 60_000) + 15_000)
    const query = { phone: '1234', ...RANGES.week }
    const before = auditOf(`user:${userId(session.token)}`).length
    for (let i = 1; i <= 10; i++) {
      const reply = await get('search', session.token, query)
      expect(reply.status).toBe(200)
      expect(reply.headers.get('x-ratelimit-limit')).toBe('10')
      expect(reply.headers.get('x-ratelimit-remaining')).toBe(String(10 - i))
    }
    const limited = await get('search', session.token, query)
    expect(limited.status).toBe(429)
    expect(limited.problems).toEqual([])
    expect(limited.body).toEqual({ detail: 'Search rate limit exceeded', limit: 10 })
    expect(limited.headers.get('retry-after')).toBe('45')
    expect(limited.headers.get('x-ratelimit-limit')).toBe('10')
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0')
    // Per user: a colleague still searches; other endpoints are not limited.
    expect((await get('search', other.token, query)).status).toBe(200)
    expect((await get('metrics', session.token, RANGES.week)).status).toBe(200)
    // Ten searches, ten audit entries; the refused one is not a search.
    expect(auditOf(`user:${userId(session.token)}`).length).toBe(before + 10)

    server.mock.clock.advance(44_000)
    const stillLimited = await get('search', session.token, query)
    expect(stillLimited.status).toBe(429)
    expect(stillLimited.headers.get('retry-after')).toBe('1')
    server.mock.clock.advance(1_000)
    const reset = await get('search', session.token, query)
    expect(reset.status).toBe(200)
    expect(reset.headers.get('x-ratelimit-remaining')).toBe('9')
  })

  it('writes an audit record per search: actor, time, redacted term, result count and range', async () => {
    const session = sessionOf(sessions, 'tenant_admin')
    const call0 = callsOf(session.tenant_id).find((c) => c.start_time.startsWith('2026-03-0'))!
    server.mock.clock.advance(60_000)
    const body = await ok<SearchBody>('search', session.token, { phone: call0.phone_number, ...RANGES.weekParis })
    const entries = auditOf(`user:${userId(session.token)}`)
    expect(entries.at(-1)).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      tenant_id: session.tenant_id,
      actor: `user:${userId(session.token)}`,
      action: 'phone_search',
      at: server.mock.clock.now().toISOString(),
      details: {
        search_term_redacted: body.search_term_redacted,
        result_count: body.total_count,
        start_date: '2026-03-01',
        end_date: '2026-03-08',
        tz: 'Europe/Paris',
      },
    })
  })

  it('validates the term and the limit from the contract', async () => {
    const token = sessionOf(sessions, 'agent').token
    const short = await get('search', token, { phone: '123', ...RANGES.week, limit: '101' })
    expect(short.status).toBe(422)
    expect(short.problems).toEqual([])
    expect(short.body).toEqual({
      detail: [
        {
          type: 'string_too_short',
          loc: ['query', 'phone'],
          msg: 'String should have at least 4 characters',
          input: '123',
          ctx: { min_length: 4 },
        },
        {
          type: 'less_than_equal',
          loc: ['query', 'limit'],
          msg: 'Input should be less than or equal to 100',
          input: '101',
          ctx: { le: 100 },
        },
      ],
    })
    // A term without digits is valid and matches nothing.
    const letters = await ok<SearchBody>('search', token, { phone: 'abcd', ...RANGES.week })
    expect(letters).toEqual({ results: [], total_count: 0, search_term_redacted: '***' })
  })

  it('answers Prefer: code=429 with the search limit’s body and headers', async () => {
    const reply = await server.call(withQuery(`${server.url}/api/v1/analytics/search`, { phone: '1234', ...RANGES.week }), {
      headers: { ...bearer(sessionOf(sessions, 'agent').token), Prefer: 'code=429' },
    })
    expect(reply.status).toBe(429)
    expect(check(OPERATIONS.search[0], reply)).toEqual([])
    expect(reply.body).toEqual({ detail: 'Search rate limit exceeded', limit: 10 })
    expect(reply.headers.get('x-ratelimit-limit')).toBe('10')
  })
})
