// Helpdesk conversations of one tenant: who wrote, when, through which channel, and what happened next
// (first response, resolution by the AI or a human, SLA, escalation, spam, merges, archives).
// Every derived field is computed from the same instants, so analytics computed from them add up.
import type { CHANNELS, PRIORITIES } from './model.ts'
import type { Conversation, User } from './model.ts'
import { ASSIGNMENT_REASONS, SPAM_TOPIC, TOPICS, TRIAGE_HINT_TYPES } from './catalog.ts'
import { DAY_MS, HOUR_MS, MINUTE_MS, TimeSampler } from './clock.ts'
import type { IsoFormat } from './clock.ts'
import type { ContactBook } from './contacts.ts'
import type { ArticleSet, ChannelSet } from './help-center.ts'
import type { Organisation } from './organisation.ts'
import type { Rng } from './random.ts'
import { Weighted } from './random.ts'
import type { TenantInfo } from './tenants.ts'

type Channel = (typeof CHANNELS)[number]
type Priority = (typeof PRIORITIES)[number]

/** SLA targets in minutes per priority (first response, resolution). */
export const FIRST_RESPONSE_TARGET_MIN: Readonly<Record<Priority, number>> = {
  urgent: 15,
  high: 60,
  medium: 240,
  low: 480,
}
export const RESOLUTION_TARGET_MIN: Readonly<Record<Priority, number>> = {
  urgent: 240,
  high: 480,
  medium: 1440,
  low: 4320,
}

const CHANNEL_MIX = new Weighted<Channel>([
  ['email', 50],
  ['chat', 28],
  ['voice', 12],
  ['whatsapp', 9],
  ['widget', 1],
])
const PRIORITY_MIX = new Weighted<Priority>([
  ['urgent', 9],
  ['high', 18],
  ['medium', 52],
  ['low', 21],
])
type Intent = 'ai' | 'human' | 'never'
/** What will eventually happen; recent conversations may not have got there yet. */
const INTENT_MIX = new Weighted<Intent>([
  ['ai', 40],
  ['human', 32],
  ['never', 28],
])
const SOURCE_BY_CHANNEL: Readonly<Record<Channel, Weighted<Conversation['source']>>> = {
  email: new Weighted([
    ['inbound', 88],
    ['outbound', 4],
    ['api', 5],
    ['import', 3],
  ]),
  chat: new Weighted([
    ['inbound', 85],
    ['widget', 12],
    ['api', 3],
  ]),
  voice: new Weighted([
    ['inbound', 97],
    ['api', 3],
  ]),
  whatsapp: new Weighted([
    ['inbound', 97],
    ['api', 3],
  ]),
  widget: new Weighted([['widget', 1]]),
}
const URGENCY_IMPACT: Readonly<Record<Priority, readonly [string, readonly string[]]>> = {
  urgent: ['high', ['high']],
  high: ['high', ['medium', 'high']],
  medium: ['medium', ['medium', 'low']],
  low: ['low', ['low']],
}
const SPAM_CHANNELS = new Weighted<Channel>([
  ['email', 80],
  ['widget', 10],
  ['chat', 10],
])
const TOPIC_MIX = new Weighted(TOPICS.map((t, i) => [i, t.weight] as const))
const TOPIC_TYPES = TOPICS.map((t) => new Weighted(t.types))
const ASSIGNMENT_REASON_MIX = new Weighted(ASSIGNMENT_REASONS)
const TRIAGE_TYPE_MIX = new Weighted(TRIAGE_HINT_TYPES)

const SPAM_RATE = 0.02
const MERGE_RATE = 0.01
const DELETE_RATE = 0.012

export interface HelpdeskContext {
  info: TenantInfo
  org: Organisation
  book: ContactBook
  channels: ChannelSet
  articles: ArticleSet
  start: number
  now: number
  iso: IsoFormat
}

export interface ConversationBatch {
  conversations: Conversation[]
  /** ai_resolution_count per article index of the tenant. */
  citations: Int32Array
  /** resolved_at as epoch ms per conversation (NaN when unresolved), so CSAT need not parse strings. */
  resolvedAt: Float64Array
}

