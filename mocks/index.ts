// Public entry of the kit: createMock() builds the seeded worlds of all three APIs and one route per
// operation. `mock.fetch(request)` answers any request (a compiled router picks the route); the MSW
// handlers (setupWorker, setupServer) and the Node server (server/) run the same routes, so every entry
// gives the same bytes. Nothing here imports Node: it all runs in a browser.
import type { HttpHandler } from 'msw'
import { DEFAULT_CONVERSATIONS } from '../generators/aurion/index.ts'
import { DEFAULT_CONVERSATIONS as DEFAULT_CHATLAYER_CONVERSATIONS } from '../generators/chatlayer/world.ts'
import { DEFAULT_INTERACTIONS as DEFAULT_NEBULY_INTERACTIONS } from '../generators/nebuly/world.ts'
import { aurionApiSteps, type AurionApi, type AurionCredentials } from './aurion/index.ts'
import { API_KEY_RATE_LIMIT } from './aurion/access.ts'
import { createClock, currentMinute, type Clock } from './core/clock.ts'
import { createChatlayerApi, type ChatlayerApi, type ChatlayerCredentials } from './chatlayer/index.ts'
import { createNebulyApi, type NebulyApi, type NebulyCredentials } from './nebuly/index.ts'
import { mswHandler } from './core/msw-handlers.ts'
import type { Answer, MockRequest, OperationRoute } from './core/pipeline.ts'
import { compileContract } from './core/contract.ts'
import { aurionRuntime } from '../contracts/generated/aurion-runtime.ts'
import { chatlayerRuntime } from '../contracts/generated/chatlayer-runtime.ts'
import { nebulyRuntime } from '../contracts/generated/nebuly-runtime.ts'
import { createMockRouter } from './core/router.ts'
import { createControls, type UnroutedExchange } from './core/controls.ts'
import type { Sleep } from './core/delay.ts'
import type { StateStore } from './core/state-store.ts'
import type { Journal, JournalEntry } from './core/journal.ts'
import type { ScenarioStore, ServedOperation } from './core/scenarios.ts'
import { lazySteps } from './lib/lazy.ts'
import { budgetedTurns } from './lib/steps.ts'

export interface MockOptions {
  /** Seed of every generated world (default 42). */
  seed?: number
  /** The instant the worlds end at (default: the clock's now, else the current minute). */
  now?: Date
  /**
   * Conversations of the default AurionAI tenant over the 13 calendar months before `now` (default 14,000:
   * about 35 a day). Other tenants and calls are shares of it.
   */
  size?: number
  /**
   * Chatlayer conversations of the whole world, every team (default 3000). Separate from `size`: AurionAI
   * may be sized at 100,000 for load tests without making the other worlds that big.
   */
  chatlayerConversations?: number
  /** Nebuly interactions of the whole world, every project (default 3000). */
  nebulyInteractions?: number
  /** The mock's clock; a still clock at `now` by default. Tests advance it instead of sleeping. */
  clock?: Clock
  /**
   * Report aggregation health as real measured run times instead of the deterministic model (default false:
   * modelled from the rows scanned, so the same seed gives the same bytes).
   */
  measuredTimings?: boolean
  /** Milliseconds from a monotonic source for measured timings (default performance.now). */
  timer?: () => number
  /**
   * Keep the rendered bodies of AurionAI analytics reports for repeated identical requests (default true):
   * the same tenant, filters and range get the body rendered before, while authentication, rate limits, QA
   * controls and the journal still run per request. Bounded (256 bodies, 8 Mi characters), emptied by
   * reset(); a clock move that changes the range is another request. False renders every answer afresh.
   */
  reportCache?: boolean
  /** Accept AurionAI `X-API-Key` on read operations: the documented future contract (default false: 403). */
  publicApiKeys?: boolean
  /** AurionAI API-key requests a minute when publicApiKeys is on (default: the contract's, 300). */
  rateLimit?: number
  /** `*` (any origin, default) or an origin the handlers are bound to, e.g. `https://apps.aurionai.net`. */
  baseUrl?: string
  /** Requests the journal keeps, newest first out of a ring (default 1,000). */
  journalSize?: number
  /** Called with every journal entry as it is recorded (the server prints one line per request). */
  onRequest?: (entry: JournalEntry) => void
  /** How delays and the `timeout` fault wait (default: real time). Tests inject one. */
  sleep?: Sleep
  /** How long the `timeout` fault holds a request before dropping it (default and maximum 30,000 ms). */
  faultTimeoutMs?: number
  /**
   * Where rate-limit windows and scenario countdowns are counted (default: this process's memory). The
   * server injects a Redis store (server/redis-state.ts) so that replicas behind a load balancer count as one.
   */
  state?: StateStore
  /**
   * Called between the slices of long work (an export download redacts and renders a slice of rows or a
   * PDF page at a time; a lazy mock builds a world a tenant's part at a time). Default: a macrotask once
   * 5 ms of work have passed. Tests inject one to act while a render or a build is paused.
   */
  yieldTurn?: () => Promise<void>
}

