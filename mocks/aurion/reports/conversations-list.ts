// GET /api/v2/conversations (seed 003 of docs/sources.md): filters, sorting and offset pagination over a tenant's conversations.
// The list is not analytics: deleted conversations are only hidden (include_deleted shows them), spam and
// merged ones are listed unless the filters say otherwise.
import type { Conversation } from '../../../generators/aurion/model.ts'
import { compareStrings, conversationAt, conversationPosition } from '../view.ts'
import { parseInstant } from '../../lib/time.ts'
import type { CodedColumn, TenantView } from '../view.ts'
import { runSteps, slices, type Steps } from '../../lib/steps.ts'

/** Query parameters of seed 003, already parsed by the caller; null and undefined both mean "absent". */
export interface ConversationListQuery {
  /** 1..100, default 50. */
  limit?: number | null | undefined
  /** >= 0, default 0. */
  offset?: number | null | undefined
  status?: string | null | undefined
  channel?: string | null | undefined
  include_deleted?: boolean | null | undefined
  search?: string | null | undefined
  exclude_id?: string | null | undefined
  priority?: string | null | undefined
  conversation_type?: string | null | undefined
  source?: string | null | undefined
  assignee_user_id?: string | null | undefined
  assignee_team_id?: string | null | undefined
  department_id?: string | null | undefined
  category?: string | null | undefined
  sla_state?: string | null | undefined
  is_spam?: boolean | null | undefined
  tags?: string | null | undefined
  created_after?: string | null | undefined
  created_before?: string | null | undefined
  updated_after?: string | null | undefined
  updated_before?: string | null | undefined
  sort_by?: string | null | undefined
  sort_order?: string | null | undefined
  sentiment?: string | null | undefined
  email_channel_id?: string | null | undefined
  contact_id?: string | null | undefined
  company_id?: string | null | undefined
  language?: string | null | undefined
  archived?: boolean | null | undefined
}

/** One item of seed 003, field for field (in the seed's order); the record's analytics-only facts stay out. */
interface ConversationListItem {
  ai_triage_hint: string | null
  ai_triage_hint_type: string | null
  archived_at: string | null
  assigned_at: string | null
  assignee_team_id: string | null
  assignee_team_name: string | null
  assignee_user_id: string | null
  assignee_user_name: string | null
  assignment_reason: string | null
  category: string
  channel: Conversation['channel']
  company_name: string | null
  contact_email: string | null
  contact_id: string
  contact_name: string | null
  contact_phone: string | null
  contact_role: string | null
  conversation_type: Conversation['conversation_type']
  created_at: string
  current_sentiment_label: Conversation['current_sentiment_label']
  current_sentiment_score: number
  deleted_at: string | null
  department_id: string | null
  detected_language: string
  id: string
  impact: string | null
  is_read: boolean
  is_spam: boolean
  last_message_snippet: string
  merged_at: string | null
  merged_by: string | null
  merged_into_id: string | null
  priority: Conversation['priority']
  sentiment_trend: Conversation['sentiment_trend']
  sla_first_response_due: string | null
  sla_last_escalation_at: string | null
  sla_resolution_due: string | null
  sla_state: Conversation['sla_state']
  snoozed_by: string | null
  snoozed_until: string | null
  source: Conversation['source']
  source_thread_id: string | null
  status: Conversation['status']
  subject: string
  tags: string[]
  updated_at: string
  urgency: string | null
  version: number
}

export interface ConversationList {
  items: ConversationListItem[]
  total: number
  limit: number
  offset: number
}

export const CONVERSATION_SORT_KEYS = [
  'created_at',
  'updated_at',
  'priority',
  'status',
  'subject',
  'sla_first_response_due',
  'sla_resolution_due',
] as const
type ConversationSortKey = (typeof CONVERSATION_SORT_KEYS)[number]

/** Priorities from least to most pressing: sort_by=priority&sort_order=desc lists urgent first. */
const PRIORITY_ASC: readonly string[] = ['low', 'medium', 'high', 'urgent']

