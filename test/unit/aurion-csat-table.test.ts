// CSAT responses kept as columns (generators/aurion/csat-table.ts): the records a generated table writes
// are what a table of the same hand-built records holds, and the CSAT reports answer the same from both.
import { describe, expect, it } from 'vitest'
import { ConversationTable } from '../../generators/aurion/conversation-table.ts'
import { CsatTable } from '../../generators/aurion/csat-table.ts'
import { buildAurionWorld } from '../../generators/aurion/index.ts'
import { csatResponseSchema } from '../../generators/aurion/collections.ts'
import { aurionCsatResponses } from '../../mocks/aurion/reports/csat-responses.ts'
import { aurionCsat } from '../../mocks/aurion/reports/csat.ts'
import { indexAurionRecords } from '../../mocks/aurion/view.ts'
import { csatResponse } from '../support/aurion-fixtures.ts'

const NOW = new Date('2026-03-09T12:00:00Z')
const RANGE = { from: new Date('2025-11-01T00:00:00Z'), to: NOW }

describe('CsatTable', () => {
  it("writes valid records that carry their conversation's tenant, contact, channel and assignees", () => {
    const world = buildAurionWorld({ seed: 5, now: NOW, size: 3000 })
    const csat = world.csatResponses
    expect(csat.length).toBeGreaterThan(1000)
    for (let i = 0; i < csat.length; i++) {
      const r = csat.row(i)
      expect(csatResponseSchema.safeParse(r).success).toBe(true)
      const c = world.conversations.row(csat.conversation[i]!)
      expect([r.conversation_id, r.tenant_id, r.contact_id, r.channel, r.assignee_user_id, r.assignee_team_id]).toEqual([
        c.id,
        c.tenant_id,
        c.contact_id,
        c.channel,
        c.assignee_user_id,
        c.assignee_team_id,
      ])
    }
  })

  it('gives the index and the CSAT reports what a table of the same hand-built records gives', () => {
    const world = buildAurionWorld({ seed: 5, now: NOW, size: 3000 })
    const conversations = ConversationTable.of(world.conversations.rows())
    const copy = { ...world, conversations, csatResponses: CsatTable.of(conversations, world.csatResponses.rows()) }
    expect(JSON.stringify(copy.csatResponses)).toBe(JSON.stringify(world.csatResponses))
    const generated = indexAurionRecords(world)
    const handBuilt = indexAurionRecords(copy)
    for (const [tenantId, view] of generated.tenants) {
      const other = handBuilt.tenants.get(tenantId)!
      expect(view.csatRows).toEqual(other.csatRows)
      expect(view.unansweredCsatRows).toEqual(other.unansweredCsatRows)
      expect(aurionCsat(view, RANGE)).toEqual(aurionCsat(other, RANGE))
      expect(aurionCsatResponses(view, RANGE, { limit: 200 })).toEqual(aurionCsatResponses(other, RANGE, { limit: 200 }))
    }
  })

  it('returns hand-built records as they were given and orders ids as strings', () => {
    const given = csatResponse('r-b', { rating: null })
    const table = CsatTable.of(new ConversationTable(), [given, csatResponse('r-a')])
    expect(table.row(0)).toBe(given)
    expect(table.rating[0]).toBe(0)
    expect(table.compareIds(0, 1)).toBeGreaterThan(0)
    expect(table.compareIds(1, 1)).toBe(0)
  })
})
