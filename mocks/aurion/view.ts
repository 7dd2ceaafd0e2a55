// Per-tenant indexes over one AurionAI world, built once at seed time.
// Reports find their range by binary search on sorted epoch arrays, and read conversation, call and LLM
// usage facts from typed-array columns instead of the record objects: at 100,000 conversations, walking
// ~25k scattered objects several times per request (with a Map lookup per record) was what blew the time
// budget.
import type {
  Article,
  AurionRecords,
  Call,
  Company,
  Contact,
  Conversation,
  EmailChannel,
  LlmUsage,
  Team,
  Tenant,
  User,
} from '../../generators/aurion/model.ts'
import { CALL_OUTCOMES, CALL_STATUSES } from '../../generators/aurion/model.ts'
import { LLM_PROVIDERS, type LlmUsageTable } from '../../generators/aurion/llm-usage.ts'
import type { ConversationTable, TextColumn } from '../../generators/aurion/conversation-table.ts'
import type { CsatTable } from '../../generators/aurion/csat-table.ts'
import { compareUuidWords } from '../../generators/lib/ids.ts'
import { slices, type Steps } from '../lib/steps.ts'

/** A requested analytics range; both bounds are included. */
export interface DateRange {
  from: Date
  to: Date
}

/** Half-open index interval [start, end) into a sorted array. */
export interface IndexRange {
  start: number
  end: number
}

/** Distinct strings of a column, numbered in order of first appearance. */
class Interner {
  readonly values: string[] = []
  private readonly codes = new Map<string, number>()

  /** The code of `value`, numbering it if new; -1 for null. */
  add(value: string | null): number {
    if (value === null) return -1
    let code = this.codes.get(value)
    if (code === undefined) {
      code = this.values.length
      this.codes.set(value, code)
      this.values.push(value)
    }
    return code
  }

  /** The code of a value seen before; -1 when unknown or null. */
  codeOf(value: string | null | undefined): number {
    return value === null || value === undefined ? -1 : (this.codes.get(value) ?? -1)
  }

  get size(): number {
    return this.values.length
  }
}

/** A string column: one code per conversation (-1 for null) and the strings behind the codes. */
export interface CodedColumn {
  readonly codes: Int32Array
  readonly values: Interner
}

/** Resolver codes of `ConversationColumns.resolvedBy`. */
export const RESOLVED_BY_NONE = 0
export const RESOLVED_BY_AI = 1
export const RESOLVED_BY_HUMAN = 2

/** SLA codes of `ConversationColumns.slaFirstResponse` / `slaResolution`. */
export const SLA_NOT_TRACKED = -1
const SLA_BREACHED = 0
export const SLA_MET = 1

/**
 * Conversation facts as columns, parallel to `TenantView.conversationRows`. Numbers are NaN where the record
 * has null; flags are 0 or 1.
 */
interface ConversationColumns {
  readonly createdMs: Float64Array
  readonly updatedMs: Float64Array
  readonly slaFirstResponseDueMs: Float64Array
  readonly slaResolutionDueMs: Float64Array
  readonly status: CodedColumn
  readonly channel: CodedColumn
  readonly priority: CodedColumn
  readonly conversationType: CodedColumn
  readonly source: CodedColumn
  readonly category: CodedColumn
  readonly topic: CodedColumn
  readonly slaState: CodedColumn
  readonly sentiment: CodedColumn
  readonly language: CodedColumn
  readonly assigneeUser: CodedColumn
  readonly assigneeTeam: CodedColumn
  readonly department: CodedColumn
  readonly emailChannel: CodedColumn
  readonly contact: CodedColumn
  readonly company: CodedColumn
  readonly deleted: Uint8Array
  readonly spam: Uint8Array
  readonly archived: Uint8Array
  readonly resolvedBy: Uint8Array
  readonly escalated: Uint8Array
  /** AI-resolved while citing a help-center article. */
  readonly deflected: Uint8Array
  readonly firstResponseMinutes: Float64Array
  readonly resolutionMinutes: Float64Array
  readonly slaFirstResponse: Int8Array
  readonly slaResolution: Int8Array
  readonly inboundMessages: Int32Array
  readonly outboundMessages: Int32Array
}