function isSortKey(value: string): value is ConversationSortKey {
  return (CONVERSATION_SORT_KEYS as readonly string[]).includes(value)
}

/**
 * The rank of each string among the distinct strings in code-unit order. Array.prototype.sort without a
 * comparator compares UTF-16 code units natively, an order of magnitude faster than a JS comparator on
 * 100k strings; sorting by these numbers is then cheap.
 */
function rankOfStrings(strings: readonly string[]): Float64Array {
  const distinct = [...new Set(strings)].sort()
  const rankOf = new Map<string, number>()
  for (const [rank, value] of distinct.entries()) rankOf.set(value, rank)
  const ranks = new Float64Array(strings.length)
  for (let i = 0; i < strings.length; i++) ranks[i] = rankOf.get(strings[i]!) ?? Number.NaN
  return ranks
}

/**
 * 0, 1, ..., n - 1. Plain loops fill the arrays here: TypedArray.from(source, mapFn) takes a generic path
 * that costs ~50x a loop (tens of ms per 100k elements, several times per sort order at start-up).
 */
function positions(n: number): Int32Array {
  const out = new Int32Array(n)
  for (let i = 0; i < n; i++) out[i] = i
  return out
}

/** Positions up to 2^21 fit beside a 32-bit number in a double's 53 bits. */
const POSITION_BITS = 2 ** 21

/**
 * Position of each conversation in id order, ties by position: a permutation, so that sort tie-breaks
 * compare integers, not strings. Generated ids are UUIDs kept as words: a native sort of numbers (first
 * word, then position) orders them, and only equal first words (about one pair in 100k) compare whole ids.
 * Other ids (hand-made fixtures) sort as strings.
 */
function idRank(view: TenantView): Float64Array {
  const memo = view.listMemo
  if (memo.idRank) return memo.idRank
  const { conversationRows: rows, conversationTable: table } = view
  const n = rows.length
  const byId = (a: number, b: number) => table.compareIds(rows[a]!, rows[b]!) || a - b
  let order: Int32Array
  if (n <= POSITION_BITS && table.allUuids) {
    const keys = new Float64Array(n)
    for (let i = 0; i < n; i++) keys[i] = table.idWords[4 * rows[i]!]! * POSITION_BITS + i
    keys.sort()
    order = new Int32Array(n)
    for (let k = 0; k < n; k++) order[k] = keys[k]! % POSITION_BITS
    // Runs that share their first eight digits: ordered by the whole id.
    for (let k = 0; k < n; ) {
      let end = k + 1
      while (end < n && Math.floor(keys[end]! / POSITION_BITS) === Math.floor(keys[k]! / POSITION_BITS)) end++
      if (end - k > 1) order.subarray(k, end).sort(byId)
      k = end
    }
  } else {
    order = positions(n).sort(byId)
  }
  const rank = new Float64Array(n)
  for (let k = 0; k < n; k++) rank[order[k]!] = k
  memo.idRank = rank
  return rank
}

function searchText(view: TenantView): string[] {
  const memo = view.listMemo
  if (!memo.searchText) {
    // "\n" cannot occur inside a search term (terms are split on whitespace), so no match spans both fields.
    // Subjects and snippets come from small catalogues: conversations with the same pair share one string.
    const bySubject = new Map<string, Map<string, string>>()
    const { conversationRows: rows, conversationTable: table } = view
    const texts: string[] = []
    for (let i = 0; i < rows.length; i++) {
      const subject = table.text.subject.get(rows[i]!)
      const snippet = table.text.last_message_snippet.get(rows[i]!)
      let bySnippet = bySubject.get(subject)
      if (bySnippet === undefined) {
        bySnippet = new Map()
        bySubject.set(subject, bySnippet)
      }
      let text = bySnippet.get(snippet)
      if (text === undefined) {
        text = `${subject}\n${snippet}`.toLowerCase()
        bySnippet.set(snippet, text)
      }
      texts.push(text)
    }
    memo.searchText = texts
  }
  return memo.searchText
}

