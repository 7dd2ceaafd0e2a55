// The Chatlayer API over a real port: every response checked against contracts/chatlayer.yaml, series
// that add up to the records of server.mock.chatlayer, the [start, end) edges, flows, team usage, Basic
// auth and team scoping, grpc-gateway errors and Prefer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { components } from '../../contracts/generated/chatlayer.ts'
import type { ConversationFlow, SeriesData } from '../../mocks/chatlayer/reports/series.ts'
import type { ChatlayerCredentials } from '../../mocks/chatlayer/index.ts'
import type { Conversation } from '../../generators/chatlayer/model.ts'
import type { RunningServer } from '../../server/serve.ts'
import { basic, call, startTestServer, withQuery, type Reply } from '../support/http.ts'
import { responseValidator, type ResponseCheck } from '../support/response-validator.ts'
import { expectConsistentStats, expectGroupsAddUp } from '../support/series-checks.ts'

const SERIES = 'Analytics_GetConversations'
const INSIGHTS = 'Analytics_GetConversationsInsights'
const FLOW = 'Analytics_GetConversationFlow'
const TEAM = 'Analytics_GetTeamConversationsUsage'

type RpcStatus = components['schemas']['rpcStatus']
type Token = ChatlayerCredentials['tokens'][number]

const RANGE = { start_time: '2026-02-16T00:00:00Z', end_time: '2026-03-02T00:00:00Z' } // 14 days, Monday to Monday
const DAY = 86_400_000

let server: RunningServer
let check: ResponseCheck
let tokens: Token[]
let mine: Token
let theirs: Token
let bot: string

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0)

/** GET with the caller's token; asserts the status and that the reply is the contract's for it. */
async function get(
  operationId: string,
  path: string,
  query: Record<string, string | undefined>,
  status = 200,
  headers: Record<string, string> = basic(mine),
): Promise<Reply> {
  const reply = await call(withQuery(`${server.url}${path}`, query), { headers })
  expect(reply.status, reply.text).toBe(status)
  expect(check(operationId, reply)).toEqual([])
  return reply
}
const series = async (query: Record<string, string | undefined>, botId = bot) =>
  ((await get(SERIES, `/v1/bots/${botId}/conversations`, { version: 'LIVE', ...RANGE, ...query })).body as { data: SeriesData }).data
const failure = async (
  operationId: string,
  path: string,
  query: Record<string, string | undefined>,
  status: number,
  headers?: Record<string, string>,
) => (await get(operationId, path, query, status, headers)).body as RpcStatus

/** The bot's conversations of a version that started in [start, end), straight from the records. */
function conversationsOf(botId: string, version: string, start: string, end: string): Conversation[] {
  const [s, e] = [Date.parse(start), Date.parse(end)]
  return server.mock.chatlayer.records.conversations.filter((c) => {
    const t = Date.parse(c.started_at)
    return c.bot_id === botId && c.bot_version === version && t >= s && t < e
  })
}

beforeAll(async () => {
  server = await startTestServer({ seed: 42 })
  check = await responseValidator('chatlayer')
  tokens = server.mock.credentials().chatlayer!.tokens
  mine = tokens[0]!
  theirs = tokens[1]!
  // The token's busiest bot over the range, so that every check has data to look at.
  const counts = mine.bot_ids.map((id) => [id, conversationsOf(id, 'LIVE', RANGE.start_time, RANGE.end_time).length] as const)
  bot = [...counts].sort((a, b) => b[1] - a[1])[0]![0]
})
afterAll(() => server.close())

describe('credentials and operations', () => {
  it('lists one token per team with the team’s bots, and the four operations', async () => {
    const body = (await call(`${server.url}/__mock/credentials`)).body as { chatlayer: { tokens: Token[] } }
    const { records } = server.mock.chatlayer
    expect(body.chatlayer.tokens).toHaveLength(records.teams.length)
    for (const token of body.chatlayer.tokens) {
      expect(token.bot_ids).toEqual(records.bots.filter((b) => b.team_id === token.team_id).map((b) => b.id))
    }
    const operations = (await call(`${server.url}/__mock/operations`)).body as { api: string; operationId: string }[]
    expect(
      operations
        .filter((o) => o.api === 'chatlayer')
        .map((o) => o.operationId)
        .sort(),
    ).toEqual([FLOW, SERIES, INSIGHTS, TEAM].sort())
  })

  it('sizes the Chatlayer world on its own (default 3000 conversations)', () => {
    expect(server.mock.chatlayer.records.conversations).toHaveLength(3000)
    expect(server.mock.options.chatlayerConversations).toBe(3000)
  })
})

