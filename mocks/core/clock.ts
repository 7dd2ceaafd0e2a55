// The mock's notion of "now". Logic reads time only from a Clock, so tests move time forward instead of
// sleeping: exports expire and rate-limit windows reset when the clock is advanced.

import { EARLIEST_MS, insideWindow, LATEST_MS } from './limits.ts'

export interface Clock {
  now(): Date
  /** Moves the clock forward (or back, with a negative amount). Throws ClockRangeError outside the window. */
  advance(ms: number): void
  /** Throws ClockRangeError outside the window. */
  set(instant: Date): void
}

/**
 * A move that would leave the window of instants the mock serves (limits.ts): refused, and the clock keeps
 * its time, so no later request meets a date that cannot be written.
 */
export class ClockRangeError extends RangeError {
  constructor() {
    super(`The mock clock stays between ${new Date(EARLIEST_MS).toISOString()} and ${new Date(LATEST_MS).toISOString()}`)
    this.name = 'ClockRangeError'
  }
}

/**
 * A clock that starts at `start`. Without `source` it stands still until advanced (tests); with a
 * source of real milliseconds (the server passes Date.now) it also ticks with real time.
 */
export function createClock(start: Date, source?: () => number): Clock {
  const origin = source?.() ?? 0
  let offset = 0
  let base = start.getTime()
  const elapsed = () => (source ? source() - origin : 0)
  return {
    now: () => new Date(base + offset + elapsed()),
    advance(ms) {
      if (!insideWindow(base + offset + elapsed() + ms)) throw new ClockRangeError()
      offset += ms
    },
    set(instant) {
      if (!insideWindow(instant.getTime())) throw new ClockRangeError()
      base = instant.getTime()
      offset = -elapsed()
    },
  }
}

/** The default start of a mock's world when no `now` is given: the real current minute (whole minutes keep
 * the printed credentials and banner tidy). The one place the mock reads the real time. */
export function currentMinute(): Date {
  return new Date(Math.floor(Date.now() / 60_000) * 60_000)
}
