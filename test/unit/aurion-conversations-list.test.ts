import { describe, expect, it } from 'vitest'
import { CONVERSATION_SORT_KEYS, listConversations, prepareConversationList } from '../../mocks/aurion/reports/conversations-list.ts'
import type { ConversationListQuery } from '../../mocks/aurion/reports/conversations-list.ts'
import { company, contact, conversation, records, team, user, viewOf } from '../support/aurion-fixtures.ts'

const world = records({
  users: [user('U1', 'Alice'), user('U2', 'Bob')],
  teams: [team('T1', 'Tier 1'), team('T2', 'Billing desk')],
  companies: [company('co1', 'Acme'), company('co2', 'Globex')],
  contacts: [
    contact('k1', { name: 'Carol', email: 'carol@acme.example', phone: '+33600000001', role: 'CTO', company_id: 'co1' }),
    contact('k2', { name: 'Dan', email: 'dan@globex.example', phone: '+33600000002' }),
  ],
  conversations: [
    conversation('L1', {
      created_at: '2026-03-01T10:00:00.000Z',
      updated_at: '2026-03-05T10:00:00.000Z',
      status: 'open',
      channel: 'email',
      priority: 'low',
      conversation_type: 'question',
      source: 'inbound',
      category: 'network',
      sla_state: 'on_track',
      current_sentiment_label: 'positive',
      detected_language: 'en',
      tags: ['vpn', 'vip'],
      assignee_user_id: 'U1',
      assignee_team_id: 'T1',
      department_id: 'D1',
      email_channel_id: 'ec1',
      contact_id: 'k1',
      company_id: 'co1',
      subject: 'VPN cannot connect',
      last_message_snippet: 'The client shows error 809',
      sla_first_response_due: '2026-03-01T11:00:00.000Z',
      sla_resolution_due: '2026-03-02T10:00:00.000Z',
    }),
    conversation('L2', {
      created_at: '2026-03-02T10:00:00.000Z',
      updated_at: '2026-03-02T10:00:00.000Z',
      status: 'pending',
      channel: 'chat',
      priority: 'high',
      conversation_type: 'incident',
      source: 'widget',
      category: 'billing',
      sla_state: 'at_risk',
      current_sentiment_label: 'negative',
      detected_language: 'fr',
      tags: ['invoice'],
      assignee_user_id: 'U2',
      assignee_team_id: 'T2',
      department_id: 'D2',
      contact_id: 'k2',
      company_id: 'co2',
      subject: 'Invoice missing',
      last_message_snippet: 'Where is my March invoice?',
      sla_first_response_due: '2026-03-02T09:00:00.000Z',
    }),
    conversation('L3', {
      created_at: '2026-03-03T00:00:00.000Z',
      updated_at: '2026-03-06T00:00:00.000Z',
      status: 'resolved',
      channel: 'whatsapp',
      priority: 'urgent',
      conversation_type: 'request',
      source: 'api',
      category: 'network',
      sla_state: 'breached',
      archived_at: '2026-03-04T00:00:00.000Z',
      assignee_user_id: 'U1',
      assignee_team_id: 'T1',
      contact_id: 'k1',
      company_id: 'co1',
      subject: 'Wifi down in the office',
      last_message_snippet: 'vpn also failing',
      sla_first_response_due: '2026-03-03T01:00:00.000Z',
    }),
    conversation('L4', {
      created_at: '2026-03-04T10:00:00.000Z',
      status: 'closed',
      channel: 'voice',
      conversation_type: 'problem',
      source: 'outbound',
      category: 'hr',
      sla_state: 'met',
      current_sentiment_label: 'positive',
      detected_language: 'de',
      tags: ['vpn'],
      is_spam: true,
      subject: 'Payroll question',
    }),
    conversation('L5', {
      created_at: '2026-03-05T10:00:00.000Z',
      channel: 'email',
      priority: 'urgent',
      deleted_at: '2026-03-06T10:00:00.000Z',
      subject: 'Deleted thing',
    }),
    conversation('L6', {
      created_at: '2026-03-06T10:00:00.000Z',
      merged_into_id: 'L1',
      merged_at: '2026-03-06T11:00:00.000Z',
      tags: ['invoice', 'vpn'],
      subject: 'another VPN issue',
    }),
  ],
})
const view = viewOf(world)

const ids = (query: ConversationListQuery = {}): string[] => listConversations(view, query).items.map((i) => i.id)

