import { describe, expect, it } from 'vitest'
import { TIMING_MODEL, aggregationHealth, modelAggregationHealth } from '../../mocks/aurion/reports/aggregation-health.ts'
import { aurionCsat } from '../../mocks/aurion/reports/csat.ts'
import { aurionCsatResponses } from '../../mocks/aurion/reports/csat-responses.ts'
import { callsInRange, countedConversationsInRange, indexAurionRecords, rangeOf } from '../../mocks/aurion/view.ts'
import type { DateRange } from '../../mocks/aurion/view.ts'
import { aurionInsights, pythonIsoformat } from '../../mocks/aurion/reports/insights.ts'
import { aurionOverview } from '../../mocks/aurion/reports/overview.ts'
import { aurionResolutionRates } from '../../mocks/aurion/reports/resolution-rates.ts'
import { aurionSlaCompliance } from '../../mocks/aurion/reports/sla-compliance.ts'
import { aurionTeams } from '../../mocks/aurion/reports/teams.ts'
import { aurionUnifiedOverview } from '../../mocks/aurion/reports/unified-overview.ts'
import { voiceKpis } from '../../mocks/aurion/reports/voice-kpis.ts'
import { shares } from '../../mocks/lib/rounding.ts'
import {
  article,
  call,
  contact,
  conversation,
  csatResponse,
  emailChannel,
  fakeTimer,
  records,
  team,
  tenant,
  user,
  viewOf,
  conversationsOf,
} from '../support/aurion-fixtures.ts'

const RANGE: DateRange = { from: new Date('2026-03-01T00:00:00Z'), to: new Date('2026-03-07T23:59:59Z') }