/** A record with every optional fact empty; the branches below fill what applies. */
function emptyConversation(id: string, tenantId: string, createdAt: string): Conversation {
  return {
    id,
    tenant_id: tenantId,
    subject: '',
    last_message_snippet: '',
    channel: 'email',
    status: 'open',
    priority: 'medium',
    urgency: null,
    impact: null,
    conversation_type: 'question',
    source: 'inbound',
    source_thread_id: null,
    category: '',
    topic: '',
    tags: [],
    detected_language: 'en',
    current_sentiment_label: 'neutral',
    current_sentiment_score: 0,
    sentiment_trend: 'stable',
    is_spam: false,
    is_read: true,
    deleted_at: null,
    archived_at: null,
    merged_at: null,
    merged_by: null,
    merged_into_id: null,
    snoozed_until: null,
    snoozed_by: null,
    assignee_user_id: null,
    assignee_team_id: null,
    assigned_at: null,
    assignment_reason: null,
    department_id: null,
    contact_id: '',
    company_id: null,
    email_channel_id: null,
    ai_triage_hint: null,
    ai_triage_hint_type: null,
    sla_first_response_due: null,
    sla_resolution_due: null,
    sla_last_escalation_at: null,
    sla_state: null,
    version: 1,
    created_at: createdAt,
    updated_at: createdAt,
    first_response_at: null,
    first_response_minutes: null,
    resolved_at: null,
    resolution_minutes: null,
    resolved_by: null,
    escalated: false,
    sla_first_response_met: null,
    sla_resolution_met: null,
    inbound_messages: 1,
    outbound_messages: 0,
    deflected_by_article_id: null,
  }
}

/** Minutes with one decimal, at least 0.1 (6 seconds): timestamps stay on whole seconds. */
function tenthsOfMinute(minutes: number): number {
  return Math.max(1, Math.round(minutes * 10)) / 10
}

function sentimentLabel(score: number): Conversation['current_sentiment_label'] {
  if (score >= 0.25) return 'positive'
  if (score <= -0.25) return 'negative'
  return 'neutral'
}

