// Conversations kept as columns (generators/aurion/conversation-table.ts): the records a generated table
// writes are what a table of hand-built records holds, and the index and the list answer the same from both.
import { describe, expect, it } from 'vitest'
import { ConversationTable, TextColumn } from '../../generators/aurion/conversation-table.ts'
import { buildAurionWorld } from '../../generators/aurion/index.ts'
import { conversationSchema } from '../../generators/aurion/collections.ts'
import { listConversations } from '../../mocks/aurion/reports/conversations-list.ts'
import { indexAurionRecords } from '../../mocks/aurion/view.ts'
import { conversation } from '../support/aurion-fixtures.ts'

describe('ConversationTable', () => {
  // A `now` off the whole second: timestamps clamped to it carry milliseconds.
  for (const now of ['2026-03-09T12:00:00Z', '2026-03-11T15:34:56.789Z']) {
    it(`writes valid records whose instants are its columns (now ${now})`, () => {
      const world = buildAurionWorld({ seed: 5, now: new Date(now), size: 3000 })
      const table = world.conversations
      const rows = table.rows()
      expect(rows).toHaveLength(table.length)
      expect(rows.every((row) => conversationSchema.safeParse(row).success)).toBe(true)
      rows.forEach((row, i) => {
        expect(Date.parse(row.created_at)).toBe(table.instants.created_at[i])
        expect(Date.parse(row.updated_at)).toBe(table.instants.updated_at[i])
        expect(row.resolved_at === null ? Number.NaN : Date.parse(row.resolved_at)).toBe(table.instants.resolved_at[i])
      })
      // Rows not kept: each call writes a fresh record with the same content.
      expect(table.row(0)).not.toBe(table.row(0))
      expect(table.row(0)).toEqual(table.row(0))
    })
  }

  it('gives the index and the list what a table of the same hand-built records gives', () => {
    const world = buildAurionWorld({ seed: 5, now: new Date('2026-03-09T12:00:00Z'), size: 3000 })
    const copy = { ...world, conversations: ConversationTable.of(world.conversations.rows()) }
    expect(JSON.stringify(copy.conversations)).toBe(JSON.stringify(world.conversations))
    const generated = indexAurionRecords(world)
    const handBuilt = indexAurionRecords(copy)
    for (const [tenantId, view] of generated.tenants) {
      const other = handBuilt.tenants.get(tenantId)!
      expect(view.columns).toEqual(other.columns)
      expect(view.countedIndex).toEqual(other.countedIndex)
      for (const sort_by of ['created_at', 'updated_at', 'priority', 'subject', 'sla_first_response_due']) {
        const query = { sort_by, limit: 100, search: 'the', tags: 'vip,billing' }
        expect(listConversations(view, query)).toEqual(listConversations(other, query))
      }
    }
  })

  it('writes ids and thread ids of every form back from its columns', () => {
    const uuid = '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0'
    const records = [
      conversation(uuid, { source_thread_id: `<${uuid.slice(0, 18)}@mail.acme.example>` }),
      conversation('ab1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0', { source_thread_id: 'wamid.ab1e2d3cc3d2e1f0' }),
      conversation('c-not-a-uuid', { source_thread_id: `<${uuid.slice(0, 18)}@mail.acme.example>` }),
      conversation('0F1E2D3C-4B5A-4968-8776-A5B4C3D2E1F0', { source_thread_id: 'something else' }),
      conversation('d1e2d3c4-4b5a-4968-8776-a5b4c3d2e1f0'),
    ].map((record) => ({ ...record, created_at: '2026-03-02T10:00:00Z', updated_at: '2026-03-02T10:00:00Z' }))
    const table = new ConversationTable()
    // `add` keeps columns only (as the generator does); `push` would keep the records themselves.
    for (const record of records)
      table.add({ ...record, created_at: Date.parse(record.created_at), updated_at: Date.parse(record.updated_at) } as never)
    expect(table.rows()).toEqual(records)
    expect(table.allUuids).toBe(false)
    expect(table.findRow([0, 1, 2, 3, 4], 'c-not-a-uuid')).toBe(2)
    expect(table.findRow([4, 3, 2, 1, 0], uuid)).toBe(4)
    expect(table.findRow([1, 2, 3], uuid)).toBe(-1)
    expect(table.findRow([0, 1, 2, 3, 4], '0F1E2D3C-4B5A-4968-8776-A5B4C3D2E1F0')).toBe(3)
    const byId = [0, 1, 2, 3, 4].sort((a, b) => table.compareIds(a, b)).map((i) => table.id(i))
    expect(byId).toEqual(records.map((r) => r.id).sort())
  })

  it('returns hand-built records as they were given', () => {
    const given = conversation('c1', { created_at: '2026-03-01T00:00:00.000Z', resolved_at: '2026-03-01T01:00:00.000Z' })
    const table = ConversationTable.of([given, conversation('c2')])
    expect(table.row(0)).toBe(given)
    expect(table.instants.resolved_at[0]).toBe(Date.parse('2026-03-01T01:00:00.000Z'))
    expect(Number.isNaN(table.instants.resolved_at[1]!)).toBe(true)
    expect(table.text.subject.get(1)).toBe(table.row(1).subject)
  })
})

describe('TextColumn', () => {
  it('keeps each distinct string once, numbered in order of first appearance, and null as -1', () => {
    const column = new TextColumn()
    column.resize(4)
    for (const [row, value] of ['b', 'a', null, 'b'].entries()) column.set(row, value)
    expect(column.values).toEqual(['b', 'a'])
    expect([0, 1, 2, 3].map((row) => column.code(row))).toEqual([0, 1, -1, 0])
    expect([0, 1, 2, 3].map((row) => column.get(row))).toEqual(['b', 'a', null, 'b'])
  })

  it('widens its codes past 255 and 65,535 distinct strings, keeping every row', () => {
    const rows = 70_000
    const column = new TextColumn()
    column.resize(rows)
    for (let row = 0; row < rows; row++) column.set(row, row % 3 === 0 ? null : `v${row}`)
    expect(column.values).toHaveLength(rows - Math.ceil(rows / 3))
    column.resize(rows + 1)
    for (const row of [0, 1, 2, 254, 255, 256, 511, 65_535, 65_536, 69_999]) {
      expect(column.get(row)).toBe(row % 3 === 0 ? null : `v${row}`)
    }
  })
})
