// Chatlayer analytics as pure functions: conversations in, grpc-gateway shaped SeriesData out.
//
// Time buckets (kit's choice, the docs only say the range is [start_time, end_time)):
// - buckets are aligned in UTC to the bucket unit, starting from start_time truncated to it:
//   1h -> the hour, 1d -> midnight, 1w -> the ISO week's Monday midnight, 1m -> the 1st of the month;
// - the last bucket is the one that contains end_time - 1ms, so x_values cover the whole range;
// - the first and last buckets may stick out of the range; they only count what lies inside it:
//   a conversation counts when start_time <= started_at < end_time.
// Every value is an int32 (the Serie message): counts and sums are whole numbers already; a serie's
// `mean` is the mean of its bucket values, rounded half up to an integer.
import type { Conversation, Step, Transition } from '../../../generators/chatlayer/model.ts'
import { groupByKey } from '../../lib/lists.ts'
import { DAY_MS, HOUR_MS, parseInstant } from '../../lib/time.ts'

export type ChatlayerBucket = '1h' | '1d' | '1w' | '1m'
const BUCKETS: readonly ChatlayerBucket[] = ['1h', '1d', '1w', '1m']
/** Buckets the bot endpoints accept (optional there). */
export const BOT_BUCKETS: readonly ChatlayerBucket[] = ['1h', '1d', '1w']
/** Buckets the team usage endpoint accepts (required there). */
export const TEAM_BUCKETS: readonly ChatlayerBucket[] = ['1d', '1w', '1m']
/** Bucket used when a bot endpoint gets none (the docs give no default; a day is what dashboards show). */
const DEFAULT_BUCKET: ChatlayerBucket = '1d'

/** A point in time as callers have it: an ISO string, a Date or epoch milliseconds. */
export type Instant = string | Date | number

interface Serie {
  values: number[]
  mean: number
  max: number
  min: number
  sum: number
  labels: Record<string, string>
}

export interface SeriesData {
  series: Serie[]
  /**
   * One legend label per serie, in the order of `series` (contracts/chatlayer.yaml, kit's choice): the
   * serie's label values joined with ", ", the stat name on insights, "total" when not grouped.
   */
  series_labels: string[]
  /** Bucket starts, RFC 3339 in UTC without fractional seconds ("2026-03-02T00:00:00Z"). */
  x_values: string[]
}

interface FlowTransition {
  id: string
  from_step: Step
  to_step: Step
  /** int64, which grpc-gateway's JSON marshalling writes as a string. */
  depth: string
  timestamp: string
}

export interface ConversationFlow {
  bot_id: string
  conversation_id: string
  user_id: string
  transitions: FlowTransition[]
}

/** The bucket named by a query value, when it is one of `allowed`; null otherwise. */
export function parseBucket(value: string | null | undefined, allowed: readonly ChatlayerBucket[] = BUCKETS): ChatlayerBucket | null {
  const found = allowed.find((b) => b === value)
  return found ?? null
}

function instantMs(value: Instant, name: string): number {
  const ms = typeof value === 'number' ? value : value instanceof Date ? value.getTime() : parseInstant(value)
  if (ms === null || !Number.isFinite(ms)) throw new RangeError(`Invalid ${name}: ${String(value)}`)
  return ms
}

/** Start of the bucket that contains `ms`. */
function truncateToBucket(ms: number, bucket: ChatlayerBucket): number {
  const d = new Date(ms)
  switch (bucket) {
    case '1h':
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours())
    case '1d':
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())
    case '1w': {
      const daysSinceMonday = (d.getUTCDay() + 6) % 7
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - daysSinceMonday)
    }
    case '1m':
      return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1)
  }
}

const FIXED_BUCKET_MS: Record<Exclude<ChatlayerBucket, '1m'>, number> = {
  '1h': HOUR_MS,
  '1d': DAY_MS,
  '1w': 7 * DAY_MS,
}

/** Start of the bucket after the one starting at `bucketStart` (calendar months for 1m). */
function nextBucketStart(bucketStart: number, bucket: ChatlayerBucket): number {
  if (bucket !== '1m') return bucketStart + FIXED_BUCKET_MS[bucket]
  const d = new Date(bucketStart)
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)
}

/**
 * Whether the bucket is smaller than the range, as the docs require ("the interval should be smaller
 * than the range specified in the [start_time,end_time)"); the contract answers 400 otherwise. Strict:
 * a one-day range with 1d does not qualify. A month is counted from start_time on the calendar
 * (Feb 1 .. Mar 1 is exactly one month, so 1m needs a range past Mar 1).
 */
