// Time-zone helpers for the v1 voice analytics (`tz` query parameter), built on Intl.DateTimeFormat so they
// run in browsers too. Days are 'YYYY-MM-DD' strings, instants are epoch milliseconds.
//
// The caches below are pure memoization (same input, same output), not world state, so they may live at
// module level without breaking determinism.

import { DAY_MS, HOUR_MS, MINUTE_MS } from './time.ts'

/** The local calendar position of one instant in a time zone. */
export interface LocalParts {
  /** 'YYYY-MM-DD' */
  date: string
  /** 'YYYY-MM' */
  month: string
  /** 0..23 */
  hour: number
  /** 0 = Monday .. 6 = Sunday (Python's weekday(), decision 0001). */
  dayOfWeek: number
}

/** Instants of a range of local days: [fromMs, toMsExclusive). */
export interface InstantRange {
  fromMs: number
  toMsExclusive: number
}

/**
 * The UTC offset is cached per UTC day, and per quarter-hour inside the few days with a transition (modern
 * transitions fall on quarter-hours): formatToParts then runs a few hundred times for 50k calls, not 50k.
 */
const QUARTER_MS = 15 * MINUTE_MS

interface OffsetCache {
  /** UTC day index -> offset in ms, or null when a transition falls inside that day. */
  days: Map<number, number | null>
  /** Quarter-hour index -> offset in ms, or null when a transition falls inside it. */
  quarters: Map<number, number | null>
}

const formatters = new Map<string, Intl.DateTimeFormat>()
const offsetCaches = new Map<string, OffsetCache>()

// IANA names only: Intl in newer engines also takes offsets like "+01:00", the Python backend does not.
const IANA_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz)
  if (f === undefined) {
    // Throws RangeError for an unknown zone; nothing is cached then.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formatters.set(tz, f)
  }
  return f
}

/** True for an IANA time zone name the runtime knows ("Europe/Paris", "UTC"). */
export function isValidTimeZone(tz: string): boolean {
  if (typeof tz !== 'string' || !IANA_NAME.test(tz)) return false
  try {
    formatter(tz)
    return true
  } catch {
    return false
  }
}

/** The UTC offset (local minus UTC, in ms) in force at `ms`, exact to the second. */
export function utcOffsetMs(ms: number, tz: string): number {
  let year = 0
  let month = 1
  let day = 1
  let hour = 0
  let minute = 0
  let second = 0
  for (const part of formatter(tz).formatToParts(ms)) {
    switch (part.type) {
      case 'year':
        year = Number(part.value)
        break
      case 'month':
        month = Number(part.value)
        break
      case 'day':
        day = Number(part.value)
        break
      case 'hour':
        hour = Number(part.value)
        break
      case 'minute':
        minute = Number(part.value)
        break
      case 'second':
        second = Number(part.value)
        break
      default:
        break
    }
  }
  const localAsUtc = Date.UTC(year, month - 1, day, hour, minute, second)
  // formatToParts drops the milliseconds, so compare with the instant floored to its second.
  return localAsUtc - (ms - (((ms % 1000) + 1000) % 1000))
}

/** The offset if it is the same at both ends of [start, start + length), else null. */
function constantOffset(start: number, length: number, tz: string): number | null {
  const atStart = utcOffsetMs(start, tz)
  // Same offset at both ends: no transition inside (transitions are months apart).
  return atStart === utcOffsetMs(start + length - 1, tz) ? atStart : null
}

function offsetCache(tz: string): OffsetCache {
  let cache = offsetCaches.get(tz)
  if (cache === undefined) {
    formatter(tz) // validate before creating a cache for the name
    cache = { days: new Map(), quarters: new Map() }
    offsetCaches.set(tz, cache)
  }
  return cache
}

/** The offset of a whole UTC day, or null when a transition falls inside it. */
function dayOffset(cache: OffsetCache, day: number, tz: string): number | null {
  let offset = cache.days.get(day)
  if (offset === undefined) {
    offset = constantOffset(day * DAY_MS, DAY_MS, tz)
    cache.days.set(day, offset)
  }
  return offset
}

/** The offset at `ms` inside a UTC day with a transition. */
function transitionDayOffset(cache: OffsetCache, ms: number, tz: string): number {
  const quarter = Math.floor(ms / QUARTER_MS)
  let offset = cache.quarters.get(quarter)
  if (offset === undefined) {
    offset = constantOffset(quarter * QUARTER_MS, QUARTER_MS, tz)
    cache.quarters.set(quarter, offset)
  }
  return offset ?? utcOffsetMs(ms, tz)
}

function cachedOffsetMs(ms: number, tz: string): number {
  const cache = offsetCache(tz)
  return dayOffset(cache, Math.floor(ms / DAY_MS), tz) ?? transitionDayOffset(cache, ms, tz)
}

/**
 * A reader of UTC offsets in `tz` for many instants, equal to what localParts uses. It remembers the last
 * UTC day it saw, so reading instants in time order costs one comparison per instant, not a map lookup.
 * Throws RangeError for an unknown zone.
 */
export function offsetReader(tz: string): (ms: number) => number {
  const cache = offsetCache(tz)
  let lastDay = Number.NaN
  let lastOffset: number | null = null
  return (ms: number): number => {
    const day = Math.floor(ms / DAY_MS)
    if (day !== lastDay) {
      lastDay = day
      lastOffset = dayOffset(cache, day, tz)
    }
    return lastOffset ?? transitionDayOffset(cache, ms, tz)
  }
}

