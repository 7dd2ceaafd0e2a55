// The reports over a generated world: whatever the generator draws, the endpoints must agree with each other.
import { describe, expect, it } from 'vitest'
import { buildAurionWorld } from '../../generators/aurion/index.ts'
import { aggregationHealth, modelAggregationHealth } from '../../mocks/aurion/reports/aggregation-health.ts'
import { listConversations } from '../../mocks/aurion/reports/conversations-list.ts'
import { aurionCsat } from '../../mocks/aurion/reports/csat.ts'
import { aurionCsatResponses } from '../../mocks/aurion/reports/csat-responses.ts'
import { callsInRange, countedConversationsInRange, indexAurionRecords } from '../../mocks/aurion/view.ts'
import type { DateRange, TenantView } from '../../mocks/aurion/view.ts'
import { conversationsOf } from '../support/aurion-fixtures.ts'
import { aurionInsights } from '../../mocks/aurion/reports/insights.ts'
import { aurionOverview } from '../../mocks/aurion/reports/overview.ts'
import { aurionResolutionRates } from '../../mocks/aurion/reports/resolution-rates.ts'
import { aurionSlaCompliance } from '../../mocks/aurion/reports/sla-compliance.ts'
import { aurionTeams } from '../../mocks/aurion/reports/teams.ts'
import { aurionUnifiedOverview } from '../../mocks/aurion/reports/unified-overview.ts'
import { voiceKpis } from '../../mocks/aurion/reports/voice-kpis.ts'
import { fakeTimer } from '../support/aurion-fixtures.ts'

const NOW = new Date('2026-03-15T00:00:00Z')
const DAY = 86_400_000
const index = indexAurionRecords(buildAurionWorld({ seed: 7, now: NOW, size: 10_000 }))
const views = [...index.tenants.values()]
const ranges: [string, DateRange][] = [
  ['last 30 days', { from: new Date(NOW.getTime() - 30 * DAY), to: NOW }],
  ['one day', { from: new Date('2026-03-01T00:00:00Z'), to: new Date('2026-03-01T23:59:59Z') }],
  ['whole world', { from: new Date(NOW.getTime() - 200 * DAY), to: NOW }],
]
const cases = views.flatMap((view) =>
  ranges.map(([label, range]) => ({ name: `${view.tenant.name} (${view.tenant.profile}), ${label}`, view, range })),
)
const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0)
/** Shares in tenths, so that float addition cannot blur the check. */
const tenths = (values: readonly number[]): number => sum(values.map((v) => Math.round(v * 10)))
const insightsOf = (view: TenantView, range: DateRange) => aurionInsights(view, range, fakeTimer([0, 1, 2, 3, 4, 5]))

