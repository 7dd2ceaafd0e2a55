// The desk's business-hours clock that SLA targets of non-urgent conversations run on.
import { describe, expect, it } from 'vitest'
import { businessClock, calendarClock, onShift } from '../../generators/aurion/business-hours.ts'

const at = (iso: string) => Date.parse(iso)

describe('business hours (Monday to Friday, 08:00-18:00 UTC)', () => {
  it('knows when an agent is at the desk', () => {
    expect(onShift(at('2026-03-11T08:00:00Z'))).toBe(true) // a Wednesday, opening time
    expect(onShift(at('2026-03-11T17:59:59Z'))).toBe(true)
    expect(onShift(at('2026-03-11T18:00:00Z'))).toBe(false)
    expect(onShift(at('2026-03-11T07:59:59Z'))).toBe(false)
    expect(onShift(at('2026-03-14T12:00:00Z'))).toBe(false) // Saturday
    expect(onShift(at('2026-03-15T12:00:00Z'))).toBe(false) // Sunday
  })

  it('adds working minutes, skipping nights and weekends', () => {
    const iso = (ms: number) => new Date(ms).toISOString()
    expect(iso(businessClock.add(at('2026-03-11T09:00:00Z'), 60))).toBe('2026-03-11T10:00:00.000Z')
    // A night: 17:30 + 60 min is 08:30 next morning.
    expect(iso(businessClock.add(at('2026-03-11T17:30:00Z'), 60))).toBe('2026-03-12T08:30:00.000Z')
    // A weekend: Friday 17:00 + 2 h is Monday 09:00; written on Saturday, the clock starts on Monday.
    expect(iso(businessClock.add(at('2026-03-13T17:00:00Z'), 120))).toBe('2026-03-16T09:00:00.000Z')
    expect(iso(businessClock.add(at('2026-03-14T11:00:00Z'), 30))).toBe('2026-03-16T08:30:00.000Z')
    // 24 working hours from Wednesday 10:00 is Friday 14:00.
    expect(iso(businessClock.add(at('2026-03-11T10:00:00Z'), 1440))).toBe('2026-03-13T14:00:00.000Z')
    expect(iso(calendarClock.add(at('2026-03-13T17:00:00Z'), 120))).toBe('2026-03-13T19:00:00.000Z')
  })

  it('counts the working minutes left between two instants', () => {
    expect(businessClock.minutesBetween(at('2026-03-13T17:00:00Z'), at('2026-03-16T09:00:00Z'))).toBe(120)
    expect(businessClock.minutesBetween(at('2026-03-14T00:00:00Z'), at('2026-03-15T23:00:00Z'))).toBe(0)
    expect(businessClock.minutesBetween(at('2026-03-16T09:00:00Z'), at('2026-03-13T17:00:00Z'))).toBe(0)
    expect(calendarClock.minutesBetween(at('2026-03-13T17:00:00Z'), at('2026-03-16T09:00:00Z'))).toBe(3840)
    // add and minutesBetween agree.
    const from = at('2026-03-12T16:12:00Z')
    expect(businessClock.minutesBetween(from, businessClock.add(from, 777))).toBe(777)
  })
})
