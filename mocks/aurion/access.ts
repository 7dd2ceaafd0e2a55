// AurionAI access control as seed 001 documents it (docs/sources.md), every 401/403/429 of the API in one
// file: dashboard sessions with the roles each operation declares in the contract (`x-roles`), the
// Professional plan requirement, X-API-Key (403 in the preview; the documented future contract when
// `publicApiKeys` is on: the ApiKey scheme's `x-rate-limit`, and never on the operations whose `security`
// leaves the scheme out), the operations' own limits (`x-rate-limit`: the phone search) and the errors
// `Prefer: code=` forces.
import { aurionRuntime } from '../../contracts/generated/aurion-runtime.ts'
import type { RateLimitExtension } from '../../contracts/openapi.ts'
import type { Clock } from '../core/clock.ts'
import type { CompiledOperation } from '../core/contract.ts'
import { bearerToken, unauthorized } from '../core/credentials.ts'
import { ApiError, fastApiDialect } from '../core/errors.ts'
import type { AuthResult } from '../core/pipeline.ts'
import type { StateStore } from '../core/state-store.ts'
import { createWindowLimiter, type RateLimitDecision, type WindowLimiter } from '../core/rate-limit.ts'
import type { Plan, Tenant, User } from '../../generators/aurion/model.ts'
import { seededSecret } from '../../generators/lib/seeded.ts'

export interface AurionPrincipal {
  tenant: Tenant
  /** The session's user; null for an API key. */
  user: User | null
  /** Who the per-user limits (phone search) count against. */
  actorId: string
  via: 'session' | 'api_key'
}

export interface AurionAuthOptions {
  tenants: readonly Tenant[]
  users: readonly User[]
  apiKeys: readonly { tenant_id: string; key: string }[]
  /** Off: an API key gets 403 (the preview). On: keys are accepted on read operations, rate-limited. */
  publicApiKeys: boolean
  apiKeyLimiter: WindowLimiter
}

/** The contract's name of the X-API-Key scheme. */
const API_KEY_SCHEME = 'ApiKey'

function apiKeyRateLimit(): RateLimitExtension {
  const rule = aurionRuntime.components?.securitySchemes?.[API_KEY_SCHEME]?.['x-rate-limit']
  if (!rule) throw new Error(`contracts/aurion.yaml: the ${API_KEY_SCHEME} security scheme declares no x-rate-limit`)
  return rule
}

/** Requests per key and window when API keys are accepted; the mock's `rateLimit` option overrides `limit`. */
export const API_KEY_RATE_LIMIT = apiKeyRateLimit()
const PLANS_WITH_ANALYTICS: readonly Plan[] = ['professional', 'enterprise']

const API_KEYS_NOT_PERMITTED = 'API keys are not permitted for this endpoint'

function rateLimited(detail: string, limit: number, retryAfterSeconds: number): ApiError {
  return new ApiError(429, detail, {
    fields: { limit },
    headers: {
      'Retry-After': String(retryAfterSeconds),
      'X-RateLimit-Limit': String(limit),
      'X-RateLimit-Remaining': '0',
    },
  })
}

/**
 * The operation's own limit (its `x-rate-limit`) per actor, on the mock clock: `consume(actorId)` counts a
 * request and throws the 429 once the window is full. Owned by one mock: each createMock() starts afresh.
 */
export function createOperationLimit(op: CompiledOperation, clock: Clock, state?: StateStore) {
  const rule = op.rateLimit
  if (!rule) throw new Error(`${op.operationId} declares no x-rate-limit in the contract`)
  const limiter = createWindowLimiter({
    limit: rule.limit,
    windowMs: rule['window-seconds'] * 1000,
    clock,
    state,
    name: op.operationId,
  })
  return {
    /** One request of `actorId`: its decision, or the contract's 429 thrown. */
    async consume(actorId: string): Promise<RateLimitDecision> {
      const decision = await limiter.consume(actorId)
      if (!decision.allowed) throw rateLimited(rule.detail, decision.limit, decision.retryAfterSeconds)
      return decision
    },
    reset: () => limiter.reset(),
  }
}

