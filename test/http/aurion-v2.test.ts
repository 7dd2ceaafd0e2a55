// The AurionAI v2 analytics and conversations list in process (mock.fetch; no socket adds anything here):
// contract conformance over several seeds and ranges, the agreements between endpoints, and the
// conversations list's filters.
import { beforeAll, describe, expect, it } from 'vitest'
import type { components } from '../../contracts/generated/aurion.ts'
import { analyticsTenants, bearer, withQuery, type AurionSession } from '../support/http.ts'
import { inProcessMock, type InProcessMock } from '../support/in-process.ts'
import { responseValidator, type ResponseCheck } from '../support/response-validator.ts'

const V2 = '/api/v2/analytics/conversations'
const OPERATIONS = {
  overview: ['get_conversation_overview_api_v2_analytics_conversations_overview_get', `${V2}/overview`],
  sla: ['get_sla_compliance_api_v2_analytics_conversations_sla_compliance_get', `${V2}/sla-compliance`],
  csat: ['get_csat_analytics_api_v2_analytics_conversations_csat_get', `${V2}/csat`],
  csatResponses: ['list_csat_responses_api_v2_analytics_conversations_csat_responses_get', `${V2}/csat/responses`],
  resolution: ['get_cs_resolution_rates_api_v2_analytics_conversations_resolution_rates_get', `${V2}/resolution-rates`],
  teams: ['list_analytics_teams_api_v2_analytics_conversations_teams_get', `${V2}/teams`],
  insights: ['get_conversation_insights_api_v2_analytics_conversations_insights_get', `${V2}/insights`],
  health: ['get_aggregation_health_api_v2_analytics_conversations_aggregation_health_get', `${V2}/aggregation-health`],
  unified: ['get_unified_overview_api_v2_analytics_unified_overview_get', '/api/v2/analytics/unified-overview'],
  conversations: ['list_conversations_v2_api_v2_conversations_get', '/api/v2/conversations'],
} as const
type Name = keyof typeof OPERATIONS

const RANGES: Record<string, { date_from?: string; date_to?: string }> = {
  default: {},
  week: { date_from: '2026-03-01T00:00:00Z', date_to: '2026-03-08T23:59:59Z' },
  everything: { date_from: '2025-11-01T00:00:00Z', date_to: '2026-03-09T12:00:00Z' },
  oneDayNaive: { date_from: '2026-03-05', date_to: '2026-03-05T23:59:59' },
  future: { date_from: '2026-06-01T00:00:00+02:00', date_to: '2026-06-30T00:00:00+02:00' },
}

let check: ResponseCheck
beforeAll(async () => {
  check = await responseValidator('aurion')
})