describe('GET /v1/bots/{bot_id}/conversations', () => {
  it('counts the bot version’s conversations of the range, one bucket a day starting at start_time', async () => {
    const data = await series({})
    const expected = conversationsOf(bot, 'LIVE', RANGE.start_time, RANGE.end_time)
    // The default 3,000 conversations over 13 months: one or two a day for a bot.
    expect(expected.length).toBeGreaterThan(10)
    expect(data.series).toHaveLength(1)
    expect(data.series[0]!.labels).toEqual({})
    expect(data.series_labels).toEqual(['total'])
    expect(data.series[0]!.sum).toBe(expected.length)
    expect(data.x_values).toEqual(
      Array.from({ length: 14 }, (_, i) => new Date(Date.parse(RANGE.start_time) + i * DAY).toISOString().replace('.000Z', 'Z')),
    )
    // Each bucket holds the conversations that started in it.
    data.x_values.forEach((x, i) => {
      const end = new Date(Date.parse(x) + DAY).toISOString()
      expect(data.series[0]!.values[i]).toBe(conversationsOf(bot, 'LIVE', x, end).length)
    })
    expectConsistentStats(data)
    const draft = ((await get(SERIES, `/v1/bots/${bot}/conversations`, { version: 'DRAFT', ...RANGE })).body as { data: SeriesData }).data
    expect(draft.series[0]!.sum).toBe(conversationsOf(bot, 'DRAFT', RANGE.start_time, RANGE.end_time).length)
  })

  it.each(['channel_type', 'language'] as const)(
    'grouped by %s, the series add up to the ungrouped one bucket by bucket',
    async (groupBy) => {
      const [grouped, total] = [await series({ group_by: groupBy }), await series({})]
      expect(grouped.series.length).toBeGreaterThan(1)
      expectGroupsAddUp(grouped, total)
      expectConsistentStats(grouped)
      for (const [k, serie] of grouped.series.entries()) {
        expect(Object.keys(serie.labels)).toEqual([groupBy])
        expect(grouped.series_labels[k]).toBe(serie.labels[groupBy])
        const value = serie.labels[groupBy]
        expect(serie.sum).toBe(conversationsOf(bot, 'LIVE', RANGE.start_time, RANGE.end_time).filter((c) => c[groupBy] === value).length)
      }
      // Channel types are upper case, as in the data and the contract's examples.
      if (groupBy === 'channel_type') for (const label of grouped.series_labels) expect(label).toBe(label.toUpperCase())
    },
  )

  it('filters on channel_type and language, comma-separated or repeated', async () => {
    const all = conversationsOf(bot, 'LIVE', RANGE.start_time, RANGE.end_time)
    const channels = [...new Set(all.map((c) => c.channel_type))].slice(0, 2)
    const comma = await series({ channel_type: channels.join(',') })
    expect(comma.series[0]!.sum).toBe(all.filter((c) => channels.includes(c.channel_type)).length)
    const url = new URL(withQuery(`${server.url}/v1/bots/${bot}/conversations`, { version: 'LIVE', ...RANGE }))
    for (const channel of channels) url.searchParams.append('channel_type', channel)
    const repeated = await call(url.toString(), { headers: basic(mine) })
    expect((repeated.body as { data: SeriesData }).data).toEqual(comma)

    const language = all[0]!.language
    const both = await series({ channel_type: channels[0], language })
    expect(both.series[0]!.sum).toBe(all.filter((c) => c.channel_type === channels[0] && c.language === language).length)
    const none = await series({ language: 'xx' })
    expect(none.series[0]!.values.every((v) => v === 0)).toBe(true)
  })

  it('takes 1h and 1w buckets: x_values are the bucket starts', async () => {
    const hourly = await series({ bucket: '1h', start_time: '2026-02-20T06:00:00Z', end_time: '2026-02-20T18:00:00Z' })
    expect(hourly.x_values).toEqual(Array.from({ length: 12 }, (_, i) => `2026-02-20T${String(6 + i).padStart(2, '0')}:00:00Z`))
    expect(hourly.series[0]!.sum).toBe(conversationsOf(bot, 'LIVE', '2026-02-20T06:00:00Z', '2026-02-20T18:00:00Z').length)
    const weekly = await series({ bucket: '1w' })
    expect(weekly.x_values).toEqual(['2026-02-16T00:00:00Z', '2026-02-23T00:00:00Z'])
    expect(weekly.series[0]!.sum).toBe(conversationsOf(bot, 'LIVE', RANGE.start_time, RANGE.end_time).length)
    expectConsistentStats(weekly)
  })

  it('includes a conversation exactly at start_time and excludes one exactly at end_time', async () => {
    const c = conversationsOf(bot, 'LIVE', RANGE.start_time, RANGE.end_time)[10]!
    const before = new Date(Date.parse(c.started_at) - 6 * DAY).toISOString()
    const after = new Date(Date.parse(c.started_at) + 6 * DAY).toISOString()
    const endingAt = await series({ start_time: before, end_time: c.started_at })
    const endingJustAfter = await series({ start_time: before, end_time: new Date(Date.parse(c.started_at) + 1).toISOString() })
    expect(endingAt.series[0]!.sum).toBe(conversationsOf(bot, 'LIVE', before, c.started_at).length)
    expect(endingJustAfter.series[0]!.sum).toBe(endingAt.series[0]!.sum + 1)
    const startingAt = await series({ start_time: c.started_at, end_time: after })
    expect(startingAt.series[0]!.sum).toBe(conversationsOf(bot, 'LIVE', c.started_at, after).length)
    // The last bucket is cut at end_time: it only counts what started before it.
    const lastStart = endingAt.x_values.at(-1)!
    expect(endingAt.series[0]!.values.at(-1)).toBe(conversationsOf(bot, 'LIVE', lastStart, c.started_at).length)
  })
})