export function bucketSmallerThanRange(start: Instant, endExclusive: Instant, bucket: ChatlayerBucket): boolean {
  const s = instantMs(start, 'start_time')
  const e = instantMs(endExclusive, 'end_time')
  if (bucket !== '1m') return FIXED_BUCKET_MS[bucket] < e - s
  const d = new Date(s)
  const oneMonthLater = Date.UTC(
    d.getUTCFullYear(),
    d.getUTCMonth() + 1,
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
    d.getUTCMilliseconds(),
  )
  return oneMonthLater < e
}

/** RFC 3339 in UTC, without fractional seconds when they are zero (protojson's Timestamp format). */
function rfc3339(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z')
}

/** How many buckets cover [startMs, endMs), counted without listing them (the range may be any length). */
export function bucketCount(startMs: number, endMs: number, bucket: ChatlayerBucket): number {
  if (endMs <= startMs) return 0
  const first = truncateToBucket(startMs, bucket)
  const last = truncateToBucket(endMs - 1, bucket)
  if (bucket !== '1m') return (last - first) / FIXED_BUCKET_MS[bucket] + 1
  const [a, b] = [new Date(first), new Date(last)]
  return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth() + 1
}

function bucketStartsMs(startMs: number, endMs: number, bucket: ChatlayerBucket): number[] {
  const starts: number[] = []
  if (endMs <= startMs) return starts
  for (let t = truncateToBucket(startMs, bucket); t < endMs; t = nextBucketStart(t, bucket)) starts.push(t)
  return starts
}

/** Bucket starts covering [start, endExclusive), as RFC 3339 strings (the x_values). */
export function bucketStarts(start: Instant, endExclusive: Instant, bucket: ChatlayerBucket): string[] {
  return bucketStartsMs(instantMs(start, 'start_time'), instantMs(endExclusive, 'end_time'), bucket).map(rfc3339)
}

/** Index of the last bucket starting at or before `ms` (binary search: months are not all equally long). */
function bucketIndex(starts: readonly number[], ms: number): number {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid]! <= ms) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** A Serie from its bucket values: the statistics always describe exactly these values. */
function makeSerie(values: number[], labels: Record<string, string> = {}): Serie {
  let sum = 0
  let min = values.length > 0 ? Number.POSITIVE_INFINITY : 0
  let max = values.length > 0 ? Number.NEGATIVE_INFINITY : 0
  for (const v of values) {
    sum += v
    if (v < min) min = v
    if (v > max) max = v
  }
  const mean = values.length > 0 ? Math.round(sum / values.length) : 0
  return { values, mean, max, min, sum, labels }
}

/** Filter values as a list; also splits "A,B" items, since the query takes comma-separated values. */
function filterSet(values: readonly string[] | string | undefined, normalise: (v: string) => string) {
  if (values === undefined) return null
  const list = (typeof values === 'string' ? [values] : values)
    .flatMap((v) => v.split(','))
    .map((v) => normalise(v.trim()))
    .filter((v) => v !== '')
  return list.length > 0 ? new Set(list) : null
}

/** A grouped serie's legend: its label values in group_by order, joined with ", ". */
function legendOf(serie: Serie, groupBy: readonly string[]): string {
  return groupBy.map((key) => serie.labels[key] ?? '').join(', ')
}

interface Accumulator {
  labels: Record<string, string>
  sums: number[]
  counts: number[]
}

type Measure = 'count' | 'sum' | 'mean'

interface SeriesSpec {
  start: Instant
  end: Instant
  bucket: ChatlayerBucket
  channel_type?: readonly string[] | string | undefined
  language?: readonly string[] | string | undefined
  /** Label keys to group by, in order; [] for a single serie. */
  groupBy: readonly string[]
  /** Labels and legend of the single serie when groupBy is empty. */
  single: { labels: Record<string, string>; legend: string }
  labelOf: (conversation: Conversation, key: string) => string
  measure: Measure
  valueOf: (conversation: Conversation) => number
}