// Five counted conversations in RANGE (c1 on the lower bound, c5 on the upper one) and five that must not count.
const world = records({
  teams: [team('T1', 'Tier 1'), team('T2', 'Billing desk'), team('T3', 'Alpha')],
  users: [user('U1', 'Alice'), user('U2', 'Bob')],
  contacts: [
    contact('k1', { email_bounced: true }),
    contact('k2', { email_complained: true }),
    contact('k3', { email_bounced: true, email_complained: true }),
  ],
  emailChannels: [
    emailChannel('ec1', 'support@acme.example'),
    emailChannel('ec2', 'billing@acme.example', { status: 'inactive' }),
    emailChannel('ec3', 'sales@acme.example'),
  ],
  articles: [
    article('a1', { view_count: 100, helpful_count: 8, not_helpful_count: 2, ai_resolution_count: 5 }),
    article('a2', { view_count: 300, helpful_count: 10 }),
    article('a3', { published: false, view_count: 1000, helpful_count: 50 }),
  ],
  conversations: [
    conversation('c1', {
      created_at: '2026-03-01T00:00:00.000Z',
      channel: 'email',
      email_channel_id: 'ec1',
      contact_id: 'k1',
      inbound_messages: 3,
      outbound_messages: 2,
      resolved_by: 'ai',
      first_response_minutes: 10,
      resolution_minutes: 60,
      sla_first_response_met: true,
      sla_resolution_met: true,
      priority: 'high',
      assignee_team_id: 'T1',
      assignee_user_id: 'U1',
      topic: 'VPN',
      deflected_by_article_id: 'a1',
    }),
    conversation('c2', {
      created_at: '2026-03-01T09:40:00.000Z',
      channel: 'chat',
      resolved_by: 'human',
      first_response_minutes: 20,
      resolution_minutes: 120,
      sla_first_response_met: true,
      sla_resolution_met: false,
      priority: 'urgent',
      assignee_team_id: 'T1',
      assignee_user_id: 'U2',
      topic: 'VPN',
      escalated: true,
      // cited by a human resolution: not a deflection
      deflected_by_article_id: 'a2',
    }),
    conversation('c3', {
      created_at: '2026-03-02T14:00:00.000Z',
      channel: 'email',
      email_channel_id: 'ec2',
      contact_id: 'k3',
      inbound_messages: 1,
      outbound_messages: 0,
      sla_first_response_met: false,
      priority: 'low',
      assignee_team_id: 'T2',
      assignee_user_id: 'U1',
      topic: 'Billing',
    }),
    conversation('c4', {
      created_at: '2026-03-03T14:30:00.000Z',
      channel: 'voice',
      resolved_by: 'ai',
      first_response_minutes: 5,
      resolution_minutes: 30,
      topic: 'Billing',
    }),
    conversation('c5', {
      created_at: '2026-03-07T23:59:59.000Z',
      channel: 'chat',
      resolved_by: 'human',
      first_response_minutes: 30,
      resolution_minutes: 90,
      sla_first_response_met: true,
      sla_resolution_met: true,
      assignee_team_id: 'T2',
      assignee_user_id: 'U2',
      topic: 'Login',
    }),
    conversation('x-deleted', { created_at: '2026-03-02T10:00:00.000Z', deleted_at: '2026-03-03T10:00:00.000Z', resolved_by: 'ai' }),
    conversation('x-spam', { created_at: '2026-03-02T10:00:00.000Z', is_spam: true, resolved_by: 'ai' }),
    conversation('x-merged', { created_at: '2026-03-02T10:00:00.000Z', merged_into_id: 'c1', resolved_by: 'ai' }),
    conversation('x-before', { created_at: '2026-02-28T23:59:59.999Z', resolved_by: 'ai' }),
    conversation('x-after', { created_at: '2026-03-08T00:00:00.000Z', resolved_by: 'ai' }),
  ],
  csatResponses: [
    csatResponse('r1', {
      conversation_id: 'c1',
      rating: 5,
      responded_at: '2026-03-01T10:00:00.000Z',
      assignee_user_id: 'U1',
      assignee_team_id: 'T1',
      comment: 'Great',
    }),
    csatResponse('r2', {
      conversation_id: 'c2',
      rating: 4,
      responded_at: '2026-03-01T12:00:00.000Z',
      assignee_user_id: 'U2',
      assignee_team_id: 'T1',
    }),
    csatResponse('r3', {
      conversation_id: 'c3',
      rating: 2,
      responded_at: '2026-03-03T09:00:00.000Z',
      assignee_user_id: 'U1',
      assignee_team_id: 'T2',
    }),
    csatResponse('r4', { conversation_id: 'c4', rating: null, responded_at: '2026-03-03T10:00:00.000Z' }),
    csatResponse('r5', { conversation_id: 'c4', rating: null, responded_at: null }),
    csatResponse('r6', { conversation_id: 'c5', rating: 1, responded_at: '2026-03-08T00:00:01.000Z', assignee_user_id: 'U2' }),
    csatResponse('r7', {
      conversation_id: 'c5',
      rating: 3,
      responded_at: '2026-03-07T23:59:59.000Z',
      assignee_user_id: 'U2',
      assignee_team_id: 'T2',
    }),
  ],
  calls: [
    call('k-1', { start_time: '2026-03-01T08:00:00.000Z', duration_seconds: 100, first_call_resolution: true }),
    call('k-2', { start_time: '2026-03-02T08:00:00.000Z', duration_seconds: 200, ticket_created: true, outcome: 'ticket_created' }),
    call('k-3', { start_time: '2026-03-03T08:00:00.000Z', duration_seconds: 30, status: 'failed', outcome: 'abandoned' }),
    call('k-4', { start_time: '2026-03-07T23:59:59.000Z', duration_seconds: 300, escalated: true, outcome: 'escalated' }),
    call('k-5', { start_time: '2026-03-08T00:00:00.000Z', duration_seconds: 999 }),
  ],
})
const view = viewOf(world)
const timer = (): (() => number) => {
  let t = 0
  return () => (t += 1)
}

