// Helpdesk conversations of one tenant: who wrote, when, through which channel, and what happened next
// (first response, resolution by the AI or a human, SLA, escalation, spam, merges, archives).
// Every derived field is computed from the same instants, so analytics computed from them add up.
import type { CHANNELS, PRIORITIES } from './model.ts'
import type { Conversation, User } from './model.ts'
import { type ConversationFacts, type ConversationTable, whatsappThreadId } from './conversation-table.ts'
import { ASSIGNMENT_REASONS, SPAM_TOPIC, TOPICS, TRIAGE_HINT_TYPES } from './catalog.ts'
import type { Topic } from './catalog.ts'
import { businessClock, calendarClock, onShift } from './business-hours.ts'
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../lib/seeded.ts'
import { TimeSampler } from './clock.ts'
import type { ContactBook } from './contacts.ts'
import type { ArticleSet, ChannelSet } from './help-center.ts'
import type { Organisation } from './organisation.ts'
import type { Rng } from './random.ts'
import { Weighted } from './random.ts'
import type { TenantInfo } from './tenants.ts'
import { hasVoice } from './tenants.ts'

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

const CHANNEL_WEIGHTS: readonly (readonly [Channel, number])[] = [
  ['email', 50],
  ['chat', 28],
  ['voice', 12],
  ['whatsapp', 9],
  ['widget', 1],
]
/** Channels of a tenant: `voice` only where the tenant has the voice product. */
function channelMix(withVoice: boolean): Weighted<Channel> {
  return new Weighted(CHANNEL_WEIGHTS.filter(([channel]) => withVoice || channel !== 'voice'))
}
const PRIORITY_MIX = new Weighted<Priority>([
  ['urgent', 9],
  ['high', 18],
  ['medium', 52],
  ['low', 21],
])
/** What will eventually happen: the AI resolves it, a person does, or the customer goes quiet. */
type Intent = 'ai' | 'human' | 'abandoned'

/**
 * How priority drives the work. `frShare` / `resShare`: median first-response and human resolution time as
 * a share of the priority's target (log-normal, sigma FR_SIGMA / RES_SIGMA). Urgent targets are tight, so
 * urgent is the hardest to meet (seed 001: urgent 88%, high 92%, medium 96%, low 98% compliance).
 * `abandon`: customers who never reply again; `ai`: share the AI resolves; `escalate`: human cases escalated.
 */
interface PriorityProfile {
  frShare: number
  resShare: number
  abandon: number
  ai: number
  escalate: number
}
const PRIORITY_PROFILE: Readonly<Record<Priority, PriorityProfile>> = {
  urgent: { frShare: 0.6, resShare: 0.6, abandon: 0.03, ai: 0.25, escalate: 0.55 },
  high: { frShare: 0.5, resShare: 0.6, abandon: 0.06, ai: 0.38, escalate: 0.38 },
  medium: { frShare: 0.1, resShare: 0.57, abandon: 0.09, ai: 0.5, escalate: 0.2 },
  low: { frShare: 0.06, resShare: 0.54, abandon: 0.13, ai: 0.55, escalate: 0.1 },
}
const FR_SIGMA = 0.9
/** Median AI resolution time as a share of the target (the customer confirms the answer worked). */
const AI_RES_SHARE = 0.06
const RES_SIGMA = 0.35
/** Human cases that wait weeks on a third party (vendor, engineering): the backlog's tail beyond 30 days. */
const LONG_TAIL_RATE = 0.006
const LONG_TAIL_DAYS = { from: 20, to: 75 } as const

/** Pending conversations (waiting on the customer) auto-close after this many days without a reply. */
export const PENDING_AUTO_CLOSE_DAYS = 7
/** A live step is at_risk when less than this share of its target is left before its due time, on its SLA clock. */
const AT_RISK_SHARE = 0.5
/** Share of live, answered conversations waiting on the customer (pending) rather than on an agent. */
const WAITING_ON_CUSTOMER = 0.35

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
/**
 * Tag lists shared by the conversations of a topic (with and without `vip`) instead of a copy each: ~10 MB
 * at 100k. Nothing mutates a record's tags (the list endpoint copies them into its answer).
 */
