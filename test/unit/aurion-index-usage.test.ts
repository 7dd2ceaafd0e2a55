// The index finds each LLM usage row's call by its position in the world's calls; a world whose usage table
// points into another list of the same calls (so positions cannot be trusted) falls back to the call ids.
import { describe, expect, it } from 'vitest'
import { buildAurionWorld } from '../../generators/aurion/index.ts'
import { indexAurionRecords } from '../../mocks/aurion/view.ts'

describe('LLM usage in the index', () => {
  const world = buildAurionWorld({ seed: 9, now: new Date('2026-03-09T12:00:00Z'), size: 2000 })

  it('points every usage row at its call, within its own tenant', () => {
    for (const view of indexAurionRecords(world).tenants.values()) {
      const positions = view.llmUsageColumns.callPosition
      expect(positions.length).toBe(view.llmUsageMs.length)
      expect(positions.every((p) => p >= 0 && p < view.calls.length)).toBe(true)
    }
    // Every row of the world's table is counted once, by the tenant of its call.
    const total = [...indexAurionRecords(world).tenants.values()].reduce((n, v) => n + v.llmUsageMs.length, 0)
    expect(total).toBe(world.llmUsage.length)
  })

  it('gives the same columns when the calls are another array than the one the usage table points into', () => {
    const copy = { ...world, calls: [...world.calls] }
    const byPosition = indexAurionRecords(world)
    const byId = indexAurionRecords(copy)
    for (const [id, view] of byPosition.tenants) {
      expect(byId.tenants.get(id)!.llmUsageColumns).toEqual(view.llmUsageColumns)
    }
  })
})