describe('GET /v1/bots/{bot_id}/conversations/insights', () => {
  const insights = async (stat: string) =>
    ((await get(INSIGHTS, `/v1/bots/${bot}/conversations/insights`, { version: 'LIVE', ...RANGE, stat })).body as { data: SeriesData }).data

  it('gives one serie per stat: conversations, messages (a sum) and the mean duration, per day', async () => {
    const conversations = await insights('num_conversations')
    const messages = await insights('num_messages')
    const duration = await insights('duration_seconds')
    const total = await series({})
    expect(conversations.series[0]!.values).toEqual(total.series[0]!.values)
    for (const [stat, data] of [
      ['num_conversations', conversations],
      ['num_messages', messages],
      ['duration_seconds', duration],
    ] as const) {
      expect(data.series_labels).toEqual([stat])
      expect(data.series[0]!.labels).toEqual({ stat })
      expect(data.x_values).toEqual(total.x_values)
      expectConsistentStats(data)
    }
    for (const [i, x] of messages.x_values.entries()) {
      const inBucket = conversationsOf(bot, 'LIVE', x, new Date(Date.parse(x) + DAY).toISOString())
      expect(messages.series[0]!.values[i]).toBe(sum(inBucket.map((c) => c.num_messages)))
      const meanDuration = inBucket.length === 0 ? 0 : Math.round(sum(inBucket.map((c) => c.duration_seconds)) / inBucket.length)
      expect(duration.series[0]!.values[i]).toBe(meanDuration)
    }
  })

  it('filters on channel_type and language', async () => {
    const all = conversationsOf(bot, 'LIVE', RANGE.start_time, RANGE.end_time)
    const channel = all[0]!.channel_type
    const reply = await get(INSIGHTS, `/v1/bots/${bot}/conversations/insights`, {
      version: 'LIVE',
      ...RANGE,
      stat: 'num_messages',
      channel_type: channel,
    })
    expect((reply.body as { data: SeriesData }).data.series[0]!.sum).toBe(
      sum(all.filter((c) => c.channel_type === channel).map((c) => c.num_messages)),
    )
  })
})

