// AurionAI conversations as columns. A 100k world has ~135k conversations; as records each was an object of
// 57 fields with a dozen ISO strings and boxed numbers (~750 bytes, the largest part of the world's heap and
// of the garbage collector's work). Here a conversation is a row (~200 bytes): its id as four words, instants
// as epoch ms, repeated strings (enums, ids of contacts, agents, teams, subjects) as codes into a list of
// distinct values, numbers and flags in typed arrays. `row(i)` writes the record when a request needs one
// (a list page, an export row).
import type { Conversation } from './model.ts'
import { compareUuidWords, formatUuid, parseUuidWords } from '../lib/ids.ts'
import { copied, RowTable } from '../lib/row-table.ts'
import { createIsoFormatter } from './clock.ts'

/** The record's timestamps; the table keeps them as epoch ms (NaN for null). */
const INSTANT_FIELDS = [
  'created_at',
  'updated_at',
  'deleted_at',
  'archived_at',
  'merged_at',
  'snoozed_until',
  'assigned_at',
  'sla_first_response_due',
  'sla_resolution_due',
  'sla_last_escalation_at',
  'first_response_at',
  'resolved_at',
] as const
type InstantField = (typeof INSTANT_FIELDS)[number]

/** Strings (and string enums) that repeat across conversations: kept once each, rows hold their codes. */
const TEXT_FIELDS = [
  'tenant_id',
  'subject',
  'last_message_snippet',
  'channel',
  'status',
  'priority',
  'urgency',
  'impact',
  'conversation_type',
  'source',
  'category',
  'topic',
  'detected_language',
  'current_sentiment_label',
  'sentiment_trend',
  'merged_by',
  'merged_into_id',
  'snoozed_by',
  'assignee_user_id',
  'assignee_team_id',
  'assignment_reason',
  'department_id',
  'contact_id',
  'company_id',
  'email_channel_id',
  'ai_triage_hint',
  'ai_triage_hint_type',
  'sla_state',
  'resolved_by',
  'deflected_by_article_id',
] as const
type TextField = (typeof TEXT_FIELDS)[number]

// The forms of source_thread_id (conversations.ts builds them from the conversation's id).
const THREAD_NONE = 0
const THREAD_EMAIL = 1
const THREAD_WHATSAPP = 2
const THREAD_OTHER = 3
const emailThreadPrefix = (id: string) => `<${id.slice(0, 18)}@mail.`
// Joined, not concatenated: one flat string instead of a tree of fragments.
export const whatsappThreadId = (id: string) => ['wamid.', id.slice(0, 8), id.slice(24)].join('')

/** A conversation as the generator hands it to `add`: the record with its timestamps as epoch ms. */
export type ConversationFacts = Omit<Conversation, InstantField> & Record<InstantField, number | null>

/**
 * Distinct strings of one field, numbered in order of first appearance. A row holds its code + 1 (0 for
 * null) in the narrowest array that fits: most fields are enums or come from small catalogues (one byte).
 */
export class TextColumn<T extends string | null = string | null> {
  private slots: Uint8Array | Uint16Array | Uint32Array = new Uint8Array(0)
  readonly values: NonNullable<T>[] = []
  private readonly index = new Map<string, number>()

  /** The row's code (index in `values`), -1 for null. */
  code(row: number): number {
    return this.slots[row]! - 1
  }

  get(row: number): T {
    const slot = this.slots[row]!
    return (slot === 0 ? null : this.values[slot - 1]) as T
  }

  set(row: number, value: T): void {
    if (value === null) {
      this.slots[row] = 0
      return
    }
    // Most fields have a handful of values: scanning them is cheaper than hashing the string.
    let code = this.values.length <= 8 ? this.values.indexOf(value as NonNullable<T>) : (this.index.get(value) ?? -1)
    if (code < 0) {
      code = this.values.push(value as NonNullable<T>) - 1
      this.index.set(value, code)
      if (code + 1 > 0xff && this.slots instanceof Uint8Array) this.slots = copied(this.slots, new Uint16Array(this.slots.length))
      if (code + 1 > 0xffff && this.slots instanceof Uint16Array) this.slots = copied(this.slots, new Uint32Array(this.slots.length))
    }
    this.slots[row] = code + 1
  }

  /** Room for `capacity` rows. */
  resize(capacity: number): void {
    const { slots } = this
    const wider =
      slots instanceof Uint8Array
        ? new Uint8Array(capacity)
        : slots instanceof Uint16Array
          ? new Uint16Array(capacity)
          : new Uint32Array(capacity)
    this.slots = copied(slots, wider)
  }
}

type TextColumns = { readonly [K in TextField]: TextColumn<Conversation[K]> }
type InstantColumns = { [K in InstantField]: Float64Array }

