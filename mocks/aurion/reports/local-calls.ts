// The v1 voice analytics bucket calls by local day, hour and weekday in the request's time zone. LocalCalls
// holds those positions as columns, computed once per request with integer arithmetic from epoch ms and a
// cached UTC offset (no Date, no string per call), so that the blocks of a report, and the reports of one
// export, share a single pass. At 100,000 conversations a 120-day range has ~50k calls: formatting two
// date strings per call, once per report, was most of the v1 response time.
import type { Call } from '../../../generators/aurion/model.ts'
import { buildCallColumns } from '../view.ts'
import type { CallColumns } from '../view.ts'
import { dayNumber, daysBetween, offsetReader } from '../../lib/time-zone.ts'
import { DAY_MS, HOUR_MS } from '../../lib/time.ts'
import { runSteps, slices, type Steps } from '../../lib/steps.ts'

/** A v1 range: both dates included, bucketed in `tz` (an IANA name, validated by the caller). */
export interface VoiceRangeOptions {
  startDate: string
  endDate: string
  tz: string
}

/**
 * The calls whose local day lies in the range, with their local positions, as parallel columns. The caller
 * already selected the instant range; filtering on the local day again keeps every block of a report on
 * the same calls, so the KPIs always equal the sums of the per-day rows.
 */
export interface LocalCalls {
  readonly range: VoiceRangeOptions
  /** The days of the range, 'YYYY-MM-DD', first to last. */
  readonly days: readonly string[]
  /** The list the calls were localized from (the tenant's calls, or a caller's list), and its columns. */
  readonly source: readonly Call[]
  readonly columns: CallColumns
  /** Positions in `source` of the calls kept, in source order. The arrays below are parallel to it. */
  readonly position: Int32Array
  /** Index in `days` of the call's local day. */
  readonly day: Int32Array
  /** Local hour 0..23. */
  readonly hour: Uint8Array
  /** 0 = Monday .. 6 = Sunday (Python's weekday(), decision 0001). */
  readonly dayOfWeek: Uint8Array
  /** Position in `source` of the first call considered (`start` of localizeCallSpanSteps). */
  readonly inputStart: number
  /** For each source position from `inputStart`: the index of that call in `position`, or -1 when dropped. */
  readonly keptIndexOf: Int32Array
}

/** Localizes source[start..end), whose facts are `columns` (parallel to `source`), in slices (see lib/steps.ts). */
export function* localizeCallSpanSteps(
  source: readonly Call[],
  columns: CallColumns,
  start: number,
  end: number,
  range: VoiceRangeOptions,
): Steps<LocalCalls> {
  const firstDay = dayNumber(range.startDate)
  const lastDay = dayNumber(range.endDate)
  const n = Math.max(0, end - start)
  const startMs = columns.startMs
  const positionOut = new Int32Array(n)
  const dayOut = new Int32Array(n)
  const hourOut = new Uint8Array(n)
  const weekdayOut = new Uint8Array(n)
  const keptIndexOf = new Int32Array(n)
  let count = 0
  // Created on the first call, as localParts would: no calls, no time-zone lookup.
  let offsetAt: ((ms: number) => number) | null = null
  yield* slices(0, n, (from, to) => {
    for (let i = from; i < to; i++) {
      const ms = startMs[start + i]!
      if (!Number.isFinite(ms)) throw new RangeError(`Invalid instant: ${source[start + i]?.start_time}`)
      offsetAt ??= offsetReader(range.tz)
      const local = ms + offsetAt(ms)
      const day = Math.floor(local / DAY_MS)
      if (day < firstDay || day > lastDay) {
        keptIndexOf[i] = -1
        continue
      }
      keptIndexOf[i] = count
      positionOut[count] = start + i
      dayOut[count] = day - firstDay
      hourOut[count] = Math.floor((local - day * DAY_MS) / HOUR_MS)
      // Day 0 (1970-01-01) was a Thursday: weekday 3.
      weekdayOut[count] = (((day + 3) % 7) + 7) % 7
      count += 1
    }
  })
  return {
    range: { startDate: range.startDate, endDate: range.endDate, tz: range.tz },
    days: daysBetween(range.startDate, range.endDate),
    source,
    columns,
    position: positionOut.subarray(0, count),
    day: dayOut.subarray(0, count),
    hour: hourOut.subarray(0, count),
    dayOfWeek: weekdayOut.subarray(0, count),
    inputStart: start,
    keptIndexOf,
  }
}

/** Localizes any list of calls. */
export function localizeCallList(calls: readonly Call[], range: VoiceRangeOptions): LocalCalls {
  return runSteps(localizeCallSpanSteps(calls, buildCallColumns(calls), 0, calls.length, range))
}
