import { describe, expect, it } from 'vitest'
import { buildChatlayerWorld } from '../../generators/chatlayer/world.ts'
import {
  BOT_BUCKETS,
  TEAM_BUCKETS,
  bucketCount,
  bucketSmallerThanRange,
  bucketStarts,
  conversationFlow,
  conversationSeries,
  indexTransitionsByConversation,
  insightsSeries,
  parseBucket,
  teamUsageSeries,
  type ChatlayerBucket,
} from '../../mocks/chatlayer/reports/series.ts'
import type { Conversation } from '../../generators/chatlayer/model.ts'
import { expectConsistentStats, expectGroupsAddUp } from '../support/series-checks.ts'

const NOW = new Date('2026-03-15T12:00:00Z')
const world = buildChatlayerWorld({ seed: 42, now: NOW })
const bot = world.bots[0]!
const live = world.conversations.filter((c) => c.bot_id === bot.id && c.bot_version === 'LIVE')
const teamConversations = world.conversations.filter((c) => c.team_id === bot.team_id)
const RANGE = { start: '2026-01-10T00:00:00Z', end: '2026-03-10T00:00:00Z' }

function inRange(c: Conversation, start = RANGE.start, end = RANGE.end): boolean {
  return c.started_at >= new Date(start).toISOString() && c.started_at < new Date(end).toISOString()
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0)

function conversation(overrides: Partial<Conversation>): Conversation {
  return {
    id: 'c1',
    bot_id: 'bot-1',
    team_id: 'team-1',
    bot_version: 'LIVE',
    user_id: 'u1',
    channel_type: 'WEBCHAT',
    language: 'en',
    campaign_id: null,
    campaign_source: null,
    started_at: '2026-03-02T09:00:00.000Z',
    ended_at: '2026-03-02T09:05:00.000Z',
    duration_seconds: 300,
    num_messages: 6,
    ...overrides,
  }
}

describe('buckets', () => {
  it('parses only the buckets an endpoint accepts', () => {
    expect(parseBucket('1h', BOT_BUCKETS)).toBe('1h')
    expect(parseBucket('1m', BOT_BUCKETS)).toBeNull()
    expect(parseBucket('1m', TEAM_BUCKETS)).toBe('1m')
    expect(parseBucket('1h', TEAM_BUCKETS)).toBeNull()
    expect(parseBucket('2d')).toBeNull()
    expect(parseBucket(undefined)).toBeNull()
  })

  it('aligns buckets to the UTC unit of start_time and covers the range up to the exclusive end', () => {
    expect(bucketStarts('2026-03-02T10:30:00Z', '2026-03-02T13:00:00Z', '1h')).toEqual([
      '2026-03-02T10:00:00Z',
      '2026-03-02T11:00:00Z',
      '2026-03-02T12:00:00Z',
    ])
    expect(bucketStarts('2026-03-01T12:00:00Z', '2026-03-03T00:00:01Z', '1d')).toEqual([
      '2026-03-01T00:00:00Z',
      '2026-03-02T00:00:00Z',
      '2026-03-03T00:00:00Z',
    ])
    // 2026-03-04 is a Wednesday: weeks start on ISO Mondays.
    expect(bucketStarts('2026-03-04T08:00:00Z', '2026-03-20T00:00:00Z', '1w')).toEqual([
      '2026-03-02T00:00:00Z',
      '2026-03-09T00:00:00Z',
      '2026-03-16T00:00:00Z',
    ])
    expect(bucketStarts('2026-01-15T00:00:00Z', '2026-03-01T00:00:00Z', '1m')).toEqual(['2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z'])
    expect(bucketStarts('2026-03-02T00:00:00Z', '2026-03-02T00:00:00Z', '1d')).toEqual([])
  })

  it('tells whether a bucket is smaller than the range (strictly)', () => {
    expect(bucketSmallerThanRange('2026-03-01T00:00:00Z', '2026-03-02T00:00:01Z', '1d')).toBe(true)
    expect(bucketSmallerThanRange('2026-03-01T00:00:00Z', '2026-03-02T00:00:00Z', '1d')).toBe(false)
    expect(bucketSmallerThanRange('2026-03-01T00:00:00Z', '2026-03-04T00:00:00Z', '1w')).toBe(false)
    expect(bucketSmallerThanRange('2026-03-01T00:00:00Z', '2026-03-01T02:00:00Z', '1h')).toBe(true)
    expect(bucketSmallerThanRange('2026-02-01T00:00:00Z', '2026-03-01T00:00:00Z', '1m')).toBe(false)
    expect(bucketSmallerThanRange('2026-02-01T00:00:00Z', '2026-03-02T00:00:00Z', '1m')).toBe(true)
  })

  it('counts the buckets of a range without listing them, as many as bucketStarts lists', () => {
    const ranges = [
      ['2026-03-02T10:30:00Z', '2026-03-02T13:00:00Z'],
      ['2025-03-09T12:34:56Z', '2026-03-10T00:00:00Z'],
      ['2024-02-29T23:00:00Z', '2024-12-31T23:59:59Z'],
      ['2026-01-31T00:00:00Z', '2026-02-01T00:00:00Z'],
    ] as const
    for (const [start, end] of ranges) {
      for (const bucket of ['1h', '1d', '1w', '1m'] as const) {
        expect(bucketCount(Date.parse(start), Date.parse(end), bucket), `${bucket} ${start}..${end}`).toBe(
          bucketStarts(start, end, bucket).length,
        )
      }
    }
    expect(bucketCount(Date.parse('2026-03-02T00:00:00Z'), Date.parse('2026-03-02T00:00:00Z'), '1d')).toBe(0)
  })
})