/**
 * Call facts as columns, parallel to a list of calls (`TenantView.calls`, or any list a report is given).
 * The v1 voice reports read these instead of the records: no object, map or string per call.
 */
export interface CallColumns {
  /** start_time in epoch ms (NaN when unparseable). */
  readonly startMs: Float64Array
  readonly durationSeconds: Float64Array
  /** Index in CALL_STATUSES, -1 for any other status. */
  readonly status: Int8Array
  /** Index in CALL_OUTCOMES, -1 for any other outcome. */
  readonly outcome: Int8Array
  readonly firstCallResolution: Uint8Array
  readonly ticketCreated: Uint8Array
  readonly escalated: Uint8Array
  readonly category: CodedColumn
  /** resolution_time_seconds, NaN where null. */
  readonly resolutionSeconds: Float64Array
}

export const CALL_STATUS_COMPLETED = CALL_STATUSES.indexOf('completed')
export const CALL_STATUS_FAILED = CALL_STATUSES.indexOf('failed')

/** The columns of `calls`; `startMs`, when given, is their start_time already parsed. */
export function buildCallColumns(calls: readonly Call[], startMs?: Float64Array): CallColumns {
  const n = calls.length
  const columns: CallColumns = {
    startMs: startMs ?? new Float64Array(n),
    durationSeconds: new Float64Array(n),
    status: new Int8Array(n),
    outcome: new Int8Array(n),
    firstCallResolution: new Uint8Array(n),
    ticketCreated: new Uint8Array(n),
    escalated: new Uint8Array(n),
    category: { codes: new Int32Array(n), values: new Interner() },
    resolutionSeconds: new Float64Array(n),
  }
  for (let i = 0; i < n; i++) {
    const call = calls[i]!
    if (startMs === undefined) columns.startMs[i] = Date.parse(call.start_time)
    columns.durationSeconds[i] = call.duration_seconds
    columns.status[i] = CALL_STATUSES.indexOf(call.status)
    columns.outcome[i] = CALL_OUTCOMES.indexOf(call.outcome)
    columns.firstCallResolution[i] = call.first_call_resolution ? 1 : 0
    columns.ticketCreated[i] = call.ticket_created ? 1 : 0
    columns.escalated[i] = call.escalated ? 1 : 0
    columns.category.codes[i] = columns.category.values.add(call.category)
    columns.resolutionSeconds[i] = call.resolution_time_seconds ?? Number.NaN
  }
  return columns
}

/** LLM usage facts as columns, parallel to a list of usage rows (`TenantView.llmUsage`, or a report's list). */
export interface LlmUsageColumns {
  /** Position of the row's call in the list of calls it belongs to; -1 when that list has no such call. */
  readonly callPosition: Int32Array
  /** Provider codes, and the providers behind them in order of first appearance. */
  readonly provider: { readonly codes: Uint8Array; readonly values: readonly LlmUsage['provider'][] }
  /** Whole numbers (the schema's z.int()): 4 bytes a row instead of 8, half a million rows at 100k. */
  readonly inputTokens: Int32Array
  readonly outputTokens: Int32Array
  readonly latencyMs: Float64Array
  readonly error: Uint8Array
}