describe('GET /v1/bots/{bot_id}/conversations/{conversation_id}/flow', () => {
  const flowPath = (conversationId: string, botId = bot) => `/v1/bots/${botId}/conversations/${conversationId}/flow`
  const sample = () => {
    const list = conversationsOf(bot, 'LIVE', RANGE.start_time, RANGE.end_time)
    return list.find((c) => new Set(transitionsOf(c.id).map((t) => t.message_id)).size >= 3) ?? list[0]!
  }
  const transitionsOf = (conversationId: string) =>
    server.mock.chatlayer.records.transitions.filter((t) => t.conversation_id === conversationId).sort((a, b) => a.depth - b.depth)

  it('lists the conversation’s transitions in path order, depth as a string', async () => {
    const c = sample()
    const flow = (await get(FLOW, flowPath(c.id), { version: 'LIVE', ...RANGE })).body as ConversationFlow
    expect([flow.bot_id, flow.conversation_id, flow.user_id]).toEqual([bot, c.id, c.user_id])
    const expected = transitionsOf(c.id)
    expect(flow.transitions.map((t) => t.id)).toEqual(expected.map((t) => t.id))
    expect(flow.transitions.map((t) => t.depth)).toEqual(expected.map((t) => String(t.depth)))
    expect(flow.transitions[0]!.from_step).toEqual({ id: 'welcome', type: 'BOT_DIALOG' })
    for (const t of flow.transitions) expect(t.to_step.type).toBe(t.to_step.type.toUpperCase())
    // Each step continues where the previous one ended.
    for (let i = 1; i < flow.transitions.length; i++) expect(flow.transitions[i]!.from_step).toEqual(flow.transitions[i - 1]!.to_step)
  })

  it('keeps only one message’s transitions when message_id is given', async () => {
    const c = sample()
    const messageId = transitionsOf(c.id)[2]!.message_id
    const flow = (await get(FLOW, flowPath(c.id), { version: 'LIVE', ...RANGE, message_id: messageId })).body as ConversationFlow
    const expected = transitionsOf(c.id).filter((t) => t.message_id === messageId)
    expect(flow.transitions.map((t) => t.id)).toEqual(expected.map((t) => t.id))
    expect(flow.transitions.length).toBeLessThan(transitionsOf(c.id).length)
  })

  it('answers 404 for an unknown conversation, another bot’s, the other version’s, or one outside the range', async () => {
    const c = sample()
    const unknown = await failure(FLOW, flowPath('00000000-0000-4000-8000-000000000000'), { version: 'LIVE', ...RANGE }, 404)
    expect(unknown).toEqual({ code: 5, message: 'conversation 00000000-0000-4000-8000-000000000000 not found', details: [] })
    const otherBot = mine.bot_ids.find((id) => id !== bot)!
    expect((await failure(FLOW, flowPath(c.id, otherBot), { version: 'LIVE', ...RANGE }, 404)).code).toBe(5)
    expect((await failure(FLOW, flowPath(c.id), { version: 'DRAFT', ...RANGE }, 404)).code).toBe(5)
    const later = { start_time: c.ended_at, end_time: '2026-03-09T00:00:00Z' }
    const outside = await failure(FLOW, flowPath(c.id), { version: 'LIVE', ...later }, 404)
    expect(outside).toEqual({ code: 5, message: `conversation ${c.id} not found in [${later.start_time}, ${later.end_time})`, details: [] })
    // The bot is checked first: another team's bot is a 403 whatever the conversation.
    expect((await failure(FLOW, flowPath(c.id, theirs.bot_ids[0]!), { version: 'LIVE', ...RANGE }, 403)).code).toBe(7)
  })
})

