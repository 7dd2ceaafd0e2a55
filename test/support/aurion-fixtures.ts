// Tiny builders of AurionAI records for unit tests: every field has a dull default, so a test states only
// the fields its assertion depends on. Ids are given explicitly to keep fixtures readable and deterministic.
import { conversationAt, indexAurionRecords } from '../../mocks/aurion/view.ts'
import { ConversationTable } from '../../generators/aurion/conversation-table.ts'
import { CsatTable } from '../../generators/aurion/csat-table.ts'
import type { TenantView } from '../../mocks/aurion/view.ts'
import type {
  Article,
  AurionRecords,
  Call,
  Company,
  Contact,
  Conversation,
  CsatResponse,
  EmailChannel,
  Team,
  Tenant,
  User,
} from '../../generators/aurion/model.ts'
import { emptyAurionRecords } from '../../generators/aurion/model.ts'

const TENANT_ID = 't1'

export function tenant(id: string = TENANT_ID, overrides: Partial<Tenant> = {}): Tenant {
  const defaults: Tenant = { id, name: `Tenant ${id}`, plan: 'professional', profile: 'complete', is_default: false }
  return { ...defaults, is_default: id === TENANT_ID, ...overrides }
}

export function team(id: string, name: string, overrides: Partial<Team> = {}): Team {
  return { id, tenant_id: TENANT_ID, name, department_id: 'd1', ...overrides }
}

export function user(id: string, name: string, overrides: Partial<User> = {}): User {
  return {
    id,
    tenant_id: TENANT_ID,
    name,
    email: `${id}@acme.example`,
    role: 'agent',
    team_id: null,
    session_token: `token-${id}`,
    ...overrides,
  }
}

export function company(id: string, name: string, overrides: Partial<Company> = {}): Company {
  return { id, tenant_id: TENANT_ID, name, ...overrides }
}

export function contact(id: string, overrides: Partial<Contact> = {}): Contact {
  return {
    id,
    tenant_id: TENANT_ID,
    company_id: null,
    name: `Contact ${id}`,
    email: `${id}@customer.example`,
    phone: '+33612345678',
    role: null,
    email_bounced: false,
    email_complained: false,
    ...overrides,
  }
}

export function emailChannel(id: string, address: string, overrides: Partial<EmailChannel> = {}): EmailChannel {
  return { id, tenant_id: TENANT_ID, address, status: 'active', ...overrides }
}

export function article(id: string, overrides: Partial<Article> = {}): Article {
  return {
    id,
    tenant_id: TENANT_ID,
    title: `Article ${id}`,
    slug: `article-${id}`,
    published: true,
    view_count: 0,
    helpful_count: 0,
    not_helpful_count: 0,
    ai_resolution_count: 0,
    ...overrides,
  }
}

export function conversation(id: string, overrides: Partial<Conversation> = {}): Conversation {
  const createdAt = overrides.created_at ?? '2026-03-02T10:00:00.000Z'
  return {
    id,
    tenant_id: TENANT_ID,
    subject: `Subject ${id}`,
    last_message_snippet: `Snippet ${id}`,
    channel: 'chat',
    status: 'open',
    priority: 'medium',
    urgency: null,
    impact: null,
    conversation_type: 'question',
    source: 'inbound',
    source_thread_id: null,
    category: 'general',
    topic: 'General',
    tags: [],
    detected_language: 'en',
    current_sentiment_label: 'neutral',
    current_sentiment_score: 0,
    sentiment_trend: 'stable',
    is_spam: false,
    is_read: false,
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
    contact_id: 'k0',
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
    ...overrides,
  }
}

export function csatResponse(id: string, overrides: Partial<CsatResponse> = {}): CsatResponse {
  return {
    id,
    tenant_id: TENANT_ID,
    conversation_id: 'c0',
    contact_id: 'k0',
    channel: 'chat',
    sent_at: '2026-03-02T09:00:00.000Z',
    responded_at: '2026-03-02T10:00:00.000Z',
    rating: 5,
    comment: null,
    followup_answer: null,
    assignee_user_id: null,
    assignee_team_id: null,
    ...overrides,
  }
}

export function call(id: string, overrides: Partial<Call> = {}): Call {
  return {
    id,
    tenant_id: TENANT_ID,
    contact_id: null,
    caller_name: `Caller ${id}`,
    phone_number: '+33612345678',
    start_time: '2026-03-02T10:00:00.000Z',
    duration_seconds: 60,
    status: 'completed',
    outcome: 'resolved',
    category: 'general',
    first_call_resolution: false,
    ticket_created: false,
    escalated: false,
    resolution_time_seconds: null,
    transcript: '',
    ...overrides,
  }
}

/** A world with the given records; one default tenant unless `tenants` is given. */
export function records(
  partial: Partial<Omit<AurionRecords, 'conversations' | 'csatResponses'>> & {
    conversations?: Conversation[]
    csatResponses?: CsatResponse[]
  } = {},
): AurionRecords {
  const { conversations = [], csatResponses = [], ...rest } = partial
  const table = ConversationTable.of(conversations)
  return { ...emptyAurionRecords(), tenants: [tenant()], ...rest, conversations: table, csatResponses: CsatTable.of(table, csatResponses) }
}

/** The tenant's conversations as records, in the view's order (by created_at then id). */
export function conversationsOf(view: TenantView): Conversation[] {
  return Array.from(view.conversationRows, (_, i) => conversationAt(view, i))
}

/** The indexed view of one tenant of `world`. */
export function viewOf(world: AurionRecords, tenantId: string = TENANT_ID): TenantView {
  const view = indexAurionRecords(world).tenants.get(tenantId)
  if (!view) throw new Error(`no tenant ${tenantId} in the fixture`)
  return view
}

/** A timer that returns the given readings in turn (then keeps returning the last one). */
export function fakeTimer(readings: readonly number[]): () => number {
  let next = 0
  return () => {
    const value = readings[Math.min(next, readings.length - 1)] ?? 0
    next += 1
    return value
  }
}
