// GET /api/v2/analytics/conversations/insights (seed 000 of docs/sources.md, seed 001, decision 0001).
// Every block is computed from the same counted conversations of the range as the other reports: `csat`
// is the csat report itself, and aggregation_health times the real overview, SLA and agent computations.
import type { Article, EmailChannel } from '../../../generators/aurion/model.ts'
import { agentPerformanceSteps, teamPerformanceSteps } from './agent-performance.ts'
import type { AgentPerformanceRow, TeamPerformanceRow } from './agent-performance.ts'
import { aggregationHealthSteps } from './aggregation-health.ts'
import type { AurionAggregationHealth, Timer } from './aggregation-health.ts'
import { aurionCsatSteps } from './csat.ts'
import type { AurionCsat } from './csat.ts'
import { SLA_MET, SLA_NOT_TRACKED, compareStrings, countByCode, countedSpan } from '../view.ts'
import { formatDay, utcDayNumber, utcHour } from '../../lib/time.ts'
import type { DateRange, IndexRange, TenantView } from '../view.ts'
import { slaBucket } from './sla-compliance.ts'
import type { SlaBucket } from './sla-compliance.ts'
import { percent, shares } from '../../lib/rounding.ts'
import { runSteps, slices, type Steps } from '../../lib/steps.ts'

interface BusiestHourRow {
  hour_utc: number
  conversation_count: number
}

interface TopTopicRow {
  topic: string
  conversation_count: number
  share: number
}

interface TopArticleRow {
  article_id: string
  title: string
  slug: string
  view_count: number
  helpful_count: number
  not_helpful_count: number
}

interface HelpCenterDeflection {
  article_count: number
  total_views: number
  helpful_feedback: number
  not_helpful_feedback: number
  deflection_rate: number
  top_articles: TopArticleRow[]
}

interface SlaBreachTrendRow extends SlaBucket {
  day: string
}

interface EmailChannelRow {
  channel_id: string
  address: string
  status: EmailChannel['status']
  conversation_count: number
}

interface EmailChannelMetrics {
  total_channels: number
  active_channels: number
  email_conversations: number
  inbound_messages: number
  outbound_messages: number
  bounced_contacts: number
  complained_contacts: number
  by_channel: EmailChannelRow[]
}

interface InsightsMetadata {
  date_from: string
  date_to: string
}

export interface AurionInsights {
  csat: AurionCsat
  busiest_hours: BusiestHourRow[]
  top_topics: TopTopicRow[]
  agent_performance: AgentPerformanceRow[]
  team_performance: TeamPerformanceRow[]
  help_center_deflection: HelpCenterDeflection
  sla_breach_trend: SlaBreachTrendRow[]
  email_channel_metrics: EmailChannelMetrics
  aggregation_health: AurionAggregationHealth
  metadata: InsightsMetadata
}

/** Python's datetime.isoformat() of an aware UTC datetime, at seconds precision: 2026-03-01T00:00:00+00:00. */
export function pythonIsoformat(date: Date): string {
  return `${date.toISOString().slice(0, 19)}+00:00`
}

/** Published articles, the help center the customers see. */
export function publishedArticles(view: TenantView): Article[] {
  return [...view.articles.values()].filter((a) => a.published)
}

/**
 * Share of the tenant's help-center traffic that falls in a span: views follow conversation volume (kit's
 * choice, decision 0003), so an article's lifetime counts are spread over time like the conversations. 0 for
 * an empty span, 1 for the whole world.
 */
export function trafficShare(view: TenantView, span: IndexRange): number {
  const all = view.countedIndex.length
  return all === 0 ? 0 : (span.end - span.start) / all
}

/** The articles' views and feedback in a range: lifetime counts times the range's traffic share, summed. */
export function articleTotals(articles: readonly Article[], share: number): { views: number; helpful: number; notHelpful: number } {
  let views = 0
  let helpful = 0
  let notHelpful = 0
  for (const a of articles) {
    views += a.view_count
    helpful += a.helpful_count
    notHelpful += a.not_helpful_count
  }
  return { views: Math.round(views * share), helpful: Math.round(helpful * share), notHelpful: Math.round(notHelpful * share) }
}