/**
 * A numeric sort key per conversation: the rank of its coded value when the values are put in `order`;
 * null after every value.
 */
function rankOfCodes(column: CodedColumn, order: (a: string, b: string) => number): Float64Array {
  const values = column.values.values
  const rankOfCode = new Float64Array(values.length)
  values
    .map((value, code) => ({ value, code }))
    .sort((a, b) => order(a.value, b.value))
    .forEach(({ code }, rank) => {
      rankOfCode[code] = rank
    })
  const codes = column.codes
  const ranks = new Float64Array(codes.length)
  for (let i = 0; i < codes.length; i++) ranks[i] = codes[i]! < 0 ? values.length : rankOfCode[codes[i]!]!
  return ranks
}

/** Each key's rank among the distinct keys, ascending; NaN (null) after every value. */
function denseRanks(keys: Float64Array): Float64Array {
  const sorted = keys.slice().sort() // typed-array sort: numeric, NaN last
  let distinct = 0
  for (let k = 0; k < sorted.length; k++) {
    const v = sorted[k]!
    if (Number.isNaN(v)) break
    if (distinct === 0 || v !== sorted[distinct - 1]) sorted[distinct++] = v
  }
  const ranks = new Float64Array(keys.length)
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!
    if (Number.isNaN(key)) {
      ranks[i] = distinct
      continue
    }
    let lo = 0
    let hi = distinct - 1
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (sorted[mid]! < key) lo = mid + 1
      else hi = mid
    }
    ranks[i] = lo
  }
  return ranks
}

/**
 * Indices of `view.conversations` in ascending order of `key`, ties by id. Built on first use and kept on
 * the view: sorting 100k records on every request would blow the time budget.
 * Ascending puts nulls last; descending is the exact reverse (nulls first, ties by id desc), which is
 * PostgreSQL's default. `priority` ranks low < medium < high < urgent; `status` and `subject` compare
 * as plain strings (code units), like a text column with the C collation.
 */
function conversationSortOrder(view: TenantView, key: ConversationSortKey): Int32Array {
  const cached = view.listMemo.sortOrders.get(key)
  if (cached) return cached
  const columns = view.columns
  const n = view.conversationRows.length
  const order = positions(n)
  // (rank of the key) * n + (rank of the id) is unique per conversation and below 2^53 for any n a
  // world holds, so one native sort of numbers replaces a comparator sort (~10x faster at 100k).
  // `ranks`: integers from 0, equal for equal keys (consumed).
  const sortBy = (ranks: Float64Array): void => {
    const ids = idRank(view)
    const composite = ranks
    for (let i = 0; i < n; i++) composite[i] = composite[i]! * n + ids[i]!
    composite.sort()
    const byIdRank = new Int32Array(n)
    for (let i = 0; i < n; i++) byIdRank[ids[i]!] = i
    for (let k = 0; k < n; k++) order[k] = byIdRank[composite[k]! % n]!
  }
  switch (key) {
    case 'created_at':
      // `conversations` is already sorted by created_at then id.
      break
    case 'updated_at':
      sortBy(denseRanks(columns.updatedMs))
      break
    case 'priority':
      sortBy(rankOfCodes(columns.priority, (a, b) => PRIORITY_ASC.indexOf(a) - PRIORITY_ASC.indexOf(b)))
      break
    case 'status':
      sortBy(rankOfCodes(columns.status, compareStrings))
      break
    case 'subject':
      sortBy(rankOfStrings(Array.from(view.conversationRows, (r) => view.conversationTable.text.subject.get(r))))
      break
    case 'sla_first_response_due':
      sortBy(denseRanks(columns.slaFirstResponseDueMs))
      break
    case 'sla_resolution_due':
      sortBy(denseRanks(columns.slaResolutionDueMs))
      break
  }
  view.listMemo.sortOrders.set(key, order)
  return order
}

/**
 * Builds every sort order and the search text now instead of on first use (~0.1-1 s at 100k
 * conversations): for a server that would rather pay at seed time than on its first list request.
 */
