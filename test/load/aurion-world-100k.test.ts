// The 100,000-conversation AurionAI world: slow (seconds, hundreds of MB), so it runs in the `load` project.
import { describe, expect, it } from 'vitest'
import { buildAurionWorld, worldStart } from '../../generators/aurion/index.ts'
import { KINDS, SCHEMAS, checker, forEachEvent } from '../support/aurion-world-checks.ts'

const NOW = new Date('2026-03-10T12:00:00Z')
const START_MS = worldStart(NOW.getTime())

describe('buildAurionWorld at 100k', () => {
  it('handles a 100k world (size honoured, sampled records parse, events in the window)', () => {
    const big = buildAurionWorld({ seed: 1, now: NOW, size: 100_000 })
    const main = big.tenants.find((t) => t.is_default)!
    let count = 0
    for (const c of big.conversations.rows()) if (c.tenant_id === main.id) count++
    expect(count).toBe(100_000)
    const { problems, check } = checker()
    for (const kind of KINDS) {
      const { length } = big[kind]
      const step = Math.max(1, Math.floor(length / 500))
      for (let i = 0; i < length; i += step) {
        check(
          SCHEMAS[kind].safeParse(
            kind === 'llmUsage' || kind === 'conversations' || kind === 'csatResponses' ? big[kind].row(i) : big[kind][i],
          ).success,
          () => `${kind} #${i}`,
        )
      }
    }
    // ISO strings of one format compare like the instants they name.
    const vendor = (d: Date) => d.toISOString().replace('.000Z', 'Z')
    const [from, to] = [vendor(new Date(START_MS)), vendor(NOW)]
    forEachEvent(big, (field, value) => {
      check(value === null || (value >= from && value <= to), () => `${field} ${value}`)
    })
    expect(problems).toEqual([])
  })
})
