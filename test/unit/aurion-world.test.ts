// The generated AurionAI world: deterministic, shaped like the product's data, and internally consistent.
import { beforeAll, describe, expect, it } from 'vitest'
import {
  DEFAULT_CONVERSATIONS,
  FIRST_RESPONSE_TARGET_MIN,
  PENDING_AUTO_CLOSE_DAYS,
  RESOLUTION_TARGET_MIN,
  worldStart,
  buildAurionWorld,
  seedAurionCollections,
} from '../../generators/aurion/index.ts'
import { businessClock, calendarClock } from '../../generators/aurion/business-hours.ts'
import { ROLES } from '../../generators/aurion/model.ts'
import type { AurionRecords, Conversation } from '../../generators/aurion/model.ts'
import { KINDS, SCHEMAS, checker, forEachEvent, recordsOf } from '../support/aurion-world-checks.ts'

const NOW = new Date('2026-03-10T12:00:00Z')
const NOW_MS = NOW.getTime()
const DAY_MS = 86_400_000
const START_MS = worldStart(NOW_MS)
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
// Whole seconds, written like the vendor's examples: no ".000".
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/

const counted = (c: Conversation) => !c.is_spam && c.deleted_at === null && c.merged_into_id === null
const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((i) => [i.id, i]))
const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole)

