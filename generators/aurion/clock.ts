// The world's time window and a sampler for "when did the customer write / call".
import { DAY_MS, HOUR_MS } from '../lib/seeded.ts'
import { Weighted, type Rng } from './random.ts'

/** The world covers the 13 calendar months before `now`, as the Chatlayer and Nebuly worlds do. */
export { worldStart } from '../lib/history.ts'

export type IsoFormat = (ms: number) => string

/**
 * ISO 8601 formatter for one world, written like the vendor's examples ("2026-03-02T09:15:00Z", no ".000"). Date#toISOString costs ~1-2 µs and a
 * 100k world formats about two million instants, so whole-second instants are assembled from a cached
 * day prefix and a cached time of day instead. The caches belong to the formatter, not to the module.
 */
export function createIsoFormatter(): IsoFormat {
  const days = new Map<number, string>()
  const times: (string | undefined)[] = new Array<string | undefined>(DAY_MS / 1000)
  const pad = (n: number) => (n < 10 ? `0${n}` : String(n))
  // The last few instants written: a record's timestamps often repeat one another (updated_at is its
  // resolution, an escalation its due date), and then share one string instead of a copy each.
  const recentMs = new Float64Array(RECENT).fill(Number.NaN)
  const recentText: string[] = new Array<string>(RECENT).fill('')
  let oldest = 0
  const format = (ms: number): string => {
    const day = Math.floor(ms / DAY_MS)
    const second = (ms - day * DAY_MS) / 1000
    if (!Number.isInteger(second)) return new Date(ms).toISOString()
    let prefix = days.get(day)
    if (prefix === undefined) {
      prefix = new Date(day * DAY_MS).toISOString().slice(0, 11)
      days.set(day, prefix)
    }
    let time = times[second]
    if (time === undefined) {
      time = `${pad(Math.floor(second / 3600))}:${pad(Math.floor(second / 60) % 60)}:${pad(second % 60)}Z`
      times[second] = time
    }
    return prefix + time
  }
  return (ms) => {
    for (let k = 0; k < RECENT; k++) if (recentMs[k] === ms) return recentText[k] as string
    const text = format(ms)
    recentMs[oldest] = ms
    recentText[oldest] = text
    oldest = (oldest + 1) % RECENT
    return text
  }
}

/** Instants an ISO formatter remembers (about one record's worth of timestamps). */
const RECENT = 8

/** Relative volume per UTC hour on a weekday: office hours (8-18 UTC) carry most of the load, peak at 14. */
const WEEKDAY_HOURS = [
  0.12, 0.1, 0.1, 0.1, 0.12, 0.2, 0.4, 0.8, 1.6, 2.2, 2.4, 2.4, 2.0, 2.3, 2.5, 2.4, 2.1, 1.7, 1.2, 0.8, 0.55, 0.4, 0.25, 0.18,
] as const
/** Weekends: a quarter of the volume and a flatter curve. */
const WEEKEND_HOURS = WEEKDAY_HOURS.map((w) => 0.06 + 0.2 * w)
/** Monday .. Friday factors (getUTCDay order: 1..5). Mondays are busiest. */
const WEEKDAY_FACTOR = [0, 1.12, 1.05, 1.0, 1.0, 0.9, 0] as const

function hourWeight(ms: number): number {
  const d = new Date(ms)
  const day = d.getUTCDay()
  const hour = d.getUTCHours()
  if (day === 0 || day === 6) return WEEKEND_HOURS[hour] as number
  return (WEEKDAY_HOURS[hour] as number) * (WEEKDAY_FACTOR[day] as number)
}

/**
 * Samples instants in [start, end] with business-hour peaks and a slight growth over the window.
 * The window is cut into UTC hour slots, each weighted by its length and the hour profile; a sample picks
 * a slot (a Weighted over the slot numbers) then a whole second inside it.
 */
export class TimeSampler {
  private readonly slotStart: Float64Array
  private readonly slotEnd: Float64Array
  private readonly slots: Weighted<number>

  constructor(start: number, end: number, growth = 0.2) {
    const starts: number[] = []
    const ends: number[] = []
    const weights: [number, number][] = []
    let t = start
    while (t < end) {
      const next = Math.min(end, (Math.floor(t / HOUR_MS) + 1) * HOUR_MS)
      const progress = (t - start) / Math.max(1, end - start)
      weights.push([starts.length, ((next - t) / HOUR_MS) * hourWeight(t) * (1 - growth / 2 + growth * progress)])
      starts.push(t)
      ends.push(next)
      t = next
    }
    if (weights.length === 0) {
      // Empty window: every sample is `start`.
      starts.push(start)
      ends.push(start)
      weights.push([0, 1])
    }
    this.slotStart = Float64Array.from(starts)
    this.slotEnd = Float64Array.from(ends)
    this.slots = new Weighted(weights)
  }

  /** An instant (ms, whole seconds) inside the window. */
  sample(rng: Rng): number {
    const slot = this.slots.sample(rng)
    const from = this.slotStart[slot] as number
    const to = this.slotEnd[slot] as number
    const first = Math.ceil(from / 1000) * 1000
    const last = Math.floor(to / 1000) * 1000
    if (last <= first) return Math.min(to, Math.max(from, first))
    return first + Math.floor(rng.next() * ((last - first) / 1000 + 1)) * 1000
  }

  /** `count` sorted instants: records come out in chronological order. */
  sampleSorted(rng: Rng, count: number): Float64Array {
    const out = new Float64Array(count)
    for (let i = 0; i < count; i++) out[i] = this.sample(rng)
    return out.sort()
  }
}
