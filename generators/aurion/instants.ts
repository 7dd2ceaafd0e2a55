// The timestamps the index sorts and filters conversations by, kept as the epoch ms the generator computed
// them from. Parsing the ISO strings back costs CPU and memory: the generator's strings share their day and
// time-of-day parts until something reads their characters, and a parse gives each one a private copy
// (~40 bytes per timestamp, four per conversation). A world keeps them beside its records, out of its JSON;
// hand-built worlds have none, and the index parses their strings.
import type { AurionRecords } from './model.ts'

/** Parallel to a list of conversations; NaN where the record has null. */
export interface ConversationInstants {
  readonly created: Float64Array
  readonly updated: Float64Array
  readonly slaFirstResponseDue: Float64Array
  readonly slaResolutionDue: Float64Array
}

/** Room for `count` conversations: created_at from `created` when given, the rest NaN until set. */
export function conversationInstants(count: number, created?: Float64Array): ConversationInstants {
  return {
    created: created ?? new Float64Array(count).fill(Number.NaN),
    updated: new Float64Array(count).fill(Number.NaN),
    slaFirstResponseDue: new Float64Array(count).fill(Number.NaN),
    slaResolutionDue: new Float64Array(count).fill(Number.NaN),
  }
}

/** Concatenates per-tenant instants in the order their conversations were appended to the world. */
export function joinConversationInstants(parts: readonly ConversationInstants[]): ConversationInstants {
  const joined = conversationInstants(parts.reduce((n, part) => n + part.created.length, 0))
  let offset = 0
  for (const part of parts) {
    joined.created.set(part.created, offset)
    joined.updated.set(part.updated, offset)
    joined.slaFirstResponseDue.set(part.slaFirstResponseDue, offset)
    joined.slaResolutionDue.set(part.slaResolutionDue, offset)
    offset += part.created.length
  }
  return joined
}

const byWorld = new WeakMap<AurionRecords, ConversationInstants>()

export function keepConversationInstants(world: AurionRecords, instants: ConversationInstants): void {
  byWorld.set(world, instants)
}

/**
 * The instants of `world.conversations`, or undefined for a world the generator did not build, or whose
 * conversations were changed since (then they would not line up).
 */
export function conversationInstantsOf(world: AurionRecords): ConversationInstants | undefined {
  const instants = byWorld.get(world)
  return instants && instants.created.length === world.conversations.length ? instants : undefined
}