/** Counted conversations of a span that the AI resolved by citing a help-center article. */
export function* deflectedCount(view: TenantView, span: IndexRange): Steps<number> {
  const deflected = view.columns.deflected
  const index = view.countedIndex
  let count = 0
  yield* slices(span.start, span.end, (from, to) => {
    for (let k = from; k < to; k++) count += deflected[index[k]!]!
  })
  return count
}

/** The 5 busiest UTC hours by conversations created, count desc, ties by hour; empty hours left out. */
function* busiestHours(view: TenantView, span: IndexRange): Steps<BusiestHourRow[]> {
  const counts = new Array<number>(24).fill(0)
  yield* slices(span.start, span.end, (from, to) => {
    for (let k = from; k < to; k++) counts[utcHour(view.countedCreatedMs[k]!)]! += 1
  })
  return counts
    .map((conversation_count, hour_utc) => ({ hour_utc, conversation_count }))
    .filter((row) => row.conversation_count > 0)
    .sort((a, b) => b.conversation_count - a.conversation_count || a.hour_utc - b.hour_utc)
    .slice(0, 5)
}

/** Every topic, count desc (ties by topic), with shares of the counted conversations that add up to 100. */
function* topTopics(view: TenantView, span: IndexRange): Steps<TopTopicRow[]> {
  const topic = view.columns.topic
  const rows: { topic: string; conversation_count: number }[] = []
  const counts = yield* countByCode(view, span, topic)
  counts.forEach((conversation_count, code) => {
    if (conversation_count > 0) rows.push({ topic: topic.values.values[code] ?? '', conversation_count })
  })
  rows.sort((a, b) => b.conversation_count - a.conversation_count || compareStrings(a.topic, b.topic))
  const pct = shares(rows.map((r) => r.conversation_count))
  return rows.map((r, i) => ({ ...r, share: pct[i] ?? 0 }))
}

/**
 * Article figures are the published articles' lifetime counters (articles carry no dates); the
 * deflection rate is range-bound: deflected conversations / counted conversations.
 */
function* helpCenterDeflection(view: TenantView, span: IndexRange): Steps<HelpCenterDeflection> {
  // article_count is a snapshot at now (the contract says so); views and feedback read the range.
  const articles = publishedArticles(view)
  const share = trafficShare(view, span)
  const { views, helpful, notHelpful } = articleTotals(articles, share)
  const deflected = yield* deflectedCount(view, span)
  return {
    article_count: articles.length,
    total_views: views,
    helpful_feedback: helpful,
    not_helpful_feedback: notHelpful,
    deflection_rate: percent(deflected, span.end - span.start),
    top_articles: articles
      .sort((a, b) => b.view_count - a.view_count || compareStrings(a.title, b.title) || compareStrings(a.id, b.id))
      .slice(0, 5)
      .map((a) => ({
        article_id: a.id,
        title: a.title,
        slug: a.slug,
        view_count: Math.round(a.view_count * share),
        helpful_count: Math.round(a.helpful_count * share),
        not_helpful_count: Math.round(a.not_helpful_count * share),
      })),
  }
}

/**
 * Resolution SLA per UTC day of creation (decision 0001), for the days with a tracked conversation: a day
 * without targets has no compliance to show (0% would read as all breached). Adds up to the
 * sla-compliance `resolution` bucket.
 */
function* slaBreachTrend(view: TenantView, span: IndexRange): Steps<SlaBreachTrendRow[]> {
  const slaResolution = view.columns.slaResolution
  const index = view.countedIndex
  const rows: { day: number; tracked: number; met: number }[] = []
  yield* slices(span.start, span.end, (from, to) => {
    for (let k = from; k < to; k++) {
      const sla = slaResolution[index[k]!]!
      if (sla === SLA_NOT_TRACKED) continue
      const day = utcDayNumber(view.countedCreatedMs[k]!)
      let last = rows[rows.length - 1]
      // Conversations are sorted by created_at, so days arrive in order.
      if (!last || last.day !== day) {
        last = { day, tracked: 0, met: 0 }
        rows.push(last)
      }
      last.tracked += 1
      if (sla === SLA_MET) last.met += 1
    }
  })
  return rows.map(({ day, tracked, met }) => {
    const b = slaBucket(tracked, met)
    // Field order as in seed 001.
    return {
      day: formatDay(day),
      tracked: b.tracked,
      breached: b.breached,
      met: b.met,
      compliance_rate: b.compliance_rate,
    }
  })
}

