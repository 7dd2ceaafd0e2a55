// The kit without any interception library: createMock's worlds, routes and controls, answered through
// `fetch`/`answer`. The package entry (mocks/index.ts) adds the MSW handlers; the Node server builds from
// here, so it never loads msw (or the graphql it brings): ~230 ms of CPU and their memory at every start.
import { DEFAULT_CONVERSATIONS } from '../generators/aurion/index.ts'
import { DEFAULT_CONVERSATIONS as DEFAULT_CHATLAYER_CONVERSATIONS } from '../generators/chatlayer/world.ts'
import { DEFAULT_INTERACTIONS as DEFAULT_NEBULY_INTERACTIONS } from '../generators/nebuly/world.ts'
import { aurionRuntime } from '../contracts/generated/aurion-runtime.ts'
import { chatlayerRuntime } from '../contracts/generated/chatlayer-runtime.ts'
import { nebulyRuntime } from '../contracts/generated/nebuly-runtime.ts'
import { aurionApiSteps } from './aurion/index.ts'
import { API_KEY_RATE_LIMIT } from './aurion/access.ts'
import { chatlayerApiSteps } from './chatlayer/index.ts'
import { nebulyApiSteps } from './nebuly/index.ts'
import type { MockCore, MockOptions, ResolvedMockOptions } from './index.ts'
import { lazySteps } from './lib/lazy.ts'
import { budgetedTurns, nextMacrotask } from './lib/steps.ts'
import { createClock, currentMinute } from './core/clock.ts'
import { compileContract } from './core/contract.ts'
import { createControls } from './core/controls.ts'
import type { OperationRoute } from './core/pipeline.ts'
import { createMockRouter } from './core/router.ts'
import type { ServedOperation } from './core/scenarios.ts'

export const API_NAMES = ['aurion', 'chatlayer', 'nebuly'] as const
export type ApiName = (typeof API_NAMES)[number]

/** Builds every world, each in its own task (a page can paint between them), so no request waits for one. */
export async function buildWorlds(mock: MockCore): Promise<void> {
  for (const [i, name] of API_NAMES.entries()) {
    if (i > 0) await nextMacrotask()
    mock[name].routes // builds the world now
  }
}

/**
 * createMock without building a world: each API's world is built on its first use (a request routed to it,
 * its credentials, `mock.aurion`), so no single task builds all three. Only the APIs in `routed` get routes
 * (the browser helper mocks some and lets the others go to the network); `routes` are what adapters turn
 * into their handlers.
 */
export function createLazyMockCore(
  options: MockOptions = {},
  routed: readonly ApiName[] = API_NAMES,
): { mock: MockCore; routes: OperationRoute[] } {
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
    chatlayer: lazySteps(() => chatlayerApiSteps({ ...world, size: resolved.chatlayerConversations, contract: contracts.chatlayer }), turn),
    nebuly: lazySteps(() => nebulyApiSteps({ ...world, size: resolved.nebulyInteractions, contract: contracts.nebuly }), turn),
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
  const mock: MockCore = {
    options: resolved,
    clock,
    fetch: router.fetch,
    answer: router.answer,
    unrouted: (request) => controls.unrouted(request, new URL(request.url)),
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
  return { mock, routes }
}
