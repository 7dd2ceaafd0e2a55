// GET /api/v2/analytics/conversations/overview (seed 001 of docs/sources.md): volumes, AI vs human resolution, speed, channels.
import { CHANNELS } from '../../../generators/aurion/model.ts'
import type { Conversation } from '../../../generators/aurion/model.ts'
import { RESOLVED_BY_AI, RESOLVED_BY_HUMAN, compareStrings, countedSpan, memberOf } from '../view.ts'
import type { DateRange, TenantView } from '../view.ts'
import { percent, round1 } from '../../lib/rounding.ts'
import { runSteps, SLICE_ROWS, slices, type Steps } from '../../lib/steps.ts'

type Channel = Conversation['channel']

export interface ChannelCount {
  channel: Channel
  conversation_count: number
}

export interface AurionOverview {
  total_conversations: number
  ai_resolved_count: number
  ai_resolution_rate: number
  human_resolved_count: number
  escalation_rate: number
  first_response_minutes_avg: number
  resolution_minutes_median: number
  channel_distribution: ChannelCount[]
}

/**
 * The median with one decimal (0 for none) of a typed array it may reorder in place: a selection of the
 * middle element (linear on average), not a sort. A step after each partition pass: the first pass of a
 * 120-day range at 1M conversations reorders ~300k values, the whole selection about twice that.
 */
function* medianInPlace(values: Float64Array): Steps<number> {
  const n = values.length
  if (n === 0) return 0
  const mid = n >> 1
  yield* selectNth(values, mid)
  if (n % 2 === 1) return round1(values[mid]!)
  // After the selection every value before `mid` is <= values[mid]: the other middle one is their maximum.
  let below = values[0]!
  for (let i = 1; i < mid; i++) if (values[i]! > below) below = values[i]!
  return round1((below + values[mid]!) / 2)
}

/** Reorders `a` so that a[k] is the value a sort would put there, smaller or equal ones before it, larger or equal ones after (Hoare). */
function* selectNth(a: Float64Array, k: number): Steps<void> {
  let lo = 0
  let hi = a.length - 1
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1]!
    let i = lo
    let j = hi
    while (i <= j) {
      while (a[i]! < pivot) i++
      while (a[j]! > pivot) j--
      if (i <= j) {
        const t = a[i]!
        a[i] = a[j]!
        a[j] = t
        i++
        j--
      }
    }
    if (k <= j) hi = j
    else if (k >= i) lo = i
    else return
    if (hi - lo > SLICE_ROWS) yield
  }
}

export function aurionOverview(view: TenantView, range: DateRange): AurionOverview {
  return runSteps(aurionOverviewSteps(view, range))
}

/** The same in slices (see lib/steps.ts). */
export function* aurionOverviewSteps(view: TenantView, range: DateRange): Steps<AurionOverview> {
  const span = countedSpan(view, range)
  const { resolvedBy, escalated, firstResponseMinutes, resolutionMinutes, channel } = view.columns
  const index = view.countedIndex
  let ai = 0
  let human = 0
  let escalations = 0
  let firstResponseSum = 0
  let firstResponseCount = 0
  const resolution = new Float64Array(span.end - span.start)
  let resolutionCount = 0
  const counts = new Float64Array(channel.values.size)
  yield* slices(span.start, span.end, (from, to) => {
    for (let k = from; k < to; k++) {
      const i = index[k]!
      const by = resolvedBy[i]!
      if (by === RESOLVED_BY_AI) ai += 1
      else if (by === RESOLVED_BY_HUMAN) human += 1
      escalations += escalated[i]!
      const fr = firstResponseMinutes[i]!
      if (!Number.isNaN(fr)) {
        firstResponseSum += fr
        firstResponseCount += 1
      }
      const res = resolutionMinutes[i]!
      if (!Number.isNaN(res)) resolution[resolutionCount++] = res
      const code = channel.codes[i]!
      if (code >= 0) counts[code]! += 1
    }
  })
  const total = span.end - span.start
  const resolutionMedian = yield* medianInPlace(resolution.subarray(0, resolutionCount))
  const distribution: ChannelCount[] = []
  counts.forEach((conversation_count, code) => {
    const name = memberOf(CHANNELS, channel.values.values[code] ?? '')
    // Only channels with conversations.
    if (name !== undefined && conversation_count > 0) distribution.push({ channel: name, conversation_count })
  })
  return {
    total_conversations: total,
    ai_resolved_count: ai,
    ai_resolution_rate: percent(ai, total),
    human_resolved_count: human,
    escalation_rate: percent(escalations, total),
    first_response_minutes_avg: firstResponseCount === 0 ? 0 : round1(firstResponseSum / firstResponseCount),
    resolution_minutes_median: resolutionMedian,
    // Count desc, ties by channel name.
    channel_distribution: distribution.sort((a, b) => b.conversation_count - a.conversation_count || compareStrings(a.channel, b.channel)),
  }
}