describe('aurion index', () => {
  it('finds inclusive ranges by binary search', () => {
    const sorted = [1, 2, 2, 3, 5, 8]
    expect(rangeOf(sorted, 2, 5)).toEqual({ start: 1, end: 5 })
    expect(rangeOf(sorted, 4, 4)).toEqual({ start: 4, end: 4 })
    expect(rangeOf(sorted, 9, 1)).toEqual({ start: 6, end: 6 })
    expect(rangeOf(sorted, Number.NaN, 5)).toEqual({ start: 0, end: 0 })
    expect(rangeOf([], 0, 10)).toEqual({ start: 0, end: 0 })
  })

  it('sorts every tenant slice and keeps the counted conversations apart', () => {
    expect(conversationsOf(view).map((c) => c.id)).toEqual([
      'x-before',
      'c1',
      'c2',
      'x-deleted',
      'x-merged',
      'x-spam',
      'c3',
      'c4',
      'c5',
      'x-after',
    ])
    expect(Array.from(view.countedIndex, (i) => conversationsOf(view)[i]?.id)).toEqual([
      'x-before',
      'c1',
      'c2',
      'c3',
      'c4',
      'c5',
      'x-after',
    ])
    expect(countedConversationsInRange(view, RANGE).map((c) => c.id)).toEqual(['c1', 'c2', 'c3', 'c4', 'c5'])
    expect(Array.from(view.csatRows, (r) => view.csatTable.id(r))).toEqual(['r1', 'r2', 'r3', 'r4', 'r7', 'r6'])
    expect(Array.from(view.unansweredCsatRows, (r) => view.csatTable.id(r))).toEqual(['r5'])
    expect(callsInRange(view, RANGE.from.getTime(), RANGE.to.getTime()).map((c) => c.id)).toEqual(['k-1', 'k-2', 'k-3', 'k-4'])
  })

  it('keeps tenants apart', () => {
    const index = indexAurionRecords(
      records({
        tenants: [tenant('t1'), tenant('t2')],
        conversations: [conversation('a'), conversation('b', { tenant_id: 't2' })],
        users: [user('U1', 'Alice'), user('U9', 'Zed', { tenant_id: 't2' })],
      }),
    )
    expect(index.defaultTenantId).toBe('t1')
    expect(conversationsOf(index.tenants.get('t2')!).map((c) => c.id)).toEqual(['b'])
    expect([...(index.tenants.get('t2')?.users.keys() ?? [])]).toEqual(['U9'])
  })
})

describe('aurion overview', () => {
  it('counts the conversations of the range, bounds included', () => {
    expect(aurionOverview(view, RANGE)).toEqual({
      total_conversations: 5,
      ai_resolved_count: 2,
      ai_resolution_rate: 40.0,
      human_resolved_count: 2,
      escalation_rate: 20.0,
      first_response_minutes_avg: 16.3,
      resolution_minutes_median: 75.0,
      channel_distribution: [
        { channel: 'chat', conversation_count: 2 },
        { channel: 'email', conversation_count: 2 },
        { channel: 'voice', conversation_count: 1 },
      ],
    })
  })

  it('is all zeros for an empty range', () => {
    const empty = { from: new Date('2025-01-01T00:00:00Z'), to: new Date('2025-01-02T00:00:00Z') }
    expect(aurionOverview(view, empty)).toEqual({
      total_conversations: 0,
      ai_resolved_count: 0,
      ai_resolution_rate: 0,
      human_resolved_count: 0,
      escalation_rate: 0,
      first_response_minutes_avg: 0,
      resolution_minutes_median: 0,
      channel_distribution: [],
    })
  })
})

describe('aurion sla compliance', () => {
  it('reports both steps, and priorities and teams on the resolution SLA', () => {
    expect(aurionSlaCompliance(view, RANGE)).toEqual({
      first_response: { tracked: 4, met: 3, breached: 1, compliance_rate: 75.0 },
      resolution: { tracked: 3, met: 2, breached: 1, compliance_rate: 66.7 },
      by_priority: [
        { priority: 'urgent', tracked: 1, met: 0, breached: 1, compliance_rate: 0 },
        { priority: 'high', tracked: 1, met: 1, breached: 0, compliance_rate: 100.0 },
        { priority: 'medium', tracked: 1, met: 1, breached: 0, compliance_rate: 100.0 },
      ],
      by_team: [
        { team_id: 'T1', team_name: 'Tier 1', tracked: 2, met: 1, breached: 1, compliance_rate: 50.0 },
        { team_id: 'T2', team_name: 'Billing desk', tracked: 1, met: 1, breached: 0, compliance_rate: 100.0 },
      ],
    })
  })

  it('breakdowns add up to the resolution bucket', () => {
    const sla = aurionSlaCompliance(view, RANGE)
    const sum = (rows: { tracked: number; met: number }[]) => rows.reduce((a, r) => [a[0]! + r.tracked, a[1]! + r.met], [0, 0])
    expect(sum(sla.by_priority)).toEqual([sla.resolution.tracked, sla.resolution.met])
  })
})