describe('conversations list: filters', () => {
  it('hides deleted conversations unless asked, newest first by default', () => {
    expect(ids()).toEqual(['L6', 'L4', 'L3', 'L2', 'L1'])
    expect(listConversations(view, {}).total).toBe(5)
    expect(ids({ include_deleted: true })).toEqual(['L6', 'L5', 'L4', 'L3', 'L2', 'L1'])
    expect(ids({ include_deleted: false })).toEqual(['L6', 'L4', 'L3', 'L2', 'L1'])
  })

  it.each<[ConversationListQuery, string[]]>([
    [{ status: 'open' }, ['L6', 'L1']],
    [{ status: 'open,pending' }, ['L6', 'L2', 'L1']],
    [{ status: ' open , pending ' }, ['L6', 'L2', 'L1']],
    [{ status: 'archived' }, []],
    [{ channel: 'email' }, ['L1']],
    [{ channel: 'email', include_deleted: true }, ['L5', 'L1']],
    [{ priority: 'urgent' }, ['L3']],
    [{ priority: 'urgent,high' }, ['L3', 'L2']],
    [{ conversation_type: 'incident' }, ['L2']],
    [{ source: 'api' }, ['L3']],
    [{ category: 'network' }, ['L3', 'L1']],
    [{ sla_state: 'breached' }, ['L3']],
    [{ sla_state: 'on_track,at_risk' }, ['L2', 'L1']],
    [{ sentiment: 'negative' }, ['L2']],
    [{ sentiment: 'positive' }, ['L4', 'L1']],
    [{ language: 'de' }, ['L4']],
    [{ language: 'fr,de' }, ['L4', 'L2']],
    [{ exclude_id: 'L1' }, ['L6', 'L4', 'L3', 'L2']],
    [{ assignee_user_id: 'U1' }, ['L3', 'L1']],
    [{ assignee_team_id: 'T2' }, ['L2']],
    [{ department_id: 'D2' }, ['L2']],
    [{ email_channel_id: 'ec1' }, ['L1']],
    [{ contact_id: 'k2' }, ['L2']],
    [{ company_id: 'co1' }, ['L3', 'L1']],
    [{ is_spam: true }, ['L4']],
    [{ is_spam: false }, ['L6', 'L3', 'L2', 'L1']],
    [{ archived: true }, ['L3']],
    [{ archived: false }, ['L6', 'L4', 'L2', 'L1']],
    [{ tags: 'invoice' }, ['L6', 'L2']],
    [{ tags: 'vpn,invoice' }, ['L6', 'L4', 'L2', 'L1']],
    [{ tags: 'VPN' }, []],
    [{ search: 'vpn' }, ['L6', 'L3', 'L1']],
    [{ search: 'VPN   error' }, ['L1']],
    [{ search: 'march invoice' }, ['L2']],
    [{ search: 'wifi failing' }, ['L3']],
    [{ search: 'nothing-like-this' }, []],
    [{ created_after: '2026-03-03T00:00:00Z' }, ['L6', 'L4', 'L3']],
    [{ created_after: '2026-03-03T00:00:00' }, ['L6', 'L4', 'L3']],
    [{ created_before: '2026-03-03T00:00:00Z' }, ['L2', 'L1']],
    [{ created_after: '2026-03-02T00:00:00Z', created_before: '2026-03-04T10:00:00Z' }, ['L3', 'L2']],
    [{ updated_after: '2026-03-05T10:00:00Z' }, ['L6', 'L3', 'L1']],
    [{ updated_before: '2026-03-05T10:00:00Z' }, ['L4', 'L2']],
    [{ status: 'open', tags: 'vpn', search: 'vpn' }, ['L6', 'L1']],
    [{ status: null, channel: undefined, search: '  ' }, ['L6', 'L4', 'L3', 'L2', 'L1']],
  ])('%j', (query, expected) => {
    const page = listConversations(view, query)
    expect(page.items.map((i) => i.id)).toEqual(expected)
    expect(page.total).toBe(expected.length)
  })
})