const flag = (value: boolean): number => (value ? 1 : 0)
const nullableFlag = (value: boolean | null): number => (value === null ? -1 : value ? 1 : 0)
const readFlag = (value: number): boolean | null => (value < 0 ? null : value === 1)
const orNaN = (value: number | null): number => value ?? Number.NaN
const orNull = (value: number): number | null => (Number.isNaN(value) ? null : value)

export class ConversationTable extends RowTable<Conversation> {
  /** Four words per row (generators/lib/ids.ts): word order is id order. */
  idWords = new Uint32Array(0)
  /** Ids that are not lower-case UUIDs (hand-built worlds), by row. */
  private readonly otherIds = new Map<number, string>()
  readonly text: TextColumns = Object.fromEntries(TEXT_FIELDS.map((field) => [field, new TextColumn()])) as unknown as TextColumns
  readonly instants = Object.fromEntries(INSTANT_FIELDS.map((field) => [field, new Float64Array(0)])) as InstantColumns
  /**
   * source_thread_id is unique per conversation but built from its id: kept as the form it has (THREAD_*)
   * and, for e-mail, the mail domain; any other text as given.
   */
  threadForm = new Uint8Array(0)
  readonly threadDomain = new TextColumn()
  private readonly otherThreadIds = new Map<number, string>()
  /** Codes into `tagLists`: conversations of a topic share one list (the generator's TOPIC_TAGS). */
  tags = new Int32Array(0)
  readonly tagLists: (readonly string[])[] = []
  private readonly tagCodes = new Map<readonly string[], number>()
  sentimentScore = new Float64Array(0)
  /** NaN where the record has null. */
  firstResponseMinutes = new Float64Array(0)
  resolutionMinutes = new Float64Array(0)
  version = new Int32Array(0)
  inboundMessages = new Int32Array(0)
  outboundMessages = new Int32Array(0)
  isSpam = new Uint8Array(0)
  isRead = new Uint8Array(0)
  escalated = new Uint8Array(0)
  /** -1 for null (no SLA target tracked), else 0 or 1. */
  slaFirstResponseMet = new Int8Array(0)
  slaResolutionMet = new Int8Array(0)
  /** Records given whole (hand-built worlds): `row` returns them as they were given. */
  private readonly given = new Map<number, Conversation>()
  // A cache of written strings, not part of the table's content (a true private field: equality ignores it).
  readonly #iso = createIsoFormatter()

  /** A table of hand-built records (tests, fixtures); their timestamps are parsed for the index. */
  static of(records: readonly Conversation[]): ConversationTable {
    const table = new ConversationTable()
    for (const record of records) table.push(record)
    return table
  }

  /** Room for `count` rows in all, so a world of known size is not copied while it grows. */
  reserve(count: number): void {
    if (count > this.tags.length) this.grow(count)
  }

  /** Appends a generated conversation; returns its row. */
  add(facts: ConversationFacts): number {
    if (this.length === this.tags.length) this.grow(Math.max(1024, this.length * 2))
    const i = this.length++
    if (!parseUuidWords(facts.id, this.idWords, 4 * i)) this.otherIds.set(i, facts.id)
    // Field by field, not a loop over the names: a keyed loop over 30 fields was ~10% of generation.
    const t = this.text
    t.tenant_id.set(i, facts.tenant_id)
    t.subject.set(i, facts.subject)
    t.last_message_snippet.set(i, facts.last_message_snippet)
    t.channel.set(i, facts.channel)
    t.status.set(i, facts.status)
    t.priority.set(i, facts.priority)
    t.urgency.set(i, facts.urgency)
    t.impact.set(i, facts.impact)
    t.conversation_type.set(i, facts.conversation_type)
    t.source.set(i, facts.source)
    t.category.set(i, facts.category)
    t.topic.set(i, facts.topic)
    t.detected_language.set(i, facts.detected_language)
    t.current_sentiment_label.set(i, facts.current_sentiment_label)
    t.sentiment_trend.set(i, facts.sentiment_trend)
    t.merged_by.set(i, facts.merged_by)
    t.merged_into_id.set(i, facts.merged_into_id)
    t.snoozed_by.set(i, facts.snoozed_by)
    t.assignee_user_id.set(i, facts.assignee_user_id)
    t.assignee_team_id.set(i, facts.assignee_team_id)
    t.assignment_reason.set(i, facts.assignment_reason)
    t.department_id.set(i, facts.department_id)
    t.contact_id.set(i, facts.contact_id)
    t.company_id.set(i, facts.company_id)
    t.email_channel_id.set(i, facts.email_channel_id)
    t.ai_triage_hint.set(i, facts.ai_triage_hint)
    t.ai_triage_hint_type.set(i, facts.ai_triage_hint_type)
    t.sla_state.set(i, facts.sla_state)
    t.resolved_by.set(i, facts.resolved_by)
    t.deflected_by_article_id.set(i, facts.deflected_by_article_id)
    const at = this.instants
    at.created_at[i] = orNaN(facts.created_at)
    at.updated_at[i] = orNaN(facts.updated_at)
    at.deleted_at[i] = orNaN(facts.deleted_at)
    at.archived_at[i] = orNaN(facts.archived_at)
    at.merged_at[i] = orNaN(facts.merged_at)
    at.snoozed_until[i] = orNaN(facts.snoozed_until)
    at.assigned_at[i] = orNaN(facts.assigned_at)
    at.sla_first_response_due[i] = orNaN(facts.sla_first_response_due)
    at.sla_resolution_due[i] = orNaN(facts.sla_resolution_due)
    at.sla_last_escalation_at[i] = orNaN(facts.sla_last_escalation_at)
    at.first_response_at[i] = orNaN(facts.first_response_at)
    at.resolved_at[i] = orNaN(facts.resolved_at)
    this.setThreadId(i, facts.id, facts.source_thread_id)
    let tags = this.tagCodes.get(facts.tags)
    if (tags === undefined) {
      tags = this.tagLists.push(facts.tags) - 1
      this.tagCodes.set(facts.tags, tags)
    }
    this.tags[i] = tags
    this.sentimentScore[i] = facts.current_sentiment_score
    this.firstResponseMinutes[i] = orNaN(facts.first_response_minutes)
    this.resolutionMinutes[i] = orNaN(facts.resolution_minutes)
    this.version[i] = facts.version
    this.inboundMessages[i] = facts.inbound_messages
    this.outboundMessages[i] = facts.outbound_messages
    this.isSpam[i] = flag(facts.is_spam)
    this.isRead[i] = flag(facts.is_read)
    this.escalated[i] = flag(facts.escalated)
    this.slaFirstResponseMet[i] = nullableFlag(facts.sla_first_response_met)
    this.slaResolutionMet[i] = nullableFlag(facts.sla_resolution_met)
    return i
  }