/**
 * Email conversations are the counted conversations of channel "email"; by_channel counts those of them
 * that came in through each of the tenant's addresses (every address listed, busiest first, ties by address).
 * Channel and contact figures are the tenant's current state, not range-bound.
 */
function* emailChannelMetrics(view: TenantView, span: IndexRange): Steps<EmailChannelMetrics> {
  const { channel, emailChannel, inboundMessages, outboundMessages } = view.columns
  const index = view.countedIndex
  const email = channel.values.codeOf('email')
  const perChannel = new Float64Array(emailChannel.values.size)
  let emailConversations = 0
  let inbound = 0
  let outbound = 0
  yield* slices(span.start, span.end, (from, to) => {
    for (let k = from; k < to; k++) {
      const i = index[k]!
      if (email < 0 || channel.codes[i] !== email) continue
      emailConversations += 1
      inbound += inboundMessages[i]!
      outbound += outboundMessages[i]!
      const ch = emailChannel.codes[i]!
      if (ch >= 0) perChannel[ch]! += 1
    }
  })
  // Contacts e-mailed in the range whose address bounced or complained, each counted once.
  let bounced = 0
  let complained = 0
  const seen = new Set<number>()
  const contactCodes = view.columns.contact
  yield* slices(span.start, span.end, (from, to) => {
    for (let k = from; k < to; k++) {
      const i = index[k]!
      if (email < 0 || channel.codes[i] !== email) continue
      const code = contactCodes.codes[i]!
      if (code < 0 || seen.has(code)) continue
      seen.add(code)
      const contact = view.contacts.get(contactCodes.values.values[code]!)
      if (contact?.email_bounced) bounced += 1
      if (contact?.email_complained) complained += 1
    }
  })
  const channels = [...view.emailChannels.values()]
  return {
    total_channels: channels.length,
    active_channels: channels.filter((ch) => ch.status === 'active').length,
    email_conversations: emailConversations,
    inbound_messages: inbound,
    outbound_messages: outbound,
    bounced_contacts: bounced,
    complained_contacts: complained,
    by_channel: channels
      .map((ch) => ({
        channel_id: ch.id,
        address: ch.address,
        status: ch.status,
        conversation_count: perChannel[emailChannel.values.codeOf(ch.id)] ?? 0,
      }))
      .sort(
        (a, b) =>
          b.conversation_count - a.conversation_count || compareStrings(a.address, b.address) || compareStrings(a.channel_id, b.channel_id),
      ),
  }
}

/** aggregation_health is modelled, or measured with `timer` when one is given (measured timings on). */
export function aurionInsights(view: TenantView, range: DateRange, timer?: Timer): AurionInsights {
  return runSteps(aurionInsightsSteps(view, range, timer))
}

/** The same in slices (see lib/steps.ts): the route runs it giving way between them. */
export function* aurionInsightsSteps(view: TenantView, range: DateRange, timer: Timer | undefined): Steps<AurionInsights> {
  const span = countedSpan(view, range)
  const csat = yield* aurionCsatSteps(view, range)
  const busiest_hours = yield* busiestHours(view, span)
  const top_topics = yield* topTopics(view, span)
  const agent_performance = yield* agentPerformanceSteps(view, range)
  const team_performance = yield* teamPerformanceSteps(view, range)
  const help_center_deflection = yield* helpCenterDeflection(view, span)
  const sla_breach_trend = yield* slaBreachTrend(view, span)
  const email_channel_metrics = yield* emailChannelMetrics(view, span)
  yield
  const aggregation_health = yield* aggregationHealthSteps(view, range, timer)
  return {
    csat,
    busiest_hours,
    top_topics,
    agent_performance,
    team_performance,
    help_center_deflection,
    sla_breach_trend,
    email_channel_metrics,
    aggregation_health,
    metadata: { date_from: pythonIsoformat(range.from), date_to: pythonIsoformat(range.to) },
  }
}