/** `Prefer: code=...` answers with the same body and headers the real behaviour gives. */
export function forcedError(status: number, op: CompiledOperation, apiKeyLimit: number): Response | undefined {
  const render = (error: ApiError) => fastApiDialect.render(error)
  if (status === 401) return render(unauthorized('Missing authentication credentials'))
  if (status === 403) return render(new ApiError(403, API_KEYS_NOT_PERMITTED))
  if (status === 429) {
    const rule = op.rateLimit
    return rule
      ? render(rateLimited(rule.detail, rule.limit, rule['window-seconds']))
      : render(rateLimited(API_KEY_RATE_LIMIT.detail, apiKeyLimit, API_KEY_RATE_LIMIT['window-seconds']))
  }
  return undefined
}

export function createAurionAuthenticator(options: AurionAuthOptions) {
  const tenantsById = new Map(options.tenants.map((t) => [t.id, t]))
  const usersByToken = new Map(options.users.map((u) => [u.session_token, u]))
  const tenantByKey = new Map(options.apiKeys.map((k) => [k.key, k.tenant_id]))

  function checkPlan(tenant: Tenant) {
    if (!PLANS_WITH_ANALYTICS.includes(tenant.plan)) {
      throw new ApiError(403, `Analytics requires the Professional plan or higher (current plan: ${tenant.plan})`)
    }
  }

  async function viaApiKey(key: string, op: CompiledOperation): Promise<AuthResult<AurionPrincipal>> {
    if (!options.publicApiKeys) throw new ApiError(403, API_KEYS_NOT_PERMITTED)
    const tenant = tenantsById.get(tenantByKey.get(key) ?? '')
    if (!tenant) throw unauthorized('Invalid API key')
    // Export create/list stay a dashboard feature: their `security` has no API key.
    if (!op.schemes.includes(API_KEY_SCHEME)) throw new ApiError(403, API_KEYS_NOT_PERMITTED)
    checkPlan(tenant)
    const decision = await options.apiKeyLimiter.consume(key)
    if (!decision.allowed) throw rateLimited(API_KEY_RATE_LIMIT.detail, decision.limit, decision.retryAfterSeconds)
    return {
      principal: { tenant, user: null, actorId: `key:${key}`, via: 'api_key' },
      headers: { 'X-RateLimit-Limit': String(decision.limit), 'X-RateLimit-Remaining': String(decision.remaining) },
    }
  }

  return async function authenticate(request: Request, op: CompiledOperation): Promise<AuthResult<AurionPrincipal>> {
    const apiKey = request.headers.get('x-api-key')
    if (apiKey !== null) return viaApiKey(apiKey.trim(), op)

    const authorization = request.headers.get('authorization')
    if (!authorization) throw unauthorized('Missing authentication credentials')
    const token = bearerToken(authorization)
    if (!token) throw unauthorized('Invalid authentication credentials')
    const user = usersByToken.get(token)
    const tenant = user ? tenantsById.get(user.tenant_id) : undefined
    if (!user || !tenant) throw unauthorized('Invalid or expired session')

    const allowed = op.roles ?? []
    if (!allowed.includes(user.role)) {
      throw new ApiError(403, `Role '${user.role}' is not allowed; required role: one of ${allowed.join(', ')}`)
    }
    checkPlan(tenant)
    return { principal: { tenant, user, actorId: `user:${user.id}`, via: 'session' } }
  }
}

/** The tenant's public API key: deterministic, so a restarted mock keeps its credentials. */
export function apiKeyFor(seed: number, tenant: Tenant): string {
  return `itsm_sk_live_${seededSecret(seed, `aurion-api-key:${tenant.id}`, 32)}`
}
