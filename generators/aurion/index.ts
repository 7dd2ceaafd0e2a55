// Public entry of the AurionAI world generator.
export { DEFAULT_CONVERSATIONS, buildAurionWorld } from './world.ts'
export type { AurionWorldOptions } from './world.ts'
export { RECORD_KINDS, seedAurionCollections } from './seed.ts'
export type { RecordKind, SeedOptions } from './seed.ts'
export { HISTORY_MONTHS, worldStart } from './clock.ts'
export { AT_RISK_SHARE, FIRST_RESPONSE_TARGET_MIN, PENDING_AUTO_CLOSE_DAYS, RESOLUTION_TARGET_MIN } from './conversations.ts'
export { TENANT_PLANS } from './tenants.ts'
export { TOPICS } from './catalog.ts'