export interface ResolvedMockOptions {
  seed: number
  now: Date
  size: number
  chatlayerConversations: number
  nebulyInteractions: number
  publicApiKeys: boolean
  rateLimit: number
  baseUrl: string
  measuredTimings: boolean
  reportCache: boolean
}

export interface Credentials {
  aurion: AurionCredentials
  chatlayer: ChatlayerCredentials
  nebuly: NebulyCredentials
}

export interface OperationSummary {
  api: ApiName
  operationId: string
  method: string
  path: string
}

export interface Mock {
  options: ResolvedMockOptions
  clock: Clock
  /** The kit's entry: any request in, the operation's answer out (404 `{"detail":"Not Found"}` when none). */
  fetch(request: Request): Promise<Response>
  /**
   * What `fetch` answers, before it becomes a Response (undefined when no operation matches): for adapters
   * that write the bytes themselves, such as the Node server.
   */
  answer(request: MockRequest): Promise<Answer | undefined>
  /**
   * For such adapters, a request `answer` did not route: `finish(status)` journals it, with the status the
   * adapter answered (`fetch` does this itself).
   */
  unrouted(request: MockRequest): UnroutedExchange
  /** One MSW handler per operation, running the same pipeline (override one with `server.use()`). */
  handlers: HttpHandler[]
  aurion: AurionApi
  chatlayer: ChatlayerApi
  nebuly: NebulyApi
  credentials(): Credentials
  /**
   * Builds these APIs' worlds (default: every API) giving the event loop a turn every few milliseconds, so a
   * page stays responsive; then `credentials()`, `mock.aurion` and requests need no build. Reading them
   * first builds the world in one go instead (createMock has built every world before it resolves).
   */
  ready(...apis: ApiName[]): Promise<void>
  operations(): OperationSummary[]
  /** Sticky scenarios: `mock.scenarios.add({ match, respond, times })`, `mock.scenarios.preset('outage')`. */
  scenarios: ScenarioStore
  /** What the mock received: `mock.journal.list({ operation, status, since, limit })`. */
  journal: Journal
  /** Back to the state the mock started with: clock, exports and audit, rate-limit windows, scenarios, journal. */
  reset(): void
}

/** Ends the current task: in a browser each world is built in its own task, so the page can paint between them. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

export const API_NAMES = ['aurion', 'chatlayer', 'nebuly'] as const
export type ApiName = (typeof API_NAMES)[number]

export async function createMock(options: MockOptions = {}): Promise<Mock> {
  const mock = createLazyMock(options)
  for (const [i, name] of API_NAMES.entries()) {
    if (i > 0) await nextTask()
    mock[name].routes // builds the world now, so no request waits for it
  }
  return mock
}

/**
 * createMock without building a world: each API's world is built on its first use (a request routed to it,
 * its credentials, `mock.aurion`), so no single task builds all three. Only the APIs in `routed` get routes
 * and MSW handlers (the browser helper mocks some and lets the others go to the network).
 */
