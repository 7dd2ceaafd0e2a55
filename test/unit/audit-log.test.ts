// The audit log is a ring: memory stays bounded however many searches and exports a shared mock serves.
import { describe, expect, it } from 'vitest'
import { AUDIT_LOG_LIMIT, createAuditLog } from '../../mocks/aurion/audit.ts'
import { createClock } from '../../mocks/core/clock.ts'
import { createLazyAurionState } from '../../mocks/aurion/state.ts'

describe('audit log', () => {
  it(`keeps the last ${AUDIT_LOG_LIMIT} entries, dropping the oldest`, async () => {
    const { state, load } = createLazyAurionState()
    const log = createAuditLog(load, createClock(new Date('2026-03-09T12:00:00Z')))
    const ids: string[] = []
    for (let i = 0; i < AUDIT_LOG_LIMIT + 5; i++) {
      const entry = await log.record({ tenant_id: 't', actor: 'a', action: 'phone_search', details: { n: i } })
      ids.push(entry.id)
    }
    expect(state.audit.count()).toBe(AUDIT_LOG_LIMIT)
    expect(state.audit.all().map((e) => e.id)).toEqual(ids.slice(5))
  })

  it('shows an empty state until the first entry creates the collections, and clear empties them', async () => {
    const { state, load, clear } = createLazyAurionState()
    expect(state.audit.count()).toBe(0)
    expect(state.audit.findMany((q) => q.where({ actor: 'a' }))).toEqual([])
    expect(state.exports.all()).toEqual([])
    clear() // nothing to clear yet: no error
    const log = createAuditLog(load, createClock(new Date('2026-03-09T12:00:00Z')))
    const entry = await log.record({ tenant_id: 't', actor: 'a', action: 'phone_search', details: {} })
    expect(state.audit.findMany((q) => q.where({ actor: 'a' }))).toEqual([entry])
    expect(await load()).toBe(await load()) // created once
    clear()
    expect(state.audit.count()).toBe(0)
  })
})
