// The four Chatlayer analytics operations: authorize the bot or team, check the range, compute from the
// indexed world with the pure functions of reports/series.ts.
import {
  BOT_BUCKETS,
  TEAM_GROUP_FIELDS,
  TEAM_BUCKETS,
  conversationFlow,
  conversationSeries,
  insightsSeries,
  parseBucket,
  teamUsageSeries,
  type TeamGroupField,
} from './reports/series.ts'
import { ApiError } from '../core/errors.ts'
import { botOfCaller, teamOfCaller } from './access.ts'
import { defineRoute } from '../core/pipeline.ts'
import { botVersionKey, startedWithin, timeRange, type ChatlayerContext } from './context.ts'

export function analyticsRoutes(context: ChatlayerContext) {
  const { api, index } = context
  const conversationsOf = (botId: string, version: 'DRAFT' | 'LIVE') => index.byBotVersion.get(botVersionKey(botId, version)) ?? []

  return [
    defineRoute(api, 'Analytics_GetConversations', ({ principal, path, query }) => {
      const bot = botOfCaller(index.bots, principal, path.bot_id)
      // The contract's enum already limits bucket to 1h|1d|1w; parseBucket narrows the type.
      const bucket = parseBucket(query.bucket, BOT_BUCKETS) ?? undefined
      const range = timeRange(query, bucket)
      const data = conversationSeries(startedWithin(conversationsOf(bot.id, query.version), range), {
        start: range.startMs,
        end: range.endMs,
        bucket,
        channel_type: query.channel_type,
        language: query.language,
        group_by: query.group_by,
      })
      return { data }
    }),

    defineRoute(api, 'Analytics_GetConversationsInsights', ({ principal, path, query }) => {
      const bot = botOfCaller(index.bots, principal, path.bot_id)
      const range = timeRange(query)
      const data = insightsSeries(startedWithin(conversationsOf(bot.id, query.version), range), {
        start: range.startMs,
        end: range.endMs,
        stat: query.stat,
        channel_type: query.channel_type,
        language: query.language,
      })
      return { data }
    }),

    defineRoute(api, 'Analytics_GetConversationFlow', ({ principal, path, query }) => {
      const bot = botOfCaller(index.bots, principal, path.bot_id)
      const range = timeRange(query)
      const conversation = index.conversations.get(path.conversation_id)
      // Another bot's conversation is as unknown as a missing one: the path names the bot.
      if (!conversation || conversation.bot_id !== bot.id || conversation.bot_version !== query.version) {
        throw new ApiError(404, `conversation ${path.conversation_id} not found`)
      }
      const started = Date.parse(conversation.started_at)
      if (!(started >= range.startMs && started < range.endMs)) {
        throw new ApiError(404, `conversation ${conversation.id} not found in ${range.text}`)
      }
      return conversationFlow(conversation, index.transitions.get(conversation.id) ?? [], query.message_id)
    }),

    defineRoute(api, 'Analytics_GetTeamConversationsUsage', ({ principal, path, query }) => {
      const team = teamOfCaller(index.teams, principal, path.team_id)
      const bucket = parseBucket(query.bucket, TEAM_BUCKETS)
      if (!bucket) throw new ApiError(400, `invalid bucket "${query.bucket}": one of ${TEAM_BUCKETS.join(', ')}`)
      const range = timeRange(query, bucket)
      const data = teamUsageSeries(startedWithin(index.byTeam.get(team.id) ?? [], range), {
        start: range.startMs,
        end: range.endMs,
        bucket,
        group_by: groupFields(query.group_by),
      })
      return { data }
    }),
  ]
}

/** `bot_id,channel_type` -> the fields; the contract's pattern has rejected unknown names already. */
function groupFields(groupBy: string | undefined): TeamGroupField[] | undefined {
  if (groupBy === undefined) return undefined
  const fields: TeamGroupField[] = []
  for (const name of groupBy.split(',')) {
    const field = TEAM_GROUP_FIELDS.find((f) => f === name.trim())
    if (!field) throw new ApiError(400, `invalid group_by "${name}"`)
    fields.push(field)
  }
  return fields
}
