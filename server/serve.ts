// Starts the mock on a real port. Tests use port 0 and read the URL back. The port is bound before the
// worlds are generated, so a port in use or a bad host fails in milliseconds with a BindError.
import { createServer, type RequestListener } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { MockOptions, MockCore } from '../mocks/index.ts'
import { createLazyMockCore } from '../mocks/create-mock.ts'
import { createClock, currentMinute } from '../mocks/core/clock.ts'
import { nextMacrotask } from '../mocks/lib/steps.ts'
import type { JournalEntry } from '../mocks/core/journal.ts'
import { prepareConversationList } from '../mocks/aurion/reports/conversations-list.ts'
import { warmUpAurionReports } from '../mocks/aurion/warm-up.ts'
import { DEFAULT_CONVERSATIONS } from '../generators/aurion/index.ts'
import { DEFAULT_CONVERSATIONS as DEFAULT_CHATLAYER_CONVERSATIONS } from '../generators/chatlayer/world.ts'
import { DEFAULT_INTERACTIONS as DEFAULT_NEBULY_INTERACTIONS } from '../generators/nebuly/world.ts'
import { createApp } from './app.ts'
import type { RedisState } from './redis-state.ts'
import { generateAdminToken, isLoopback } from './guard.ts'

/** Kit's choices that keep slow or greedy clients from holding the server (docs/security-and-limits.md). */
export const SERVER_LIMITS = {
  /** The whole request (headers and body) must arrive within this time: 408 and close otherwise. */
  requestTimeoutMs: 30_000,
  /** The headers must arrive within this time. */
  headersTimeoutMs: 10_000,
  /** An idle keep-alive connection is closed after this time. */
  keepAliveTimeoutMs: 5_000,
  /** Connections open at once; further ones are closed as they arrive. */
  maxConnections: 1_000,
}

export { createApp } from './app.ts'

export interface ServeOptions extends Omit<MockOptions, 'clock'> {
  port?: number
  host?: string
  /** Keep the clock still (tests); by default it ticks with real time from `now`. */
  frozenClock?: boolean
  /** Share state with other replicas through this Redis (redis://host:port); default: all in memory. */
  redis?: string
  /** Key prefix of this mock in Redis, so that two mocks can share one (default `analytics-mock`). */
  redisPrefix?: string
  /** Required on /__mock/* when given. Bound beyond loopback without one, the mock generates one. */
  adminToken?: string
  /** Host names the Host header may carry besides loopback names, IP literals and `host`. */
  allowedHosts?: string[]
  /** Overrides of SERVER_LIMITS (tests shorten the timeouts). */
  limits?: Partial<typeof SERVER_LIMITS>
}

export interface RunningServer {
  url: string
  mock: MockCore
  /** The admin token in force (given or generated); undefined when the admin routes are open. */
  adminToken: string | undefined
  /**
   * Resolves once the Chatlayer and Nebuly worlds are built too. The server answers AurionAI as soon as it
   * has started and builds those two in short turns after it; a request to them meanwhile waits for its world.
   */
  ready: Promise<void>
  close(): Promise<void>
}

/** The port or host could not be bound; the message is one line a person can act on. */
export class BindError extends Error {
  override name = 'BindError'
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message)
  }
}

function bindMessage(error: NodeJS.ErrnoException, host: string, port: number): string {
  switch (error.code) {
    case 'EADDRINUSE':
      return `port ${port} is in use: try --port 0`
    case 'EACCES':
      return `no permission to listen on port ${port} (ports below 1024 need privileges): try --port 0`
    case 'EADDRNOTAVAIL':
      return `host ${host} is not an address of this machine: try --host 127.0.0.1`
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `host ${host} does not resolve: try --host 127.0.0.1`
    default:
      return `cannot listen on ${host}:${port}: ${error.message}`
  }
}

export async function startServer(options: ServeOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1'
  const requestedPort = options.port ?? 4010
  const adminToken = options.adminToken ?? (isLoopback(host) ? undefined : generateAdminToken())
  // Until the mock is ready nothing is printed, so no client knows the URL; a stray request gets a 503.
  let listener: RequestListener = (_req, res) => {
    res.writeHead(503, { 'retry-after': '1' }).end()
  }
  const limits = { ...SERVER_LIMITS, ...options.limits }
  const server = createServer(
    {
      requestTimeout: limits.requestTimeoutMs,
      headersTimeout: limits.headersTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      // How often Node looks for requests past their timeout (default 30 s would let them run that much longer).
      connectionsCheckingInterval: Math.min(1_000, limits.headersTimeoutMs),
    },
    (req, res) => listener(req, res),
  )
  server.maxConnections = limits.maxConnections
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(new BindError(bindMessage(error, host, requestedPort), error.code ?? 'UNKNOWN')),
    )
    server.listen(requestedPort, host, () => resolve())
  })
  let shared: RedisState | undefined
  let mock: MockCore
  let ready: Promise<void>
  // Whatever fails before the server can answer closes it (and Redis) again: nothing is left listening.
  try {
    if (options.redis) {
      // Loaded only here: ioredis costs ~110 ms of CPU and ~20 MB at start-up to every server without --redis.
      const { connectRedisState } = await import('./redis-state.ts')
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
        journalSize: options.journalSize,
      })
    }
    const now = shared?.now ?? options.now ?? currentMinute()
    const clock = shared?.clock(options.frozenClock ?? false) ?? createClock(now, options.frozenClock ? undefined : () => Date.now())
    const journal = shared?.journal
    // Replicas: every journal entry also goes to the shared stream.
    const onRequest = journal
      ? (entry: JournalEntry) => {
          options.onRequest?.(entry)
          journal.record(entry)
        }
      : options.onRequest
    mock = createLazyMockCore({ ...options, now, clock, onRequest, ...(shared && { state: shared.state }) }).mock
    await mock.ready('aurion')
    shared?.attach(mock.scenarios)
    // A server pays for the list's sort orders and search text, and its reports' first run, at start, not on
    // somebody's first request.
    for (const view of mock.aurion.index.tenants.values()) prepareConversationList(view)
    warmUpAurionReports(mock.aurion.index, mock.clock.now())
    listener = createApp(mock, { host, allowedHosts: options.allowedHosts ?? [], adminToken }, shared)
    // The Chatlayer and Nebuly worlds (~0.2 s of CPU at their default sizes) are built now, in short turns
    // while the server answers: AurionAI's first request does not wait for them. Their options are checked
    // in their first step: a bad one still fails the start.
    ready = mock.ready('chatlayer', 'nebuly')
    await Promise.race([ready, nextMacrotask()])
  } catch (error) {
    server.close()
    await shared?.close()
    throw error
  }
  // Handled: a later failure reaches whoever awaits `ready` and the requests to that API, not the process.
  ready.catch(() => undefined)
  const { port } = server.address() as AddressInfo
  const shownHost = host.includes(':') ? `[${host}]` : host
  return {
    url: `http://${shownHost}:${port}`,
    mock,
    adminToken,
    ready,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve(shared?.close())))
      }),
  }
}