function computeSeries(conversations: readonly Conversation[], spec: SeriesSpec): SeriesData {
  const startMs = instantMs(spec.start, 'start_time')
  const endMs = instantMs(spec.end, 'end_time')
  const starts = bucketStartsMs(startMs, endMs, spec.bucket)
  // Channel types are upper case and languages lower case in Chatlayer; compare case-insensitively.
  const channels = filterSet(spec.channel_type, (v) => v.toUpperCase())
  const languages = filterSet(spec.language, (v) => v.toLowerCase())
  const groups = new Map<string, Accumulator>()
  const newAccumulator = (labels: Record<string, string>): Accumulator => ({
    labels,
    sums: starts.map(() => 0),
    counts: starts.map(() => 0),
  })
  // Ungrouped: the one serie exists even when nothing matches.
  const single = spec.groupBy.length === 0 ? newAccumulator({ ...spec.single.labels }) : null
  if (single) groups.set('', single)
  const values: string[] = []

  for (const c of conversations) {
    const t = Date.parse(c.started_at)
    if (!(t >= startMs && t < endMs)) continue
    if (channels && !channels.has(c.channel_type.toUpperCase())) continue
    if (languages && !languages.has(c.language.toLowerCase())) continue
    let acc: Accumulator | undefined = single ?? undefined
    if (!acc) {
      // The labels object is only built for a new group: most conversations land in an existing one.
      values.length = 0
      for (const key of spec.groupBy) values.push(spec.labelOf(c, key))
      const id = values.join('\u0000')
      acc = groups.get(id)
      if (!acc) {
        const labels: Record<string, string> = {}
        for (const [k, key] of spec.groupBy.entries()) labels[key] = values[k] ?? ''
        acc = newAccumulator(labels)
        groups.set(id, acc)
      }
    }
    const i = bucketIndex(starts, t)
    acc.counts[i]! += 1
    acc.sums[i]! += spec.valueOf(c)
  }

  const series = [...groups.values()].map((acc) => {
    const values =
      spec.measure === 'count'
        ? acc.counts
        : spec.measure === 'sum'
          ? acc.sums
          : acc.sums.map((s, i) => (acc.counts[i]! > 0 ? Math.round(s / acc.counts[i]!) : 0))
    return makeSerie(values, acc.labels)
  })
  // Biggest groups first; ties by label values so the order never depends on the records' order.
  const labelKey = (s: Serie) => spec.groupBy.map((key) => s.labels[key] ?? '').join('\u0000')
  series.sort((a, b) => b.sum - a.sum || (labelKey(a) < labelKey(b) ? -1 : labelKey(a) > labelKey(b) ? 1 : 0))
  const seriesLabels =
    spec.groupBy.length === 0 ? series.map(() => spec.single.legend) : series.map((serie) => legendOf(serie, spec.groupBy))
  return { series, series_labels: seriesLabels, x_values: starts.map(rfc3339) }
}

export interface ConversationSeriesOptions {
  start: Instant
  /** Exclusive. */
  end: Instant
  bucket?: ChatlayerBucket | undefined
  channel_type?: readonly string[] | string | undefined
  language?: readonly string[] | string | undefined
  group_by?: 'channel_type' | 'language' | undefined
}

/** What both bot endpoints pass on: the range, the bucket (DEFAULT_BUCKET when none) and the filters. */
function botSeriesInput(options: Omit<ConversationSeriesOptions, 'group_by'>) {
  return {
    start: options.start,
    end: options.end,
    bucket: options.bucket ?? DEFAULT_BUCKET,
    channel_type: options.channel_type,
    language: options.language,
  }
}

/**
 * GET /v1/bots/{bot_id}/conversations: conversations started per bucket. `conversations` are the bot's,
 * of the requested version (the handler selects them). Without group_by one serie labelled {} (legend
 * "total"); with group_by one serie per value present, labelled { channel_type: 'WHATSAPP' } or
 * { language: 'fr' }, biggest sum first; the grouped series add up to the ungrouped one.
 */
export function conversationSeries(conversations: readonly Conversation[], options: ConversationSeriesOptions): SeriesData {
  const groupBy = options.group_by ? [options.group_by] : []
  return computeSeries(conversations, {
    ...botSeriesInput(options),
    groupBy,
    single: { labels: {}, legend: 'total' },
    labelOf: (c, key) => (key === 'channel_type' ? c.channel_type : c.language),
    measure: 'count',
    valueOf: () => 1,
  })
}

type InsightStat = 'num_conversations' | 'duration_seconds' | 'num_messages'

export interface InsightsSeriesOptions extends Omit<ConversationSeriesOptions, 'group_by'> {
  stat: InsightStat
}

