// Checks over a whole generated AurionAI world, shared by the unit tests and the 100k load test.
import type { z } from 'zod/mini'
import {
  articleSchema,
  callSchema,
  companySchema,
  contactSchema,
  conversationSchema,
  csatResponseSchema,
  emailChannelSchema,
  llmUsageSchema,
  teamSchema,
  tenantSchema,
  userSchema,
} from '../../generators/aurion/collections.ts'
import type { AurionRecords } from '../../generators/aurion/model.ts'

export const SCHEMAS: { [K in keyof AurionRecords]: z.ZodMiniType } = {
  tenants: tenantSchema,
  teams: teamSchema,
  users: userSchema,
  companies: companySchema,
  contacts: contactSchema,
  emailChannels: emailChannelSchema,
  articles: articleSchema,
  conversations: conversationSchema,
  csatResponses: csatResponseSchema,
  calls: callSchema,
  llmUsage: llmUsageSchema,
}
export const KINDS = Object.keys(SCHEMAS) as (keyof AurionRecords)[]

/** The records of one kind (conversations, CSAT and LLM usage are kept as columns: their rows are written out here). */
export function recordsOf(world: AurionRecords, kind: keyof AurionRecords): readonly { id: string }[] {
  return kind === 'llmUsage' || kind === 'conversations' || kind === 'csatResponses' ? world[kind].rows() : world[kind]
}

/** Calls `visit` with every instant something happened at; deadlines (SLA due, snoozed_until) are checked apart. */
export function forEachEvent(world: AurionRecords, visit: (field: string, value: string | null) => void): void {
  for (const c of world.conversations.rows()) {
    visit('created_at', c.created_at)
    visit('updated_at', c.updated_at)
    visit('first_response_at', c.first_response_at)
    visit('resolved_at', c.resolved_at)
    visit('assigned_at', c.assigned_at)
    visit('deleted_at', c.deleted_at)
    visit('archived_at', c.archived_at)
    visit('merged_at', c.merged_at)
    visit('sla_last_escalation_at', c.sla_last_escalation_at)
  }
  for (const r of world.csatResponses.rows()) {
    visit('sent_at', r.sent_at)
    visit('responded_at', r.responded_at)
  }
  for (const call of world.calls) visit('start_time', call.start_time)
  for (const u of world.llmUsage.rows()) visit('timestamp', u.timestamp)
}

/**
 * Collects failed checks of a loop over thousands of records; one expect at the end keeps the test fast
 * and lists every offender at once.
 */
export function checker() {
  const problems: string[] = []
  const check = (ok: boolean, what: () => string) => {
    if (!ok && problems.length < 20) problems.push(what())
  }
  return { problems, check }
}
