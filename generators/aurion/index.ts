// Public entry of the AurionAI world generator.
export { DEFAULT_CONVERSATIONS, buildAurionWorld } from './world.ts'

export { seedAurionCollections } from './seed.ts'

export { SPAN_DAYS } from './clock.ts'
export { FIRST_RESPONSE_TARGET_MIN, RESOLUTION_TARGET_MIN } from './conversations.ts'
