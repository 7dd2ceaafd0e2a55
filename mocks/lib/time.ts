// Instants and UTC days, for every API: the one place that reads a time from a request and the one set of
// millisecond constants. Time zones are in ./time-zone.ts.

export const MINUTE_MS = 60_000
export const HOUR_MS = 60 * MINUTE_MS
export const DAY_MS = 24 * HOUR_MS

const SPACE_SEPARATED = /^\d{4}-\d{2}-\d{2} \d/
const ZONE_SUFFIX = /(?:[zZ]|[+-]\d{2}(?::?\d{2})?)$/

/**
 * Epoch ms of an ISO 8601 date or date-time from a request; null when unreadable. A date-time without a
 * zone is read as UTC (Date.parse would read it in the host's zone, and the same request must give the
 * same answer on every machine); a bare date is midnight UTC; a space may stand for the `T`, as Python's
 * fromisoformat and pydantic accept; RFC 3339's lowercase `t` and `z` are read too.
 */
export function parseInstant(text: string): number | null {
  let s = text.trim()
  // RFC 3339 allows a lowercase `t` and `z`; Date.parse does not.
  if (SPACE_SEPARATED.test(s) || s[10] === 't') s = `${s.slice(0, 10)}T${s.slice(11)}`
  if (s.endsWith('z')) s = `${s.slice(0, -1)}Z`
  const ms = Date.parse(s.includes('T') && !ZONE_SUFFIX.test(s) ? `${s}Z` : s)
  return Number.isNaN(ms) ? null : ms
}

/** parseInstant as a Date, for a value the request validator already accepted (Invalid Date otherwise). */
export function toInstant(text: string): Date {
  return new Date(parseInstant(text) ?? Number.NaN)
}

/** UTC day number (days since the epoch) of an epoch ms. */
export function utcDayNumber(ms: number): number {
  return Math.floor(ms / DAY_MS)
}

/** "YYYY-MM-DD" of a UTC day number. */
export function formatDay(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10)
}

/** UTC hour 0..23 of an epoch ms. */
export function utcHour(ms: number): number {
  return Math.floor((((ms % DAY_MS) + DAY_MS) % DAY_MS) / HOUR_MS)
}
