// GET /api/v2/analytics/conversations/overview (seed 001 of docs/sources.md): volumes, AI vs human resolution, speed, channels.
import { CHANNELS } from '../../../generators/aurion/model.ts'
import type { Conversation } from '../../../generators/aurion/model.ts'
import { RESOLVED_BY_AI, RESOLVED_BY_HUMAN, compareStrings, countByCode, countedSpan, memberOf } from '../view.ts'
import type { DateRange, TenantView } from '../view.ts'
import { percent, round1 } from '../../lib/rounding.ts'

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

/** The median with one decimal (0 for none) of a typed array it may sort in place (no copy, numeric sort without a comparator). */
function medianInPlace(values: Float64Array): number {
  if (values.length === 0) return 0
  values.sort()
  const mid = values.length >> 1
  return round1(values.length % 2 === 1 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2)
}

export function aurionOverview(view: TenantView, range: DateRange): AurionOverview {
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
  for (let k = span.start; k < span.end; k++) {
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
  }
  const total = span.end - span.start
  const counts = countByCode(view, span, channel)
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
    resolution_minutes_median: medianInPlace(resolution.subarray(0, resolutionCount)),
    // Count desc, ties by channel name.
    channel_distribution: distribution.sort((a, b) => b.conversation_count - a.conversation_count || compareStrings(a.channel, b.channel)),
  }
}