/** The columns of usage rows; `positionOf` maps a call id to its position in the calls' list (or undefined). */
export function buildLlmUsageColumns(rows: readonly LlmUsage[], positionOf: (callId: string) => number | undefined): LlmUsageColumns {
  const n = rows.length
  const providerCodes = new Uint8Array(n)
  const providers: LlmUsage['provider'][] = []
  const columns: LlmUsageColumns = {
    callPosition: new Int32Array(n),
    provider: { codes: providerCodes, values: providers },
    inputTokens: new Int32Array(n),
    outputTokens: new Int32Array(n),
    latencyMs: new Float64Array(n),
    error: new Uint8Array(n),
  }
  for (let i = 0; i < n; i++) {
    const row = rows[i]!
    columns.callPosition[i] = positionOf(row.call_id) ?? -1
    let code = providers.indexOf(row.provider)
    if (code < 0) {
      code = providers.length
      providers.push(row.provider)
    }
    providerCodes[i] = code
    columns.inputTokens[i] = row.input_tokens
    columns.outputTokens[i] = row.output_tokens
    columns.latencyMs[i] = row.latency_ms
    columns.error[i] = row.error ? 1 : 0
  }
  return columns
}

/**
 * The columns of one tenant's rows of the world's usage table (`rows`: positions in the table), ordered
 * by timestamp then id, with the timestamps; `positionOf` maps a position in `table.calls` to the call's
 * position in the tenant's sorted calls (-1 when it is not one of them).
 */
function indexLlmUsage(
  table: LlmUsageTable,
  rows: Int32Array,
  positionOf: (call: number) => number,
): { ms: Float64Array; columns: LlmUsageColumns } {
  const { timestampMs, idWords } = table
  // A plain copy: Array.from(typed array) and TypedArray.from(x, mapFn) take slow generic paths.
  const order = new Array<number>(rows.length)
  for (let k = 0; k < rows.length; k++) order[k] = rows[k]!
  order.sort((a, b) => timestampMs[a]! - timestampMs[b]! || compareUuidWords(idWords, a, b))
  const n = order.length
  const providers: LlmUsage['provider'][] = []
  const codeOf = new Int32Array(LLM_PROVIDERS.length).fill(-1)
  const ms = new Float64Array(n)
  const columns: LlmUsageColumns = {
    callPosition: new Int32Array(n),
    provider: { codes: new Uint8Array(n), values: providers },
    inputTokens: new Int32Array(n),
    outputTokens: new Int32Array(n),
    latencyMs: new Float64Array(n),
    error: new Uint8Array(n),
  }
  for (let k = 0; k < n; k++) {
    const i = order[k]!
    ms[k] = timestampMs[i]!
    columns.callPosition[k] = positionOf(table.call[i]!)
    const p = table.provider[i]!
    // Codes in order of first appearance, as buildLlmUsageColumns numbers them.
    if (codeOf[p] === -1) codeOf[p] = providers.push(LLM_PROVIDERS[p]!) - 1
    columns.provider.codes[k] = codeOf[p]!
    columns.inputTokens[k] = table.inputTokens[i]!
    columns.outputTokens[k] = table.outputTokens[i]!
    columns.latencyMs[k] = table.latencyMs[i]!
    columns.error[k] = table.error[i]!
  }
  return { ms, columns }
}

/** Lazily built helpers of the conversations list; see reports/conversations-list.ts. */
interface ConversationListMemo {
  /** Permutations of `conversationRows` per sort key, ascending, ties by id. */
  sortOrders: Map<string, Int32Array>
  /** Rank of each conversation when sorted by id, parallel to `conversationRows`. */
  idRank: Float64Array | null
  /** Lowercased "subject\nlast_message_snippet" per conversation, parallel to `conversationRows`. */
  searchText: string[] | null
}

