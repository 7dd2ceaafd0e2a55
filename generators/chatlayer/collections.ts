// Sinch Chatlayer records as zod (mini) schemas, and the @msw/data collections that hold one world. Imported
// on first use only (world.ts): a page or server that never queries collections never loads zod or @msw/data.
// model.ts has the types.
import { Collection } from '@msw/data'
import * as z from 'zod/mini'
import { BOT_VERSIONS } from './model.ts'

export const teamSchema = z.object({
  id: z.string(),
  name: z.string(),
})

/** An API token: HTTP Basic `token_id:token_secret`, scoped to the team that created it. */
export const apiTokenSchema = z.object({
  token_id: z.string(),
  token_secret: z.string(),
  team_id: z.string(),
})

export const botSchema = z.object({
  id: z.string(),
  team_id: z.string(),
  name: z.string(),
})

export const conversationSchema = z.object({
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

export const stepSchema = z.object({
  /** Dialog state id; `DROPOFF` for the virtual step of a user who left. */
  id: z.string(),
  type: z.string(),
})

export const transitionSchema = z.object({
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

export function createChatlayerCollections() {
  return {
    teams: new Collection({ schema: teamSchema }),
    apiTokens: new Collection({ schema: apiTokenSchema }),
    bots: new Collection({ schema: botSchema }),
    conversations: new Collection({ schema: conversationSchema }),
    transitions: new Collection({ schema: transitionSchema }),
  }
}