const TOPIC_TAGS = TOPICS.map((t) => ({ plain: [...t.tags], vip: [...t.tags, 'vip'] }))
const SPAM_TAGS = [...SPAM_TOPIC.tags]

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
}

export interface ConversationBatch {
  /** The tenant's rows of the world's table: [first, end). */
  first: number
  end: number
  /** ai_resolution_count per article index of the tenant. */
  citations: Int32Array
}

/** A record with every optional fact empty; the branches below fill what applies. */
function emptyConversation(id: string, tenantId: string, createdAt: number): ConversationFacts {
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

type HintType = (typeof TRIAGE_HINT_TYPES)[number][0]

/** Hint text that says what its type says: an article to suggest, a team to route to, a priority, a duplicate. */
function triageHint(type: HintType, topic: Topic, priority: Priority, team: string, article: string | null): string {
  switch (type) {
    case 'suggested_article':
      return article ? `Suggest the article "${article}".` : `Suggest the ${topic.name} articles.`
    case 'routing':
      return `Route to ${team}: matches ${topic.name}.`
    case 'priority':
      return `Set priority to ${priority}: ${priority === 'urgent' || priority === 'high' ? 'the customer is blocked' : 'no one is blocked'}.`
    case 'duplicate':
      return `Possible duplicate of another ${topic.name} conversation from this contact.`
  }
}

/** Appends the tenant's conversations to `table`. */
export function buildConversations(rng: Rng, ctx: HelpdeskContext, table: ConversationTable): ConversationBatch {
  const { info, org, book, channels, articles, start, now } = ctx
  const tenantId = info.tenant.id
  const count = info.conversations
  const first = table.length
  const citations = new Int32Array(articles.articles.length)
  if (count === 0 || book.contacts.length === 0) return { first, end: first, citations }

  // Routing: a topic goes to its specialist teams when the tenant has them, Tier 1 otherwise.
  const topicTeams = TOPICS.map(
    (topic) => new Weighted(org.teams.map((team, i) => [i, topic.teams.includes(team.name) ? 6 : i === 0 ? 2 : 0.4] as const)),
  )
  const times = new TimeSampler(start, now).sampleSorted(rng, count)
  const channels_ = channelMix(hasVoice(info.tenant.profile))
  const topicOf = new Int16Array(count)
  const mergeCandidates: number[] = []
  const hints = new Map<string, string>()
  const clampNow = (ms: number) => Math.min(now, Math.round(ms / 1000) * 1000)
  const pickAgent = (teamIndex: number): User | undefined => {
    const pool = org.assignableByTeam[teamIndex]
    return pool && pool.length > 0 ? rng.pick(pool) : org.assignable.length > 0 ? rng.pick(org.assignable) : undefined
  }

  for (let i = 0; i < count; i++) {
    const created = times[i] as number
    const conv = emptyConversation(rng.uuid(), tenantId, created)

    if (mergeCandidates.length > 0 && rng.chance(MERGE_RATE)) {
      // A duplicate the contact opened again; an agent merged it into the earlier conversation.
      const recent = mergeCandidates.length - 1 - rng.int(0, Math.min(200, mergeCandidates.length - 1))
      const targetIndex = mergeCandidates[recent] as number
      const target = table.row(first + targetIndex)
      const topicIndex = topicOf[targetIndex] as number
      const topic = TOPICS[topicIndex]!
      topicOf[i] = topicIndex
      const mergedAt = clampNow(created + tenthsOfMinute(rng.logNormal(20, 1)) * MINUTE_MS)
      const merger = target.assignee_user_id ?? pickAgent(0)?.id ?? null
      conv.subject = target.subject
      conv.last_message_snippet = rng.pick(topic.snippets)
      conv.channel = channels_.sample(rng)
      conv.status = 'closed'
      conv.priority = target.priority
      conv.conversation_type = target.conversation_type
      conv.source = SOURCE_BY_CHANNEL[conv.channel].sample(rng)
      conv.category = target.category
      conv.topic = target.topic
      conv.tags = target.tags
      conv.detected_language = target.detected_language
      conv.merged_at = mergedAt
      conv.merged_by = merger
      conv.merged_into_id = target.id
      if (target.assignee_team_id !== null) {
        // Merging moves it to the team that owns the original.
        conv.assignee_team_id = target.assignee_team_id
        conv.department_id = target.department_id
        conv.assigned_at = mergedAt
        conv.assignment_reason = 'merge'
      }
      conv.contact_id = target.contact_id
      conv.company_id = target.company_id
      if (conv.channel === 'email') conv.email_channel_id = channels.active.sample(rng).id
      conv.updated_at = mergedAt
      conv.version = 2
      table.add(conv)
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
      conv.tags = SPAM_TAGS
      conv.is_spam = true
      conv.is_read = rng.chance(0.5)
      conv.ai_triage_hint = 'Looks like unsolicited mail.'
      conv.ai_triage_hint_type = 'spam'
      if (conv.channel === 'email') conv.email_channel_id = channels.active.sample(rng).id
      const markedAt = clampNow(created + rng.between(1, 30) * MINUTE_MS)
      let updated = markedAt
      if (rng.chance(0.2)) {
        const deletedAt = clampNow(markedAt + rng.between(0, 3) * DAY_MS)
        conv.deleted_at = deletedAt
        updated = deletedAt
      }
      conv.updated_at = updated
      conv.version = conv.deleted_at === null ? 2 : 3
      table.add(conv)
      continue
    }

    mergeCandidates.push(i)
    const topicIndex = TOPIC_MIX.sample(rng)
    topicOf[i] = topicIndex
    const topic = TOPICS[topicIndex]!
    const channel = channels_.sample(rng)
    const priority = PRIORITY_MIX.sample(rng)
    const profile = PRIORITY_PROFILE[priority]
    const frTarget = FIRST_RESPONSE_TARGET_MIN[priority]
    const resTarget = RESOLUTION_TARGET_MIN[priority]
    const hasSla = rng.chance(0.95)
    const intent: Intent = rng.chance(profile.abandon) ? 'abandoned' : rng.chance(profile.ai) ? 'ai' : 'human'
    const escalated = intent === 'human' && rng.chance(profile.escalate)

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
    // Joined, not concatenated: one flat string instead of a tree of fragments (~130 bytes less each).
    if (channel === 'email') conv.source_thread_id = ['<', conv.id.slice(0, 18), '@mail.', info.domain, '>'].join('')
    else if (channel === 'whatsapp') conv.source_thread_id = whatsappThreadId(conv.id)
    conv.category = topic.category
    conv.topic = topic.name
    conv.tags = rng.chance(0.05) ? TOPIC_TAGS[topicIndex]!.vip : TOPIC_TAGS[topicIndex]!.plain
    const contactLanguage = book.languages[contactIndex] ?? 'en'
    conv.detected_language = contactLanguage !== 'en' && rng.chance(0.7) ? contactLanguage : 'en'
    if (channel === 'email') {
      const old = now - created > 60 * DAY_MS
      conv.email_channel_id =
        old && channels.inactive.length > 0 && rng.chance(0.15) ? rng.pick(channels.inactive).id : channels.active.sample(rng).id
    }

    // The planned timeline; `now` decides how much of it has happened. SLA targets of urgent cases run on the
    // calendar (someone is on call), the others on the desk's business hours (business-hours.ts), and people
    // work on the same clock as their targets. First response: the AI answers chat-like channels in about a
    // minute, e-mail waits for a person (or the AI when it handles the case). An urgent or high case a person
    // must handle waits for that person on every channel (the AI's acknowledgement does not stop its clock):
    // most first-response breaches are there, with short targets, which keeps compliance near the seed's
    // 96.5%. Outside business hours the AI answers first on every channel (urgent excepted), so the average
    // first response stays near the seed's 12.5 minutes.
    const clock = priority === 'urgent' ? calendarClock : businessClock
    const personAnswers =
      intent !== 'ai' &&
      (channel === 'email' || priority === 'urgent' || priority === 'high') &&
      (priority === 'urgent' || onShift(created))
    let frMin: number
    if (personAnswers) frMin = frTarget * rng.logNormal(profile.frShare, FR_SIGMA)
    else if (channel !== 'email') frMin = rng.logNormal(1, 0.7)
    else frMin = rng.logNormal(2.5, 0.6)
    frMin = tenthsOfMinute(frMin)
    const frAt = created + Math.round(frMin * MINUTE_MS)
    const answered = frAt <= now
    if (answered) {
      conv.first_response_at = frAt
      conv.first_response_minutes = frMin
    }

    // Resolution (AI or human), or, for a customer who went quiet, the auto-close of the pending conversation.
    // The AI works around the clock; a person's effort (a share of the target) is on the target's clock.
    let resAt = Infinity
    if (intent === 'ai') resAt = calendarClock.add(created, resTarget * rng.logNormal(AI_RES_SHARE, 0.9))
    else if (intent === 'human') {
      if (rng.chance(LONG_TAIL_RATE)) resAt = calendarClock.add(created, rng.between(LONG_TAIL_DAYS.from, LONG_TAIL_DAYS.to) * 24 * 60)
      else {
        let effort = resTarget * rng.logNormal(profile.resShare, RES_SIGMA) * (escalated ? 1.3 : 1)
        // A breached case goes to the top of the queue: it is worked down within about a third of its target.
        if (effort > resTarget) effort = resTarget * (1 + rng.logNormal(0.3, 0.7))
        resAt = clock.add(created, effort)
      }
    }
    const resMin = Number.isFinite(resAt) ? tenthsOfMinute(Math.max((resAt - created) / MINUTE_MS, frMin + 1)) : Infinity
    resAt = created + Math.round(resMin * MINUTE_MS)
    const resolved = answered && resAt <= now
    const autoCloseAt = intent === 'abandoned' ? frAt + PENDING_AUTO_CLOSE_DAYS * DAY_MS : Infinity
    const autoClosed = autoCloseAt <= now
    if (resolved) {
      conv.resolved_at = resAt
      conv.resolution_minutes = resMin
      conv.resolved_by = intent === 'ai' ? 'ai' : 'human'
      conv.status = resAt < now - 3 * DAY_MS && rng.chance(0.55) ? 'closed' : 'resolved'
    } else if (autoClosed) {
      conv.status = 'closed'
    } else if (!answered) {
      conv.status = 'open'
    } else {
      // Live and answered: waiting on the customer (pending, never past the auto-close) or on an agent.
      const waiting = intent === 'abandoned' || (now - frAt < PENDING_AUTO_CLOSE_DAYS * DAY_MS && rng.chance(WAITING_ON_CUSTOMER))
      conv.status = waiting ? 'pending' : 'open'
    }
    conv.escalated = escalated

    // Assignment: people for human work and escalations, a routed team for most of the rest.
    const teamIndex = topicTeams[topicIndex]!.sample(rng)
    const team = org.teams[teamIndex]
    const endMs = resolved ? resAt : autoClosed ? autoCloseAt : now
    const escalatedAt = escalated ? clampNow(created + (endMs - created) * rng.between(0.1, 0.5)) : null
    let assignee: User | undefined
    let assignedAt: number | null = null
    if (intent === 'human' || (intent === 'abandoned' && rng.chance(0.5))) {
      assignee = pickAgent(teamIndex)
      assignedAt = escalatedAt ?? created + (frAt - created) * rng.between(0.3, 0.95)
    } else if (rng.chance(0.75)) {
      assignedAt = created + rng.between(0.1, 2) * MINUTE_MS
    }
    if (assignedAt !== null && assignedAt <= now) {
      assignedAt = clampNow(assignedAt)
      const assignedTeam = assignee ? (org.teams.find((t) => t.id === assignee?.team_id) ?? team) : team
      conv.assignee_user_id = assignee?.id ?? null
      conv.assignee_team_id = assignedTeam?.id ?? null
      conv.department_id = assignedTeam?.department_id ?? null
      conv.assigned_at = assignedAt
      conv.assignment_reason = escalated ? 'escalation' : assignee ? ASSIGNMENT_REASON_MIX.sample(rng) : 'ai_triage'
    } else {
      assignedAt = null
    }
    if (rng.chance(0.55)) {
      const type = TRIAGE_TYPE_MIX.sample(rng)
      const onTopic = articles.publishedByTopic[topicIndex] ?? []
      const article = onTopic.length > 0 ? articles.articles[rng.pick(onTopic)]!.title : null
      const text = triageHint(type, topic, priority, team?.name ?? 'Tier 1', article)
      // A tenant has a few thousand distinct hints: conversations share the string.
      let shared = hints.get(text)
      if (shared === undefined) {
        shared = text
        hints.set(text, text)
      }
      conv.ai_triage_hint = shared
      conv.ai_triage_hint_type = type
    }

    // SLA at `now`: a finished step is met or breached by its actual time; a live one is breached past its
    // due time, at_risk when less than AT_RISK_SHARE of its target is left, on_track otherwise. Waiting on
    // the customer stops the resolution clock at the last reply (paused), and an auto-closed conversation
    // keeps the verdict its clock had when it stopped.
    let frMet: boolean | null = null
    let resMet: boolean | null = null
    let lastEscalation: number | null = escalatedAt
    if (hasSla) {
      const frDue = clock.add(created, frTarget)
      const resDue = clock.add(created, resTarget)
      const waiting = conv.status === 'pending' || autoClosed
      conv.sla_first_response_due = frDue
      conv.sla_resolution_due = resDue
      frMet = answered ? frAt <= frDue : now <= frDue
      resMet = resolved ? resAt <= resDue : waiting ? frAt <= resDue : now <= resDue
      if (!frMet) lastEscalation = Math.max(lastEscalation ?? 0, frDue)
      if (!resMet) lastEscalation = Math.max(lastEscalation ?? 0, resDue)
      if (conv.status === 'pending' && rng.chance(0.25)) {
        // A scheduled wake-up: the one timestamp (with SLA due dates) that may lie after `now`.
        conv.snoozed_until = Math.floor(now / HOUR_MS) * HOUR_MS + rng.int(1, 72) * HOUR_MS
        conv.snoozed_by = assignee?.id ?? pickAgent(teamIndex)?.id ?? null
      }
      if (resolved || autoClosed) conv.sla_state = frMet && resMet ? 'met' : 'breached'
      else if (!frMet || !resMet) conv.sla_state = 'breached'
      else if (conv.status === 'pending') conv.sla_state = 'paused'
      else {
        // The live step: the first response while unanswered, else the resolution; time left on its clock.
        const [due, target] = answered ? [resDue, resTarget] : [frDue, frTarget]
        conv.sla_state = clock.minutesBetween(now, due) < AT_RISK_SHARE * target ? 'at_risk' : 'on_track'
      }
    }
    conv.sla_first_response_met = frMet
    conv.sla_resolution_met = resMet
    conv.sla_last_escalation_at = lastEscalation

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

    let updated = Math.max(
      created,
      answered ? frAt : 0,
      assignedAt ?? 0,
      resolved ? resAt : 0,
      autoClosed ? autoCloseAt : 0,
      lastEscalation ?? 0,
    )
    if (!resolved && !autoClosed) updated = Math.max(updated, clampNow(created + (now - created) * rng.between(0, 0.6)))
    if (resolved && resAt < now - 7 * DAY_MS && rng.chance(0.065)) {
      const room = Math.min(30 * DAY_MS, now - resAt - 7 * DAY_MS)
      const archivedAt = clampNow(resAt + 7 * DAY_MS + room * rng.next())
      conv.archived_at = archivedAt
      updated = Math.max(updated, archivedAt)
    }
    if (rng.chance(DELETE_RATE)) {
      const deletedAt = clampNow(Math.max(updated, created + (now - created) * rng.between(0.05, 1)))
      conv.deleted_at = deletedAt
      updated = deletedAt
    }
    conv.updated_at = Math.min(now, updated)
    conv.version =
      1 +
      (answered ? 1 : 0) +
      (assignedAt !== null ? 1 : 0) +
      (resolved ? 1 : 0) +
      (conv.status === 'closed' ? 1 : 0) +
      (conv.archived_at === null ? 0 : 1) +
      (conv.deleted_at === null ? 0 : 1) +
      Math.floor((conv.inbound_messages + conv.outbound_messages) / 2)
    table.add(conv)
  }
  return { first, end: table.length, citations }
}
