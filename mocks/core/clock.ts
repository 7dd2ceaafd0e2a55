// The mock's notion of "now". Logic reads time only from a Clock, so tests move time forward instead of
// sleeping: exports expire and rate-limit windows reset when the clock is advanced.

export interface Clock {
  now(): Date
  /** Moves the clock forward (or back, with a negative amount). */
  advance(ms: number): void
  set(instant: Date): void
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
      offset += ms
    },
    set(instant) {
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