/** One tenant's slice of the world, with the orders and lookups the reports need. */
export interface TenantView {
  readonly tenant: Tenant
  /** The world's conversations (columns; see conversation-table.ts). */
  readonly conversationTable: ConversationTable
  /**
   * The tenant's conversations (deleted, spam and merged included) by created_at then id, as rows of
   * `conversationTable`; a position in this array is what the columns, orders and `countedIndex` use.
   */
  readonly conversationRows: Int32Array
  /** created_at in epoch ms, parallel to `conversationRows` (the same array as `columns.createdMs`). */
  readonly conversationCreatedMs: Float64Array
  readonly columns: ConversationColumns
  /**
   * Positions in `conversationRows` of the conversations the analytics count (decision 0001: not deleted,
   * not spam, not merged), in the same order; `countedCreatedMs` is their created_at.
   */
  readonly countedIndex: Int32Array
  readonly countedCreatedMs: Float64Array
  /** The world's CSAT responses (columns; see csat-table.ts). */
  readonly csatTable: CsatTable
  /** The tenant's answered responses (responded_at set) by responded_at then id, as rows of `csatTable`. */
  readonly csatRows: Int32Array
  readonly csatRespondedMs: Float64Array
  /** Rows of surveys never answered, in table order; no report counts them. */
  readonly unansweredCsatRows: Int32Array
  /** Calls by start_time then id. */
  readonly calls: readonly Call[]
  readonly callStartMs: Float64Array
  /** Timestamps of the tenant's LLM usage rows, by timestamp then id (rows are columns only). */
  readonly llmUsageMs: Float64Array
  /** Call facts as columns, parallel to `calls` (`startMs` is `callStartMs`). */
  readonly callColumns: CallColumns
  /** Usage facts as columns, parallel to `llmUsage`; `callPosition` points into `calls`. */
  readonly llmUsageColumns: LlmUsageColumns
  readonly users: ReadonlyMap<string, User>
  readonly teams: ReadonlyMap<string, Team>
  readonly contacts: ReadonlyMap<string, Contact>
  readonly companies: ReadonlyMap<string, Company>
  readonly emailChannels: ReadonlyMap<string, EmailChannel>
  readonly articles: ReadonlyMap<string, Article>
  /** Filled on first use by the conversations list (sorting 100k records per request would be slow). */
  readonly listMemo: ConversationListMemo
}

export interface AurionIndex {
  readonly tenants: ReadonlyMap<string, TenantView>
  /** The tenant flagged `is_default`, else the first tenant, else null. */
  readonly defaultTenantId: string | null
}

/** First index whose value is >= target. */
function lowerBound(sorted: ArrayLike<number>, target: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sorted[mid]! < target) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** First index whose value is > target. */
function upperBound(sorted: ArrayLike<number>, target: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sorted[mid]! <= target) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Indices of the values v with fromMs <= v <= toMsInclusive in an ascending array. Empty when from > to or NaN. */
export function rangeOf(sorted: ArrayLike<number>, fromMs: number, toMsInclusive: number): IndexRange {
  if (Number.isNaN(fromMs) || Number.isNaN(toMsInclusive)) return { start: 0, end: 0 }
  const start = lowerBound(sorted, fromMs)
  const end = upperBound(sorted, toMsInclusive)
  return { start, end: Math.max(start, end) }
}

/**
 * The counted conversations created in the range, as positions k in `countedIndex` (bounds included);
 * the conversation itself is `conversationAt(view, countedIndex[k])`, its facts `columns.*[countedIndex[k]]`.
 */
export function countedSpan(view: TenantView, range: DateRange): IndexRange {
  return rangeOf(view.countedCreatedMs, range.from.getTime(), range.to.getTime())
}

/** The counted conversation records of the range (bounds included), oldest first. */
export function countedConversationsInRange(view: TenantView, range: DateRange): Conversation[] {
  const { start, end } = countedSpan(view, range)
  const out: Conversation[] = []
  for (let k = start; k < end; k++) out.push(conversationAt(view, view.countedIndex[k]!))
  return out
}

/** The record of the conversation at `position` in `conversationRows`, written from the columns. */
export function conversationAt(view: TenantView, position: number): Conversation {
  return view.conversationTable.row(view.conversationRows[position]!)
}

/** Position in `conversationRows` of the tenant's conversation `id`, or -1 (a scan of the id words). */
export function conversationPosition(view: TenantView, id: string): number {
  return view.conversationTable.findRow(view.conversationRows, id)
}

