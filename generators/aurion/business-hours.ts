// The clocks SLA targets are measured on: calendar time (urgent: someone is on call around the clock) or the
// desk's business hours (every other priority), as helpdesk SLA policies do. The world's volume profile is
// UTC office hours (clock.ts), so the desk's hours are UTC too.
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../lib/seeded.ts'

/** Agents work Monday to Friday, OPENS_AT_HOUR to CLOSES_AT_HOUR UTC. */
const OPENS_AT_HOUR = 8
const CLOSES_AT_HOUR = 18

export interface SlaClock {
  /** The calendar instant `minutes` of this clock's time after `from`. */
  add(from: number, minutes: number): number
  /** Minutes of this clock's time from `from` to `to` (0 when `to` is not later). */
  minutesBetween(from: number, to: number): number
}

export const calendarClock: SlaClock = {
  add: (from, minutes) => from + Math.round(minutes * MINUTE_MS),
  minutesBetween: (from, to) => Math.max(0, to - from) / MINUTE_MS,
}

/** The business day containing `ms`: its opening and closing instants, or null on a weekend. */
function businessDay(ms: number): { opens: number; closes: number } | null {
  const day = Math.floor(ms / DAY_MS)
  const weekday = (day + 4) % 7 // 1970-01-01 was a Thursday; 0 = Sunday
  if (weekday === 0 || weekday === 6) return null
  return { opens: day * DAY_MS + OPENS_AT_HOUR * HOUR_MS, closes: day * DAY_MS + CLOSES_AT_HOUR * HOUR_MS }
}

/** Whether an agent is at the desk at `ms`. */
export function onShift(ms: number): boolean {
  const hours = businessDay(ms)
  return hours !== null && ms >= hours.opens && ms < hours.closes
}

/** The first instant at or after `ms` when the desk is open. */
function nextOpen(ms: number): number {
  let t = ms
  for (;;) {
    const hours = businessDay(t)
    if (hours !== null && t < hours.closes) return Math.max(t, hours.opens)
    t = (Math.floor(t / DAY_MS) + 1) * DAY_MS
  }
}

export const businessClock: SlaClock = {
  add(from, minutes) {
    let left = Math.round(minutes * MINUTE_MS)
    let t = nextOpen(from)
    for (;;) {
      const closes = (businessDay(t) as { closes: number }).closes
      if (left <= closes - t) return t + left
      left -= closes - t
      t = nextOpen(closes)
    }
  },
  minutesBetween(from, to) {
    let total = 0
    let t = nextOpen(from)
    while (t < to) {
      const closes = (businessDay(t) as { closes: number }).closes
      total += Math.min(closes, to) - t
      t = nextOpen(closes)
    }
    return total / MINUTE_MS
  },
}
