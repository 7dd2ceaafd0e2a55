// The bounds that keep every request's work small (kit's choices, documented in the contracts and in
// docs/security-and-limits.md). Each API turns a broken bound into its own validation error.
import { DAY_MS } from '../lib/time.ts'
import type { ValidationIssue } from './validation.ts'

/** The longest range any report covers: one leap year of days. */
export const MAX_RANGE_DAYS = 366

/**
 * Buckets one Chatlayer serie may hold (its `values` and the `x_values`). Hourly buckets reach 125 days,
 * past the 120 days of generated data; daily and coarser buckets meet MAX_RANGE_DAYS first.
 */
export const MAX_BUCKETS_PER_SERIE = 3_000

/**
 * The instants the mock serves and its clock may show: 1970-01-01 to the end of 9999-12-30 (UTC). The last
 * day of year 9999 is left out so that a day added to an accepted instant (an export's expiry, the end of
 * a local day west of UTC) is still a four-digit year.
 */
export const EARLIEST_MS = Date.UTC(1970, 0, 1)
export const LATEST_MS = Date.UTC(9999, 11, 31) - 1
const EARLIEST_DATE = '1970-01-01'
const LATEST_DATE = '9999-12-30'

export const WINDOW_TEXT = `${EARLIEST_DATE} to ${LATEST_DATE}`

export function insideWindow(ms: number): boolean {
  return Number.isFinite(ms) && ms >= EARLIEST_MS && ms <= LATEST_MS
}

/** A `YYYY-MM-DD` inside the window (plain string comparison: the format is fixed). */
export function dateInsideWindow(date: string): boolean {
  return date >= EARLIEST_DATE && date <= LATEST_DATE
}

/** Days of an inclusive `YYYY-MM-DD` range, e.g. 1 for a single day. */
export function inclusiveDays(startDate: string, endDate: string): number {
  return Math.round((Date.parse(`${endDate}T00:00:00Z`) - Date.parse(`${startDate}T00:00:00Z`)) / DAY_MS) + 1
}

/** Whether an instant range (ms) spans more than MAX_RANGE_DAYS. */
export function rangeTooLong(fromMs: number, toMs: number): boolean {
  return toMs - fromMs > MAX_RANGE_DAYS * DAY_MS
}

export const RANGE_TOO_LONG = `the range must not be longer than ${MAX_RANGE_DAYS} days`
export const OUTSIDE_WINDOW = `the mock serves dates from ${WINDOW_TEXT}`

/** Pydantic's item for a failed model validator: `Value error, <error>`. */
export function valueError(loc: (string | number)[], input: unknown, error: string): ValidationIssue {
  return { type: 'value_error', loc, msg: `Value error, ${error}`, input, ctx: { error } }
}
