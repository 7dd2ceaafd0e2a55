// AurionAI records: their types (from the zod schemas in collections.ts, loaded on first use) and constants.
// Plain data only, no HTTP. Timestamps are ISO 8601 strings in UTC ("2026-03-02T09:15:00.000Z"),
// durations are numbers in the unit their name says.
import type * as z from 'zod/mini'
import type {
  articleSchema,
  auditEntrySchema,
  callSchema,
  companySchema,
  contactSchema,
  conversationSchema,
  createAurionCollections,
  createAurionStateCollections,
  csatResponseSchema,
  emailChannelSchema,
  exportSchema,
  llmUsageSchema,
  teamSchema,
  tenantSchema,
  userSchema,
} from './collections.ts'
import { ConversationTable } from './conversation-table.ts'
import { CsatTable } from './csat-table.ts'
import { LlmUsageTable } from './llm-usage.ts'

export const PLANS = ['starter', 'growth', 'professional', 'enterprise'] as const
export const PROFILES = ['voice', 'platform', 'complete'] as const
/**
 * The product's roles (seed 001 of docs/sources.md, "Access Control"), one user of each per tenant. Which of them may call an
 * operation is the contract's `x-roles` (billing_viewer may call none).
 */
export const ROLES = [
  'super_admin',
  'tenant_owner',
  'tenant_admin',
  'agent',
  'supervisor',
  'tenant_user',
  'tenant_readonly',
  'billing_viewer',
] as const

export const CHANNELS = ['email', 'chat', 'voice', 'whatsapp', 'widget'] as const
export const STATUSES = ['open', 'pending', 'resolved', 'closed'] as const
export const PRIORITIES = ['urgent', 'high', 'medium', 'low'] as const
export const SLA_STATES = ['on_track', 'at_risk', 'breached', 'met', 'paused'] as const
export const SENTIMENTS = ['positive', 'neutral', 'negative'] as const
export const CALL_OUTCOMES = ['ticket_created', 'escalated', 'resolved', 'abandoned'] as const
export const CALL_STATUSES = ['completed', 'failed'] as const

export type Tenant = z.infer<typeof tenantSchema>
export type Team = z.infer<typeof teamSchema>
export type User = z.infer<typeof userSchema>
export type Company = z.infer<typeof companySchema>
export type Contact = z.infer<typeof contactSchema>
export type EmailChannel = z.infer<typeof emailChannelSchema>
export type Article = z.infer<typeof articleSchema>
export type Conversation = z.infer<typeof conversationSchema>
export type CsatResponse = z.infer<typeof csatResponseSchema>
export type Call = z.infer<typeof callSchema>
export type LlmUsage = z.infer<typeof llmUsageSchema>
export type Role = (typeof ROLES)[number]
export type Plan = (typeof PLANS)[number]
export type Profile = (typeof PROFILES)[number]

/** Plain records of one AurionAI world, as the generator builds them. */
export interface AurionRecords {
  tenants: Tenant[]
  teams: Team[]
  users: User[]
  companies: Company[]
  contacts: Contact[]
  emailChannels: EmailChannel[]
  articles: Article[]
  /** Columns, not records: see conversation-table.ts. */
  conversations: ConversationTable
  /** Columns, not records: see csat-table.ts. Its `conversation` column points into `conversations`. */
  csatResponses: CsatTable
  calls: Call[]
  /** Columns, not records: see llm-usage.ts. Its `call` column points into `calls`. */
  llmUsage: LlmUsageTable
}

/** A world with no record of any kind (the generator and test fixtures start from it). */
export function emptyAurionRecords(): AurionRecords {
  const calls: Call[] = []
  const conversations = new ConversationTable()
  return {
    tenants: [],
    teams: [],
    users: [],
    companies: [],
    contacts: [],
    emailChannels: [],
    articles: [],
    conversations,
    csatResponses: new CsatTable(conversations),
    calls,
    llmUsage: new LlmUsageTable(calls),
  }
}

export type AurionCollections = ReturnType<typeof createAurionCollections>

export type ExportRecord = z.infer<typeof exportSchema>
export type AuditEntry = z.infer<typeof auditEntrySchema>
export type AurionStateCollections = ReturnType<typeof createAurionStateCollections>

type Reads<C extends AurionStateCollections[keyof AurionStateCollections]> = Pick<C, 'all' | 'count' | 'findMany'>

/** `mock.aurion.state`: what tests and tools read back (empty until the first export or audit entry). */
export interface AurionState {
  readonly exports: Reads<AurionStateCollections['exports']>
  readonly audit: Reads<AurionStateCollections['audit']>
}