describe('aurion csat', () => {
  it('aggregates answered responses of the range', () => {
    expect(aurionCsat(view, RANGE)).toEqual({
      total_responses: 5,
      rated_responses: 4,
      avg_rating: 3.5,
      positive_responses: 2,
      positive_rate: 50.0,
      distribution: [
        { rating: 5, response_count: 1 },
        { rating: 4, response_count: 1 },
        { rating: 3, response_count: 1 },
        { rating: 2, response_count: 1 },
        { rating: 1, response_count: 0 },
      ],
      trend: [
        { day: '2026-03-01', count: 2, avg_rating: 4.5 },
        { day: '2026-03-03', count: 1, avg_rating: 2.0 },
        { day: '2026-03-07', count: 1, avg_rating: 3.0 },
      ],
      per_agent: [
        { assignee_user_id: 'U1', assignee_name: 'Alice', response_count: 2, avg_rating: 3.5, positive_rate: 50.0 },
        { assignee_user_id: 'U2', assignee_name: 'Bob', response_count: 2, avg_rating: 3.5, positive_rate: 50.0 },
      ],
    })
  })

  it('scopes to an agent and a team', () => {
    const agent = aurionCsat(view, RANGE, { agent_id: 'U2' })
    expect([agent.total_responses, agent.rated_responses, agent.avg_rating]).toEqual([2, 2, 3.5])
    const tier = aurionCsat(view, RANGE, { team_id: 'T2' })
    expect([tier.rated_responses, tier.avg_rating, tier.positive_rate]).toEqual([2, 2.5, 0])
    const both = aurionCsat(view, RANGE, { agent_id: 'U1', team_id: 'T2' })
    expect(both.rated_responses).toBe(1)
    expect(aurionCsat(view, RANGE, { agent_id: 'nobody' }).distribution.every((d) => d.response_count === 0)).toBe(true)
  })

  it('trend and distribution counts add up to rated_responses', () => {
    const csat = aurionCsat(view, RANGE)
    expect(csat.trend.reduce((a, r) => a + r.count, 0)).toBe(csat.rated_responses)
    expect(csat.distribution.reduce((a, r) => a + r.response_count, 0)).toBe(csat.rated_responses)
  })
})

describe('aurion csat responses', () => {
  it('lists rated responses newest first, joined with names', () => {
    const page = aurionCsatResponses(view, RANGE)
    expect(page.items.map((i) => i.id)).toEqual(['r7', 'r3', 'r2', 'r1'])
    expect([page.total, page.limit, page.offset]).toEqual([4, 50, 0])
    expect(page.items[3]).toEqual({
      id: 'r1',
      conversation_id: 'c1',
      contact_id: 'k0',
      rating: 5,
      comment: 'Great',
      followup_answer: null,
      channel: 'chat',
      sent_at: '2026-03-02T09:00:00.000Z',
      responded_at: '2026-03-01T10:00:00.000Z',
      conversation_subject: 'Subject c1',
      assignee_user_id: 'U1',
      assignee_name: 'Alice',
      assignee_team_id: 'T1',
      assignee_team_name: 'Tier 1',
    })
  })

  it('paginates, and its total is the csat rated_responses for the same filters', () => {
    const page = aurionCsatResponses(view, RANGE, { limit: 2, offset: 1 })
    expect(page.items.map((i) => i.id)).toEqual(['r3', 'r2'])
    expect(aurionCsatResponses(view, RANGE, { offset: 10 }).items).toEqual([])
    for (const filters of [{}, { agent_id: 'U1' }, { team_id: 'T2' }, { agent_id: 'U2', team_id: 'T1' }]) {
      expect(aurionCsatResponses(view, RANGE, filters).total).toBe(aurionCsat(view, RANGE, filters).rated_responses)
    }
  })
})