describe('conversationSeries', () => {
  it.each<ChatlayerBucket>(['1h', '1d', '1w'])('sums per %s bucket to the conversations of the range', (bucket) => {
    const data = conversationSeries(live, { ...RANGE, bucket })
    expect(data.series).toHaveLength(1)
    expect(data.series[0]!.labels).toEqual({})
    expect(data.series_labels).toEqual(['total'])
    expect(data.series[0]!.sum).toBe(live.filter((c) => inRange(c)).length)
    expect(data.series[0]!.sum).toBeGreaterThan(0)
    expectConsistentStats(data)
  })

  it('counts each conversation in the bucket of its started_at', () => {
    const data = conversationSeries(live, { ...RANGE, bucket: '1d' })
    for (const [i, x] of data.x_values.entries()) {
      const next = new Date(Date.parse(x) + 86_400_000).toISOString()
      const expected = live.filter((c) => inRange(c) && c.started_at >= new Date(x).toISOString() && c.started_at < next)
      expect(data.series[0]!.values[i]).toBe(expected.length)
    }
  })

  it('includes a conversation exactly at start_time and excludes one exactly at end_time', () => {
    const records = [
      conversation({ id: 'at-start', started_at: '2026-03-02T00:00:00.000Z' }),
      conversation({ id: 'inside', started_at: '2026-03-03T12:00:00.000Z' }),
      conversation({ id: 'at-end', started_at: '2026-03-05T00:00:00.000Z' }),
      conversation({ id: 'before', started_at: '2026-03-01T23:59:59.999Z' }),
    ]
    const data = conversationSeries(records, { start: '2026-03-02T00:00:00Z', end: '2026-03-05T00:00:00Z', bucket: '1d' })
    expect(data.x_values).toEqual(['2026-03-02T00:00:00Z', '2026-03-03T00:00:00Z', '2026-03-04T00:00:00Z'])
    expect(data.series[0]!.values).toEqual([1, 1, 0])
    // A bucket sticking out of the range only counts what lies inside it.
    const hours = conversationSeries(records, { start: '2026-03-02T00:00:00Z', end: '2026-03-02T00:00:00.001Z', bucket: '1h' })
    expect(hours.series[0]!.values).toEqual([1])
  })

  it('gives one zero serie when nothing matches', () => {
    const data = conversationSeries([], { start: '2026-03-02T00:00:00Z', end: '2026-03-04T00:00:00Z' })
    expect(data.series).toEqual([{ values: [0, 0], mean: 0, max: 0, min: 0, sum: 0, labels: {} }])
    expect(conversationSeries([], { start: '2026-03-02T00:00:00Z', end: '2026-03-04T00:00:00Z', group_by: 'language' }).series).toEqual([])
  })

  it.each(['channel_type', 'language'] as const)('splits by %s into series that add up to the ungrouped one', (groupBy) => {
    const total = conversationSeries(live, { ...RANGE, bucket: '1w' })
    const grouped = conversationSeries(live, { ...RANGE, bucket: '1w', group_by: groupBy })
    expect(grouped.series.length).toBeGreaterThan(1)
    expectGroupsAddUp(grouped, total)
    expectConsistentStats(grouped)
    for (const [i, serie] of grouped.series.entries()) {
      expect(Object.keys(serie.labels)).toEqual([groupBy])
      expect(grouped.series_labels[i]).toBe(serie.labels[groupBy])
      const value = serie.labels[groupBy]
      expect(serie.sum).toBe(live.filter((c) => inRange(c) && c[groupBy] === value).length)
      if (i > 0) expect(grouped.series[i - 1]!.sum).toBeGreaterThanOrEqual(serie.sum)
    }
  })

  it('filters by channel_type and language (several values, any case, comma-separated)', () => {
    const channels = [...new Set(live.map((c) => c.channel_type))].sort()
    const languages = [...new Set(live.map((c) => c.language))].sort()
    const pickedChannels = channels.slice(0, 2)
    const pickedLanguage = languages[0]!
    const data = conversationSeries(live, {
      ...RANGE,
      channel_type: [pickedChannels.join(',').toLowerCase()],
      language: [pickedLanguage.toUpperCase()],
    })
    const expected = live.filter((c) => inRange(c) && pickedChannels.includes(c.channel_type) && c.language === pickedLanguage).length
    expect(data.series[0]!.sum).toBe(expected)
    expect(expected).toBeGreaterThan(0)
    expect(expected).toBeLessThan(live.filter((c) => inRange(c)).length)
    // Filters and group_by combine: only the filtered channels appear.
    const grouped = conversationSeries(live, { ...RANGE, channel_type: pickedChannels, group_by: 'channel_type' })
    expect(grouped.series.map((s) => s.labels.channel_type).sort()).toEqual(pickedChannels)
  })
})

