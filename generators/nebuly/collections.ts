// Nebuly records as zod (mini) schemas, and the @msw/data collections that hold one world. Imported on first
// use only (world.ts): a page or server that never queries collections never loads zod or @msw/data.
// model.ts has the types.
import { Collection } from '@msw/data'
import * as z from 'zod/mini'
import { USER_FEEDBACKS } from './model.ts'

export const projectSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** `Authorization: Bearer <api_key>`; the key selects the project (seed 004 of docs/sources.md). */
  api_key: z.string(),
})

export const interactionSchema = z.object({
  id: z.string(),
  project_id: z.string(),
  timestamp: z.string(),
  /** The end user's id as the customer's app sends it (recurring: users come back). */
  end_user: z.string(),
  /** Interactions of one chat session share it. */
  conversation_id: z.string(),
  user_intent: z.string(),
  /** Why the user is unhappy, when Nebuly detected it ("Complain about delivery delay"); usually null. */
  negative_user_intent: z.nullable(z.string()),
  topic: z.string(),
  keywords: z.array(z.string()),
  /** Category of what went wrong in the answer; null when nothing did. */
  type_of_problem: z.nullable(z.string()),
  user_feedback: z.nullable(z.enum(USER_FEEDBACKS)),
  /** Customer-defined tags, key -> value ({ plan: 'pro', region: 'eu' }). */
  tags: z.record(z.string(), z.string()),
  data_source: z.string(),
  language: z.string(),
  /** The user query contained personal data. */
  pii: z.boolean(),
  user_query: z.string(),
  /** LLM cost of the interaction in USD. */
  cost: z.number(),
  latency_seconds: z.number(),
  /** Month the end user was first seen in the project, "YYYY-MM". */
  cohort: z.string(),
})

export function createNebulyCollections() {
  return {
    projects: new Collection({ schema: projectSchema }),
    interactions: new Collection({ schema: interactionSchema }),
  }
}
