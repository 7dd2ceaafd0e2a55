// AurionAI records as zod (mini) schemas, and the @msw/data collections that hold one world and the mock's
// exports and audit log. Imported on first use only (seed.ts, mocks/aurion/state.ts): a page or server that
// never queries collections, makes no export and no phone search never loads zod, @msw/data, mutative or
// es-toolkit (~21 kB gzip in a browser page; ~0.15 s of CPU and ~29 MB in Node). model.ts has the types.
import { Collection } from '@msw/data'
import * as z from 'zod/mini'
import type { components } from '../../contracts/generated/aurion.ts'
import { contractEnum } from '../../contracts/openapi.ts'
import { CALL_OUTCOMES, CALL_STATUSES, CHANNELS, PLANS, PRIORITIES, PROFILES, ROLES, SENTIMENTS, SLA_STATES, STATUSES } from './model.ts'

export const tenantSchema = z.object({
  id: z.string(),
  name: z.string(),
  plan: z.enum(PLANS),
  profile: z.enum(PROFILES),
  /** The tenant `createMock` uses when a caller does not pick one. */
  is_default: z.boolean(),
})

export const teamSchema = z.object({
  id: z.string(),
  tenant_id: z.string(),
  name: z.string(),
  department_id: z.string(),
})

export const userSchema = z.object({
  id: z.string(),
  tenant_id: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(ROLES),
  team_id: z.nullable(z.string()),
  /** Dashboard session token for `Authorization: Bearer <token>`. */
  session_token: z.string(),
})

export const companySchema = z.object({
  id: z.string(),
  tenant_id: z.string(),
  name: z.string(),
})

export const contactSchema = z.object({
  id: z.string(),
  tenant_id: z.string(),
  company_id: z.nullable(z.string()),
  name: z.string(),
  email: z.string(),
  phone: z.string(),
  role: z.nullable(z.string()),
  email_bounced: z.boolean(),
  email_complained: z.boolean(),
})

export const emailChannelSchema = z.object({
  id: z.string(),
  tenant_id: z.string(),
  address: z.string(),
  status: z.enum(['active', 'inactive']),
})

export const articleSchema = z.object({
  id: z.string(),
  tenant_id: z.string(),
  title: z.string(),
  slug: z.string(),
  published: z.boolean(),
  view_count: z.int(),
  helpful_count: z.int(),
  not_helpful_count: z.int(),
  /** Conversations the AI resolved by citing this article. */
  ai_resolution_count: z.int(),
})

export const conversationSchema = z.object({
  id: z.string(),
  tenant_id: z.string(),
  // Fields of the v2 conversations list item (seed 003).
  subject: z.string(),
  last_message_snippet: z.string(),
  channel: z.enum(CHANNELS),
  status: z.enum(STATUSES),
  priority: z.enum(PRIORITIES),
  urgency: z.nullable(z.string()),
  impact: z.nullable(z.string()),
  conversation_type: z.enum(['question', 'incident', 'request', 'problem']),
  source: z.enum(['inbound', 'outbound', 'api', 'widget', 'import']),
  source_thread_id: z.nullable(z.string()),
  category: z.string(),
  /** Topic label used by the insights' top_topics ("VPN connectivity"). */
  topic: z.string(),
  tags: z.array(z.string()),
  detected_language: z.string(),
  current_sentiment_label: z.enum(SENTIMENTS),
  current_sentiment_score: z.number(),
  sentiment_trend: z.enum(['improving', 'stable', 'declining']),
  is_spam: z.boolean(),
  is_read: z.boolean(),
  deleted_at: z.nullable(z.string()),
  archived_at: z.nullable(z.string()),
  merged_at: z.nullable(z.string()),
  merged_by: z.nullable(z.string()),
  merged_into_id: z.nullable(z.string()),
  snoozed_until: z.nullable(z.string()),
  snoozed_by: z.nullable(z.string()),
  assignee_user_id: z.nullable(z.string()),
  assignee_team_id: z.nullable(z.string()),
  assigned_at: z.nullable(z.string()),
  assignment_reason: z.nullable(z.string()),
  department_id: z.nullable(z.string()),
  contact_id: z.string(),
  company_id: z.nullable(z.string()),
  email_channel_id: z.nullable(z.string()),
  ai_triage_hint: z.nullable(z.string()),
  ai_triage_hint_type: z.nullable(z.string()),
  sla_first_response_due: z.nullable(z.string()),
  sla_resolution_due: z.nullable(z.string()),
  sla_last_escalation_at: z.nullable(z.string()),
  sla_state: z.nullable(z.enum(SLA_STATES)),
  version: z.int(),
  created_at: z.string(),
  updated_at: z.string(),
  // Facts the analytics are computed from.
  first_response_at: z.nullable(z.string()),
  /** Minutes from created_at to first_response_at; null when nobody answered yet. */
  first_response_minutes: z.nullable(z.number()),
  resolved_at: z.nullable(z.string()),
  /** Minutes from created_at to resolved_at; null while unresolved. */
  resolution_minutes: z.nullable(z.number()),
  /** Who resolved it: the AI agent, a human, or nobody yet. */
  resolved_by: z.nullable(z.enum(['ai', 'human'])),
  escalated: z.boolean(),
  /** null when the conversation has no SLA target for that step (not tracked). */
  sla_first_response_met: z.nullable(z.boolean()),
  sla_resolution_met: z.nullable(z.boolean()),
  inbound_messages: z.int(),
  outbound_messages: z.int(),
  /** Help-center article the AI cited when it resolved the conversation. */
  deflected_by_article_id: z.nullable(z.string()),
})