export function buildConversations(rng: Rng, ctx: HelpdeskContext): ConversationBatch {
  const { info, org, book, channels, articles, start, now, iso } = ctx
  const tenantId = info.tenant.id
  const count = info.conversations
  const conversations: Conversation[] = []
  const citations = new Int32Array(articles.articles.length)
  const resolvedAtMs = new Float64Array(count).fill(Number.NaN)
  if (count === 0 || book.contacts.length === 0) return { conversations, citations, resolvedAt: resolvedAtMs }

  // Routing: a topic goes to its specialist teams when the tenant has them, Tier 1 otherwise.
  const topicTeams = TOPICS.map(
    (topic) => new Weighted(org.teams.map((team, i) => [i, topic.teams.includes(team.name) ? 6 : i === 0 ? 2 : 0.4] as const)),
  )
  const times = new TimeSampler(start, now).sampleSorted(rng, count)
  const topicOf = new Int16Array(count)
  const mergeCandidates: number[] = []
  const clampNow = (ms: number) => Math.min(now, Math.round(ms / 1000) * 1000)
  const pickAgent = (teamIndex: number): User | undefined => {
    const pool = org.assignableByTeam[teamIndex]
    return pool && pool.length > 0 ? rng.pick(pool) : org.assignable.length > 0 ? rng.pick(org.assignable) : undefined
  }

  for (let i = 0; i < count; i++) {
    const created = times[i] as number
    const conv = emptyConversation(rng.uuid(), tenantId, iso(created))
    conversations.push(conv)

    if (mergeCandidates.length > 0 && rng.chance(MERGE_RATE)) {
      // A duplicate the contact opened again; an agent merged it into the earlier conversation.
      const recent = mergeCandidates.length - 1 - rng.int(0, Math.min(200, mergeCandidates.length - 1))
      const targetIndex = mergeCandidates[recent] as number
      const target = conversations[targetIndex] as Conversation
      const topicIndex = topicOf[targetIndex] as number
      const topic = TOPICS[topicIndex]!
      topicOf[i] = topicIndex
      const mergedAt = clampNow(created + tenthsOfMinute(rng.logNormal(20, 1)) * MINUTE_MS)
      const merger = target.assignee_user_id ?? pickAgent(0)?.id ?? null
      conv.subject = target.subject
      conv.last_message_snippet = rng.pick(topic.snippets)
      conv.channel = CHANNEL_MIX.sample(rng)
      conv.status = 'closed'
      conv.priority = target.priority
      conv.conversation_type = target.conversation_type
      conv.source = SOURCE_BY_CHANNEL[conv.channel].sample(rng)
      conv.category = target.category
      conv.topic = target.topic
      conv.tags = [...target.tags]
      conv.detected_language = target.detected_language
      conv.merged_at = iso(mergedAt)
      conv.merged_by = merger
      conv.merged_into_id = target.id
      if (target.assignee_team_id !== null) {
        // Merging moves it to the team that owns the original.
        conv.assignee_team_id = target.assignee_team_id
        conv.department_id = target.department_id
        conv.assigned_at = iso(mergedAt)
        conv.assignment_reason = 'merge'
      }
      conv.contact_id = target.contact_id
      conv.company_id = target.company_id
      if (conv.channel === 'email') conv.email_channel_id = channels.active.sample(rng).id
      conv.updated_at = iso(mergedAt)
      conv.version = 2
      continue
    }

    const contactIndex = rng.skewedIndex(book.contacts.length)
    const contact = book.contacts[contactIndex]!
    conv.contact_id = contact.id
    conv.company_id = contact.company_id

    if (rng.chance(SPAM_RATE)) {
      conv.subject = rng.pick(SPAM_TOPIC.subjects)
      conv.last_message_snippet = rng.pick(SPAM_TOPIC.snippets)
      conv.channel = SPAM_CHANNELS.sample(rng)
      conv.status = 'closed'
      conv.priority = 'low'
      conv.source = conv.channel === 'widget' ? 'widget' : 'inbound'
      conv.category = SPAM_TOPIC.category
      conv.topic = SPAM_TOPIC.name
      conv.tags = [...SPAM_TOPIC.tags]
      conv.is_spam = true
      conv.is_read = rng.chance(0.5)
      conv.ai_triage_hint = 'Looks like unsolicited mail.'
      conv.ai_triage_hint_type = 'spam'
      if (conv.channel === 'email') conv.email_channel_id = channels.active.sample(rng).id
      const markedAt = clampNow(created + rng.between(1, 30) * MINUTE_MS)
      let updated = markedAt
      if (rng.chance(0.2)) {
        const deletedAt = clampNow(markedAt + rng.between(0, 3) * DAY_MS)
        conv.deleted_at = iso(deletedAt)
        updated = deletedAt
      }
      conv.updated_at = iso(updated)
      conv.version = conv.deleted_at ? 3 : 2
      continue
    }

    mergeCandidates.push(i)
    const topicIndex = TOPIC_MIX.sample(rng)
    topicOf[i] = topicIndex
    const topic = TOPICS[topicIndex]!
    const channel = CHANNEL_MIX.sample(rng)
    const priority = PRIORITY_MIX.sample(rng)
    const frTarget = FIRST_RESPONSE_TARGET_MIN[priority]
    const resTarget = RESOLUTION_TARGET_MIN[priority]
    const hasSla = rng.chance(0.95)
    const intent = INTENT_MIX.sample(rng)
    const escalated = intent !== 'ai' && rng.chance(0.2)

    conv.subject = rng.pick(topic.subjects)
    conv.last_message_snippet = rng.pick(topic.snippets)
    conv.channel = channel
    conv.priority = priority
    if (rng.chance(0.8)) {
      const [urgency, impacts] = URGENCY_IMPACT[priority]
      conv.urgency = urgency
      conv.impact = rng.pick(impacts)
    }
    conv.conversation_type = TOPIC_TYPES[topicIndex]!.sample(rng)
    conv.source = SOURCE_BY_CHANNEL[channel].sample(rng)
    if (channel === 'email') conv.source_thread_id = `<${conv.id.slice(0, 18)}@mail.${info.domain}>`
    else if (channel === 'whatsapp') conv.source_thread_id = `wamid.${conv.id.slice(0, 8)}${conv.id.slice(24)}`
    conv.category = topic.category
    conv.topic = topic.name
    conv.tags = rng.chance(0.05) ? [...topic.tags, 'vip'] : [...topic.tags]
    const contactLanguage = book.languages[contactIndex] ?? 'en'
    conv.detected_language = contactLanguage !== 'en' && rng.chance(0.7) ? contactLanguage : 'en'
    if (channel === 'email') {
      const old = now - created > 60 * DAY_MS
      conv.email_channel_id =
        old && channels.inactive.length > 0 && rng.chance(0.15) ? rng.pick(channels.inactive).id : channels.active.sample(rng).id
    }
    if (rng.chance(0.55)) {
      conv.ai_triage_hint = rng.pick(topic.triageHints)
      conv.ai_triage_hint_type = TRIAGE_TYPE_MIX.sample(rng)
    }

    // First response: the AI answers chat-like channels in seconds; e-mail waits for a person
    // (or the AI's reply when it handles the case), scaled to the SLA target of the priority.
    let frMin = Infinity
    if (!(intent === 'never' && rng.chance(0.12))) {
      if (channel !== 'email') frMin = rng.logNormal(1, 0.7)
      else if (intent === 'ai') frMin = rng.logNormal(2.5, 0.6)
      else frMin = frTarget * rng.logNormal(0.08, 0.9) * (rng.chance(0.04) ? 10 : 1)
      frMin = tenthsOfMinute(frMin)
    }
    const frAt = created + Math.round(frMin * MINUTE_MS)
    const answered = Number.isFinite(frMin) && frAt <= now
    if (answered) {
      conv.first_response_at = iso(frAt)
      conv.first_response_minutes = frMin
    }

    let resMin = Infinity
    if (intent === 'ai') resMin = resTarget * rng.logNormal(0.12, 0.9)
    else if (intent === 'human') resMin = resTarget * rng.logNormal(0.3, 0.75) * (escalated ? 1.3 : 1)
    if (Number.isFinite(resMin)) resMin = tenthsOfMinute(Math.max(resMin, (Number.isFinite(frMin) ? frMin : 0) + 1))
    const resAt = created + Math.round(resMin * MINUTE_MS)
    const resolved = answered && Number.isFinite(resMin) && resAt <= now
    if (resolved) {
      resolvedAtMs[i] = resAt
      conv.resolved_at = iso(resAt)
      conv.resolution_minutes = resMin
      conv.resolved_by = intent === 'ai' ? 'ai' : 'human'
      conv.status = resAt < now - 3 * DAY_MS && rng.chance(0.55) ? 'closed' : 'resolved'
    } else {
      // Most unresolved conversations wait on the customer (pending); the rest sit in the queue.
      conv.status = answered && rng.chance(0.75) ? 'pending' : 'open'
    }
    conv.escalated = escalated

    // Assignment: people for human work and escalations, a routed team for most of the rest.
    const teamIndex = topicTeams[topicIndex]!.sample(rng)
    const team = org.teams[teamIndex]
    const escalatedAt = escalated ? clampNow(created + ((resolved ? resAt : now) - created) * rng.between(0.1, 0.5)) : null
    let assignee: User | undefined
    let assignedAt: number | null = null
    if (intent === 'human' || escalated || (intent === 'never' && rng.chance(answered ? 0.7 : 0.3))) {
      assignee = pickAgent(teamIndex)
      assignedAt =
        escalatedAt ?? (answered ? created + (frAt - created) * rng.between(0.3, 0.95) : created + rng.between(1, 30) * MINUTE_MS)
    } else if (rng.chance(0.75)) {
      assignedAt = created + rng.between(0.1, 2) * MINUTE_MS
    }
    if (assignedAt !== null && assignedAt <= now) {
      assignedAt = clampNow(assignedAt)
      const assignedTeam = assignee ? (org.teams.find((t) => t.id === assignee?.team_id) ?? team) : team
      conv.assignee_user_id = assignee?.id ?? null
      conv.assignee_team_id = assignedTeam?.id ?? null
      conv.department_id = assignedTeam?.department_id ?? null
      conv.assigned_at = iso(assignedAt)
      conv.assignment_reason = escalated ? 'escalation' : assignee ? ASSIGNMENT_REASON_MIX.sample(rng) : 'ai_triage'
    } else {
      assignedAt = null
    }

    // SLA: met/breached from the actual times. An unfinished step counts as met until its due time passes;
    // pending conversations wait on the customer, so their resolution clock stopped at the last reply.
    let frMet: boolean | null = null
    let resMet: boolean | null = null
    let lastEscalation: number | null = escalatedAt
    if (hasSla) {
      const frDue = created + frTarget * MINUTE_MS
      const resDue = created + resTarget * MINUTE_MS
      const pending = conv.status === 'pending'
      conv.sla_first_response_due = iso(frDue)
      conv.sla_resolution_due = iso(resDue)
      frMet = answered ? frMin <= frTarget : now <= frDue
      resMet = resolved ? resMin <= resTarget : pending ? frAt <= resDue : now <= resDue
      if (!frMet) lastEscalation = Math.max(lastEscalation ?? 0, frDue)
      if (!resMet) lastEscalation = Math.max(lastEscalation ?? 0, resDue)
      if (pending && rng.chance(0.25)) {
        // A scheduled wake-up: the one timestamp (with SLA due dates) that may lie after `now`.
        conv.snoozed_until = iso(Math.floor(now / HOUR_MS) * HOUR_MS + rng.int(1, 72) * HOUR_MS)
        conv.snoozed_by = assignee?.id ?? pickAgent(teamIndex)?.id ?? null
      }
      if (resolved) conv.sla_state = frMet && resMet ? 'met' : 'breached'
      else if (!frMet || !resMet) conv.sla_state = 'breached'
      else if (pending) conv.sla_state = 'paused'
      else conv.sla_state = resDue - now < 0.25 * resTarget * MINUTE_MS ? 'at_risk' : 'on_track'
    }
    conv.sla_first_response_met = frMet
    conv.sla_resolution_met = resMet
    conv.sla_last_escalation_at = lastEscalation === null ? null : iso(lastEscalation)

    let score = 0.12 + 0.3 * rng.normal()
    if (resolved) score += intent === 'ai' ? 0.15 : 0.1
    else score -= 0.1
    if (escalated) score -= 0.35
    if (frMet === false || resMet === false) score -= 0.2
    score = Math.round(Math.max(-1, Math.min(1, score)) * 100) / 100
    conv.current_sentiment_score = score
    conv.current_sentiment_label = sentimentLabel(score)
    if (resolved && score > 0) conv.sentiment_trend = rng.chance(0.6) ? 'improving' : 'stable'
    else if (score <= -0.25) conv.sentiment_trend = rng.chance(0.5) ? 'declining' : 'stable'
    else conv.sentiment_trend = rng.chance(0.7) ? 'stable' : rng.chance(0.5) ? 'improving' : 'declining'

    conv.inbound_messages = 1 + rng.geometric(0.55) + (escalated ? 1 : 0)
    conv.outbound_messages = answered
      ? intent === 'ai'
        ? 1 + rng.geometric(0.7)
        : 1 + rng.geometric(0.6) + (intent === 'human' ? 1 : 0)
      : 0
    conv.is_read = answered || rng.chance(0.4)

    if (resolved && intent === 'ai' && articles.published.length > 0 && rng.chance(0.65)) {
      const onTopic = articles.publishedByTopic[topicIndex] ?? []
      const articleIndex = onTopic.length > 0 ? rng.pick(onTopic) : rng.pick(articles.published)
      conv.deflected_by_article_id = articles.articles[articleIndex]!.id
      citations[articleIndex] = (citations[articleIndex] ?? 0) + 1
    }

    let updated = Math.max(created, answered ? frAt : 0, assignedAt ?? 0, resolved ? resAt : 0, lastEscalation ?? 0)
    if (!resolved) updated = Math.max(updated, clampNow(created + (now - created) * rng.between(0, 0.6)))
    if (resolved && resAt < now - 7 * DAY_MS && rng.chance(0.065)) {
      const room = Math.min(30 * DAY_MS, now - resAt - 7 * DAY_MS)
      const archivedAt = clampNow(resAt + 7 * DAY_MS + room * rng.next())
      conv.archived_at = iso(archivedAt)
      updated = Math.max(updated, archivedAt)
    }
    if (rng.chance(DELETE_RATE)) {
      const deletedAt = clampNow(Math.max(updated, created + (now - created) * rng.between(0.05, 1)))
      conv.deleted_at = iso(deletedAt)
      updated = deletedAt
    }
    conv.updated_at = iso(Math.min(now, updated))
    conv.version =
      1 +
      (answered ? 1 : 0) +
      (assignedAt !== null ? 1 : 0) +
      (resolved ? 1 : 0) +
      (conv.status === 'closed' ? 1 : 0) +
      (conv.archived_at ? 1 : 0) +
      (conv.deleted_at ? 1 : 0) +
      Math.floor((conv.inbound_messages + conv.outbound_messages) / 2)
  }
  return { conversations, citations, resolvedAt: resolvedAtMs }
}
