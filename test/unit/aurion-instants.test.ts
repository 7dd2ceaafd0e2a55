// The timestamps a generated world keeps as numbers (generators/aurion/instants.ts) are its records'
// timestamps, and the index built from them is the index built by parsing the strings.
import { describe, expect, it } from 'vitest'
import { buildAurionWorld } from '../../generators/aurion/index.ts'
import { conversationInstantsOf } from '../../generators/aurion/instants.ts'
import type { AurionRecords } from '../../generators/aurion/model.ts'
import { listConversations } from '../../mocks/aurion/reports/conversations-list.ts'
import { indexAurionRecords } from '../../mocks/aurion/view.ts'

const instantOrNaN = (value: string | null) => (value === null ? Number.NaN : Date.parse(value))

/** The same records without the kept instants (a copy is a world the generator did not build). */
const copyOf = (world: AurionRecords): AurionRecords => ({ ...world, conversations: [...world.conversations] })

describe('conversation instants', () => {
  // A `now` off the whole second: timestamps clamped to it carry milliseconds.
  for (const now of ['2026-03-09T12:00:00Z', '2026-03-11T15:34:56.789Z']) {
    it(`are the records' created_at, updated_at and SLA due dates (now ${now})`, () => {
      const world = buildAurionWorld({ seed: 5, now: new Date(now), size: 3000 })
      const instants = conversationInstantsOf(world)
      expect(instants?.created.length).toBe(world.conversations.length)
      const parsed = world.conversations.map((c) => [
        Date.parse(c.created_at),
        Date.parse(c.updated_at),
        instantOrNaN(c.sla_first_response_due),
        instantOrNaN(c.sla_resolution_due),
      ])
      const kept = world.conversations.map((_, i) => [
        instants!.created[i],
        instants!.updated[i],
        instants!.slaFirstResponseDue[i],
        instants!.slaResolutionDue[i],
      ])
      expect(kept).toEqual(parsed)
    })
  }

  it('give the index the columns and list orders that parsing the strings gives', () => {
    const world = buildAurionWorld({ seed: 5, now: new Date('2026-03-09T12:00:00Z'), size: 3000 })
    const fromInstants = indexAurionRecords(world)
    const parsed = indexAurionRecords(copyOf(world))
    for (const [tenantId, view] of fromInstants.tenants) {
      const other = parsed.tenants.get(tenantId)!
      expect(view.conversations).toEqual(other.conversations)
      expect(view.columns.updatedMs).toEqual(other.columns.updatedMs)
      expect(view.columns.slaFirstResponseDueMs).toEqual(other.columns.slaFirstResponseDueMs)
      expect(view.columns.slaResolutionDueMs).toEqual(other.columns.slaResolutionDueMs)
      for (const sort_by of ['updated_at', 'sla_first_response_due', 'sla_resolution_due']) {
        expect(listConversations(view, { sort_by, limit: 100 })).toEqual(listConversations(other, { sort_by, limit: 100 }))
      }
    }
  })

  it('are not used once the conversations no longer line up with them', () => {
    const world = buildAurionWorld({ seed: 5, now: new Date('2026-03-09T12:00:00Z'), size: 600 })
    expect(conversationInstantsOf(copyOf(world))).toBeUndefined()
    world.conversations.pop()
    expect(conversationInstantsOf(world)).toBeUndefined()
  })
})
