// The AurionAI API of the mock: world -> collections + index, auth, and every handler.
import { aurionDocument } from '../../contracts/generated/aurion-document.ts'
import { buildAurionWorld, seedAurionCollections } from '../../generators/aurion/index.ts'
import { indexAurionRecords } from './view.ts'
import { seededSecret } from '../../generators/lib/seeded.ts'
import type { Clock } from '../core/clock.ts'
import { compileContract, type CompiledOperation } from '../core/contract.ts'
import { unauthorized } from '../core/credentials.ts'
import { ApiError, fastApiDialect } from '../core/errors.ts'
import type { ApiDefinition } from '../core/pipeline.ts'
import { createWindowLimiter } from '../core/rate-limit.ts'
import { createAurionStateCollections, ROLES, type AurionCollections } from '../../generators/aurion/model.ts'
import { analyticsV2Handlers } from './routes/analytics-v2.ts'
import { API_KEYS_NOT_PERMITTED, apiKeyFor, createAurionAuthenticator, rateLimited, type AurionPrincipal } from './access.ts'
import { createAuditLog } from './audit.ts'
import type { AurionContext } from './context.ts'
import { conversationsHandlers } from './routes/conversations.ts'
import { exportsHandlers } from './exports/routes.ts'
import { SEARCH_LIMIT_PER_MINUTE, SEARCH_RATE_LIMITED, searchHandlers } from './routes/search.ts'
import { voiceHandlers } from './routes/voice.ts'

export interface AurionOptions {
  seed: number
  now: Date
  size: number
  clock: Clock
  timer: () => number
  publicApiKeys: boolean
  /** API-key requests a minute (the documented 300 by default). */
  rateLimit: number
  baseUrl: string
}

export interface AurionCredentials {
  sessions: { tenant_id: string; tenant_name: string; plan: string; profile: string; role: string; token: string }[]
  api_keys: { tenant_id: string; key: string }[]
}

export async function createAurionApi(options: AurionOptions) {
  const records = buildAurionWorld({ seed: options.seed, now: options.now, size: options.size })
  const index = indexAurionRecords(records)
  // The reports read the index; the @msw/data collections (a validated copy of every record) are for
  // callers that query the world, and are filled on first use: at 100,000 conversations the copy costs
  // seconds and hundreds of MB that a server which never queries them should not pay.
  let seeded: Promise<AurionCollections> | undefined
  const collections = () => (seeded ??= seedAurionCollections(records))
  const state = createAurionStateCollections()
  const exportSalts = new Map(records.tenants.map((t) => [t.id, seededSecret(options.seed, `aurion-export-ids:${t.id}`)]))
  const apiKeys = records.tenants.map((tenant) => ({ tenant_id: tenant.id, key: apiKeyFor(options.seed, tenant) }))
  const apiKeyLimiter = createWindowLimiter({ limit: options.rateLimit, windowMs: 60_000, clock: options.clock })

  const api: ApiDefinition<AurionPrincipal> = {
    contract: compileContract(aurionDocument),
    dialect: fastApiDialect,
    baseUrl: options.baseUrl,
    authenticate: createAurionAuthenticator({
      tenants: records.tenants,
      users: records.users,
      apiKeys,
      publicApiKeys: options.publicApiKeys,
      apiKeyLimiter,
    }),
    scenario: (status, op) => forcedError(status, op, options.rateLimit),
  }
  const context: AurionContext = { api, index, state, clock: options.clock, timer: options.timer }
  const audit = createAuditLog(state, options.clock)
  const handlers = [
    ...analyticsV2Handlers(context),
    ...voiceHandlers(context),
    ...searchHandlers(context, audit),
    ...exportsHandlers(context, audit, (tenantId) => exportSalts.get(tenantId) ?? ''),
    ...conversationsHandlers(context),
  ]

  function credentials(): AurionCredentials {
    const sessions: AurionCredentials['sessions'] = []
    for (const tenant of records.tenants) {
      for (const role of ROLES) {
        const user = records.users.find((u) => u.tenant_id === tenant.id && u.role === role)
        if (user) {
          sessions.push({
            tenant_id: tenant.id,
            tenant_name: tenant.name,
            plan: tenant.plan,
            profile: tenant.profile,
            role,
            token: user.session_token,
          })
        }
      }
    }
    // The default tenant first: it is the one a newcomer should try.
    sessions.sort((a, b) => Number(b.tenant_id === index.defaultTenantId) - Number(a.tenant_id === index.defaultTenantId))
    return { sessions, api_keys: apiKeys }
  }

  return { handlers, records, collections, index, state, contract: api.contract, credentials }
}

export type AurionApi = Awaited<ReturnType<typeof createAurionApi>>

/** `Prefer: code=...` answers with the same body and headers the real behaviour gives. */
function forcedError(status: number, op: CompiledOperation, rateLimit: number): Response | undefined {
  const render = (error: ApiError) => fastApiDialect.render(error)
  if (status === 401) return render(unauthorized('Missing authentication credentials'))
  if (status === 403) return render(new ApiError(403, API_KEYS_NOT_PERMITTED))
  if (status === 429) {
    return op.operationId.startsWith('search_calls')
      ? render(rateLimited(SEARCH_RATE_LIMITED, SEARCH_LIMIT_PER_MINUTE, 60))
      : render(rateLimited('API key rate limit exceeded', rateLimit, 60))
  }
  return undefined
}