  /** Appends a record as given; `row` will return this very record. */
  push(record: Conversation): number {
    const parse = (value: string | null) => (value === null ? null : Date.parse(value))
    const instants = Object.fromEntries(INSTANT_FIELDS.map((field) => [field, parse(record[field])])) as Record<InstantField, number | null>
    const i = this.add({ ...record, ...instants })
    this.given.set(i, record)
    return i
  }

  /** Gives back the room left after the last row. */
  trim(): void {
    this.grow(this.length)
  }

  /** The row as the record it stands for. */
  row(i: number): Conversation {
    const given = this.given.get(i)
    if (given) return given
    const t = this.text
    const at = (field: InstantField): string | null => {
      const ms = this.instants[field][i]!
      return Number.isNaN(ms) ? null : this.#iso(ms)
    }
    // The schema's field order: it is the order of the JSON an export writes.
    return {
      id: this.id(i),
      tenant_id: t.tenant_id.get(i),
      subject: t.subject.get(i),
      last_message_snippet: t.last_message_snippet.get(i),
      channel: t.channel.get(i),
      status: t.status.get(i),
      priority: t.priority.get(i),
      urgency: t.urgency.get(i),
      impact: t.impact.get(i),
      conversation_type: t.conversation_type.get(i),
      source: t.source.get(i),
      source_thread_id: this.threadId(i),
      category: t.category.get(i),
      topic: t.topic.get(i),
      tags: this.tagLists[this.tags[i]!]! as string[],
      detected_language: t.detected_language.get(i),
      current_sentiment_label: t.current_sentiment_label.get(i),
      current_sentiment_score: this.sentimentScore[i]!,
      sentiment_trend: t.sentiment_trend.get(i),
      is_spam: this.isSpam[i] === 1,
      is_read: this.isRead[i] === 1,
      deleted_at: at('deleted_at'),
      archived_at: at('archived_at'),
      merged_at: at('merged_at'),
      merged_by: t.merged_by.get(i),
      merged_into_id: t.merged_into_id.get(i),
      snoozed_until: at('snoozed_until'),
      snoozed_by: t.snoozed_by.get(i),
      assignee_user_id: t.assignee_user_id.get(i),
      assignee_team_id: t.assignee_team_id.get(i),
      assigned_at: at('assigned_at'),
      assignment_reason: t.assignment_reason.get(i),
      department_id: t.department_id.get(i),
      contact_id: t.contact_id.get(i),
      company_id: t.company_id.get(i),
      email_channel_id: t.email_channel_id.get(i),
      ai_triage_hint: t.ai_triage_hint.get(i),
      ai_triage_hint_type: t.ai_triage_hint_type.get(i),
      sla_first_response_due: at('sla_first_response_due'),
      sla_resolution_due: at('sla_resolution_due'),
      sla_last_escalation_at: at('sla_last_escalation_at'),
      sla_state: t.sla_state.get(i),
      version: this.version[i]!,
      created_at: at('created_at')!,
      updated_at: at('updated_at')!,
      first_response_at: at('first_response_at'),
      first_response_minutes: orNull(this.firstResponseMinutes[i]!),
      resolved_at: at('resolved_at'),
      resolution_minutes: orNull(this.resolutionMinutes[i]!),
      resolved_by: t.resolved_by.get(i),
      escalated: this.escalated[i] === 1,
      sla_first_response_met: readFlag(this.slaFirstResponseMet[i]!),
      sla_resolution_met: readFlag(this.slaResolutionMet[i]!),
      inbound_messages: this.inboundMessages[i]!,
      outbound_messages: this.outboundMessages[i]!,
      deflected_by_article_id: t.deflected_by_article_id.get(i),
    }
  }