export function prepareConversationList(view: TenantView): void {
  for (const key of CONVERSATION_SORT_KEYS) conversationSortOrder(view, key)
  searchText(view)
}

type Predicate = (i: number) => boolean

const NOTHING: Predicate = () => false

/** Present and not blank. */
function given(value: string | null | undefined): value is string {
  return value !== undefined && value !== null && value.trim() !== ''
}

/** Comma-separated values, trimmed, blanks dropped. */
function commaList(value: string): string[] {
  return value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '')
}

/** Filters on the columns (index i into `view.conversations`), cheapest first. */
function buildPredicates(view: TenantView, q: ConversationListQuery): Predicate[] {
  const col = view.columns
  const predicates: Predicate[] = []

  if (q.include_deleted !== true) predicates.push((i) => col.deleted[i] === 0)

  // Exact match; "a,b" means any of a and b. Values no conversation has match nothing.
  const anyOf = (value: string | null | undefined, column: CodedColumn): void => {
    if (!given(value)) return
    const wanted = new Uint8Array(column.values.size)
    let known = 0
    for (const v of commaList(value)) {
      const code = column.values.codeOf(v)
      if (code >= 0) {
        wanted[code] = 1
        known += 1
      }
    }
    predicates.push(known === 0 ? NOTHING : (i) => wanted[column.codes[i]!] === 1)
  }
  anyOf(q.status, col.status)
  anyOf(q.channel, col.channel)
  anyOf(q.priority, col.priority)
  anyOf(q.conversation_type, col.conversationType)
  anyOf(q.source, col.source)
  anyOf(q.category, col.category)
  anyOf(q.sla_state, col.slaState)
  anyOf(q.sentiment, col.sentiment)
  anyOf(q.language, col.language)

  // Exact match on one id.
  const exact = (value: string | null | undefined, column: CodedColumn): void => {
    if (!given(value)) return
    const code = column.values.codeOf(value.trim())
    predicates.push(code < 0 ? NOTHING : (i) => column.codes[i] === code)
  }
  exact(q.assignee_user_id, col.assigneeUser)
  exact(q.assignee_team_id, col.assigneeTeam)
  exact(q.department_id, col.department)
  exact(q.email_channel_id, col.emailChannel)
  exact(q.contact_id, col.contact)
  exact(q.company_id, col.company)

  if (typeof q.is_spam === 'boolean') {
    const spam = q.is_spam ? 1 : 0
    predicates.push((i) => col.spam[i] === spam)
  }
  if (typeof q.archived === 'boolean') {
    const archived = q.archived ? 1 : 0
    predicates.push((i) => col.archived[i] === archived)
  }

  // Lower bounds inclusive, upper bounds exclusive. An unparseable bound is ignored (the caller validates).
  const bound = (value: string | null | undefined, ms: Float64Array, lower: boolean): void => {
    if (!given(value)) return
    const limit = parseInstant(value)
    if (limit === null) return
    predicates.push(lower ? (i) => ms[i]! >= limit : (i) => ms[i]! < limit)
  }
  bound(q.created_after, col.createdMs, true)
  bound(q.created_before, col.createdMs, false)
  bound(q.updated_after, col.updatedMs, true)
  bound(q.updated_before, col.updatedMs, false)

  if (given(q.exclude_id)) {
    const position = conversationPosition(view, q.exclude_id.trim())
    if (position >= 0) predicates.push((i) => i !== position)
  }
  // The two filters that read the records themselves come last, on what the columns let through.
  if (given(q.tags)) {
    const wanted = new Set(commaList(q.tags))
    const { conversationRows: rows, conversationTable: table } = view
    // One answer per distinct tag list (conversations of a topic share theirs).
    const listMatches = table.tagLists.map((tags) => tags.some((t) => wanted.has(t)))
    predicates.push((i) => listMatches[table.tags[rows[i]!]!] === true)
  }
  if (given(q.search)) {
    // Distinct terms: repeating a word must not repeat the scan.
    const terms = [...new Set(q.search.toLowerCase().split(/\s+/))].filter((t) => t !== '')
    const text = searchText(view)
    predicates.push((i) => {
      const haystack = text[i]!
      for (const t of terms) if (!haystack.includes(t)) return false
      return true
    })
  }
  return predicates
}