describe('conversations list: sorting', () => {
  it.each<[ConversationListQuery, string[]]>([
    [{ sort_order: 'asc' }, ['L1', 'L2', 'L3', 'L4', 'L6']],
    [{ sort_by: 'created_at', sort_order: 'desc' }, ['L6', 'L4', 'L3', 'L2', 'L1']],
    [{ sort_by: 'updated_at', sort_order: 'asc' }, ['L2', 'L4', 'L1', 'L3', 'L6']],
    // urgent > high > medium > low; ties by id in the same direction
    [{ sort_by: 'priority' }, ['L3', 'L2', 'L6', 'L4', 'L1']],
    [{ sort_by: 'priority', sort_order: 'asc' }, ['L1', 'L4', 'L6', 'L2', 'L3']],
    [{ sort_by: 'status', sort_order: 'asc' }, ['L4', 'L1', 'L6', 'L2', 'L3']],
    [{ sort_by: 'subject', sort_order: 'asc' }, ['L2', 'L4', 'L1', 'L3', 'L6']],
    // nulls last ascending, first descending
    [{ sort_by: 'sla_first_response_due', sort_order: 'asc' }, ['L1', 'L2', 'L3', 'L4', 'L6']],
    [{ sort_by: 'sla_first_response_due', sort_order: 'desc' }, ['L6', 'L4', 'L3', 'L2', 'L1']],
    [{ sort_by: 'sla_resolution_due', sort_order: 'asc' }, ['L1', 'L2', 'L3', 'L4', 'L6']],
    [{ sort_by: 'unknown_column', sort_order: 'asc' }, ['L1', 'L2', 'L3', 'L4', 'L6']],
    [{ sort_order: 'sideways' }, ['L6', 'L4', 'L3', 'L2', 'L1']],
  ])('%j', (query, expected) => {
    expect(ids(query)).toEqual(expected)
  })

  it('sorts filtered results', () => {
    expect(ids({ sort_by: 'priority', status: 'open,closed', sort_order: 'asc' })).toEqual(['L1', 'L4', 'L6'])
  })
})

describe('conversations list: pagination and items', () => {
  it('pages with limit and offset; total counts every match', () => {
    expect(listConversations(view, { limit: 2, offset: 1 })).toMatchObject({ total: 5, limit: 2, offset: 1 })
    expect(ids({ limit: 2, offset: 1 })).toEqual(['L4', 'L3'])
    expect(ids({ limit: 2, offset: 4 })).toEqual(['L1'])
    expect(listConversations(view, { offset: 50 })).toEqual({ items: [], total: 5, limit: 50, offset: 50 })
    const pages = [0, 2, 4].flatMap((offset) => ids({ limit: 2, offset, sort_by: 'subject' }))
    expect(pages).toEqual(ids({ sort_by: 'subject' }))
  })

  it('returns exactly the fields of seed 003, with the joins', () => {
    const [item] = listConversations(view, { exclude_id: 'L6', limit: 1, sort_order: 'asc' }).items
    expect(Object.keys(item ?? {}).sort()).toEqual([
      'ai_triage_hint',
      'ai_triage_hint_type',
      'archived_at',
      'assigned_at',
      'assignee_team_id',
      'assignee_team_name',
      'assignee_user_id',
      'assignee_user_name',
      'assignment_reason',
      'category',
      'channel',
      'company_name',
      'contact_email',
      'contact_id',
      'contact_name',
      'contact_phone',
      'contact_role',
      'conversation_type',
      'created_at',
      'current_sentiment_label',
      'current_sentiment_score',
      'deleted_at',
      'department_id',
      'detected_language',
      'id',
      'impact',
      'is_read',
      'is_spam',
      'last_message_snippet',
      'merged_at',
      'merged_by',
      'merged_into_id',
      'priority',
      'sentiment_trend',
      'sla_first_response_due',
      'sla_last_escalation_at',
      'sla_resolution_due',
      'sla_state',
      'snoozed_by',
      'snoozed_until',
      'source',
      'source_thread_id',
      'status',
      'subject',
      'tags',
      'updated_at',
      'urgency',
      'version',
    ])
    expect(item).toMatchObject({
      id: 'L1',
      assignee_user_name: 'Alice',
      assignee_team_name: 'Tier 1',
      company_name: 'Acme',
      contact_name: 'Carol',
      contact_email: 'carol@acme.example',
      contact_phone: '+33600000001',
      contact_role: 'CTO',
      tags: ['vpn', 'vip'],
    })
    const [unassigned] = listConversations(view, { search: 'payroll' }).items
    expect(unassigned).toMatchObject({ assignee_user_name: null, assignee_team_name: null, company_name: null, contact_name: null })
  })

  it('does not hand out the records it lists', () => {
    const [item] = listConversations(view, { limit: 1 }).items
    item?.tags.push('mutated')
    expect(listConversations(view, { limit: 1 }).items[0]?.tags).toEqual(['invoice', 'vpn'])
  })
})

describe('conversations list: prepared at seed time', () => {
  it('gives the same pages as the lazily built orders', () => {
    const prepared = viewOf(world)
    prepareConversationList(prepared)
    expect(prepared.listMemo.sortOrders.size).toBe(CONVERSATION_SORT_KEYS.length)
    for (const sort_by of CONVERSATION_SORT_KEYS) {
      for (const sort_order of ['asc', 'desc']) {
        const query = { sort_by, sort_order, search: 'a' }
        expect(listConversations(prepared, query)).toEqual(listConversations(view, query))
      }
    }
  })
})
