// Public entry of the kit: createMock() builds the seeded worlds of all three APIs and one route per
// operation. `mock.fetch(request)` answers any request (a compiled router picks the route); the MSW
// handlers (setupWorker, setupServer) and the Node server (server/) run the same routes, so every entry
// gives the same bytes. The core is mocks/create-mock.ts, which loads no msw: the server builds from it and
// this entry adds the handlers. Nothing here imports Node: it all runs in a browser.
import type { HttpHandler } from 'msw'
import type { AurionApi, AurionCredentials } from './aurion/index.ts'
import type { Clock } from './core/clock.ts'
import type { ChatlayerApi, ChatlayerCredentials } from './chatlayer/index.ts'
import type { NebulyApi, NebulyCredentials } from './nebuly/index.ts'
import { mswHandler } from './core/msw-handlers.ts'
import { API_NAMES, buildWorlds, createLazyMockCore, type ApiName } from './create-mock.ts'
import type { Answer, MockRequest } from './core/pipeline.ts'
import type { UnroutedExchange } from './core/controls.ts'
import type { Sleep } from './core/delay.ts'
import type { StateStore } from './core/state-store.ts'
import type { Journal, JournalEntry } from './core/journal.ts'
import type { ScenarioStore } from './core/scenarios.ts'

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

/** The mock without an interception library's handlers: what the Node server runs (mocks/create-mock.ts). */
export interface MockCore {
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

export interface Mock extends MockCore {
  /** One MSW handler per operation, running the same pipeline (override one with `server.use()`). */
  handlers: HttpHandler[]
}

/** Builds the worlds of all three APIs (each in its own task) and resolves with the mock and its MSW handlers. */
export async function createMock(options: MockOptions = {}): Promise<Mock> {
  const mock = createLazyMock(options)
  await buildWorlds(mock)
  return mock
}

/**
 * createMock without building a world: each API's world is built on its first use (a request routed to it,
 * its credentials, `mock.aurion`), so no single task builds all three. Only the APIs in `routed` get routes
 * and MSW handlers (the browser helper mocks some and lets the others go to the network).
 */
export function createLazyMock(options: MockOptions = {}, routed: readonly ApiName[] = API_NAMES): Mock {
  const { mock, routes } = createLazyMockCore(options, routed)
  return Object.assign(mock, { handlers: routes.map(mswHandler) })
}

export { API_NAMES, type ApiName } from './create-mock.ts'
export { createClock } from './core/clock.ts'
export type { Clock } from './core/clock.ts'
export type { JournalEntry, JournalFilter, Caller } from './core/journal.ts'
export type { Scenario, ScenarioInput, PresetName } from './core/scenarios.ts'
export { ScenarioError } from './core/scenarios.ts'