describe('aurion resolution rates', () => {
  it('splits AI and human resolutions, by priority', () => {
    expect(aurionResolutionRates(view, RANGE)).toEqual({
      total_conversations: 5,
      resolved_count: 4,
      ai_resolved_count: 2,
      human_resolved_count: 2,
      ai_resolution_rate: 40.0,
      human_resolution_rate: 40.0,
      resolution_rate: 80.0,
      by_priority: [
        { priority: 'urgent', total: 1, resolved: 1, ai_resolved: 0, human_resolved: 1, resolution_rate: 100.0 },
        { priority: 'high', total: 1, resolved: 1, ai_resolved: 1, human_resolved: 0, resolution_rate: 100.0 },
        { priority: 'medium', total: 2, resolved: 2, ai_resolved: 1, human_resolved: 1, resolution_rate: 100.0 },
        { priority: 'low', total: 1, resolved: 0, ai_resolved: 0, human_resolved: 0, resolution_rate: 0 },
      ],
    })
  })

  it('filters by team and agrees with the overview', () => {
    const t1 = aurionResolutionRates(view, RANGE, { team_id: 'T1' })
    expect([t1.total_conversations, t1.ai_resolved_count, t1.human_resolved_count]).toEqual([2, 1, 1])
    const all = aurionResolutionRates(view, RANGE)
    const overview = aurionOverview(view, RANGE)
    expect(all.resolved_count).toBe(all.ai_resolved_count + all.human_resolved_count)
    expect([all.total_conversations, all.ai_resolved_count, all.human_resolved_count, all.ai_resolution_rate]).toEqual([
      overview.total_conversations,
      overview.ai_resolved_count,
      overview.human_resolved_count,
      overview.ai_resolution_rate,
    ])
  })
})

describe('aurion teams', () => {
  it('lists every team by name', () => {
    expect(aurionTeams(view)).toEqual({
      teams: [
        { team_id: 'T3', team_name: 'Alpha' },
        { team_id: 'T2', team_name: 'Billing desk' },
        { team_id: 'T1', team_name: 'Tier 1' },
      ],
    })
  })
})

describe('aurion insights', () => {
  const insights = aurionInsights(view, RANGE, timer())

  it('embeds the csat report of the same range', () => {
    expect(insights.csat).toEqual(aurionCsat(view, RANGE))
  })

  it('computes hours, topics and performance from the counted conversations', () => {
    expect(insights.busiest_hours).toEqual([
      { hour_utc: 14, conversation_count: 2 },
      { hour_utc: 0, conversation_count: 1 },
      { hour_utc: 9, conversation_count: 1 },
      { hour_utc: 23, conversation_count: 1 },
    ])
    expect(insights.top_topics).toEqual([
      { topic: 'Billing', conversation_count: 2, share: 40.0 },
      { topic: 'VPN', conversation_count: 2, share: 40.0 },
      { topic: 'Login', conversation_count: 1, share: 20.0 },
    ])
    expect(insights.agent_performance).toEqual([
      {
        assignee_user_id: 'U1',
        assignee_name: 'Alice',
        assigned_count: 2,
        resolved_count: 1,
        resolution_rate: 50.0,
        avg_first_response_minutes: 10.0,
        avg_resolution_minutes: 60.0,
      },
      {
        assignee_user_id: 'U2',
        assignee_name: 'Bob',
        assigned_count: 2,
        resolved_count: 2,
        resolution_rate: 100.0,
        avg_first_response_minutes: 25.0,
        avg_resolution_minutes: 105.0,
      },
    ])
    expect(insights.team_performance).toEqual([
      {
        team_id: 'T2',
        team_name: 'Billing desk',
        assigned_count: 2,
        resolved_count: 1,
        resolution_rate: 50.0,
        avg_resolution_minutes: 90.0,
      },
      { team_id: 'T1', team_name: 'Tier 1', assigned_count: 2, resolved_count: 2, resolution_rate: 100.0, avg_resolution_minutes: 90.0 },
    ])
  })

  it('reports the help center, the SLA trend and the email channels', () => {
    // The range holds 5 of the 7 counted conversations: views and feedback are 5/7 of the lifetime counts.
    expect(insights.help_center_deflection).toEqual({
      article_count: 2,
      total_views: 286,
      helpful_feedback: 13,
      not_helpful_feedback: 1,
      deflection_rate: 20.0,
      top_articles: [
        { article_id: 'a2', title: 'Article a2', slug: 'article-a2', view_count: 214, helpful_count: 7, not_helpful_count: 0 },
        { article_id: 'a1', title: 'Article a1', slug: 'article-a1', view_count: 71, helpful_count: 6, not_helpful_count: 1 },
      ],
    })
    expect(insights.sla_breach_trend).toEqual([
      { day: '2026-03-01', tracked: 2, breached: 1, met: 1, compliance_rate: 50.0 },
      { day: '2026-03-07', tracked: 1, breached: 0, met: 1, compliance_rate: 100.0 },
    ])
    expect(insights.email_channel_metrics).toEqual({
      total_channels: 3,
      active_channels: 2,
      email_conversations: 2,
      inbound_messages: 4,
      outbound_messages: 2,
      // Contacts e-mailed in the range: k1 (bounced) and k3 (bounced and complained); k2 was not e-mailed.
      bounced_contacts: 2,
      complained_contacts: 1,
      by_channel: [
        { channel_id: 'ec2', address: 'billing@acme.example', status: 'inactive', conversation_count: 1 },
        { channel_id: 'ec1', address: 'support@acme.example', status: 'active', conversation_count: 1 },
        { channel_id: 'ec3', address: 'sales@acme.example', status: 'active', conversation_count: 0 },
      ],
    })
  })

  it('echoes the range like Python isoformat', () => {
    expect(insights.metadata).toEqual({ date_from: '2026-03-01T00:00:00+00:00', date_to: '2026-03-07T23:59:59+00:00' })
    expect(pythonIsoformat(new Date('2026-03-01T12:34:56.789Z'))).toBe('2026-03-01T12:34:56+00:00')
  })

  it('the SLA trend adds up to the resolution bucket', () => {
    const sla = aurionSlaCompliance(view, RANGE)
    expect(insights.sla_breach_trend.reduce((a, r) => a + r.tracked, 0)).toBe(sla.resolution.tracked)
    expect(insights.sla_breach_trend.reduce((a, r) => a + r.breached, 0)).toBe(sla.resolution.breached)
  })

  it('keeps the 5 busiest hours only', () => {
    const hours = [1, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 7]
    const v = viewOf(
      records({
        conversations: hours.map((h, i) => conversation(`h${i}`, { created_at: `2026-03-02T${String(h).padStart(2, '0')}:00:00.000Z` })),
      }),
    )
    expect(aurionInsights(v, RANGE, timer()).busiest_hours).toEqual([
      { hour_utc: 1, conversation_count: 3 },
      { hour_utc: 2, conversation_count: 2 },
      { hour_utc: 3, conversation_count: 2 },
      { hour_utc: 4, conversation_count: 2 },
      { hour_utc: 5, conversation_count: 2 },
    ])
  })

  it('topic shares add up to 100', () => {
    const v = viewOf(records({ conversations: ['A', 'A', 'B', 'C', 'C', 'C'].map((t, i) => conversation(`t${i}`, { topic: t })) }))
    const topics = aurionInsights(v, RANGE, timer()).top_topics
    expect(topics.map((t) => t.share)).toEqual([50.0, 33.3, 16.7])
    expect(topics.reduce((a, t) => a + t.share * 10, 0)).toBe(1000)
  })
})