export const csatResponseSchema = z.object({
  id: z.string(),
  tenant_id: z.string(),
  conversation_id: z.string(),
  contact_id: z.string(),
  channel: z.enum(CHANNELS),
  sent_at: z.string(),
  /** null when the survey was never answered. */
  responded_at: z.nullable(z.string()),
  /** 1..5; null when unanswered or answered without a rating. */
  rating: z.nullable(z.int().check(z.minimum(1), z.maximum(5))),
  comment: z.nullable(z.string()),
  followup_answer: z.nullable(z.string()),
  assignee_user_id: z.nullable(z.string()),
  assignee_team_id: z.nullable(z.string()),
})

export const callSchema = z.object({
  id: z.string(),
  tenant_id: z.string(),
  contact_id: z.nullable(z.string()),
  caller_name: z.string(),
  /** E.164, e.g. "+33612345678". */
  phone_number: z.string(),
  start_time: z.string(),
  duration_seconds: z.int(),
  status: z.enum(CALL_STATUSES),
  outcome: z.enum(CALL_OUTCOMES),
  category: z.string(),
  first_call_resolution: z.boolean(),
  ticket_created: z.boolean(),
  escalated: z.boolean(),
  /** Seconds from the start of the call to resolution; null when not resolved on the call. */
  resolution_time_seconds: z.nullable(z.number()),
  transcript: z.string(),
})

export const llmUsageSchema = z.object({
  id: z.string(),
  tenant_id: z.string(),
  call_id: z.string(),
  provider: z.enum(['groq', 'openai', 'anthropic']),
  timestamp: z.string(),
  input_tokens: z.int(),
  output_tokens: z.int(),
  latency_ms: z.number(),
  error: z.boolean(),
})

export function createAurionCollections() {
  return {
    tenants: new Collection({ schema: tenantSchema }),
    teams: new Collection({ schema: teamSchema }),
    users: new Collection({ schema: userSchema }),
    companies: new Collection({ schema: companySchema }),
    contacts: new Collection({ schema: contactSchema }),
    emailChannels: new Collection({ schema: emailChannelSchema }),
    articles: new Collection({ schema: articleSchema }),
    conversations: new Collection({ schema: conversationSchema }),
    csatResponses: new Collection({ schema: csatResponseSchema }),
    calls: new Collection({ schema: callSchema }),
    llmUsage: new Collection({ schema: llmUsageSchema }),
  }
}

// State the mock creates while it runs (not seeded): exports and the audit log.
// The contract's enums, checked against the generated types (contractEnum).
type ExportRequest = components['schemas']['ExportRequest']
const EXPORT_FORMATS = contractEnum<ExportRequest['format']>()(['csv', 'json', 'pdf'])
const EXPORT_SCOPES = contractEnum<NonNullable<ExportRequest['scope']>>()([
  'voice',
  'conversations',
  'all',
  'sla_quality',
  'resolution_rates',
  'performance',
])

export const exportSchema = z.object({
  export_id: z.string(),
  tenant_id: z.string(),
  created_by: z.string(),
  format: z.enum(EXPORT_FORMATS),
  scope: z.enum(EXPORT_SCOPES),
  start_date: z.string(),
  end_date: z.string(),
  include_call_details: z.boolean(),
  include_transcripts: z.boolean(),
  include_conversations: z.boolean(),
  tz: z.string(),
  download_url: z.string(),
  created_at: z.string(),
  expires_at: z.string(),
})

export const auditEntrySchema = z.object({
  id: z.string(),
  tenant_id: z.string(),
  /** `user:<id>` or `key:<api key>`. */
  actor: z.string(),
  action: z.enum(['phone_search', 'export_requested', 'export_downloaded']),
  at: z.string(),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
})

export function createAurionStateCollections() {
  return {
    exports: new Collection({ schema: exportSchema }),
    audit: new Collection({ schema: auditEntrySchema }),
  }
}