describe('buildAurionWorld', () => {
  let world: AurionRecords
  beforeAll(() => {
    world = buildAurionWorld({ seed: 42, now: NOW, size: 2000 })
  })

  it('is deterministic: same inputs give deeply equal worlds, another seed another world', () => {
    const a = buildAurionWorld({ seed: 7, now: NOW, size: 300 })
    const b = buildAurionWorld({ seed: 7, now: NOW, size: 300 })
    expect(b).toEqual(a)
    const c = buildAurionWorld({ seed: 8, now: NOW, size: 300 })
    expect(c.tenants[0]?.id).not.toBe(a.tenants[0]?.id)
    expect(c.conversations.rows().map((x) => x.created_at)).not.toEqual(a.conversations.rows().map((x) => x.created_at))
  })

  it('does not touch the global faker or depend on earlier calls', () => {
    const first = buildAurionWorld({ seed: 3, now: NOW, size: 100 })
    buildAurionWorld({ seed: 4, now: NOW, size: 100 })
    expect(buildAurionWorld({ seed: 3, now: NOW, size: 100 })).toEqual(first)
  })

  it('rejects invalid options', () => {
    expect(() => buildAurionWorld({ seed: 1, now: NOW, size: -1 })).toThrow(RangeError)
    expect(() => buildAurionWorld({ seed: 1, now: NOW, size: 1.5 })).toThrow(RangeError)
    expect(() => buildAurionWorld({ seed: 1, now: new Date('nope'), size: 10 })).toThrow(RangeError)
  })

  it('gives the default tenant exactly `size` conversations and the others less', () => {
    expect(DEFAULT_CONVERSATIONS).toBe(14_000)
    const defaults = world.tenants.filter((t) => t.is_default)
    expect(defaults).toHaveLength(1)
    const main = defaults[0]!
    const perTenant = (id: string) => world.conversations.rows().filter((c) => c.tenant_id === id).length
    expect(perTenant(main.id)).toBe(2000)
    for (const t of world.tenants.filter((x) => !x.is_default)) expect(perTenant(t.id)).toBeLessThan(2000)
    expect(world.calls.filter((c) => c.tenant_id === main.id).length).toBe(1000)
  })

  it('has the tenant line-up the analytics need', () => {
    const [main] = world.tenants.filter((t) => t.is_default)
    expect(main).toMatchObject({ plan: 'professional', profile: 'complete' })
    const voice = world.tenants.filter((t) => t.profile === 'voice')
    const platform = world.tenants.filter((t) => t.profile === 'platform')
    expect(voice.length).toBeGreaterThan(0)
    expect(platform.length).toBeGreaterThan(0)
    for (const t of voice) {
      expect(['professional', 'enterprise']).toContain(t.plan)
      expect(world.conversations.rows().some((c) => c.tenant_id === t.id)).toBe(false)
      expect(world.emailChannels.some((c) => c.tenant_id === t.id)).toBe(false)
      expect(world.calls.some((c) => c.tenant_id === t.id)).toBe(true)
    }
    for (const t of platform) {
      expect(world.calls.some((c) => c.tenant_id === t.id)).toBe(false)
      expect(world.conversations.rows().some((c) => c.tenant_id === t.id)).toBe(true)
    }
    const below = world.tenants.filter((t) => t.plan === 'starter' || t.plan === 'growth')
    expect(below.some((t) => t.profile === 'complete')).toBe(true)
    expect(new Set(world.tenants.map((t) => t.id)).size).toBe(world.tenants.length)
  })

  it('has every role in every tenant, with unique session tokens', () => {
    for (const tenant of world.tenants) {
      const users = world.users.filter((u) => u.tenant_id === tenant.id)
      for (const role of ROLES)
        expect(
          users.some((u) => u.role === role),
          `${tenant.name} ${role}`,
        ).toBe(true)
      // Staff sized to volume, at least one agent a team.
      const teams = world.teams.filter((t) => t.tenant_id === tenant.id).length
      expect(users.filter((u) => u.role === 'agent').length).toBeGreaterThanOrEqual(teams)
    }
    const tokens = world.users.map((u) => u.session_token)
    expect(new Set(tokens).size).toBe(tokens.length)
    for (const u of world.users) expect(u.session_token).toMatch(new RegExp(`^sess_[a-z]+_${u.role}_[0-9a-f]+$`))
  })

  it('parses every record with its schema', () => {
    const { problems, check } = checker()
    for (const kind of KINDS) {
      for (const record of recordsOf(world, kind)) {
        const result = SCHEMAS[kind].safeParse(record)
        check(result.success, () => `${kind} ${record.id}: ${JSON.stringify(result.error?.issues)}`)
      }
    }
    expect(problems).toEqual([])
  })

  it('uses uuid ids, and kb_/ch_ ids for articles and channels, all unique', () => {
    const { problems, check } = checker()
    for (const kind of KINDS) {
      const ids = recordsOf(world, kind).map((r) => r.id)
      expect(new Set(ids).size, kind).toBe(ids.length)
      const pattern = kind === 'articles' ? /^kb_\d{3,}$/ : kind === 'emailChannels' ? /^ch_\d{3,}$/ : UUID
      for (const id of ids) check(pattern.test(id), () => `${kind} id ${id}`)
    }
    expect(problems).toEqual([])
    expect(world.articles[0]?.id).toBe('kb_001')
    expect(world.emailChannels[0]?.id).toBe('ch_001')
  })

  it('keeps every event inside [now - span, now] and deadlines after creation', () => {
    const { problems, check } = checker()
    forEachEvent(world, (field, value) => {
      if (value === null) return
      const ms = Date.parse(value)
      check(ISO.test(value) && ms >= START_MS && ms <= NOW_MS, () => `${field} ${value}`)
    })
    for (const c of world.conversations.rows()) {
      const created = Date.parse(c.created_at)
      check(Date.parse(c.updated_at) >= created, () => `${c.id} updated_at before created_at`)
      for (const due of [c.sla_first_response_due, c.sla_resolution_due]) {
        check(due === null || Date.parse(due) > created, () => `${c.id} due ${due}`)
      }
      check(c.snoozed_until === null || Date.parse(c.snoozed_until) > NOW_MS, () => `${c.id} snoozed in the past`)
      check(c.version >= 1, () => `${c.id} version ${c.version}`)
    }
    expect(problems).toEqual([])
  })

  it('derives conversation facts from the same instants', () => {
    const { problems, check } = checker()
    const minutesBetween = (from: number, to: string) => (Date.parse(to) - from) / 60_000
    for (const c of world.conversations.rows()) {
      const created = Date.parse(c.created_at)
      const is = (ok: boolean, what: string) => check(ok, () => `${c.id}: ${what}`)
      is((c.resolved_at === null) === (c.resolved_by === null), 'resolved_at vs resolved_by')
      is((c.resolved_at === null) === (c.resolution_minutes === null), 'resolved_at vs resolution_minutes')
      is((c.first_response_at === null) === (c.first_response_minutes === null), 'first response fields')
      if (c.first_response_at !== null && c.first_response_minutes !== null) {
        const minutes = minutesBetween(created, c.first_response_at)
        is(Math.abs(minutes - c.first_response_minutes) < 1e-6, 'first_response_minutes')
      }
      if (c.resolved_at !== null && c.resolution_minutes !== null) {
        is(Math.abs(minutesBetween(created, c.resolved_at) - c.resolution_minutes) < 1e-6, 'resolution_minutes')
        is(c.status === 'resolved' || c.status === 'closed', `status ${c.status} when resolved`)
      } else if (!c.is_spam && c.merged_into_id === null) {
        // Unresolved: live, or auto-closed PENDING_AUTO_CLOSE_DAYS after the last reply to a silent customer.
        const sinceReply = c.first_response_at === null ? 0 : (NOW_MS - Date.parse(c.first_response_at)) / DAY_MS
        if (c.status === 'closed') is(sinceReply >= PENDING_AUTO_CLOSE_DAYS, 'auto-closed too early')
        else is(c.status === 'open' || c.status === 'pending', `status ${c.status} when unresolved`)
        if (c.status === 'pending') is(sinceReply < PENDING_AUTO_CLOSE_DAYS, 'pending past the auto-close')
      }
      if (c.sla_state === 'paused') is(c.status === 'pending', 'paused while not waiting on the customer')
      if (c.resolved_by === 'ai') is(!c.escalated, 'AI-resolved but escalated')
      // SLA due times are the priority's targets on its clock (urgent: calendar, others: business hours), and
      // the flags agree with them.
      if (c.sla_first_response_due === null || c.sla_resolution_due === null) {
        is(c.sla_first_response_met === null && c.sla_resolution_met === null && c.sla_state === null, 'untracked SLA')
      } else {
        is(c.sla_first_response_met !== null && c.sla_resolution_met !== null && c.sla_state !== null, 'tracked SLA')
        const clock = c.priority === 'urgent' ? calendarClock : businessClock
        is(Date.parse(c.sla_first_response_due) === clock.add(created, FIRST_RESPONSE_TARGET_MIN[c.priority]), 'FR due')
        is(Date.parse(c.sla_resolution_due) === clock.add(created, RESOLUTION_TARGET_MIN[c.priority]), 'resolution due')
        if (c.first_response_at !== null) {
          is(c.sla_first_response_met === c.first_response_at <= c.sla_first_response_due, 'FR met')
        }
        if (c.resolved_at !== null) {
          is(c.sla_resolution_met === c.resolved_at <= c.sla_resolution_due, 'resolution met')
        }
        if (c.sla_state === 'met') is(c.sla_first_response_met === true && c.sla_resolution_met === true, 'state met')
        if (c.sla_first_response_met === false || c.sla_resolution_met === false) {
          is(c.sla_state === 'breached', `state ${c.sla_state} with a breach`)
        }
        if (c.sla_state === 'on_track' || c.sla_state === 'at_risk') {
          // The live step (first response while unanswered, else resolution) is at risk with less than half of
          // its target left on its clock.
          const [due, target] =
            c.first_response_at === null
              ? [c.sla_first_response_due, FIRST_RESPONSE_TARGET_MIN[c.priority]]
              : [c.sla_resolution_due, RESOLUTION_TARGET_MIN[c.priority]]
          const left = clock.minutesBetween(NOW_MS, Date.parse(due))
          is((c.sla_state === 'at_risk') === left < target / 2, `state ${c.sla_state} with ${left} of ${target} min left`)
        }
      }
      const score = c.current_sentiment_score
      const label = score >= 0.25 ? 'positive' : score <= -0.25 ? 'negative' : 'neutral'
      is(c.current_sentiment_label === label, `sentiment ${c.current_sentiment_label} for ${score}`)
      is((c.email_channel_id !== null) === (c.channel === 'email'), 'email channel')
      if (c.merged_into_id !== null) is(c.merged_at !== null && c.status === 'closed', 'merged fields')
    }
    expect(problems).toEqual([])
  })

  it('keeps references inside the tenant', () => {
    const { problems, check } = checker()
    const users = byId(world.users)
    const teams = byId(world.teams)
    const contacts = byId(world.contacts)
    const companies = byId(world.companies)
    const channels = byId(world.emailChannels)
    const articles = byId(world.articles)
    const conversations = byId(world.conversations.rows())
    const calls = byId(world.calls)
    for (const u of world.users) {
      check(u.team_id === null || teams.get(u.team_id)?.tenant_id === u.tenant_id, () => `user ${u.id} team`)
    }
    for (const c of world.contacts) {
      check(c.company_id === null || companies.get(c.company_id)?.tenant_id === c.tenant_id, () => `contact ${c.id}`)
      check(/^\+[1-9]\d{7,14}$/.test(c.phone), () => `contact phone ${c.phone}`)
    }
    const citations = new Map<string, number>()
    for (const c of world.conversations.rows()) {
      const is = (ok: boolean, what: string) => check(ok, () => `${c.id}: ${what}`)
      const contact = contacts.get(c.contact_id)
      is(contact?.tenant_id === c.tenant_id && c.company_id === contact.company_id, 'contact/company')
      if (c.assignee_user_id !== null) {
        const user = users.get(c.assignee_user_id)
        is(user?.tenant_id === c.tenant_id, 'assignee tenant')
        is(user?.role === 'agent' || user?.role === 'supervisor', `assignee role ${user?.role}`)
        is(c.assignee_team_id === user?.team_id, 'assignee team is the user team')
      }
      if (c.assignee_team_id !== null) {
        const team = teams.get(c.assignee_team_id)
        is(team?.tenant_id === c.tenant_id && c.department_id === team.department_id, 'team/department')
      }
      if (c.merged_into_id !== null) {
        const target = conversations.get(c.merged_into_id)
        is(target?.tenant_id === c.tenant_id && target.merged_into_id === null && target.id !== c.id, 'merge target')
        is(target !== undefined && target.created_at <= c.created_at, 'merged into an earlier conversation')
      }
      if (c.email_channel_id !== null) is(channels.get(c.email_channel_id)?.tenant_id === c.tenant_id, 'channel')
      if (c.deflected_by_article_id !== null) {
        const article = articles.get(c.deflected_by_article_id)
        is(article?.tenant_id === c.tenant_id && article.published && c.resolved_by === 'ai', 'deflection')
        citations.set(c.deflected_by_article_id, (citations.get(c.deflected_by_article_id) ?? 0) + 1)
      }
    }
    for (const a of world.articles) {
      check(a.ai_resolution_count === (citations.get(a.id) ?? 0), () => `article ${a.id} ai_resolution_count`)
      check(a.view_count >= a.helpful_count + a.not_helpful_count, () => `article ${a.id} views`)
    }
    for (const r of world.csatResponses.rows()) {
      const is = (ok: boolean, what: string) => check(ok, () => `csat ${r.id}: ${what}`)
      const conv = conversations.get(r.conversation_id)
      is(conv?.tenant_id === r.tenant_id && conv.resolved_at !== null, 'conversation')
      is(Date.parse(r.sent_at) > Date.parse(conv?.resolved_at ?? ''), 'sent after resolution')
      if (r.responded_at !== null) is(Date.parse(r.responded_at) > Date.parse(r.sent_at), 'responded after sent')
      else is(r.rating === null && r.comment === null, 'unanswered has no rating')
      is(
        r.contact_id === conv?.contact_id &&
          r.channel === conv.channel &&
          r.assignee_user_id === conv.assignee_user_id &&
          r.assignee_team_id === conv.assignee_team_id,
        'copied from the conversation',
      )
    }
    for (const call of world.calls) {
      const is = (ok: boolean, what: string) => check(ok, () => `call ${call.id}: ${what}`)
      if (call.contact_id !== null) {
        const contact = contacts.get(call.contact_id)
        is(contact?.tenant_id === call.tenant_id && call.phone_number === contact.phone, 'contact')
      }
      is((call.status === 'failed') === (call.outcome === 'abandoned'), 'failed iff abandoned')
      is(call.ticket_created === (call.outcome === 'ticket_created'), 'ticket_created')
      is(call.escalated === (call.outcome === 'escalated'), 'escalated')
      is((call.resolution_time_seconds === null) === !call.first_call_resolution, 'resolution time iff FCR')
    }
    for (const u of world.llmUsage.rows()) {
      const call = calls.get(u.call_id)
      check(
        // During the call: a caller who hangs up after a turn or two has used the model too.
        call?.tenant_id === u.tenant_id &&
          u.timestamp >= call.start_time &&
          Date.parse(u.timestamp) <= Date.parse(call.start_time) + call.duration_seconds * 1000,
        () => `llm usage ${u.id}`,
      )
    }
    expect(problems).toEqual([])
  })

  it('has roughly the product mix', () => {
    const main = world.tenants.find((t) => t.is_default)!
    const convs = world.conversations.rows().filter((c) => c.tenant_id === main.id)
    const live = convs.filter(counted)
    const resolved = live.filter((c) => c.resolved_by !== null)
    // Over 13 months a desk clears its queue: only abandoned (auto-closed) and live ones stay unresolved.
    expect(share(resolved.length, live.length)).toBeGreaterThan(0.84)
    expect(share(resolved.length, live.length)).toBeLessThan(0.95)
    expect(share(resolved.filter((c) => c.resolved_by === 'ai').length, resolved.length)).toBeGreaterThan(0.45)
    expect(share(resolved.filter((c) => c.resolved_by === 'ai').length, resolved.length)).toBeLessThan(0.66)
    expect(share(live.filter((c) => c.escalated).length, live.length)).toBeGreaterThan(0.07)
    expect(share(live.filter((c) => c.escalated).length, live.length)).toBeLessThan(0.17)
    expect(share(live.filter((c) => c.channel === 'email').length, live.length)).toBeGreaterThan(0.43)
    expect(share(live.filter((c) => c.channel === 'email').length, live.length)).toBeLessThan(0.57)
    expect(share(convs.filter((c) => c.is_spam).length, convs.length)).toBeLessThan(0.05)
    expect(convs.some((c) => c.merged_into_id !== null)).toBe(true)
    expect(convs.some((c) => c.archived_at !== null)).toBe(true)
    expect(convs.some((c) => c.deleted_at !== null)).toBe(true)
    expect(new Set(live.map((c) => c.topic)).size).toBeGreaterThanOrEqual(10)

    const rated = world.csatResponses.rows().filter((r) => r.rating !== null)
    const positive = rated.filter((r) => (r.rating ?? 0) >= 4)
    expect(share(positive.length, rated.length)).toBeGreaterThan(0.78)
    const fives = rated.filter((r) => r.rating === 5).length
    for (const n of [1, 2, 3, 4]) expect(fives).toBeGreaterThan(rated.filter((r) => r.rating === n).length)
    const answered = world.csatResponses.rows().filter((r) => r.responded_at !== null)
    expect(share(answered.length, world.csatResponses.rows().length)).toBeGreaterThan(0.6)
    expect(share(answered.length, world.csatResponses.rows().length)).toBeLessThan(0.8)

    const calls = world.calls.filter((c) => c.tenant_id === main.id)
    const abandoned = calls.filter((c) => c.outcome === 'abandoned').length
    expect(share(abandoned, calls.length)).toBeGreaterThan(0.08)
    expect(share(abandoned, calls.length)).toBeLessThan(0.22)
    expect(share(calls.filter((c) => c.outcome === 'ticket_created').length, calls.length)).toBeGreaterThan(0.5)
    expect(new Set(world.llmUsage.rows().map((u) => u.provider))).toEqual(new Set(['groq', 'openai', 'anthropic']))
  })

  it('peaks in business hours on weekdays', () => {
    const perHour = (instants: readonly string[]) => {
      const hours = new Array<number>(24).fill(0)
      for (const at of instants) {
        const d = new Date(at)
        if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) hours[d.getUTCHours()]! += 1
      }
      const mean = (from: number, to: number) => hours.slice(from, to).reduce((a, b) => a + b, 0) / (to - from)
      return { office: mean(8, 18), night: mean(0, 6) }
    }
    const convs = perHour(world.conversations.rows().map((c) => c.created_at))
    expect(convs.office).toBeGreaterThan(4 * convs.night)
    const calls = perHour(world.calls.map((c) => c.start_time))
    expect(calls.office).toBeGreaterThan(4 * calls.night)
    const weekday = world.conversations.rows().filter((c) => ![0, 6].includes(new Date(c.created_at).getUTCDay())).length
    // 5/7 of the days would give 71% without the weekday peak.
    expect(share(weekday, world.conversations.rows().length)).toBeGreaterThan(0.8)
  })
})

describe('seedAurionCollections', () => {
  it('fills one collection per record kind', async () => {
    const records = buildAurionWorld({ seed: 5, now: NOW, size: 300 })
    const collections = await seedAurionCollections(records)
    for (const kind of KINDS) expect(collections[kind].count(), kind).toBe(records[kind].length)
    const first = records.conversations.row(0)
    expect(collections.conversations.findFirst((q) => q.where({ id: first.id }))).toEqual(first)
  })

  it('can load only some kinds', async () => {
    const records = buildAurionWorld({ seed: 5, now: NOW, size: 100 })
    const collections = await seedAurionCollections(records, { only: ['tenants', 'users'] })
    expect(collections.users.count()).toBe(records.users.length)
    expect(collections.tenants.count()).toBe(records.tenants.length)
    expect(collections.conversations.count()).toBe(0)
  })
})