describe('GET /v1/teams/{team_id}/conversations', () => {
  const teamPath = (teamId = mine.team_id) => `/v1/teams/${teamId}/conversations`
  const usage = async (query: Record<string, string | undefined>) =>
    ((await get(TEAM, teamPath(), { ...RANGE, bucket: '1d', ...query })).body as { data: SeriesData }).data
  const teamConversations = (start = RANGE.start_time, end = RANGE.end_time) =>
    server.mock.chatlayer.records.conversations.filter(
      (c) => c.team_id === mine.team_id && c.started_at >= start && c.started_at < new Date(end).toISOString(),
    )

  it('counts every bot and version of the team; grouped series add up to the total', async () => {
    const total = await usage({})
    expect(total.series[0]!.sum).toBe(teamConversations().length)
    expect(total.series_labels).toEqual(['total'])
    const grouped = await usage({ group_by: 'bot_id,channel_type' })
    expectGroupsAddUp(grouped, total)
    expectConsistentStats(grouped)
    for (const [k, serie] of grouped.series.entries()) {
      expect(Object.keys(serie.labels)).toEqual(['bot_id', 'channel_type'])
      expect(mine.bot_ids).toContain(serie.labels.bot_id)
      expect(grouped.series_labels[k]).toBe(`${serie.labels.bot_id}, ${serie.labels.channel_type}`)
    }
    const versions = await usage({ group_by: 'bot_version' })
    expect(versions.series.map((s) => s.labels.bot_version).sort()).toEqual(['DRAFT', 'LIVE'])
    expectGroupsAddUp(versions, total)
    const campaigns = await usage({ group_by: 'campaign_source' })
    expectGroupsAddUp(campaigns, total)
  })

  it('takes a monthly bucket: x_values are the 1st of each month', async () => {
    const data = await usage({ bucket: '1m', start_time: '2025-12-01T00:00:00Z', end_time: '2026-03-01T00:00:00Z' })
    expect(data.x_values).toEqual(['2025-12-01T00:00:00Z', '2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z'])
    expect(data.series[0]!.sum).toBe(teamConversations('2025-12-01T00:00:00Z', '2026-03-01T00:00:00Z').length)
  })

  it('refuses another team with 403, an unknown team with 404, and checks bucket and group_by', async () => {
    const query = { ...RANGE, bucket: '1d' }
    expect(await failure(TEAM, teamPath(theirs.team_id), query, 403)).toEqual({
      code: 7,
      message: `permission denied on team ${theirs.team_id}`,
      details: [],
    })
    expect((await failure(TEAM, teamPath('00000000-0000-4000-8000-000000000000'), query, 404)).code).toBe(5)
    expect((await failure(TEAM, teamPath(), { ...RANGE }, 400)).message).toContain('bucket')
    expect((await failure(TEAM, teamPath(), { ...RANGE, bucket: '1h' }, 400)).code).toBe(3)
    expect((await failure(TEAM, teamPath(), { ...RANGE, bucket: '1m' }, 400)).message).toBe(
      `bucket 1m must be smaller than the range [${RANGE.start_time}, ${RANGE.end_time})`,
    )
    const unknownField = await failure(TEAM, teamPath(), { ...query, group_by: 'bot_id,country' }, 400)
    expect(unknownField.code).toBe(3)
    expect(unknownField.message).toContain('group_by')
  })
})

describe('authentication and team scoping', () => {
  const path = () => `/v1/bots/${bot}/conversations`
  const query = { version: 'LIVE', ...RANGE }

  it('answers 401 (code 16) with a Basic challenge without or with wrong credentials', async () => {
    for (const headers of [
      {},
      basic({ token_id: mine.token_id, token_secret: 'wrong' }),
      basic({ token_id: 'nobody', token_secret: mine.token_secret }),
      { Authorization: 'Basic !!!' },
      { Authorization: `Bearer ${mine.token_secret}` },
    ]) {
      const reply = await get(SERIES, path(), query, 401, headers)
      expect(reply.headers.get('www-authenticate')).toBe('Basic realm="chatlayer"')
      expect(reply.body).toMatchObject({ code: 16, details: [] })
    }
  })

  it('shows a token its own team’s bots only: 403 (code 7) for another team’s bot, 404 (code 5) for none', async () => {
    const other = theirs.bot_ids[0]!
    expect(await failure(SERIES, `/v1/bots/${other}/conversations`, query, 403)).toEqual({
      code: 7,
      message: `permission denied on bot ${other}`,
      details: [],
    })
    expect(await failure(INSIGHTS, `/v1/bots/${other}/conversations/insights`, { ...query, stat: 'num_messages' }, 403)).toMatchObject({
      code: 7,
    })
    expect(await failure(SERIES, '/v1/bots/nosuchbot/conversations', query, 404)).toEqual({
      code: 5,
      message: 'bot nosuchbot not found',
      details: [],
    })
    // The other team's token reads its own bot.
    await get(SERIES, `/v1/bots/${other}/conversations`, query, 200, basic(theirs))
  })
})

