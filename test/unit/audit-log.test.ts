// The audit log is a ring: memory stays bounded however many searches and exports a shared mock serves.
import { describe, expect, it } from 'vitest'
import { AUDIT_LOG_LIMIT, createAuditLog } from '../../mocks/aurion/audit.ts'
import { createClock } from '../../mocks/core/clock.ts'
import { createAurionStateCollections } from '../../generators/aurion/model.ts'

describe('audit log', () => {
  it(`keeps the last ${AUDIT_LOG_LIMIT} entries, dropping the oldest`, async () => {
    const state = createAurionStateCollections()
    const log = createAuditLog(state, createClock(new Date('2026-03-09T12:00:00Z')))
    const ids: string[] = []
    for (let i = 0; i < AUDIT_LOG_LIMIT + 5; i++) {
      const entry = await log.record({ tenant_id: 't', actor: 'a', action: 'phone_search', details: { n: i } })
      ids.push(entry.id)
    }
    expect(state.audit.count()).toBe(AUDIT_LOG_LIMIT)
    expect(state.audit.all().map((e) => e.id)).toEqual(ids.slice(5))
  })
})