function toMs(at: Date | number | string): number {
  const ms = typeof at === 'number' ? at : typeof at === 'string' ? Date.parse(at) : at.getTime()
  if (!Number.isFinite(ms)) throw new RangeError(`Invalid instant: ${String(at)}`)
  return ms
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n)
}

function pad4(n: number): string {
  return String(n).padStart(4, '0')
}

/** Where an instant (Date, epoch ms or ISO string) falls in `tz`. Throws RangeError for an unknown zone. */
export function localParts(at: Date | number | string, tz: string): LocalParts {
  const ms = toMs(at)
  const local = new Date(ms + cachedOffsetMs(ms, tz))
  const month = `${pad4(local.getUTCFullYear())}-${pad2(local.getUTCMonth() + 1)}`
  return {
    date: `${month}-${pad2(local.getUTCDate())}`,
    month,
    hour: local.getUTCHours(),
    dayOfWeek: (local.getUTCDay() + 6) % 7,
  }
}

/** The instant as local ISO 8601 with its offset, e.g. "2026-03-02T00:30:00+01:00" (seconds precision). */
export function localIsoString(at: Date | number | string, tz: string): string {
  const ms = toMs(at)
  const offset = cachedOffsetMs(ms, tz)
  const local = new Date(ms + offset)
  const date = `${pad4(local.getUTCFullYear())}-${pad2(local.getUTCMonth() + 1)}-${pad2(local.getUTCDate())}`
  const time = `${pad2(local.getUTCHours())}:${pad2(local.getUTCMinutes())}:${pad2(local.getUTCSeconds())}`
  const offsetMinutes = Math.trunc(offset / MINUTE_MS)
  const sign = offsetMinutes < 0 ? '-' : '+'
  const abs = Math.abs(offsetMinutes)
  return `${date}T${time}${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`
}

/** True for a real calendar date written 'YYYY-MM-DD'. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value)
  if (m === null) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const back = new Date(Date.UTC(y, mo - 1, d))
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d
}

/** Midnight UTC of a 'YYYY-MM-DD' date, in epoch ms. */
function dateToUtcMs(date: string): number {
  if (!isIsoDate(date)) throw new RangeError(`Invalid date (expected YYYY-MM-DD): ${date}`)
  return Date.parse(`${date}T00:00:00Z`)
}

/** Days since 1970-01-01 of a 'YYYY-MM-DD' date (throws RangeError when invalid, like daysBetween). */
export function dayNumber(date: string): number {
  return dateToUtcMs(date) / DAY_MS
}

function utcMsToDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

/** The date `days` days after (or before, when negative) `date`. */
export function addDays(date: string, days: number): string {
  return utcMsToDate(dateToUtcMs(date) + days * DAY_MS)
}

/** Every date from start to end, both included; empty when end is before start. */
export function daysBetween(startDate: string, endDate: string): string[] {
  const from = dateToUtcMs(startDate)
  const to = dateToUtcMs(endDate)
  const days: string[] = []
  for (let ms = from; ms <= to; ms += DAY_MS) days.push(utcMsToDate(ms))
  return days
}

/** Every 'YYYY-MM' the dates from start to end touch, both included. */
export function monthsBetween(startDate: string, endDate: string): string[] {
  if (dateToUtcMs(endDate) < dateToUtcMs(startDate)) return []
  const months: string[] = []
  let y = Number(startDate.slice(0, 4))
  let m = Number(startDate.slice(5, 7))
  const last = endDate.slice(0, 7)
  for (;;) {
    const month = `${pad4(y)}-${pad2(m)}`
    months.push(month)
    if (month >= last) return months
    m += 1
    if (m === 13) {
      m = 1
      y += 1
    }
  }
}

function localDateAt(ms: number, tz: string): string {
  return utcMsToDate(ms + utcOffsetMs(ms, tz))
}

/**
 * The first instant whose local date in `tz` is `date`: usually local midnight, but where a DST change skips
 * midnight (America/Santiago, America/Havana...) the day starts at the transition.
 */
export function startOfLocalDay(date: string, tz: string): number {
  const base = dateToUtcMs(date) // local midnight written as if it were UTC
  // Offsets lie in [-12h, +14h], so local midnight is within [base - 14h, base + 12h]; at most one
  // transition falls in that window, so it has at most two offsets.
  const early = utcOffsetMs(base - 14 * HOUR_MS, tz)
  const late = utcOffsetMs(base + 12 * HOUR_MS, tz)
  let best = Number.POSITIVE_INFINITY
  for (const offset of early === late ? [early] : [early, late]) {
    const candidate = base - offset
    // Valid when the offset in force at the candidate is the one assumed (clocks going back at midnight
    // give two valid candidates: the earlier one starts the day).
    if (utcOffsetMs(candidate, tz) === offset && candidate < best) best = candidate
  }
  if (best !== Number.POSITIVE_INFINITY) return best
  // Midnight was skipped: binary search the transition between the two candidates.
  let lo = Math.min(base - early, base - late)
  let hi = Math.max(base - early, base - late)
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2)
    if (localDateAt(mid, tz) >= date) hi = mid
    else lo = mid
  }
  return hi
}

/** The instants from local midnight of startDate to local midnight after endDate in `tz` (DST-correct). */
export function zonedDayRange(startDate: string, endDate: string, tz: string): InstantRange {
  return {
    fromMs: startOfLocalDay(startDate, tz),
    toMsExclusive: startOfLocalDay(addDays(endDate, 1), tz),
  }
}
