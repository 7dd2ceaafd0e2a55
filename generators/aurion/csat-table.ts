// CSAT survey responses as columns. A 100k world sends ~100k surveys; as records each cost an object, a UUID,
// two ISO strings and copies of its conversation's ids (~300 bytes). Here a response is a row (~60 bytes): its
// id as four words, instants as epoch ms, the rating in a byte, repeated strings as codes, and the row of its
// conversation in the conversation table. `row(i)` writes the record when a request needs one.
import { compareUuidWords, formatUuid } from '../lib/ids.ts'
import { copied, RowTable } from '../lib/row-table.ts'
import { createIsoFormatter } from './clock.ts'
import { type ConversationTable, TextColumn } from './conversation-table.ts'
import type { CsatResponse } from './model.ts'

/** One response's facts, as the generator hands them to `set` (its id was drawn by `addRow`). */
export interface CsatFacts {
  /** Row of the surveyed conversation in the conversation table. */
  conversation: number
  sentMs: number
  respondedMs: number | null
  rating: number | null
  comment: string | null
  followup: string | null
}

export class CsatTable extends RowTable<CsatResponse> {
  /** Four words per row (generators/lib/ids.ts); word order is id order. */
  idWords = new Uint32Array(0)
  /** Row of the response's conversation in `conversations`; -1 for a record given whole. */
  conversation = new Int32Array(0)
  sentMs = new Float64Array(0)
  /** NaN while unanswered. */
  respondedMs = new Float64Array(0)
  /** 1..5, 0 for null (unanswered, or answered without a rating). */
  rating = new Uint8Array(0)
  readonly tenant = new TextColumn<string>()
  readonly contact = new TextColumn<string>()
  readonly channel = new TextColumn<CsatResponse['channel']>()
  readonly assigneeUser = new TextColumn()
  readonly assigneeTeam = new TextColumn()
  readonly comment = new TextColumn()
  readonly followup = new TextColumn()
  /** Records given whole (hand-built worlds): `row` returns them as they were given. */
  private readonly given = new Map<number, CsatResponse>()
  // A cache of written strings, not part of the table's content (a true private field: equality ignores it).
  readonly #iso = createIsoFormatter()

  /** `conversations`: the world's conversations, which `conversation` points into. */
  constructor(readonly conversations: ConversationTable) {
    super()
  }

  /** A table of hand-built records (tests, fixtures). */
  static of(conversations: ConversationTable, records: readonly CsatResponse[]): CsatTable {
    const table = new CsatTable(conversations)
    for (const record of records) table.push(record)
    return table
  }

  /** Appends an empty row whose id `drawId` draws now (where the generator drew a record's id); returns it. */
  addRow(drawId: (words: Uint32Array, offset: number) => void): number {
    if (this.length === this.rating.length) this.grow(Math.max(1024, this.length * 2))
    const i = this.length++
    drawId(this.idWords, 4 * i)
    return i
  }

  /** Fills a generated row: the tenant, contact, channel and assignees are its conversation's. */
  set(i: number, facts: CsatFacts): void {
    const c = facts.conversation
    const text = this.conversations.text
    this.conversation[i] = c
    this.sentMs[i] = facts.sentMs
    this.respondedMs[i] = facts.respondedMs ?? Number.NaN
    this.rating[i] = facts.rating ?? 0
    this.comment.set(i, facts.comment)
    this.followup.set(i, facts.followup)
    this.tenant.set(i, text.tenant_id.get(c))
    this.contact.set(i, text.contact_id.get(c))
    this.channel.set(i, text.channel.get(c))
    this.assigneeUser.set(i, text.assignee_user_id.get(c))
    this.assigneeTeam.set(i, text.assignee_team_id.get(c))
  }

  /** Appends a record as given; `row` will return this very record. */
  push(record: CsatResponse): number {
    const i = this.addRow(() => {})
    this.given.set(i, record)
    this.conversation[i] = -1
    this.sentMs[i] = Date.parse(record.sent_at)
    this.respondedMs[i] = record.responded_at === null ? Number.NaN : Date.parse(record.responded_at)
    this.rating[i] = record.rating ?? 0
    this.comment.set(i, record.comment)
    this.followup.set(i, record.followup_answer)
    this.tenant.set(i, record.tenant_id)
    this.contact.set(i, record.contact_id)
    this.channel.set(i, record.channel)
    this.assigneeUser.set(i, record.assignee_user_id)
    this.assigneeTeam.set(i, record.assignee_team_id)
    return i
  }

  /** Gives back the room left after the last row. */
  trim(): void {
    this.grow(this.length)
  }

  id(i: number): string {
    return this.given.get(i)?.id ?? formatUuid(this.idWords, 4 * i)
  }

  /** Compares the ids of two rows as strings compare (generated ids: by their words, no string built). */
  compareIds(a: number, b: number): number {
    if (this.given.size === 0) {
      return compareUuidWords(this.idWords, a, b)
    }
    const [x, y] = [this.id(a), this.id(b)]
    return x < y ? -1 : x > y ? 1 : 0
  }

  /** The row as the record it stands for. */
  row(i: number): CsatResponse {
    const given = this.given.get(i)
    if (given) return given
    const responded = this.respondedMs[i]!
    const rating = this.rating[i]!
    return {
      id: this.id(i),
      tenant_id: this.tenant.get(i),
      conversation_id: this.conversations.id(this.conversation[i]!),
      contact_id: this.contact.get(i),
      channel: this.channel.get(i),
      sent_at: this.#iso(this.sentMs[i]!),
      responded_at: Number.isNaN(responded) ? null : this.#iso(responded),
      rating: rating === 0 ? null : rating,
      comment: this.comment.get(i),
      followup_answer: this.followup.get(i),
      assignee_user_id: this.assigneeUser.get(i),
      assignee_team_id: this.assigneeTeam.get(i),
    }
  }

  private grow(capacity: number): void {
    this.idWords = copied(this.idWords, new Uint32Array(4 * capacity))
    this.conversation = copied(this.conversation, new Int32Array(capacity))
    this.sentMs = copied(this.sentMs, new Float64Array(capacity))
    this.respondedMs = copied(this.respondedMs, new Float64Array(capacity))
    this.rating = copied(this.rating, new Uint8Array(capacity))
    for (const column of [this.tenant, this.contact, this.channel, this.assigneeUser, this.assigneeTeam, this.comment, this.followup]) {
      column.resize(capacity)
    }
  }
}
