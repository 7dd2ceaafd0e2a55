import { describe, expect, it } from 'vitest'
import {
  addDays,
  daysBetween,
  isIsoDate,
  isValidTimeZone,
  localIsoString,
  localParts,
  monthsBetween,
  startOfLocalDay,
  utcOffsetMs,
  zonedDayRange,
} from '../../mocks/lib/time-zone.ts'

const HOUR = 3_600_000

describe('isValidTimeZone', () => {
  it('accepts IANA names and rejects the rest', () => {
    expect(isValidTimeZone('Europe/Paris')).toBe(true)
    expect(isValidTimeZone('UTC')).toBe(true)
    expect(isValidTimeZone('America/Argentina/Buenos_Aires')).toBe(true)
    expect(isValidTimeZone('Etc/GMT+5')).toBe(true)
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false)
    expect(isValidTimeZone('+01:00')).toBe(false)
    expect(isValidTimeZone('')).toBe(false)
    expect(isValidTimeZone('Europe/Paris; DROP')).toBe(false)
  })
})

describe('localParts', () => {
  it('moves an instant across the day boundary in a zone ahead of UTC', () => {
    const at = '2026-03-01T23:30:00Z'
    expect(localParts(at, 'UTC')).toEqual({ date: '2026-03-01', month: '2026-03', hour: 23, dayOfWeek: 6 })
    expect(localParts(at, 'Europe/Paris')).toEqual({ date: '2026-03-02', month: '2026-03', hour: 0, dayOfWeek: 0 })
  })

  it('moves an instant across a month boundary in a zone behind UTC', () => {
    expect(localParts(Date.parse('2026-03-01T03:00:00Z'), 'America/New_York')).toEqual({
      date: '2026-02-28',
      month: '2026-02',
      hour: 22,
      dayOfWeek: 5,
    })
  })

  it('takes Date, epoch ms and ISO strings alike', () => {
    const iso = '2026-07-14T12:00:00.000Z'
    const expected = localParts(iso, 'Asia/Kolkata')
    expect(localParts(new Date(iso), 'Asia/Kolkata')).toEqual(expected)
    expect(localParts(Date.parse(iso), 'Asia/Kolkata')).toEqual(expected)
    expect(expected.hour).toBe(17) // +05:30
  })

  it('follows the offset on both sides of a DST change, minute by minute', () => {
    // Europe/Paris springs forward at 01:00 UTC on 2026-03-29.
    expect(localParts('2026-03-29T00:59:00Z', 'Europe/Paris').hour).toBe(1)
    expect(localParts('2026-03-29T01:00:00Z', 'Europe/Paris').hour).toBe(3)
    // And falls back at 01:00 UTC on 2026-10-25: 02:xx happens twice.
    expect(localParts('2026-10-25T00:30:00Z', 'Europe/Paris').hour).toBe(2)
    expect(localParts('2026-10-25T01:30:00Z', 'Europe/Paris').hour).toBe(2)
    expect(localParts('2026-10-25T02:00:00Z', 'Europe/Paris').hour).toBe(3)
  })

  it('agrees with a plain formatter on every minute around a transition (the offset cache is exact)', () => {
    const tz = 'America/New_York'
    const from = Date.parse('2026-11-01T04:00:00Z')
    for (let ms = from; ms < from + 4 * HOUR; ms += 60_000) {
      const hour = Number(new Intl.DateTimeFormat('en-US', { timeZone: tz, hour: 'numeric', hourCycle: 'h23' }).format(ms))
      expect(localParts(ms, tz).hour).toBe(hour)
    }
  })

  it('throws on an unknown zone or an invalid instant', () => {
    expect(() => localParts('2026-03-01T00:00:00Z', 'Nowhere/City')).toThrow(RangeError)
    expect(() => localParts('not a date', 'UTC')).toThrow(RangeError)
  })
})