describe('aurion aggregation health', () => {
  it('reports the measured times', () => {
    const health = aggregationHealth(view, RANGE, fakeTimer([0, 120.04, 200, 360.06, 400, 600]))
    expect(health).toEqual({
      target_conversation_volume: 100000,
      per_query_budget_ms: 500,
      total_budget_ms: 2000,
      total_runtime_ms: 480.1,
      target_met: true,
      overview_ms: 120.0,
      sla_compliance_ms: 160.1,
      agent_performance_ms: 200.0,
    })
  })

  it('misses the target when one query exceeds its budget', () => {
    const health = aggregationHealth(view, RANGE, fakeTimer([0, 10, 10, 20, 20, 520.1]))
    expect(health.agent_performance_ms).toBe(500.1)
    expect(health.total_runtime_ms).toBe(520.1)
    expect(health.target_met).toBe(false)
    expect(aggregationHealth(view, RANGE, fakeTimer([0, 500, 500, 1000, 1000, 1500])).target_met).toBe(true)
  })

  it('is modelled from the rows scanned by default: the same range gives the same bytes', () => {
    const insights = JSON.stringify(aurionInsights(view, RANGE))
    expect(JSON.stringify(aurionInsights(view, RANGE))).toBe(insights)
    const health = modelAggregationHealth(view, RANGE)
    expect(health).toEqual(aurionInsights(view, RANGE).aggregation_health)
    const empty = modelAggregationHealth(view, { from: new Date('2020-01-01T00:00:00Z'), to: new Date('2020-01-02T00:00:00Z') })
    expect(empty.overview_ms).toBe(TIMING_MODEL.overview.fixedMs)
    // Scanning the target volume costs what seed 001 shows at 100k (120 / 160 / 200 ms).
    const atTarget = (part: keyof typeof TIMING_MODEL) => TIMING_MODEL[part].fixedMs + TIMING_MODEL[part].msPerTargetVolume
    expect([atTarget('overview'), atTarget('sla_compliance'), atTarget('agent_performance')]).toEqual([120, 160, 200])
  })

  it('is what the insights embed', () => {
    const readings = [0, 1, 2, 4, 5, 8]
    expect(aurionInsights(view, RANGE, fakeTimer(readings)).aggregation_health).toEqual(aggregationHealth(view, RANGE, fakeTimer(readings)))
  })
})