describe('400 INVALID_ARGUMENT (code 3)', () => {
  const path = () => `/v1/bots/${bot}/conversations`

  it('requires version, one of DRAFT and LIVE', async () => {
    const missing = await failure(SERIES, path(), { ...RANGE }, 400)
    expect(missing.code).toBe(3)
    // grpc-gateway's wording, not pydantic's.
    expect(missing.message).toBe('missing parameter version')
    expect(missing.details).toEqual([])
    expect((await failure(SERIES, path(), { ...RANGE, version: 'BETA' }, 400)).message).toBe(
      'type mismatch, parameter: version, error: "BETA" is not a valid value',
    )
  })

  it('rejects an unreadable time and an empty or inverted range', async () => {
    expect((await failure(SERIES, path(), { version: 'LIVE', start_time: 'yesterday', end_time: RANGE.end_time }, 400)).message).toContain(
      'start_time',
    )
    const inverted = await failure(SERIES, path(), { version: 'LIVE', start_time: RANGE.end_time, end_time: RANGE.start_time }, 400)
    expect(inverted.message).toContain('end_time must be after start_time')
    expect(
      (
        await failure(
          INSIGHTS,
          `${path()}/insights`,
          { version: 'LIVE', stat: 'num_messages', start_time: RANGE.start_time, end_time: RANGE.start_time },
          400,
        )
      ).code,
    ).toBe(3)
  })

  it('rejects a bucket not smaller than the range, an unknown bucket, stat or group_by', async () => {
    const threeDays = { version: 'LIVE', start_time: '2026-03-01T00:00:00Z', end_time: '2026-03-04T00:00:00Z' }
    expect(await failure(SERIES, path(), { ...threeDays, bucket: '1w' }, 400)).toEqual({
      code: 3,
      message: 'bucket 1w must be smaller than the range [2026-03-01T00:00:00Z, 2026-03-04T00:00:00Z)',
      details: [],
    })
    expect((await failure(SERIES, path(), { ...threeDays, end_time: '2026-03-02T00:00:00Z', bucket: '1d' }, 400)).code).toBe(3)
    expect((await failure(SERIES, path(), { ...threeDays, bucket: '1m' }, 400)).message).toContain('bucket')
    expect((await failure(SERIES, path(), { ...threeDays, group_by: 'country' }, 400)).message).toContain('group_by')
    const stat = await failure(INSIGHTS, `${path()}/insights`, { ...threeDays, stat: 'num_users' }, 400)
    expect(stat.code).toBe(3)
    expect(stat.message).toContain('stat')
  })

  it('authenticates before validating', async () => {
    await get(SERIES, path(), {}, 401, {})
  })
})

describe('Prefer: code=<status>', () => {
  const path = () => `/v1/bots/${bot}/conversations`
  const forced = (code: number) => get(SERIES, path(), { version: 'LIVE', ...RANGE }, code, { ...basic(mine), Prefer: `code=${code}` })

  it('gives 401 and 429 with the headers of the real behaviour, other errors from the contract', async () => {
    const unauthorized = await forced(401)
    expect(unauthorized.headers.get('www-authenticate')).toBe('Basic realm="chatlayer"')
    expect(unauthorized.body).toEqual({ code: 16, message: 'invalid credentials', details: [] })
    const limited = await forced(429)
    expect(limited.headers.get('retry-after')).toBe('30')
    expect(limited.body).toEqual({ code: 8, message: 'rate limit exceeded', details: [] })
    expect(((await forced(403)).body as RpcStatus).code).toBe(7)
    expect(((await forced(404)).body as RpcStatus).code).toBe(5)
    expect(((await forced(400)).body as RpcStatus).code).toBe(3)
    // Without credentials too: Prefer comes before authentication.
    const anonymous = await get(SERIES, path(), {}, 429, { Prefer: 'code=429' })
    expect(anonymous.body).toMatchObject({ code: 8 })
  })

  it('answers an undocumented status with a 400 that says so', async () => {
    const reply = await get(SERIES, path(), { version: 'LIVE', ...RANGE }, 400, { ...basic(mine), Prefer: 'code=418' })
    expect(reply.headers.get('x-mock-error')).toBe('prefer-code-not-documented')
    expect(reply.body).toMatchObject({ code: 3 })
  })
})