describe('zonedDayRange', () => {
  it('is 24 hours of UTC for UTC', () => {
    expect(zonedDayRange('2026-03-01', '2026-03-08', 'UTC')).toEqual({
      fromMs: Date.parse('2026-03-01T00:00:00Z'),
      toMsExclusive: Date.parse('2026-03-09T00:00:00Z'),
    })
  })

  it('starts at local midnight of the first day and ends at local midnight after the last', () => {
    expect(zonedDayRange('2026-03-01', '2026-03-08', 'Europe/Paris')).toEqual({
      fromMs: Date.parse('2026-02-28T23:00:00Z'),
      toMsExclusive: Date.parse('2026-03-08T23:00:00Z'),
    })
  })

  it('gives a 23-hour spring-forward day and a 25-hour fall-back day', () => {
    const spring = zonedDayRange('2026-03-29', '2026-03-29', 'Europe/Paris')
    expect(spring.fromMs).toBe(Date.parse('2026-03-28T23:00:00Z'))
    expect(spring.toMsExclusive - spring.fromMs).toBe(23 * HOUR)
    const fall = zonedDayRange('2026-10-25', '2026-10-25', 'Europe/Paris')
    expect(fall.fromMs).toBe(Date.parse('2026-10-24T22:00:00Z'))
    expect(fall.toMsExclusive - fall.fromMs).toBe(25 * HOUR)
    const ny = zonedDayRange('2026-03-01', '2026-03-31', 'America/New_York')
    expect(ny.fromMs).toBe(Date.parse('2026-03-01T05:00:00Z'))
    expect(ny.toMsExclusive).toBe(Date.parse('2026-04-01T04:00:00Z'))
  })

  it('starts a day at the transition where DST skips midnight', () => {
    // America/Santiago and America/Havana jump from 00:00 to 01:00.
    expect(startOfLocalDay('2026-09-06', 'America/Santiago')).toBe(Date.parse('2026-09-06T04:00:00Z'))
    expect(startOfLocalDay('2026-03-08', 'America/Havana')).toBe(Date.parse('2026-03-08T05:00:00Z'))
    const start = startOfLocalDay('2026-09-06', 'America/Santiago')
    expect(localParts(start, 'America/Santiago')).toMatchObject({ date: '2026-09-06', hour: 1 })
    expect(localParts(start - 1, 'America/Santiago').date).toBe('2026-09-05')
  })

  it('makes the local days of a range partition its instants', () => {
    for (const tz of ['Europe/Paris', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Chatham']) {
      const days = daysBetween('2026-03-25', '2026-04-10')
      const range = zonedDayRange('2026-03-25', '2026-04-10', tz)
      let expectedFrom = range.fromMs
      for (const day of days) {
        const { fromMs, toMsExclusive } = zonedDayRange(day, day, tz)
        expect(fromMs).toBe(expectedFrom)
        expect(localParts(fromMs, tz).date).toBe(day)
        expect(localParts(toMsExclusive - 1, tz).date).toBe(day)
        expectedFrom = toMsExclusive
      }
      expect(expectedFrom).toBe(range.toMsExclusive)
    }
  })
})

describe('date helpers', () => {
  it('lists days and months, both ends included', () => {
    expect(daysBetween('2026-02-27', '2026-03-02')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02'])
    expect(daysBetween('2026-03-02', '2026-03-01')).toEqual([])
    expect(monthsBetween('2025-11-30', '2026-02-01')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02'])
    expect(monthsBetween('2026-03-01', '2026-03-08')).toEqual(['2026-03'])
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29')
  })

  it('validates YYYY-MM-DD dates', () => {
    expect(isIsoDate('2026-03-01')).toBe(true)
    expect(isIsoDate('2026-02-30')).toBe(false)
    expect(isIsoDate('2026-3-1')).toBe(false)
    expect(() => daysBetween('2026-13-01', '2026-13-02')).toThrow(RangeError)
  })

  it('writes local ISO strings with the offset', () => {
    expect(localIsoString('2026-03-01T23:30:00Z', 'Europe/Paris')).toBe('2026-03-02T00:30:00+01:00')
    expect(localIsoString('2026-03-01T23:30:00Z', 'America/St_Johns')).toBe('2026-03-01T20:00:00-03:30')
    expect(localIsoString('2026-03-01T23:30:00Z', 'UTC')).toBe('2026-03-01T23:30:00+00:00')
    expect(utcOffsetMs(Date.parse('2026-07-01T00:00:00Z'), 'Europe/Paris')).toBe(2 * HOUR)
  })
})
