// Sinch Chatlayer records: their types (from the zod schemas in collections.ts, loaded on first use) and constants.
// Plain data only, no HTTP. Timestamps are ISO 8601 strings in UTC ("2026-03-02T09:15:00.000Z"),
// durations are numbers in the unit their name says.
import type * as z from 'zod/mini'
import type {
  apiTokenSchema,
  botSchema,
  conversationSchema,
  createChatlayerCollections,
  stepSchema,
  teamSchema,
  transitionSchema,
} from './collections.ts'

/** Bot versions: DRAFT is the version builders test in the emulator, LIVE the published one. */
export const BOT_VERSIONS = ['DRAFT', 'LIVE'] as const
/** The step a conversation moves to when the user leaves without reaching an end (seed 002 of docs/sources.md). */
export const DROPOFF_STEP = { id: 'DROPOFF', type: 'DROPOFF' } as const

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

export type ChatlayerCollections = ReturnType<typeof createChatlayerCollections>
