// The Sinch Chatlayer Analytics API of the mock: world -> index, Basic auth, the four handlers.
import { chatlayerWorldSteps, seedChatlayerCollections } from '../../generators/chatlayer/world.ts'
import { indexTransitionsByConversation } from './reports/series.ts'
import type { Clock } from '../core/clock.ts'
import type { Controls } from '../core/controls.ts'
import type { CompiledContract } from '../core/contract.ts'
import { ApiError, grpcGatewayDialect } from '../core/errors.ts'
import type { ChatlayerCollections } from '../../generators/chatlayer/model.ts'
import { analyticsRoutes } from './routes.ts'
import { createChatlayerAuthenticator, unauthenticated } from './access.ts'
import { indexChatlayerRecords, type ChatlayerContext } from './context.ts'

export interface ChatlayerOptions {
  seed: number
  now: Date
  /** Conversations of the whole world (every team), independent of AurionAI's size. */
  size: number
  /** Unused today (no Chatlayer behaviour depends on time); kept so every API gets the same inputs. */
  clock: Clock
  baseUrl: string
  /** The compiled chatlayer.yaml (createMock compiles it before any world is built). */
  contract: CompiledContract
  controls?: Controls
}

export interface ChatlayerCredentials {
  tokens: {
    team_id: string
    token_id: string
    token_secret: string
    bot_ids: string[]
    /** The latest conversations of each bot: ids to try the flow endpoint with (the API lists none). */
    conversations: { id: string; bot_id: string; version: string; started_at: string; message_ids: string[] }[]
  }[]
}

const SAMPLE_CONVERSATIONS_PER_BOT = 3

/** Retry-After of a forced 429 (the vendor documents no limit; the contract's example says 30 s). */
const CHATLAYER_RETRY_AFTER_SECONDS = 30

/** The API built in steps (the world's, then one for its index), so that requests are answered meanwhile. */
export function* chatlayerApiSteps(options: ChatlayerOptions) {
  const records = yield* chatlayerWorldSteps({ seed: options.seed, now: options.now, size: options.size })
  yield
  const transitions = indexTransitionsByConversation(records.transitions)
  yield
  const index = indexChatlayerRecords(records, transitions)
  yield
  // Filled on first use, as for AurionAI (docs/decisions/0002): the reports read the index.
  let seeded: Promise<ChatlayerCollections> | undefined
  const collections = () => (seeded ??= seedChatlayerCollections(records))

  const api: ChatlayerContext['api'] = {
    contract: options.contract,
    dialect: grpcGatewayDialect,
    baseUrl: options.baseUrl,
    authenticate: createChatlayerAuthenticator({ tokens: records.apiTokens, teams: records.teams }),
    scenario: forcedError,
    name: 'chatlayer',
    controls: options.controls,
    describeCaller: (p) => ({ account: p.team.id, key_id: p.token.token_id }),
  }
  const context: ChatlayerContext = { api, index }
  const routes = analyticsRoutes(context)

  function latestConversations(botId: string) {
    return records.conversations
      .filter((c) => c.bot_id === botId)
      .sort((a, b) => b.started_at.localeCompare(a.started_at) || a.id.localeCompare(b.id))
      .slice(0, SAMPLE_CONVERSATIONS_PER_BOT)
      .map((c) => ({
        id: c.id,
        bot_id: c.bot_id,
        version: c.bot_version,
        started_at: c.started_at,
        message_ids: [...new Set((index.transitions.get(c.id) ?? []).map((t) => t.message_id))],
      }))
  }

  function credentials(): ChatlayerCredentials {
    return {
      tokens: records.apiTokens.map((t) => ({
        team_id: t.team_id,
        token_id: t.token_id,
        token_secret: t.token_secret,
        bot_ids: records.bots.filter((b) => b.team_id === t.team_id).map((b) => b.id),
        conversations: records.bots.filter((b) => b.team_id === t.team_id).flatMap((b) => latestConversations(b.id)),
      })),
    }
  }

  return { routes, records, collections, index, contract: api.contract, credentials }
}

export type ChatlayerApi = ReturnType<typeof chatlayerApiSteps> extends Generator<unknown, infer T> ? T : never

/** `Prefer: code=...` with the body and headers of the real behaviour; other statuses use the contract's examples. */
function forcedError(status: number): Response | undefined {
  if (status === 401) return grpcGatewayDialect.render(unauthenticated('invalid credentials'))
  if (status === 429) {
    return grpcGatewayDialect.render(
      new ApiError(429, 'rate limit exceeded', { headers: { 'Retry-After': String(CHATLAYER_RETRY_AFTER_SECONDS) } }),
    )
  }
  return undefined
}
