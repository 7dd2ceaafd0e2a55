// What every Chatlayer handler shares: the API definition, the world indexed once at start, and the
// checks of a time range that the contract's schemas cannot express.
import type { operations } from '../../contracts/generated/chatlayer.ts'
import { bucketCount, bucketSmallerThanRange, type ChatlayerBucket } from './reports/series.ts'
import { groupByKey, withinInstants } from '../lib/lists.ts'
import { ApiError } from '../core/errors.ts'
import { insideWindow, MAX_BUCKETS_PER_SERIE, OUTSIDE_WINDOW, RANGE_TOO_LONG, rangeTooLong } from '../core/limits.ts'
import type { ApiDefinition } from '../core/pipeline.ts'
import { toInstant } from '../lib/time.ts'
import type { Bot, BotVersion, ChatlayerRecords, Conversation, Team, Transition } from '../../generators/chatlayer/model.ts'
import type { ChatlayerPrincipal } from './access.ts'

export interface ChatlayerIndex {
  teams: Map<string, Team>
  bots: Map<string, Bot>
  conversations: Map<string, Conversation>
  /** `${bot_id}/${version}` -> that bot version's conversations, by started_at. */
  byBotVersion: Map<string, Conversation[]>
  /** team id -> the team's conversations (every bot, both versions), by started_at. */
  byTeam: Map<string, Conversation[]>
  transitions: Map<string, Transition[]>
}

export interface ChatlayerContext {
  api: ApiDefinition<ChatlayerPrincipal, operations>
  index: ChatlayerIndex
}

export function botVersionKey(botId: string, version: BotVersion): string {
  return `${botId}/${version}`
}

/** Built once per createMock(); the generator emits conversations sorted by started_at, lists keep that order. */
export function indexChatlayerRecords(records: ChatlayerRecords, transitions: Map<string, Transition[]>): ChatlayerIndex {
  return {
    teams: new Map(records.teams.map((t) => [t.id, t])),
    bots: new Map(records.bots.map((b) => [b.id, b])),
    conversations: new Map(records.conversations.map((c) => [c.id, c])),
    byBotVersion: groupByKey(records.conversations, (c) => botVersionKey(c.bot_id, c.bot_version)),
    byTeam: groupByKey(records.conversations, (c) => c.team_id),
    transitions,
  }
}

export interface TimeRange {
  startMs: number
  endMs: number
  /** The range as the caller wrote it, for messages: `[start, end)`. */
  text: string
}

/**
 * `[start_time, end_time)` after validation (the contract already rejected unreadable times): 400 when
 * end_time is not after start_time, when a given bucket is not smaller than the range (seed 002 of docs/sources.md), and
 * (kit's choices, to bound the work) when a time lies outside the served window, the range is longer
 * than MAX_RANGE_DAYS or the bucket cuts it into more than MAX_BUCKETS_PER_SERIE buckets.
 */
export function timeRange(query: { start_time: string; end_time: string }, bucket?: ChatlayerBucket): TimeRange {
  const startMs = toInstant(query.start_time).getTime()
  const endMs = toInstant(query.end_time).getTime()
  const text = `[${query.start_time}, ${query.end_time})`
  for (const [name, ms] of [
    ['start_time', startMs],
    ['end_time', endMs],
  ] as const) {
    if (!insideWindow(ms)) throw new ApiError(400, `invalid ${name} "${query[name]}": ${OUTSIDE_WINDOW}`)
  }
  if (!(endMs > startMs)) throw new ApiError(400, `end_time must be after start_time: ${text} is empty`)
  if (rangeTooLong(startMs, endMs)) throw new ApiError(400, `${RANGE_TOO_LONG}: ${text}`)
  if (bucket !== undefined && !bucketSmallerThanRange(startMs, endMs, bucket)) {
    throw new ApiError(400, `bucket ${bucket} must be smaller than the range ${text}`)
  }
  const buckets = bucket === undefined ? 0 : bucketCount(startMs, endMs, bucket)
  if (buckets > MAX_BUCKETS_PER_SERIE) {
    throw new ApiError(
      400,
      `bucket ${bucket} cuts the range ${text} into ${buckets} buckets: at most ${MAX_BUCKETS_PER_SERIE} a serie; use a larger bucket or a shorter range`,
    )
  }
  return { startMs, endMs, text }
}

/** The conversations of a started_at-sorted list that started in [startMs, endMs), by binary search. */
export function startedWithin(list: readonly Conversation[], range: TimeRange): readonly Conversation[] {
  return withinInstants(list, (c) => c.started_at, range.startMs, range.endMs)
}