/**
 * GET /v1/bots/{bot_id}/conversations/insights: one serie for the chosen stat, labelled { stat }, and
 * series_labels [stat].
 * - num_conversations: conversations started in the bucket (the same numbers as conversationSeries);
 * - num_messages: all messages of the conversations started in the bucket (a sum: message volume is
 *   additive, and the serie's sum is then the range's total);
 * - duration_seconds: the average duration of the conversations started in the bucket, rounded to whole
 *   seconds, 0 for an empty bucket. An average, not a sum: a summed duration would only mirror volume,
 *   while "how long do conversations last" is what a duration chart is read for.
 * The endpoint takes no bucket; the mock uses `bucket` when given, else DEFAULT_BUCKET (1d).
 */
export function insightsSeries(conversations: readonly Conversation[], options: InsightsSeriesOptions): SeriesData {
  const { stat } = options
  return computeSeries(conversations, {
    ...botSeriesInput(options),
    groupBy: [],
    single: { labels: { stat }, legend: stat },
    labelOf: () => '',
    measure: stat === 'num_conversations' ? 'count' : stat === 'num_messages' ? 'sum' : 'mean',
    valueOf: (c) => (stat === 'num_messages' ? c.num_messages : stat === 'duration_seconds' ? c.duration_seconds : 1),
  })
}

export type TeamGroupField = 'bot_id' | 'bot_version' | 'team_id' | 'channel_type' | 'language' | 'campaign_id' | 'campaign_source'
export const TEAM_GROUP_FIELDS: readonly TeamGroupField[] = [
  'bot_id',
  'bot_version',
  'team_id',
  'channel_type',
  'language',
  'campaign_id',
  'campaign_source',
]

export interface TeamUsageSeriesOptions {
  start: Instant
  /** Exclusive. */
  end: Instant
  bucket: ChatlayerBucket
  group_by?: readonly TeamGroupField[] | undefined
}

/**
 * GET /v1/teams/{team_id}/conversations: conversations started per bucket over all the team's bots and
 * both versions (`conversations` are the team's). One serie per combination of the group_by fields
 * present, labelled by every field (legend: the values joined with ", "); without group_by one serie
 * labelled {} (legend "total"). A missing campaign is labelled "" (proto3's empty string: labels are
 * map<string, string> and cannot hold null). Repeated fields count once.
 */
export function teamUsageSeries(conversations: readonly Conversation[], options: TeamUsageSeriesOptions): SeriesData {
  const groupBy = [...new Set(options.group_by ?? [])]
  return computeSeries(conversations, {
    start: options.start,
    end: options.end,
    bucket: options.bucket,
    groupBy,
    single: { labels: {}, legend: 'total' },
    labelOf: (c, key) => String(c[key as TeamGroupField] ?? ''),
    measure: 'count',
    valueOf: () => 1,
  })
}

/** Protobuf JSON Timestamp: RFC 3339 UTC with 0 or 3 fractional digits (the records keep milliseconds). */
function protoTimestamp(iso: string): string {
  const ms = Date.parse(iso)
  return Number.isNaN(ms) ? iso : rfc3339(ms)
}

/**
 * GET /v1/bots/{bot_id}/conversations/{conversation_id}/flow: the conversation's transitions in path
 * order (depth, then time). `transitions` may hold other conversations' transitions too; only this
 * conversation's are kept. With message_id, only the transitions that message caused (an unknown
 * message id gives an empty list).
 */
export function conversationFlow(
  conversation: Conversation,
  transitions: readonly Transition[],
  messageId?: string | null,
): ConversationFlow {
  const selected = transitions
    .filter(
      (t) =>
        t.conversation_id === conversation.id &&
        (messageId === undefined || messageId === null || messageId === '' || t.message_id === messageId),
    )
    .sort((a, b) => a.depth - b.depth || (a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : 0))
  return {
    bot_id: conversation.bot_id,
    conversation_id: conversation.id,
    user_id: conversation.user_id,
    transitions: selected.map((t) => ({
      id: t.id,
      from_step: { id: t.from_step.id, type: t.from_step.type },
      to_step: { id: t.to_step.id, type: t.to_step.type },
      depth: String(t.depth),
      timestamp: protoTimestamp(t.timestamp),
    })),
  }
}

/** Transitions by conversation id, built once at seed time so that a flow request does not scan them all. */
export function indexTransitionsByConversation(transitions: readonly Transition[]): Map<string, Transition[]> {
  return groupByKey(transitions, (t) => t.conversation_id)
}