export function createLazyMock(options: MockOptions = {}, routed: readonly ApiName[] = API_NAMES): Mock {
  const now = options.now ?? options.clock?.now() ?? currentMinute()
  const resolved: ResolvedMockOptions = {
    seed: options.seed ?? 42,
    now,
    size: options.size ?? DEFAULT_CONVERSATIONS,
    chatlayerConversations: options.chatlayerConversations ?? DEFAULT_CHATLAYER_CONVERSATIONS,
    nebulyInteractions: options.nebulyInteractions ?? DEFAULT_NEBULY_INTERACTIONS,
    publicApiKeys: options.publicApiKeys ?? false,
    rateLimit: options.rateLimit ?? API_KEY_RATE_LIMIT.limit,
    baseUrl: options.baseUrl ?? '*',
    measuredTimings: options.measuredTimings ?? false,
    reportCache: options.reportCache ?? true,
  }
  const clock = options.clock ?? createClock(now)
  const timer = options.timer ?? (() => performance.now())
  const served = new Map<string, ServedOperation>()
  const controls = createControls({
    seed: resolved.seed,
    clock,
    timer,
    sleep: options.sleep,
    faultTimeoutMs: options.faultTimeoutMs,
    journalSize: options.journalSize,
    onRequest: options.onRequest,
    operations: () => served,
    state: options.state,
  })
  const contracts = {
    aurion: compileContract(aurionRuntime),
    chatlayer: compileContract(chatlayerRuntime),
    nebuly: compileContract(nebulyRuntime),
  }
  const world = { seed: resolved.seed, now, clock, baseUrl: resolved.baseUrl, controls }
  const turn = () => options.yieldTurn ?? budgetedTurns(timer)
  const apis = {
    // Aggregation health reads a timer only with measured timings; otherwise its figures are modelled.
    aurion: lazySteps(
      () =>
        aurionApiSteps({
          ...resolved,
          clock,
          timer: resolved.measuredTimings ? timer : undefined,
          contract: contracts.aurion,
          controls,
          limits: options.state,
          yieldTurn: options.yieldTurn,
        }),
      turn,
    ),
    // A turn, then the whole world: theirs are a fraction of AurionAI's.
    chatlayer: lazySteps(function* () {
      yield
      return createChatlayerApi({ ...world, size: resolved.chatlayerConversations, contract: contracts.chatlayer })
    }, turn),
    nebuly: lazySteps(function* () {
      yield
      return createNebulyApi({ ...world, size: resolved.nebulyInteractions, contract: contracts.nebuly })
    }, turn),
  }

  for (const name of API_NAMES) for (const op of contracts[name].operations.values()) served.set(op.operationId, { api: name, op })
  // One route per operation up front; a request that finds the API's world not built yet waits while it is
  // built in short turns (ready), then runs the API's own route.
  const routes = routed.flatMap((name) => {
    let byOperation: Map<string, OperationRoute> | undefined
    const routeOf = (api: { routes: OperationRoute[] }, operationId: string) => {
      byOperation ??= new Map(api.routes.map((route) => [route.op.operationId, route]))
      const route = byOperation.get(operationId)
      if (!route) throw new Error(`no route serves ${operationId}`)
      return route
    }
    return [...contracts[name].operations.values()].map(
      (op): OperationRoute => ({
        op,
        origin: resolved.baseUrl,
        answer: (request, url, params) => {
          const api = apis[name].peek()
          if (api) return routeOf(api, op.operationId).answer(request, url, params)
          return apis[name].ready().then((built) => routeOf(built, op.operationId).answer(request, url, params))
        },
      }),
    )
  })
  const router = createMockRouter(routes, controls)
  return {
    options: resolved,
    clock,
    fetch: router.fetch,
    answer: router.answer,
    unrouted: (request) => controls.unrouted(request, new URL(request.url)),
    handlers: routes.map(mswHandler),
    get aurion() {
      return apis.aurion.get()
    },
    get chatlayer() {
      return apis.chatlayer.get()
    },
    get nebuly() {
      return apis.nebuly.get()
    },
    credentials: () => ({
      get aurion() {
        return apis.aurion.get().credentials()
      },
      get chatlayer() {
        return apis.chatlayer.get().credentials()
      },
      get nebuly() {
        return apis.nebuly.get().credentials()
      },
    }),
    async ready(...names) {
      await Promise.all((names.length > 0 ? names : API_NAMES).map((name) => apis[name].ready()))
    },
    operations: () =>
      API_NAMES.flatMap((name) =>
        [...contracts[name].operations.values()].map((op) => ({
          api: name,
          operationId: op.operationId,
          method: op.method,
          path: op.path,
        })),
      ),
    scenarios: controls.scenarios,
    journal: controls.journal,
    reset() {
      clock.set(now)
      apis.aurion.peek()?.reset()
      controls.reset()
    },
  }
}

export { createClock } from './core/clock.ts'
export type { Clock } from './core/clock.ts'
export type { JournalEntry, JournalFilter, Caller } from './core/journal.ts'
export type { Scenario, ScenarioInput, PresetName } from './core/scenarios.ts'
export { ScenarioError } from './core/scenarios.ts'
