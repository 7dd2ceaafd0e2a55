// Sinch Chatlayer records: zod schemas and the @msw/data collections that hold one world.
// Plain data only, no HTTP. Timestamps are ISO 8601 strings in UTC ("2026-03-02T09:15:00.000Z"),
// durations are numbers in the unit their name says.
import { Collection } from '@msw/data'
import * as z from 'zod/mini'

/** Bot versions: DRAFT is the version builders test in the emulator, LIVE the published one. */
const BOT_VERSIONS = ['DRAFT', 'LIVE'] as const
/** The step a conversation moves to when the user leaves without reaching an end (seed 002 of docs/sources.md). */
export const DROPOFF_STEP = { id: 'DROPOFF', type: 'DROPOFF' } as const

const teamSchema = z.object({
  id: z.string(),
  name: z.string(),
})

/** An API token: HTTP Basic `token_id:token_secret`, scoped to the team that created it. */
const apiTokenSchema = z.object({
  token_id: z.string(),
  token_secret: z.string(),
  team_id: z.string(),
})

const botSchema = z.object({
  id: z.string(),
  team_id: z.string(),
  name: z.string(),
})

const conversationSchema = z.object({
  id: z.string(),
  bot_id: z.string(),
  team_id: z.string(),
  bot_version: z.enum(BOT_VERSIONS),
  user_id: z.string(),
  // Plain strings, not enums: filters and group-bys pass values through, and a real workspace can
  // have channels this list does not know.
  channel_type: z.string(),
  language: z.string(),
  /** Marketing campaign that brought the user in (e.g. a WhatsApp template campaign); null when organic. */
  campaign_id: z.nullable(z.string()),
  campaign_source: z.nullable(z.string()),
  started_at: z.string(),
  ended_at: z.string(),
  /** Whole seconds from started_at to ended_at. */
  duration_seconds: z.int(),
  /** User messages plus bot messages (see the generator for how they are counted). */
  num_messages: z.int(),
})

const stepSchema = z.object({
  /** Dialog state id; `DROPOFF` for the virtual step of a user who left. */
  id: z.string(),
  type: z.string(),
})

const transitionSchema = z.object({
  id: z.string(),
  conversation_id: z.string(),
  /** The user message whose processing made the bot move (the flow endpoint filters on it). */
  message_id: z.string(),
  from_step: stepSchema,
  to_step: stepSchema,
  /** Position in the conversation's path: the first transition has depth 1 (the welcome step is depth 0). */
  depth: z.int(),
  timestamp: z.string(),
})

export type Team = z.infer<typeof teamSchema>
export type ApiToken = z.infer<typeof apiTokenSchema>
export type Bot = z.infer<typeof botSchema>
export type Conversation = z.infer<typeof conversationSchema>
export type Step = z.infer<typeof stepSchema>
export type Transition = z.infer<typeof transitionSchema>
export type BotVersion = (typeof BOT_VERSIONS)[number]

/** Plain records of one Chatlayer world, as the generator builds them. */
export interface ChatlayerRecords {
  teams: Team[]
  apiTokens: ApiToken[]
  bots: Bot[]
  conversations: Conversation[]
  transitions: Transition[]
}

export function createChatlayerCollections() {
  return {
    teams: new Collection({ schema: teamSchema }),
    apiTokens: new Collection({ schema: apiTokenSchema }),
    bots: new Collection({ schema: botSchema }),
    conversations: new Collection({ schema: conversationSchema }),
    transitions: new Collection({ schema: transitionSchema }),
  }
}
export type ChatlayerCollections = ReturnType<typeof createChatlayerCollections>