/**
 * Answered CSAT responses with responded_at in the range (bounds included): their rows of `csatTable` and
 * their responded_at in ms (views into the index, not copies).
 */
export function csatInRange(view: TenantView, range: DateRange): { rows: Int32Array; ms: Float64Array } {
  const { start, end } = rangeOf(view.csatRespondedMs, range.from.getTime(), range.to.getTime())
  return { rows: view.csatRows.subarray(start, end), ms: view.csatRespondedMs.subarray(start, end) }
}

/** Calls whose start_time is in [fromMs, toMsInclusive]; for the v1 voice analytics too. */
export function callsInRange(view: TenantView, fromMs: number, toMsInclusive: number): readonly Call[] {
  const { start, end } = rangeOf(view.callStartMs, fromMs, toMsInclusive)
  return view.calls.slice(start, end)
}

/** Positions in `calls` of the calls whose start_time is in [fromMs, toMsInclusive]. */
export function callSpan(view: TenantView, fromMs: number, toMsInclusive: number): IndexRange {
  return rangeOf(view.callStartMs, fromMs, toMsInclusive)
}

/** Code-unit string order, so that sorting is the same on every machine and locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * Sorts records by an epoch key then id, and returns them with the parallel key array and `order`, the
 * position in `items` of each sorted record.
 */
function sortByInstant<T extends { id: string }>(
  items: readonly T[],
  instant: (item: T, i: number) => number,
): { sorted: T[]; ms: Float64Array; order: readonly number[] } {
  const keys = new Float64Array(items.length)
  for (let i = 0; i < items.length; i++) keys[i] = instant(items[i]!, i)
  const order = new Array<number>(items.length)
  for (let i = 0; i < items.length; i++) order[i] = i
  order.sort((a, b) => keys[a]! - keys[b]! || compareStrings(items[a]!.id, items[b]!.id))
  const ms = new Float64Array(items.length)
  const sorted: T[] = []
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!
    ms[k] = keys[i]!
    sorted.push(items[i]!)
  }
  return { sorted, ms, order }
}

/** Groups records by tenant_id, keeping record order. */
function byTenant<T extends { tenant_id: string }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const group = groups.get(item.tenant_id)
    if (group) group.push(item)
    else groups.set(item.tenant_id, [item])
  }
  return groups
}

function mapById<T extends { id: string }>(items: readonly T[] | undefined): Map<string, T> {
  const map = new Map<string, T>()
  for (const item of items ?? []) map.set(item.id, item)
  return map
}

function slaCode(met: number): number {
  return met < 0 ? SLA_NOT_TRACKED : met === 1 ? SLA_MET : SLA_BREACHED
}

/** The tenant's conversations as rows of `table`, by created_at then id. */
function sortRows(table: ConversationTable, rows: readonly number[]): Int32Array {
  const created = table.instants.created_at
  const order = rows.slice()
  order.sort((a, b) => created[a]! - created[b]! || table.compareIds(a, b))
  const sorted = new Int32Array(order.length)
  for (let k = 0; k < order.length; k++) sorted[k] = order[k]!
  return sorted
}