describe('insightsSeries', () => {
  it('counts conversations like conversationSeries, labelled with the stat', () => {
    const insights = insightsSeries(live, { ...RANGE, stat: 'num_conversations' })
    const series = conversationSeries(live, { ...RANGE, bucket: '1d' })
    expect(insights.series[0]!.values).toEqual(series.series[0]!.values)
    expect(insights.series[0]!.labels).toEqual({ stat: 'num_conversations' })
    expect(insights.series_labels).toEqual(['num_conversations'])
    expect(insights.x_values).toEqual(series.x_values)
  })

  it('sums messages per bucket', () => {
    const data = insightsSeries(live, { ...RANGE, stat: 'num_messages' })
    expect(data.series[0]!.sum).toBe(sum(live.filter((c) => inRange(c)).map((c) => c.num_messages)))
    expectConsistentStats(data)
  })

  it('averages durations per bucket, 0 for empty buckets', () => {
    const records = [
      conversation({ id: 'a', started_at: '2026-03-02T09:00:00.000Z', duration_seconds: 100 }),
      conversation({ id: 'b', started_at: '2026-03-02T15:00:00.000Z', duration_seconds: 201 }),
      conversation({ id: 'c', started_at: '2026-03-04T15:00:00.000Z', duration_seconds: 60, channel_type: 'SMS' }),
    ]
    const data = insightsSeries(records, { start: '2026-03-02', end: '2026-03-05', stat: 'duration_seconds' })
    expect(data.series[0]!.values).toEqual([151, 0, 60]) // 150.5 rounds up
    expect(data.series[0]).toMatchObject({ sum: 211, min: 0, max: 151, mean: 70 })
    const sms = insightsSeries(records, { start: '2026-03-02', end: '2026-03-05', stat: 'duration_seconds', channel_type: 'sms' })
    expect(sms.series[0]!.values).toEqual([0, 0, 60])
  })
})

