// Nebuly records: zod schemas and the @msw/data collections that hold one world.
// Plain data only, no HTTP. Timestamps are ISO 8601 strings in UTC ("2026-03-02T09:15:00.000Z").
import { Collection } from '@msw/data'
import * as z from 'zod/mini'

const USER_FEEDBACKS = ['positive_implicit', 'positive_explicit', 'negative_implicit', 'negative_explicit'] as const

const projectSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** `Authorization: Bearer <api_key>`; the key selects the project (seed 004 of docs/sources.md). */
  api_key: z.string(),
})

const interactionSchema = z.object({
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

export type Project = z.infer<typeof projectSchema>
export type Interaction = z.infer<typeof interactionSchema>
export type UserFeedback = (typeof USER_FEEDBACKS)[number]

/** Plain records of one Nebuly world, as the generator builds them. */
export interface NebulyRecords {
  projects: Project[]
  interactions: Interaction[]
}

export function createNebulyCollections() {
  return {
    projects: new Collection({ schema: projectSchema }),
    interactions: new Collection({ schema: interactionSchema }),
  }
}
export type NebulyCollections = ReturnType<typeof createNebulyCollections>