/** The index's columns of the tenant's conversations (`rows` of `table`, sorted), with per-tenant codes. */
function buildColumns(table: ConversationTable, rows: Int32Array): ConversationColumns {
  const n = rows.length
  const coded = (): CodedColumn => ({ codes: new Int32Array(n), values: new Interner() })
  const col = {
    createdMs: new Float64Array(n),
    updatedMs: new Float64Array(n),
    slaFirstResponseDueMs: new Float64Array(n),
    slaResolutionDueMs: new Float64Array(n),
    status: coded(),
    channel: coded(),
    priority: coded(),
    conversationType: coded(),
    source: coded(),
    category: coded(),
    topic: coded(),
    slaState: coded(),
    sentiment: coded(),
    language: coded(),
    assigneeUser: coded(),
    assigneeTeam: coded(),
    department: coded(),
    emailChannel: coded(),
    contact: coded(),
    company: coded(),
    deleted: new Uint8Array(n),
    spam: new Uint8Array(n),
    archived: new Uint8Array(n),
    resolvedBy: new Uint8Array(n),
    escalated: new Uint8Array(n),
    deflected: new Uint8Array(n),
    firstResponseMinutes: new Float64Array(n),
    resolutionMinutes: new Float64Array(n),
    slaFirstResponse: new Int8Array(n),
    slaResolution: new Int8Array(n),
    inboundMessages: new Int32Array(n),
    outboundMessages: new Int32Array(n),
  } satisfies ConversationColumns
  const { text: t, instants } = table
  // Codes numbered in the tenant's order of first appearance (reports list values in that order).
  const put = (column: CodedColumn, i: number, value: string | null): void => {
    column.codes[i] = column.values.add(value)
  }
  for (let i = 0; i < n; i++) {
    const r = rows[i]!
    col.createdMs[i] = instants.created_at[r]!
    col.updatedMs[i] = instants.updated_at[r]!
    col.slaFirstResponseDueMs[i] = instants.sla_first_response_due[r]!
    col.slaResolutionDueMs[i] = instants.sla_resolution_due[r]!
    put(col.status, i, t.status.get(r))
    put(col.channel, i, t.channel.get(r))
    put(col.priority, i, t.priority.get(r))
    put(col.conversationType, i, t.conversation_type.get(r))
    put(col.source, i, t.source.get(r))
    put(col.category, i, t.category.get(r))
    put(col.topic, i, t.topic.get(r))
    put(col.slaState, i, t.sla_state.get(r))
    put(col.sentiment, i, t.current_sentiment_label.get(r))
    put(col.language, i, t.detected_language.get(r))
    put(col.assigneeUser, i, t.assignee_user_id.get(r))
    put(col.assigneeTeam, i, t.assignee_team_id.get(r))
    put(col.department, i, t.department_id.get(r))
    put(col.emailChannel, i, t.email_channel_id.get(r))
    put(col.contact, i, t.contact_id.get(r))
    put(col.company, i, t.company_id.get(r))
    col.deleted[i] = Number.isNaN(instants.deleted_at[r]!) ? 0 : 1
    col.spam[i] = table.isSpam[r]!
    col.archived[i] = Number.isNaN(instants.archived_at[r]!) ? 0 : 1
    const resolvedBy = t.resolved_by.get(r)
    col.resolvedBy[i] = resolvedBy === 'ai' ? RESOLVED_BY_AI : resolvedBy === 'human' ? RESOLVED_BY_HUMAN : RESOLVED_BY_NONE
    col.escalated[i] = table.escalated[r]!
    col.deflected[i] = resolvedBy === 'ai' && t.deflected_by_article_id.get(r) !== null ? 1 : 0
    col.firstResponseMinutes[i] = table.firstResponseMinutes[r]!
    col.resolutionMinutes[i] = table.resolutionMinutes[r]!
    col.slaFirstResponse[i] = slaCode(table.slaFirstResponseMet[r]!)
    col.slaResolution[i] = slaCode(table.slaResolutionMet[r]!)
    col.inboundMessages[i] = table.inboundMessages[r]!
    col.outboundMessages[i] = table.outboundMessages[r]!
  }
  return col
}