describe.each([42, 7, 2026])('AurionAI v2 with seed %i', (seed) => {
  let server: InProcessMock
  let sessions: AurionSession[]
  const get = async (name: Name, token: string, query: Record<string, string | undefined> = {}) => {
    const [operationId, path] = OPERATIONS[name]
    const reply = await server.call(withQuery(`${server.url}${path}`, query), { headers: bearer(token) })
    return { ...reply, problems: check(operationId, reply) }
  }

  beforeAll(async () => {
    server = await inProcessMock({ seed })
    sessions = server.mock.credentials().aurion.sessions.filter((s) => s.role === 'tenant_readonly')
  })

  it('answers every operation for every analytics tenant and range with a body the contract accepts', async () => {
    let checked = 0
    for (const session of analyticsTenants(sessions)) {
      for (const range of Object.values(RANGES)) {
        for (const name of Object.keys(OPERATIONS) as Name[]) {
          const reply = await get(name, session.token, name === 'conversations' ? {} : range)
          expect(reply.status, `${name} ${reply.text}`).toBe(200)
          expect(reply.contentType).toBe('application/json')
          expect(reply.problems).toEqual([])
          checked += 1
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(3 * Object.keys(RANGES).length * Object.keys(OPERATIONS).length)
  })

  it('keeps related endpoints in agreement', async () => {
    const session = sessions[0]!
    for (const [rangeName, range] of Object.entries(RANGES)) {
      const body = async <T>(name: Name) => (await get(name, session.token, range)).body as T
      const [overview, resolution, csat, responses, insights, unified, sla] = await Promise.all([
        body<Schemas['ConversationOverview']>('overview'),
        body<Schemas['ResolutionRates']>('resolution'),
        body<Schemas['CsatAnalytics']>('csat'),
        body<Schemas['CsatResponsesPage']>('csatResponses'),
        body<Schemas['ConversationInsights']>('insights'),
        body<Schemas['UnifiedOverview']>('unified'),
        body<Schemas['SlaCompliance']>('sla'),
      ])
      // Every profile of the default tenant is `complete`: all blocks are present.
      const cross = unified.cross_product!
      const voice = unified.voice!
      const why = `range ${rangeName}`
      expect(resolution.resolved_count, why).toBe(resolution.ai_resolved_count + resolution.human_resolved_count)
      expect(resolution.ai_resolved_count, why).toBe(overview.ai_resolved_count)
      expect(resolution.total_conversations, why).toBe(overview.total_conversations)
      const channelSum = overview.channel_distribution.reduce((s, c) => s + c.conversation_count, 0)
      expect(channelSum, why).toBe(overview.total_conversations)
      expect(insights.csat, why).toEqual(csat)
      expect(responses.total, why).toBe(csat.rated_responses)
      expect(
        csat.distribution.reduce((s, d) => s + d.response_count, 0),
        why,
      ).toBe(csat.rated_responses)
      const { csat_avg, ...cs } = unified.cs!
      expect(cs, why).toEqual(overview)
      expect(csat_avg, why).toBe(csat.avg_rating)
      for (const bucket of [sla.first_response, sla.resolution]) expect(bucket.met + bucket.breached, why).toBe(bucket.tracked)
      if (insights.top_topics.length > 0) {
        expect(Math.abs(sumTenths(insights.top_topics.map((t) => t.share)) - 1000), why).toBeLessThanOrEqual(
          Math.ceil(insights.top_topics.map((t) => t.share).length / 2),
        )
        expect(
          insights.top_topics.reduce((s, t) => s + t.conversation_count, 0),
          why,
        ).toBe(overview.total_conversations)
      }
      if (cross.total_interactions > 0) {
        expect(Math.abs(sumTenths([cross.voice_share, cross.cs_share]) - 1000), why).toBeLessThanOrEqual(
          Math.ceil([cross.voice_share, cross.cs_share].length / 2),
        )
      }
      expect(cross.total_interactions, why).toBe(voice.total_calls + overview.total_conversations)
      expect(voice.completed_calls + voice.failed_calls, why).toBe(voice.total_calls)
      expect(insights.aggregation_health.target_met, why).toBe(true)
    }
  })

  it('echoes the range in the insights metadata as Python isoformat, defaulting to the last 30 days', async () => {
    const token = sessions[0]!.token
    const week = (await get('insights', token, RANGES.week!)).body as { metadata: unknown }
    expect(week.metadata).toEqual({ date_from: '2026-03-01T00:00:00+00:00', date_to: '2026-03-08T23:59:59+00:00' })
    const fallback = (await get('insights', token)).body as { metadata: unknown }
    expect(fallback.metadata).toEqual({ date_from: '2026-02-07T12:00:00+00:00', date_to: '2026-03-09T12:00:00+00:00' })
    const explicit = (await get('overview', token, { date_from: '2026-02-07T12:00:00Z', date_to: '2026-03-09T12:00:00Z' })).body
    expect((await get('overview', token)).body).toEqual(explicit)
  })

  it('shapes the unified overview by the tenant profile', async () => {
    for (const session of analyticsTenants(sessions)) {
      const body = (await get('unified', session.token, RANGES.everything!)).body as Record<string, unknown>
      expect(body.profile).toBe(session.profile)
      expect(body.voice === null, session.profile).toBe(session.profile === 'platform')
      expect(body.cs === null, session.profile).toBe(session.profile === 'voice')
      expect(body.kb === null, session.profile).toBe(session.profile === 'voice')
      expect(body.cross_product === null, session.profile).toBe(session.profile !== 'complete')
    }
  })
})

type Schemas = components['schemas']

function sumTenths(values: number[]): number {
  return values.reduce((s, v) => s + Math.round(v * 10), 0)
}

describe('the conversations list over HTTP', () => {
  let server: InProcessMock
  let token: string
  const list = async (query: Record<string, string>) => {
    const reply = await server.call(withQuery(`${server.url}/api/v2/conversations`, query), { headers: bearer(token) })
    expect(reply.status, reply.text).toBe(200)
    return reply.body as Schemas['ConversationListPage']
  }
  beforeAll(async () => {
    server = await inProcessMock({ seed: 42 })
    token = server.mock.credentials().aurion.sessions.find((s) => s.role === 'agent')!.token
  })

  it('pages with the items, total, limit, offset envelope and the documented defaults', async () => {
    const first = await list({})
    expect(first.limit).toBe(50)
    expect(first.offset).toBe(0)
    expect(first.items).toHaveLength(50)
    const ids = new Set<string>()
    for (let offset = 0; offset < first.total; offset += 100) {
      for (const item of (await list({ limit: '100', offset: String(offset) })).items) ids.add(item.id)
    }
    expect(ids.size).toBe(first.total)
  })

  it('applies filters with their meaning', async () => {
    const open = await list({ status: 'open', limit: '100' })
    expect(open.total).toBeGreaterThan(0)
    expect(open.items.every((c) => c.status === 'open')).toBe(true)
    const several = await list({ status: 'open,pending', limit: '1' })
    expect(several.total).toBe(open.total + (await list({ status: 'pending', limit: '1' })).total)

    const all = await list({ limit: '1' })
    const withDeleted = await list({ include_deleted: 'true', limit: '1' })
    expect(withDeleted.total).toBeGreaterThan(all.total)

    const vpn = await list({ search: 'vpn', limit: '100' })
    expect(vpn.total).toBeGreaterThan(0)
    for (const c of vpn.items) expect(`${c.subject} ${c.last_message_snippet}`.toLowerCase()).toContain('vpn')

    const tag = vpn.items[0]!.tags[0] as string
    const tagged = await list({ tags: tag, limit: '100' })
    expect(tagged.items.every((c) => c.tags.includes(tag))).toBe(true)

    const excluded = await list({ exclude_id: all.items[0]!.id, limit: '1' })
    expect(excluded.total).toBe(all.total - 1)

    const since = await list({ created_after: '2026-03-01T00:00:00Z', created_before: '2026-03-02T00:00:00Z', limit: '100' })
    for (const c of since.items) expect(c.created_at >= '2026-03-01T00:00:00' && c.created_at < '2026-03-02T00:00:00').toBe(true)

    const spam = await list({ is_spam: 'true', limit: '100' })
    expect(spam.items.every((c) => c.is_spam === true)).toBe(true)
  })

  it('sorts by the requested key and order', async () => {
    const asc = await list({ sort_by: 'created_at', sort_order: 'asc', limit: '100' })
    const created = asc.items.map((c) => c.created_at as string)
    expect(created).toEqual([...created].sort())
    const desc = await list({ sort_by: 'updated_at', limit: '100' })
    const updated = desc.items.map((c) => c.updated_at as string)
    expect(updated).toEqual([...updated].sort().reverse())
  })
})
