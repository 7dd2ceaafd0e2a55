// Public entry of the kit: createMock() builds the seeded worlds of all three APIs and the MSW handlers
// that serve them. The same handler array runs in the browser (setupWorker), in Node (setupServer) and
// behind Express (server/). Nothing here imports Node: it all runs in a browser.
import type { HttpHandler } from 'msw'
import { DEFAULT_CONVERSATIONS } from '../generators/aurion/index.ts'
import { DEFAULT_CONVERSATIONS as DEFAULT_CHATLAYER_CONVERSATIONS } from '../generators/chatlayer/world.ts'
import { DEFAULT_INTERACTIONS as DEFAULT_NEBULY_INTERACTIONS } from '../generators/nebuly/world.ts'
import { createAurionApi, type AurionApi, type AurionCredentials } from './aurion/index.ts'
import { createClock, currentMinute, type Clock } from './core/clock.ts'
import { createChatlayerApi, type ChatlayerApi, type ChatlayerCredentials } from './chatlayer/index.ts'
import { createNebulyApi, type NebulyApi, type NebulyCredentials } from './nebuly/index.ts'

export interface MockOptions {
  /** Seed of every generated world (default 42). */
  seed?: number
  /** The instant the worlds end at (default: the clock's now, else the current minute). */
  now?: Date
  /** Conversations of the default AurionAI tenant over the 120 days before `now` (default 3000). */
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
  /** Milliseconds from a monotonic source, for the measured aggregation health (default performance.now). */
  timer?: () => number
  /** Accept AurionAI `X-API-Key` on read operations: the documented future contract (default false: 403). */
  publicApiKeys?: boolean
  /** AurionAI API-key requests a minute when publicApiKeys is on (default 300). */
  rateLimit?: number
  /** `*` (any origin, default) or an origin the handlers are bound to, e.g. `https://apps.aurionai.net`. */
  baseUrl?: string
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
}

export interface Credentials {
  aurion: AurionCredentials
  chatlayer: ChatlayerCredentials
  nebuly: NebulyCredentials
}

export interface OperationSummary {
  api: 'aurion' | 'chatlayer' | 'nebuly'
  operationId: string
  method: string
  path: string
}

export interface Mock {
  options: ResolvedMockOptions
  clock: Clock
  handlers: HttpHandler[]
  aurion: AurionApi
  chatlayer: ChatlayerApi
  nebuly: NebulyApi
  credentials(): Credentials
  operations(): OperationSummary[]
}

/** Ends the current task: in a browser each world is built in its own task, so the page can paint between them. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

export async function createMock(options: MockOptions = {}): Promise<Mock> {
  const now = options.now ?? options.clock?.now() ?? currentMinute()
  const resolved: ResolvedMockOptions = {
    seed: options.seed ?? 42,
    now,
    size: options.size ?? DEFAULT_CONVERSATIONS,
    chatlayerConversations: options.chatlayerConversations ?? DEFAULT_CHATLAYER_CONVERSATIONS,
    nebulyInteractions: options.nebulyInteractions ?? DEFAULT_NEBULY_INTERACTIONS,
    publicApiKeys: options.publicApiKeys ?? false,
    rateLimit: options.rateLimit ?? 300,
    baseUrl: options.baseUrl ?? '*',
  }
  const clock = options.clock ?? createClock(now)
  const timer = options.timer ?? (() => performance.now())
  const aurion = await createAurionApi({ ...resolved, clock, timer })
  const world = { seed: resolved.seed, now, clock, baseUrl: resolved.baseUrl }
  await nextTask()
  const chatlayer = createChatlayerApi({ ...world, size: resolved.chatlayerConversations })
  await nextTask()
  const nebuly = createNebulyApi({ ...world, size: resolved.nebulyInteractions })

  const apis = [
    { name: 'aurion' as const, contract: aurion.contract },
    { name: 'chatlayer' as const, contract: chatlayer.contract },
    { name: 'nebuly' as const, contract: nebuly.contract },
  ]
  return {
    options: resolved,
    clock,
    handlers: [...aurion.handlers, ...chatlayer.handlers, ...nebuly.handlers],
    aurion,
    chatlayer,
    nebuly,
    credentials: () => ({ aurion: aurion.credentials(), chatlayer: chatlayer.credentials(), nebuly: nebuly.credentials() }),
    operations: () =>
      apis.flatMap(({ name, contract }) =>
        [...contract.operations.values()].map((op) => ({ api: name, operationId: op.operationId, method: op.method, path: op.path })),
      ),
  }
}

export { createClock } from './core/clock.ts'
export type { Clock } from './core/clock.ts'