describe('aurion voice kpis', () => {
  it('summarises calls', () => {
    expect(voiceKpis(callsInRange(view, RANGE.from.getTime(), RANGE.to.getTime()))).toEqual({
      total_calls: 4,
      completed_calls: 3,
      failed_calls: 1,
      avg_duration_seconds: 157.5,
      first_call_resolution_rate: 25.0,
      tickets_created: 1,
      escalation_count: 1,
    })
    expect(voiceKpis([])).toEqual({
      total_calls: 0,
      completed_calls: 0,
      failed_calls: 0,
      avg_duration_seconds: 0,
      first_call_resolution_rate: 0,
      tickets_created: 0,
      escalation_count: 0,
    })
  })
})

describe('aurion unified overview', () => {
  it('combines every product for a complete tenant', () => {
    const unified = aurionUnifiedOverview(view, RANGE)
    const overview = aurionOverview(view, RANGE)
    expect(unified.profile).toBe('complete')
    expect(unified.voice).toEqual(voiceKpis(callsInRange(view, RANGE.from.getTime(), RANGE.to.getTime())))
    expect(unified.cs).toEqual({ ...overview, csat_avg: aurionCsat(view, RANGE).avg_rating })
    expect(unified.cs?.csat_avg).toBe(3.5)
    expect(unified.cross_product).toEqual({ total_interactions: 9, blended_resolution_rate: 55.6, voice_share: 44.4, cs_share: 55.6 })
    expect(unified.kb).toEqual({ total_published: 2, total_views: 286, helpfulness_rate: 92.9, ai_resolutions: 1 })
    // kb.ai_resolutions is the numerator of the insights' deflection rate
    const insights = aurionInsights(view, RANGE, timer())
    expect(unified.kb?.ai_resolutions).toBe((insights.help_center_deflection.deflection_rate * overview.total_conversations) / 100)
    const cross = unified.cross_product
    expect(cross && Math.round((cross.voice_share + cross.cs_share) * 10)).toBe(1000)
  })

  it('leaves out the products a profile does not have', () => {
    const voiceOnly = aurionUnifiedOverview(viewOf({ ...world, tenants: [tenant('t1', { profile: 'voice' })] }), RANGE)
    expect(voiceOnly.profile).toBe('voice')
    expect(voiceOnly.voice?.total_calls).toBe(4)
    expect([voiceOnly.cs, voiceOnly.kb, voiceOnly.cross_product]).toEqual([null, null, null])

    const platform = aurionUnifiedOverview(viewOf({ ...world, tenants: [tenant('t1', { profile: 'platform' })] }), RANGE)
    expect(platform.profile).toBe('platform')
    expect(platform.voice).toBeNull()
    expect(platform.cross_product).toBeNull()
    expect(platform.cs?.total_conversations).toBe(5)
    expect(platform.kb?.total_published).toBe(2)
  })

  it('keeps shares at 100 with thirds, and zeros without interactions', () => {
    const thirds = records({
      conversations: [conversation('a'), conversation('b')],
      calls: [call('k')],
    })
    const cross = aurionUnifiedOverview(viewOf(thirds), RANGE).cross_product
    expect([cross?.voice_share, cross?.cs_share]).toEqual([33.3, 66.7])
    const empty = aurionUnifiedOverview(viewOf(records()), RANGE).cross_product
    expect(empty).toEqual({ total_interactions: 0, blended_resolution_rate: 0, voice_share: 0, cs_share: 0 })
  })
})

describe('share rounding', () => {
  it('gives equal counts equal shares, each rounded on its own like the seed', () => {
    expect(shares([1, 1, 1])).toEqual([33.3, 33.3, 33.3])
    expect(shares([2, 1, 1, 2])).toEqual([33.3, 16.7, 16.7, 33.3])
    expect(shares([98, 32, 26])).toEqual([62.8, 20.5, 16.7])
    expect(shares([0, 0])).toEqual([0, 0])
  })
})
