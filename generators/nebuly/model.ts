// Nebuly records: their types (from the zod schemas in collections.ts, loaded on first use) and constants.
// Plain data only, no HTTP. Timestamps are ISO 8601 strings in UTC ("2026-03-02T09:15:00.000Z").
import type * as z from 'zod/mini'
import type { createNebulyCollections, interactionSchema, projectSchema } from './collections.ts'

export const USER_FEEDBACKS = ['positive_implicit', 'positive_explicit', 'negative_implicit', 'negative_explicit'] as const

export type Project = z.infer<typeof projectSchema>
export type Interaction = z.infer<typeof interactionSchema>
export type UserFeedback = (typeof USER_FEEDBACKS)[number]

/** Plain records of one Nebuly world, as the generator builds them. */
export interface NebulyRecords {
  projects: Project[]
  interactions: Interaction[]
}

export type NebulyCollections = ReturnType<typeof createNebulyCollections>
