// The AurionAI API of the mock: world -> collections + index, auth, and every handler.
import { createRenderedMemo } from '../core/rendered-memo.ts'
import { aurionWorldSteps, seedAurionCollections } from '../../generators/aurion/index.ts'
import { indexAurionRecords } from './view.ts'
import { seededSecret } from '../../generators/lib/seeded.ts'
import type { Clock } from '../core/clock.ts'
import type { CompiledContract } from '../core/contract.ts'
import type { Controls } from '../core/controls.ts'
import { keyHint, type Caller } from '../core/journal.ts'
import { fastApiDialect } from '../core/errors.ts'
import { createWindowLimiter } from '../core/rate-limit.ts'
import type { StateStore } from '../core/state-store.ts'
import { ROLES, type AurionCollections, type ExportRecord, type User } from '../../generators/aurion/model.ts'
import { analyticsV2Routes } from './routes/analytics-v2.ts'
import { API_KEY_RATE_LIMIT, apiKeyFor, createAurionAuthenticator, forcedError } from './access.ts'
import { AUDIT_LOG_LIMIT, createAuditLog } from './audit.ts'
import type { AurionContext } from './context.ts'
import { conversationsRoutes } from './routes/conversations.ts'
import type { YieldTurn } from '../lib/steps.ts'
import { exportsRoutes } from './exports/routes.ts'
import { memoryExportStore } from './exports/store.ts'
import { createLazyAurionState } from './state.ts'
import { searchRoutes } from './routes/search.ts'
import { voiceRoutes } from './routes/voice.ts'

export interface AurionOptions {
  seed: number
  now: Date
  size: number
  clock: Clock
  /** Given only with measured timings (see aurion-aggregation-health.ts). */
  timer: (() => number) | undefined
  publicApiKeys: boolean
  /** API-key requests per window (the contract's ApiKey `x-rate-limit`: 300 a minute by default). */
  rateLimit: number
  baseUrl: string
  /** The compiled aurion.yaml (createMock compiles it before any world is built). */
  contract: CompiledContract
  controls?: Controls
  /** Where rate-limit windows are counted, exports and the audit log kept (default: memory). */
  limits?: StateStore
  /** Called between the slices of an export download (default: a macrotask once 5 ms of work have passed). */
  yieldTurn?: YieldTurn | undefined
  /** Keep rendered report bodies for repeated requests (rendered-memo.ts). */
  reportCache: boolean
}

export interface AurionCredentials {
  sessions: { tenant_id: string; tenant_name: string; plan: string; profile: string; role: string; token: string }[]
  api_keys: { tenant_id: string; key: string }[]
}

/** The API built in steps: the world's (see aurionWorldSteps), then the index, so a browser can pause between them. */
export function* aurionApiSteps(options: AurionOptions) {
  const records = yield* aurionWorldSteps({ seed: options.seed, now: options.now, size: options.size })
  yield
  const index = indexAurionRecords(records)
  // The reports read the index; the @msw/data collections (a validated copy of every record) are for
  // callers that query the world, and are filled on first use: at 100,000 conversations the copy costs
  // seconds and hundreds of MB that a server which never queries them should not pay.
  let seeded: Promise<AurionCollections> | undefined
  const collections = () => (seeded ??= seedAurionCollections(records))
  // Exports and the audit log: their collections (and @msw/data) are created by the first export or search.
  const { state, load: loadState, clear: clearState } = createLazyAurionState()
  const exportSalts = new Map(records.tenants.map((t) => [t.id, seededSecret(options.seed, `aurion-export-ids:${t.id}`)]))
  const apiKeys = records.tenants.map((tenant) => ({ tenant_id: tenant.id, key: apiKeyFor(options.seed, tenant) }))
  const apiKeyLimiter = createWindowLimiter({
    limit: options.rateLimit,
    windowMs: API_KEY_RATE_LIMIT['window-seconds'] * 1000,
    clock: options.clock,
    state: options.limits,
    name: 'api-key',
  })

  const api: AurionContext['api'] = {
    contract: options.contract,
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
    name: 'aurion',
    controls: options.controls,
    describeCaller: (p) => (p.user ? sessionCaller(p.user) : { account: p.tenant.id, key_id: keyHint(p.actorId.replace(/^key:/, '')) }),
  }
  // One frozen caller per user, shared by the journal entries of that user's requests.
  const callers = new WeakMap<User, Caller>()
  function sessionCaller(user: User): Caller {
    let caller = callers.get(user)
    if (!caller) {
      caller = Object.freeze({ account: user.tenant_id, role: user.role })
      callers.set(user, caller)
    }
    return caller
  }
  const restores: (() => void)[] = []
  const memo = options.reportCache ? createRenderedMemo() : undefined
  if (memo) restores.push(() => memo.clear())
  const context: AurionContext = {
    api,
    index,
    clock: options.clock,
    limits: options.limits,
    timer: options.timer,
    onReset: (r) => restores.push(r),
    memo,
  }
  const audit = createAuditLog(loadState, options.clock, options.limits?.log?.('audit', AUDIT_LOG_LIMIT))
  const exportStore = options.limits?.records?.<ExportRecord>('exports') ?? memoryExportStore(loadState, context.onReset)
  const routes = [
    ...analyticsV2Routes(context),
    ...voiceRoutes(context),
    ...searchRoutes(context, audit),
    ...exportsRoutes(context, audit, (tenantId) => exportSalts.get(tenantId) ?? '', exportStore, options.yieldTurn),
    ...conversationsRoutes(context),
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

  /** Exports, audit log and rate-limit windows as they were when the mock started. */
  function reset(): void {
    clearState()
    audit.reset()
    apiKeyLimiter.reset()
    for (const restore of restores) restore()
  }

  return { routes, records, collections, index, state, audit, contract: api.contract, credentials, reset }
}

export type AurionApi = ReturnType<typeof aurionApiSteps> extends Generator<unknown, infer T> ? T : never