  id(i: number): string {
    return this.otherIds.get(i) ?? formatUuid(this.idWords, 4 * i)
  }

  /** Compares the ids of two rows as strings compare (UUIDs by their words, no string built). */
  compareIds(a: number, b: number): number {
    if (this.otherIds.size === 0 || !(this.otherIds.has(a) || this.otherIds.has(b))) {
      return compareUuidWords(this.idWords, a, b)
    }
    const [x, y] = [this.id(a), this.id(b)]
    return x < y ? -1 : x > y ? 1 : 0
  }

  /** Whether every id is a lower-case UUID (then `idWords` orders them all). */
  get allUuids(): boolean {
    return this.otherIds.size === 0
  }

  /** The first of `rows` whose id is `id`, as a position in `rows`; -1 when none is. */
  findRow(rows: ArrayLike<number>, id: string): number {
    const words = new Uint32Array(4)
    const uuid = parseUuidWords(id, words)
    for (let k = 0; k < rows.length; k++) {
      const r = rows[k]!
      const o = 4 * r
      if (uuid) {
        if (
          this.idWords[o] === words[0] &&
          this.idWords[o + 1] === words[1] &&
          this.idWords[o + 2] === words[2] &&
          this.idWords[o + 3] === words[3] &&
          !this.otherIds.has(r)
        )
          return k
      } else if (this.otherIds.get(r) === id) return k
    }
    return -1
  }

  private setThreadId(i: number, id: string, thread: string | null): void {
    this.threadDomain.set(i, null)
    if (thread === null) this.threadForm[i] = THREAD_NONE
    else if (thread === whatsappThreadId(id)) this.threadForm[i] = THREAD_WHATSAPP
    else if (thread.startsWith(emailThreadPrefix(id)) && thread.endsWith('>')) {
      this.threadForm[i] = THREAD_EMAIL
      this.threadDomain.set(i, thread.slice(emailThreadPrefix(id).length, -1))
    } else {
      this.threadForm[i] = THREAD_OTHER
      this.otherThreadIds.set(i, thread)
    }
  }

  private threadId(i: number): string | null {
    switch (this.threadForm[i]) {
      case THREAD_EMAIL:
        return [emailThreadPrefix(this.id(i)), this.threadDomain.get(i), '>'].join('')
      case THREAD_WHATSAPP:
        return whatsappThreadId(this.id(i))
      case THREAD_OTHER:
        return this.otherThreadIds.get(i) ?? null
      default:
        return null
    }
  }

  private grow(capacity: number): void {
    for (const field of TEXT_FIELDS) this.text[field].resize(capacity)
    for (const field of INSTANT_FIELDS) this.instants[field] = copied(this.instants[field], new Float64Array(capacity))
    this.tags = copied(this.tags, new Int32Array(capacity))
    this.idWords = copied(this.idWords, new Uint32Array(4 * capacity))
    this.threadForm = copied(this.threadForm, new Uint8Array(capacity))
    this.threadDomain.resize(capacity)
    this.sentimentScore = copied(this.sentimentScore, new Float64Array(capacity))
    this.firstResponseMinutes = copied(this.firstResponseMinutes, new Float64Array(capacity))
    this.resolutionMinutes = copied(this.resolutionMinutes, new Float64Array(capacity))
    this.version = copied(this.version, new Int32Array(capacity))
    this.inboundMessages = copied(this.inboundMessages, new Int32Array(capacity))
    this.outboundMessages = copied(this.outboundMessages, new Int32Array(capacity))
    this.isSpam = copied(this.isSpam, new Uint8Array(capacity))
    this.isRead = copied(this.isRead, new Uint8Array(capacity))
    this.escalated = copied(this.escalated, new Uint8Array(capacity))
    this.slaFirstResponseMet = copied(this.slaFirstResponseMet, new Int8Array(capacity))
    this.slaResolutionMet = copied(this.slaResolutionMet, new Int8Array(capacity))
  }
}
