// The world's ISO formatter: the vendor's format (whole seconds without ".000", milliseconds when there
// are some), the same text whether an instant is new or one it has just written.
import { describe, expect, it } from 'vitest'
import { createIsoFormatter } from '../../generators/aurion/clock.ts'

const vendorIso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z')

describe('createIsoFormatter', () => {
  it('writes whole seconds without milliseconds, and keeps milliseconds that are there', () => {
    const iso = createIsoFormatter()
    expect(iso(Date.UTC(2026, 2, 2, 9, 15, 0))).toBe('2026-03-02T09:15:00Z')
    expect(iso(Date.UTC(2026, 2, 2, 9, 15, 0, 789))).toBe('2026-03-02T09:15:00.789Z')
    expect(iso(Date.UTC(2025, 0, 31, 23, 59, 59))).toBe('2025-01-31T23:59:59Z')
  })

  it('gives the same text for instants written again, recently or long ago, in any order', () => {
    const iso = createIsoFormatter()
    const start = Date.UTC(2026, 0, 1)
    // Repeats within the last few (remembered) and beyond them (written again), across days.
    const instants = Array.from({ length: 400 }, (_, i) => start + ((i * 7919) % 23) * 3_600_000 * 5 + (i % 3) * 1000)
    for (const ms of instants) expect(iso(ms)).toBe(vendorIso(ms))
  })
})