describe('teamUsageSeries', () => {
  it('gives one serie per combination of the group_by fields, adding up to the team total', () => {
    const range = { start: '2025-12-01T00:00:00Z', end: '2026-03-01T00:00:00Z' }
    const total = teamUsageSeries(teamConversations, { ...range, bucket: '1m' })
    expect(total.x_values).toEqual(['2025-12-01T00:00:00Z', '2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z'])
    expect(total.series[0]!.sum).toBe(teamConversations.filter((c) => inRange(c, range.start, range.end)).length)

    const grouped = teamUsageSeries(teamConversations, { ...range, bucket: '1m', group_by: ['bot_id', 'bot_version', 'campaign_id'] })
    expectConsistentStats(grouped)
    const keys = new Set(grouped.series.map((s) => JSON.stringify(s.labels)))
    expect(keys.size).toBe(grouped.series.length)
    expect(grouped.series.some((s) => s.labels.bot_version === 'DRAFT')).toBe(true)
    expect(grouped.series.some((s) => s.labels.campaign_id === '')).toBe(true)
    for (const [i, serie] of grouped.series.entries()) {
      expect(Object.keys(serie.labels)).toEqual(['bot_id', 'bot_version', 'campaign_id'])
      expect(grouped.series_labels[i]).toBe(`${serie.labels.bot_id}, ${serie.labels.bot_version}, ${serie.labels.campaign_id}`)
    }
    expectGroupsAddUp(grouped, total)
  })
})

describe('conversationFlow', () => {
  const index = indexTransitionsByConversation(world.transitions)
  const withSeveralMessages = world.conversations.find((c) => new Set(index.get(c.id)?.map((t) => t.message_id)).size >= 3)!

  it('lists the transitions in depth order, depth as an int64 string', () => {
    const flow = conversationFlow(withSeveralMessages, world.transitions)
    expect(flow).toMatchObject({
      bot_id: withSeveralMessages.bot_id,
      conversation_id: withSeveralMessages.id,
      user_id: withSeveralMessages.user_id,
    })
    expect(flow.transitions.map((t) => t.depth)).toEqual(flow.transitions.map((_, i) => String(i + 1)))
    expect(flow.transitions[0]!.from_step.id).toBe('welcome')
    for (const [i, t] of flow.transitions.entries()) {
      if (i > 0) expect(t.from_step).toEqual(flow.transitions[i - 1]!.to_step)
      expect(Date.parse(t.timestamp)).toBeGreaterThanOrEqual(Date.parse(withSeveralMessages.started_at))
      expect(Date.parse(t.timestamp)).toBeLessThanOrEqual(Date.parse(withSeveralMessages.ended_at))
    }
  })

  it('keeps only the transitions of one message when message_id is given', () => {
    const all = index.get(withSeveralMessages.id)!
    const messageId = all[1]!.message_id
    const flow = conversationFlow(withSeveralMessages, all, messageId)
    const expected = all.filter((t) => t.message_id === messageId)
    expect(flow.transitions.map((t) => t.id)).toEqual(expected.map((t) => t.id))
    expect(flow.transitions.length).toBeLessThan(all.length)
    expect(conversationFlow(withSeveralMessages, all, 'no-such-message').transitions).toEqual([])
    expect(conversationFlow(withSeveralMessages, all, undefined).transitions).toHaveLength(all.length)
  })

  it('writes protobuf timestamps (no fractional part when it is zero)', () => {
    const c = conversation({ id: 'conv-x' })
    const step = { id: 'welcome', type: 'BOT_DIALOG' }
    const flow = conversationFlow(c, [
      {
        id: 't2',
        conversation_id: 'conv-x',
        message_id: 'm1',
        from_step: step,
        to_step: step,
        depth: 2,
        timestamp: '2026-03-02T09:00:01.250Z',
      },
      {
        id: 't1',
        conversation_id: 'conv-x',
        message_id: 'm1',
        from_step: step,
        to_step: step,
        depth: 1,
        timestamp: '2026-03-02T09:00:00.000Z',
      },
      {
        id: 'other',
        conversation_id: 'conv-y',
        message_id: 'm9',
        from_step: step,
        to_step: step,
        depth: 1,
        timestamp: '2026-03-02T09:00:00.000Z',
      },
    ])
    expect(flow.transitions.map((t) => [t.id, t.depth, t.timestamp])).toEqual([
      ['t1', '1', '2026-03-02T09:00:00Z'],
      ['t2', '2', '2026-03-02T09:00:01.250Z'],
    ])
  })
})
