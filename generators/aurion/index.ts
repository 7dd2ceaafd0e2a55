// Public entry of the AurionAI world generator.
export { DEFAULT_CONVERSATIONS, aurionWorldSteps, buildAurionWorld } from './world.ts'
export { seedAurionCollections } from './seed.ts'
export { worldStart } from './clock.ts'
export { FIRST_RESPONSE_TARGET_MIN, PENDING_AUTO_CLOSE_DAYS, RESOLUTION_TARGET_MIN } from './conversations.ts'