describe('aurion analytics on a generated world', () => {
  it('has data to agree on', () => {
    const main = index.tenants.get(index.defaultTenantId ?? '')
    expect(main).toBeDefined()
    if (!main) return
    const range = ranges[0]![1]
    expect(aurionOverview(main, range).total_conversations).toBeGreaterThan(500)
    expect(aurionCsat(main, range).rated_responses).toBeGreaterThan(50)
    expect(aurionSlaCompliance(main, range).resolution.tracked).toBeGreaterThan(100)
    expect(callsInRange(main, range.from.getTime(), range.to.getTime()).length).toBeGreaterThan(100)
    expect(new Set(views.map((v) => v.tenant.profile))).toEqual(new Set(['voice', 'platform', 'complete']))
  })

  it('models aggregation health from the rows scanned: a longer range costs more, within the budgets', () => {
    const main = index.tenants.get(index.defaultTenantId ?? '')!
    const day = modelAggregationHealth(main, ranges[1]![1])
    const month = modelAggregationHealth(main, ranges[0]![1])
    expect(month.overview_ms).toBeGreaterThan(day.overview_ms)
    expect(month.total_runtime_ms).toBeGreaterThan(day.total_runtime_ms)
    expect(month.agent_performance_ms).toBeGreaterThan(month.sla_compliance_ms)
    expect(month.sla_compliance_ms).toBeGreaterThan(month.overview_ms)
    expect(month.target_met).toBe(true)
    expect(aurionInsights(main, ranges[0]![1]).aggregation_health).toEqual(month)
  })

  it.each(cases)('$name: overview, resolution rates and SLA agree', ({ view, range }) => {
    const overview = aurionOverview(view, range)
    const rates = aurionResolutionRates(view, range)
    const sla = aurionSlaCompliance(view, range)
    expect(overview.total_conversations).toBe(countedConversationsInRange(view, range).length)
    expect(rates.resolved_count).toBe(rates.ai_resolved_count + rates.human_resolved_count)
    expect([rates.total_conversations, rates.ai_resolved_count, rates.human_resolved_count]).toEqual([
      overview.total_conversations,
      overview.ai_resolved_count,
      overview.human_resolved_count,
    ])
    expect(sum(rates.by_priority.map((r) => r.total))).toBe(rates.total_conversations)
    expect(sum(rates.by_priority.map((r) => r.resolved))).toBe(rates.resolved_count)
    // Every team's slice adds up to the conversations that have a team.
    const teamTotals = aurionTeams(view).teams.map((t) => aurionResolutionRates(view, range, { team_id: t.team_id }).total_conversations)
    const withTeam = countedConversationsInRange(view, range).filter((c) => c.assignee_team_id !== null).length
    expect(sum(teamTotals)).toBe(withTeam)

    expect(sum(overview.channel_distribution.map((c) => c.conversation_count))).toBe(overview.total_conversations)
    expect(overview.channel_distribution.every((c) => c.conversation_count > 0)).toBe(true)

    for (const bucket of [sla.first_response, sla.resolution, ...sla.by_priority, ...sla.by_team]) {
      expect(bucket.met + bucket.breached).toBe(bucket.tracked)
      expect(bucket.compliance_rate).toBeLessThanOrEqual(100)
    }
    expect(sum(sla.by_priority.map((b) => b.tracked))).toBe(sla.resolution.tracked)
    expect(sum(sla.by_priority.map((b) => b.met))).toBe(sla.resolution.met)
    expect(sla.resolution.tracked).toBeLessThanOrEqual(overview.total_conversations)
  })

  it.each(cases)('$name: csat, its drilldown and the insights agree', ({ view, range }) => {
    const csat = aurionCsat(view, range)
    const insights = insightsOf(view, range)
    expect(insights.csat).toEqual(csat)
    expect(sum(csat.distribution.map((d) => d.response_count))).toBe(csat.rated_responses)
    expect(sum(csat.trend.map((d) => d.count))).toBe(csat.rated_responses)
    expect(csat.rated_responses).toBeLessThanOrEqual(csat.total_responses)

    const filters = [
      {},
      { agent_id: csat.per_agent[0]?.assignee_user_id ?? 'none' },
      { team_id: aurionTeams(view).teams[0]?.team_id ?? 'none' },
    ]
    for (const f of filters) {
      const rated = aurionCsat(view, range, f).rated_responses
      const page = aurionCsatResponses(view, range, { ...f, limit: 200 })
      expect(page.total).toBe(rated)
      expect(page.items.length).toBe(Math.min(200, rated))
      const stamps = page.items.map((i) => i.responded_at)
      expect(stamps).toEqual([...stamps].sort().reverse())
    }
    for (const agent of csat.per_agent) {
      expect(aurionCsat(view, range, { agent_id: agent.assignee_user_id }).rated_responses).toBe(agent.response_count)
    }
  })

  it.each(cases)('$name: insights blocks add up', ({ view, range }) => {
    const insights = insightsOf(view, range)
    const overview = aurionOverview(view, range)
    const sla = aurionSlaCompliance(view, range)
    const topics = insights.top_topics
    expect(sum(topics.map((t) => t.conversation_count))).toBe(overview.total_conversations)
    if (topics.length > 0)
      expect(Math.abs(tenths(topics.map((t) => t.share)) - 1000)).toBeLessThanOrEqual(Math.ceil(topics.map((t) => t.share).length / 2))
    expect(insights.busiest_hours.length).toBeLessThanOrEqual(5)
    expect(sum(insights.sla_breach_trend.map((d) => d.tracked))).toBe(sla.resolution.tracked)
    expect(sum(insights.sla_breach_trend.map((d) => d.breached))).toBe(sla.resolution.breached)
    expect(sum(insights.agent_performance.map((a) => a.assigned_count))).toBeLessThanOrEqual(overview.total_conversations)
    for (const a of insights.agent_performance) expect(a.resolved_count).toBeLessThanOrEqual(a.assigned_count)
    const email = insights.email_channel_metrics
    expect(sum(email.by_channel.map((c) => c.conversation_count))).toBeLessThanOrEqual(email.email_conversations)
    expect(email.email_conversations).toBe(overview.channel_distribution.find((c) => c.channel === 'email')?.conversation_count ?? 0)
    expect(insights.help_center_deflection.top_articles.length).toBeLessThanOrEqual(5)
    expect(insights.aggregation_health).toEqual(aggregationHealth(view, range, fakeTimer([0, 1, 2, 3, 4, 5])))
  })

  it.each(cases)('$name: the unified overview follows the profile', ({ view, range }) => {
    const unified = aurionUnifiedOverview(view, range)
    const profile = view.tenant.profile
    expect(unified.profile).toBe(profile)
    if (profile === 'platform') expect(unified.voice).toBeNull()
    else expect(unified.voice).toEqual(voiceKpis(callsInRange(view, range.from.getTime(), range.to.getTime())))
    if (profile === 'voice') {
      expect([unified.cs, unified.kb]).toEqual([null, null])
    } else {
      expect(unified.cs).toEqual({ ...aurionOverview(view, range), csat_avg: aurionCsat(view, range).avg_rating })
      expect(unified.kb?.total_published).toBe(insightsOf(view, range).help_center_deflection.article_count)
    }
    if (profile !== 'complete') {
      expect(unified.cross_product).toBeNull()
    } else {
      const cross = unified.cross_product
      expect(cross?.total_interactions).toBe((unified.voice?.total_calls ?? 0) + (unified.cs?.total_conversations ?? 0))
      if (cross && cross.total_interactions > 0)
        expect(Math.abs(tenths([cross.voice_share, cross.cs_share]) - 1000)).toBeLessThanOrEqual(
          Math.ceil([cross.voice_share, cross.cs_share].length / 2),
        )
    }
  })

  it.each(views.map((view) => ({ name: view.tenant.name, view })))('$name: the conversations list pages through everything', ({ view }) => {
    const all = listConversations(view, { limit: 100 })
    expect(all.total).toBe(conversationsOf(view).filter((c) => c.deleted_at === null).length)
    expect(listConversations(view, { include_deleted: true }).total).toBe(view.conversationRows.length)
    const seen: string[] = []
    for (let offset = 0; offset < Math.min(all.total, 500); offset += 100) {
      seen.push(...listConversations(view, { limit: 100, offset, sort_by: 'priority' }).items.map((i) => i.id))
    }
    expect(new Set(seen).size).toBe(seen.length)
    const statuses = listConversations(view, { status: 'open,pending' }).total
    expect(statuses).toBe(listConversations(view, { status: 'open' }).total + listConversations(view, { status: 'pending' }).total)
  })
})
