// Starts the mock on a real port. Tests use port 0 and read the URL back.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createMock, type MockOptions, type Mock } from '../mocks/index.ts'
import { createClock, currentMinute } from '../mocks/core/clock.ts'
import { prepareConversationList } from '../mocks/aurion/reports/conversations-list.ts'
import { DEFAULT_CONVERSATIONS } from '../generators/aurion/index.ts'
import { DEFAULT_CONVERSATIONS as DEFAULT_CHATLAYER_CONVERSATIONS } from '../generators/chatlayer/world.ts'
import { DEFAULT_INTERACTIONS as DEFAULT_NEBULY_INTERACTIONS } from '../generators/nebuly/world.ts'
import { createApp } from './app.ts'
import { connectRedisState, type RedisState } from './redis-state.ts'

export interface ServeOptions extends Omit<MockOptions, 'clock'> {
  port?: number
  host?: string
  /** Keep the clock still (tests); by default it ticks with real time from `now`. */
  frozenClock?: boolean
  /** Share state with other replicas through this Redis (redis://host:port); default: all in memory. */
  redis?: string
  /** Key prefix of this mock in Redis, so that two mocks can share one (default `analytics-mock`). */
  redisPrefix?: string
}

export interface RunningServer {
  url: string
  mock: Mock
  close(): Promise<void>
}

export async function startServer(options: ServeOptions = {}): Promise<RunningServer> {
  let shared: RedisState | undefined
  if (options.redis) {
    shared = await connectRedisState({
      url: options.redis,
      prefix: options.redisPrefix ?? 'analytics-mock',
      world: {
        seed: options.seed ?? 42,
        ...(options.now && { now: options.now.toISOString() }),
        size: options.size ?? DEFAULT_CONVERSATIONS,
        chatlayerConversations: options.chatlayerConversations ?? DEFAULT_CHATLAYER_CONVERSATIONS,
        nebulyInteractions: options.nebulyInteractions ?? DEFAULT_NEBULY_INTERACTIONS,
      },
    })
  }
  const now = shared?.now ?? options.now ?? currentMinute()
  const clock = shared?.clock(options.frozenClock ?? false) ?? createClock(now, options.frozenClock ? undefined : () => Date.now())
  const mock = await createMock({ ...options, now, clock, ...(shared && { state: shared.state }) })
  shared?.attach(mock.scenarios)
  // The list's sort orders and search text are built now, not by the first list request (seconds at 1M).
  for (const view of mock.aurion.index.tenants.values()) prepareConversationList(view)
  const host = options.host ?? '127.0.0.1'
  const server = createServer(createApp(mock, shared))
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 4010, host, resolve)
  })
  const { port } = server.address() as AddressInfo
  const shownHost = host.includes(':') ? `[${host}]` : host
  return {
    url: `http://${shownHost}:${port}`,
    mock,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve(shared?.close())))
      }),
  }
}
