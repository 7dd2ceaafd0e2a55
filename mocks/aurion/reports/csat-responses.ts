// GET /api/v2/analytics/conversations/csat/responses (seed 001 of docs/sources.md): the rated responses behind the csat report,
// newest first, joined with the conversation subject and the assignee's names.
import type { CsatResponse } from '../../../generators/aurion/model.ts'
import { conversationPosition, csatInRange } from '../view.ts'
import type { DateRange, TenantView } from '../view.ts'
import { matchesCsatFilters } from './csat.ts'
import type { CsatFilters } from './csat.ts'

export interface CsatResponsesQuery extends CsatFilters {
  /** 1..200, default 50 (validated by the caller). */
  limit?: number | undefined
  /** >= 0, default 0. */
  offset?: number | undefined
}

interface CsatResponseItem {
  id: string
  conversation_id: string
  contact_id: string
  rating: number
  comment: string | null
  followup_answer: string | null
  channel: CsatResponse['channel']
  sent_at: string
  responded_at: string
  conversation_subject: string | null
  assignee_user_id: string | null
  assignee_name: string | null
  assignee_team_id: string | null
  assignee_team_name: string | null
}

export interface AurionCsatResponses {
  items: CsatResponseItem[]
  /** Equals rated_responses of the csat report with the same range and filters. */
  total: number
  limit: number
  offset: number
}

export function aurionCsatResponses(view: TenantView, range: DateRange, query: CsatResponsesQuery = {}): AurionCsatResponses {
  const limit = query.limit ?? 50
  const offset = query.offset ?? 0
  const { rows } = csatInRange(view, range)
  const table = view.csatTable
  const page: CsatResponseItem[] = []
  let total = 0
  // The index is ascending by (responded_at, id); walking it backwards gives newest first, ties by id desc.
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i]!
    if (table.rating[row] === 0 || !matchesCsatFilters(table, row, query)) continue
    if (total >= offset && page.length < limit) {
      const r = table.row(row)
      if (r.rating !== null && r.responded_at !== null) page.push(toItem(view, r, r.rating, r.responded_at, table.conversation[row]!))
    }
    total += 1
  }
  return { items: page, total, limit, offset }
}

/** `conversationRow`: the row of its conversation in the conversation table, -1 when not known. */
function toItem(view: TenantView, r: CsatResponse, rating: number, respondedAt: string, conversationRow: number): CsatResponseItem {
  const userId = r.assignee_user_id
  const teamId = r.assignee_team_id
  return {
    id: r.id,
    conversation_id: r.conversation_id,
    contact_id: r.contact_id,
    rating,
    comment: r.comment,
    followup_answer: r.followup_answer,
    channel: r.channel,
    sent_at: r.sent_at,
    responded_at: respondedAt,
    conversation_subject:
      conversationRow >= 0 ? view.conversationTable.text.subject.get(conversationRow) : subjectOf(view, r.conversation_id),
    assignee_user_id: userId,
    assignee_name: userId === null ? null : (view.users.get(userId)?.name ?? null),
    assignee_team_id: teamId,
    assignee_team_name: teamId === null ? null : (view.teams.get(teamId)?.name ?? null),
  }
}

/** Subject of the tenant's conversation `id` (hand-built worlds); null when the tenant has no such conversation. */
function subjectOf(view: TenantView, id: string): string | null {
  const position = conversationPosition(view, id)
  return position < 0 ? null : view.conversationTable.text.subject.get(view.conversationRows[position]!)
}