function indexTenant(tenant: Tenant, groups: TenantGroups): TenantView {
  const table = groups.conversations.table
  const rows = sortRows(table, groups.conversations.rows)
  const columns = buildColumns(table, rows)
  // Counted (decision 0001): not deleted, not spam, not merged.
  const countedPositions: number[] = []
  for (let i = 0; i < rows.length; i++) {
    if (columns.deleted[i] === 0 && columns.spam[i] === 0 && table.text.merged_into_id.get(rows[i]!) === null) countedPositions.push(i)
  }
  const countedIndex = Int32Array.from(countedPositions)
  const countedCreatedMs = new Float64Array(countedIndex.length)
  for (let k = 0; k < countedIndex.length; k++) countedCreatedMs[k] = columns.createdMs[countedIndex[k]!]!

  const csat = groups.csatResponses.table
  const answered: number[] = []
  const unanswered: number[] = []
  for (const r of groups.csatResponses.rows) (Number.isNaN(csat.respondedMs[r]!) ? unanswered : answered).push(r)
  answered.sort((a, b) => csat.respondedMs[a]! - csat.respondedMs[b]! || csat.compareIds(a, b))
  const csatRows = Int32Array.from(answered)
  const csatRespondedMs = new Float64Array(csatRows.length)
  for (let k = 0; k < csatRows.length; k++) csatRespondedMs[k] = csat.respondedMs[csatRows[k]!]!
  const { all, rows: callRows, positionOfCall } = groups.calls
  const calls = sortByInstant(
    Array.from(callRows, (r) => all[r]!),
    (c) => Date.parse(c.start_time),
  )
  // The usage table points into the world's calls: a usage row finds its call's position by array index,
  // not by a Map of call ids (five million lookups at 1M). Marked for this tenant only, then cleared.
  const usageTable = groups.llmUsage.table
  let positionOf: (call: number) => number
  if (usageTable.calls === all) {
    for (let k = 0; k < calls.order.length; k++) positionOfCall[callRows[calls.order[k]!]!] = k
    positionOf = (call) => positionOfCall[call] ?? -1
  } else {
    const byId = new Map(calls.sorted.map((c, k) => [c.id, k]))
    positionOf = (call) => byId.get(usageTable.calls[call]?.id ?? '') ?? -1
  }
  const usage = indexLlmUsage(usageTable, groups.llmUsage.rows, positionOf)
  for (const r of callRows) positionOfCall[r] = -1

  return {
    tenant,
    conversationTable: table,
    conversationRows: rows,
    conversationCreatedMs: columns.createdMs,
    columns,
    countedIndex,
    countedCreatedMs,
    csatTable: csat,
    csatRows,
    csatRespondedMs,
    unansweredCsatRows: Int32Array.from(unanswered),
    calls: calls.sorted,
    callStartMs: calls.ms,
    llmUsageMs: usage.ms,
    callColumns: buildCallColumns(calls.sorted, calls.ms),
    llmUsageColumns: usage.columns,
    users: mapById(groups.users),
    teams: mapById(groups.teams),
    contacts: mapById(groups.contacts),
    companies: mapById(groups.companies),
    emailChannels: mapById(groups.emailChannels),
    articles: mapById(groups.articles),
    listMemo: { sortOrders: new Map(), idRank: null, searchText: null },
  }
}

/** One tenant's records of each kind; its conversations and LLM usage as positions in the world's tables. */
type TenantGroups = {
  [K in Exclude<keyof AurionRecords, 'tenants' | 'llmUsage' | 'conversations' | 'csatResponses' | 'calls'>]: AurionRecords[K]
} & {
  conversations: { table: ConversationTable; rows: readonly number[] }
  csatResponses: { table: CsatTable; rows: readonly number[] }
  /** The world's calls, the tenant's positions in them, and a shared scratch array (all -1) as long as them. */
  calls: { all: readonly Call[]; rows: readonly number[]; positionOfCall: Int32Array }
  llmUsage: { table: LlmUsageTable; rows: Int32Array }
}

/** Positions of each tenant's rows in a table of conversations or CSAT responses. */
function rowsByTenant(table: { length: number }, tenants: TextColumn<string>): Map<string, number[]> {
  const rows = tenants.values.map((): number[] => [])
  for (let i = 0; i < table.length; i++) rows[tenants.code(i)]!.push(i)
  return new Map(tenants.values.map((id, code) => [id, rows[code]!]))
}

