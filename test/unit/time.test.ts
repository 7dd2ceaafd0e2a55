// mocks/lib/time.ts: the one reader of instants from requests, shared by the three APIs.
import { describe, expect, it } from 'vitest'
import { formatDay, parseInstant, toInstant, utcDayNumber, utcHour } from '../../mocks/lib/time.ts'

describe('parseInstant', () => {
  it('reads a zone-less date-time as UTC, whatever the machine zone', () => {
    expect(parseInstant('2026-03-03T00:00:00')).toBe(Date.parse('2026-03-03T00:00:00Z'))
    expect(parseInstant('2026-03-03T10:00')).toBe(Date.parse('2026-03-03T10:00:00Z'))
    expect(parseInstant('2026-03-03T10:00:00.250')).toBe(Date.parse('2026-03-03T10:00:00.250Z'))
  })

  it('takes a space for the T, as pydantic does, and surrounding blanks', () => {
    expect(parseInstant('2026-03-03 01:00:00')).toBe(Date.parse('2026-03-03T01:00:00Z'))
    expect(parseInstant(' 2026-03-03T01:00:00Z ')).toBe(Date.parse('2026-03-03T01:00:00Z'))
  })

  it('keeps an explicit zone', () => {
    expect(parseInstant('2026-03-03T00:00:00+01:00')).toBe(Date.parse('2026-03-02T23:00:00Z'))
    expect(parseInstant('2026-03-03T00:00:00-0130')).toBe(Date.parse('2026-03-03T01:30:00Z'))
    expect(parseInstant('2026-03-03T00:00:00z')).toBe(Date.parse('2026-03-03T00:00:00Z'))
  })

  it('reads a bare date as midnight UTC', () => {
    expect(parseInstant('2026-03-03')).toBe(Date.parse('2026-03-03T00:00:00Z'))
  })

  it('answers null for what is not a time', () => {
    expect(parseInstant('nonsense')).toBeNull()
    expect(parseInstant('yesterday')).toBeNull()
    expect(parseInstant('')).toBeNull()
    expect(parseInstant('2026-13-45T99:00:00')).toBeNull()
  })

  it('toInstant gives the same instant as a Date, and an Invalid Date for garbage', () => {
    expect(toInstant('2026-03-01').toISOString()).toBe('2026-03-01T00:00:00.000Z')
    expect(toInstant('2026-03-01T10:00:00').toISOString()).toBe('2026-03-01T10:00:00.000Z')
    expect(toInstant('2026-03-01T10:00:00+02:00').toISOString()).toBe('2026-03-01T08:00:00.000Z')
    expect(Number.isNaN(toInstant('soon').getTime())).toBe(true)
  })
})

describe('UTC days', () => {
  it('numbers days from the epoch, before it too', () => {
    expect(utcDayNumber(Date.parse('2026-03-03T23:59:59.999Z'))).toBe(20515)
    expect(formatDay(20515)).toBe('2026-03-03')
    expect(utcDayNumber(-1)).toBe(-1)
    expect(formatDay(-1)).toBe('1969-12-31')
  })

  it('gives the UTC hour, before the epoch too', () => {
    expect(utcHour(Date.parse('2026-03-03T17:30:00Z'))).toBe(17)
    expect(utcHour(-1)).toBe(23)
  })
})