function toItem(view: TenantView, c: Conversation): ConversationListItem {
  const user = c.assignee_user_id === null ? undefined : view.users.get(c.assignee_user_id)
  const team = c.assignee_team_id === null ? undefined : view.teams.get(c.assignee_team_id)
  const company = c.company_id === null ? undefined : view.companies.get(c.company_id)
  const contact = view.contacts.get(c.contact_id)
  return {
    ai_triage_hint: c.ai_triage_hint,
    ai_triage_hint_type: c.ai_triage_hint_type,
    archived_at: c.archived_at,
    assigned_at: c.assigned_at,
    assignee_team_id: c.assignee_team_id,
    assignee_team_name: team?.name ?? null,
    assignee_user_id: c.assignee_user_id,
    assignee_user_name: user?.name ?? null,
    assignment_reason: c.assignment_reason,
    category: c.category,
    channel: c.channel,
    company_name: company?.name ?? null,
    contact_email: contact?.email ?? null,
    contact_id: c.contact_id,
    contact_name: contact?.name ?? null,
    contact_phone: contact?.phone ?? null,
    contact_role: contact?.role ?? null,
    conversation_type: c.conversation_type,
    created_at: c.created_at,
    current_sentiment_label: c.current_sentiment_label,
    current_sentiment_score: c.current_sentiment_score,
    deleted_at: c.deleted_at,
    department_id: c.department_id,
    detected_language: c.detected_language,
    id: c.id,
    impact: c.impact,
    is_read: c.is_read,
    is_spam: c.is_spam,
    last_message_snippet: c.last_message_snippet,
    merged_at: c.merged_at,
    merged_by: c.merged_by,
    merged_into_id: c.merged_into_id,
    priority: c.priority,
    sentiment_trend: c.sentiment_trend,
    sla_first_response_due: c.sla_first_response_due,
    sla_last_escalation_at: c.sla_last_escalation_at,
    sla_resolution_due: c.sla_resolution_due,
    sla_state: c.sla_state,
    snoozed_by: c.snoozed_by,
    snoozed_until: c.snoozed_until,
    source: c.source,
    source_thread_id: c.source_thread_id,
    status: c.status,
    subject: c.subject,
    tags: [...c.tags],
    updated_at: c.updated_at,
    urgency: c.urgency,
    version: c.version,
  }
}

export function listConversations(view: TenantView, query: ConversationListQuery = {}): ConversationList {
  return runSteps(listConversationsSteps(view, query))
}

/** The same in slices (see lib/steps.ts): a filter or search walks every conversation, 1M of them at most. */
export function* listConversationsSteps(view: TenantView, query: ConversationListQuery = {}): Steps<ConversationList> {
  const limit = query.limit ?? 50
  const offset = query.offset ?? 0
  const requested = query.sort_by?.trim() ?? ''
  // An unknown sort_by falls back to created_at; any sort_order but "asc" means descending.
  const sortBy: ConversationSortKey = isSortKey(requested) ? requested : 'created_at'
  const ascending = query.sort_order?.trim().toLowerCase() === 'asc'
  const order = conversationSortOrder(view, sortBy)
  const predicates = buildPredicates(view, query)
  const items: ConversationListItem[] = []
  let total = 0
  const n = order.length
  yield* slices(0, n, (from, to) => {
    for (let k = from; k < to; k++) {
      const i = order[ascending ? k : n - 1 - k]!
      let keep = true
      for (const p of predicates) {
        if (!p(i)) {
          keep = false
          break
        }
      }
      if (!keep) continue
      if (total >= offset && items.length < limit) items.push(toItem(view, conversationAt(view, i)))
      total += 1
    }
  })
  return { items, total, limit, offset }
}