/** Positions of each tenant's records in `items`. */
function positionsByTenant(items: readonly { tenant_id: string }[]): Map<string, number[]> {
  const groups = new Map<string, number[]>()
  for (let i = 0; i < items.length; i++) {
    const id = items[i]!.tenant_id
    const group = groups.get(id)
    if (group) group.push(i)
    else groups.set(id, [i])
  }
  return groups
}

/** Positions of each tenant's rows in the usage table. */
function usageRowsByTenant(table: LlmUsageTable): Map<string, Int32Array> {
  const counts = new Int32Array(table.tenantIds.length)
  for (let i = 0; i < table.length; i++) counts[table.tenant[i]!]!++
  const rows = Array.from(counts, (count) => new Int32Array(count))
  const filled = new Int32Array(table.tenantIds.length)
  for (let i = 0; i < table.length; i++) {
    const t = table.tenant[i]!
    rows[t]![filled[t]!++] = i
  }
  return new Map(table.tenantIds.map((id, t) => [id, rows[t]!]))
}

export function indexAurionRecords(records: AurionRecords): AurionIndex {
  const grouped = {
    teams: byTenant(records.teams),
    users: byTenant(records.users),
    companies: byTenant(records.companies),
    contacts: byTenant(records.contacts),
    emailChannels: byTenant(records.emailChannels),
    articles: byTenant(records.articles),
    conversations: rowsByTenant(records.conversations, records.conversations.text.tenant_id),
    csatResponses: rowsByTenant(records.csatResponses, records.csatResponses.tenant),
    calls: positionsByTenant(records.calls),
    llmUsage: usageRowsByTenant(records.llmUsage),
  }
  const positionOfCall = new Int32Array(records.calls.length).fill(-1)
  const tenants = new Map<string, TenantView>()
  for (const tenant of records.tenants) {
    tenants.set(
      tenant.id,
      indexTenant(tenant, {
        teams: grouped.teams.get(tenant.id) ?? [],
        users: grouped.users.get(tenant.id) ?? [],
        companies: grouped.companies.get(tenant.id) ?? [],
        contacts: grouped.contacts.get(tenant.id) ?? [],
        emailChannels: grouped.emailChannels.get(tenant.id) ?? [],
        articles: grouped.articles.get(tenant.id) ?? [],
        conversations: { table: records.conversations, rows: grouped.conversations.get(tenant.id) ?? [] },
        csatResponses: { table: records.csatResponses, rows: grouped.csatResponses.get(tenant.id) ?? [] },
        calls: { all: records.calls, rows: grouped.calls.get(tenant.id) ?? [], positionOfCall },
        llmUsage: { table: records.llmUsage, rows: grouped.llmUsage.get(tenant.id) ?? new Int32Array(0) },
      }),
    )
  }
  const defaultTenant = records.tenants.find((t) => t.is_default) ?? records.tenants[0]
  return { tenants, defaultTenantId: defaultTenant?.id ?? null }
}

// ---- small helpers shared by the reports ----

/** Display name of a user; "Unknown" when the id does not resolve (should not happen with generated worlds). */
export function userName(view: TenantView, userId: string): string {
  return view.users.get(userId)?.name ?? 'Unknown'
}

export function teamName(view: TenantView, teamId: string): string {
  return view.teams.get(teamId)?.name ?? 'Unknown'
}

/** How many counted conversations of a span have each code of a column (index = code), in slices. */
export function* countByCode(view: TenantView, span: IndexRange, column: CodedColumn): Steps<Float64Array> {
  const counts = new Float64Array(column.values.size)
  const codes = column.codes
  const index = view.countedIndex
  yield* slices(span.start, span.end, (from, to) => {
    for (let k = from; k < to; k++) {
      const code = codes[index[k]!]!
      if (code >= 0) counts[code]! += 1
    }
  })
  return counts
}

/** `value` as a member of `members` (a model enum), or undefined: narrows an interned string without a cast. */
export function memberOf<T extends string>(members: readonly T[], value: string): T | undefined {
  return members.find((m) => m === value)
}
