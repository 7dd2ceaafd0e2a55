// Replicas as one mock: with --redis, the state replicas must agree on lives in Redis (ioredis), under one
// key prefix per mock. Shared: the rate-limit windows (rate-limiter-flexible's Redis store, atomic, keyed
// by the window of the mock clock), the clock's offset and the scenarios (both read by every replica before
// its next request), and the scenarios' countdowns (one atomic HINCRBY per counted use). Not stored: the world, which each replica regenerates from seed, size and now;
// the namespace's first replica records those and every later one must match them.
import { Redis } from 'ioredis'
import { RateLimiterRedis } from 'rate-limiter-flexible'
import { ClockRangeError, currentMinute, type Clock } from '../mocks/core/clock.ts'
import { insideWindow } from '../mocks/core/limits.ts'
import type { ScenarioSnapshot, ScenarioStore } from '../mocks/core/scenarios.ts'
import { stateUnavailable, type StateStore } from '../mocks/core/state-store.ts'

/** Milliseconds a Redis command may take before the request that needs it answers 503. */
const COMMAND_TIMEOUT_MS = 1000

/** What makes two replicas' worlds the same: they must agree on all of it. */
export interface WorldIdentity {
  seed: number
  /** ISO instant; absent when the replica was not given one (it then adopts the namespace's). */
  now?: string
  size: number
  chatlayerConversations: number
  nebulyInteractions: number
}

interface Namespace extends Required<WorldIdentity> {
  /** Real time (ms) the namespace's clock started: every replica's ticking clock counts from it. */
  anchor: number
}

/** Start-up refused: Redis out of reach, or a namespace made for another world. One line, for the console. */
export class SharedStateError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SharedStateError'
  }
}

/** Brings the replica up to date before a request, and shares an admin change before answering it. */
export interface SharedSync {
  pull(): Promise<void>
  /** After an admin change: the scenarios published, the clock written; with `reset`, the windows emptied. */
  changed(options?: { reset?: boolean }): Promise<void>
}

export interface RedisState extends SharedSync {
  state: StateStore
  /** The replica's scenarios, kept in step with the namespace's. */
  attach(scenarios: ScenarioStore): void
  /** The world's `now` (the namespace's, when this replica was not given one). */
  now: Date
  /** The shared clock, starting at `now`; ticking with real time unless frozen. */
  clock(frozen: boolean): Clock
  close(): Promise<void>
}

export async function connectRedisState(options: { url: string; prefix: string; world: WorldIdentity }): Promise<RedisState> {
  const { url, prefix, world } = options
  const redis = new Redis(url, {
    lazyConnect: true,
    // A command while Redis is away fails at once (the request answers 503) instead of waiting in a queue.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: COMMAND_TIMEOUT_MS,
    connectTimeout: 3000,
  })
  // Errors are answered per request (503); the client reconnects by itself.
  redis.on('error', () => {})
  try {
    await redis.connect()
  } catch (error) {
    redis.disconnect()
    throw new SharedStateError(`cannot reach Redis at ${redactUrl(url)}: ${error instanceof Error ? error.message : String(error)}`)
  }
  const key = (name: string) => `${prefix}:${name}`
  const namespace = await joinNamespace(redis, key('world'), world).catch((error: unknown) => {
    redis.disconnect()
    throw error
  })

  const start = new Date(namespace.now).getTime()
  let scenarios: ScenarioStore | undefined
  /** The scenarios version this replica holds; another one in Redis means another replica changed them. */
  let version: string | null = null
  let offset = 0
  let pending: Promise<unknown> = Promise.resolve()
  const clockKey = key('clock-offset')
  const scenariosKey = key('scenarios')
  const versionKey = key('scenarios-version')
  const leftKey = key('scenario-uses-left')
  // A write that fails while Redis is away keeps the local offset; the next pull brings back the shared one.
  const write = (command: Promise<unknown>) => {
    pending = command.catch(() => undefined)
  }

  return {
    now: new Date(start),
    state: {
      points: ({ name, points, durationSeconds }) =>
        new RateLimiterRedis({
          storeClient: redis,
          keyPrefix: key(`limit:${name}`),
          points,
          duration: durationSeconds,
          rejectIfRedisNotReady: true,
        }),
      async countdown(scenario) {
        try {
          return await redis.hincrby(leftKey, scenario.id, -1)
        } catch {
          throw stateUnavailable()
        }
      },
    },
    attach(store) {
      scenarios = store
    },
    clock(frozen) {
      const elapsed = () => (frozen ? 0 : Date.now() - namespace.anchor)
      return {
        now: () => new Date(start + elapsed() + offset),
        // The same window as the in-memory clock: a move out of it is refused and nothing is written.
        advance(ms) {
          if (!insideWindow(start + elapsed() + offset + ms)) throw new ClockRangeError()
          offset += ms
          write(redis.incrby(clockKey, ms).then((value) => (offset = Number(value))))
        },
        set(instant) {
          if (!insideWindow(instant.getTime())) throw new ClockRangeError()
          offset = instant.getTime() - start - elapsed()
          write(redis.set(clockKey, String(offset)))
        },
      }
    },
    async pull() {
      try {
        const [value, current] = await redis.mget(clockKey, versionKey)
        offset = value ? Number(value) : 0
        if (scenarios && current && current !== version) {
          const stored = await redis.get(scenariosKey)
          if (stored) scenarios.restore(JSON.parse(stored) as ScenarioSnapshot)
          version = current
        }
      } catch {
        // Redis away: the world is still served as last known; requests that count answer 503.
      }
    },
    async changed(changeOptions = {}) {
      await pending
      if (changeOptions.reset) await deleteMatching(redis, key('limit:*'))
      if (!scenarios) return
      const snapshot = scenarios.snapshot()
      const live = new Set(snapshot.scenarios.map((s) => s.id))
      const gone = (await redis.hkeys(leftKey)).filter((id) => !live.has(id))
      const write = redis.multi().set(scenariosKey, JSON.stringify(snapshot))
      if (gone.length > 0) write.hdel(leftKey, ...gone)
      for (const s of snapshot.scenarios) if (typeof s.times_left === 'number') write.hsetnx(leftKey, s.id, s.times_left)
      const results = await write.incr(versionKey).exec()
      version = String(results?.at(-1)?.[1] ?? '')
    },
    async close() {
      await pending
      redis.disconnect()
    },
  }
}

async function deleteMatching(redis: Redis, pattern: string): Promise<void> {
  let cursor = '0'
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 500)
    if (keys.length > 0) await redis.del(...keys)
    cursor = next
  } while (cursor !== '0')
}

/** Creates the namespace's record, or checks this replica's world against it. */
async function joinNamespace(redis: Redis, worldKey: string, world: WorldIdentity): Promise<Namespace> {
  const proposed: Namespace = { ...world, now: world.now ?? currentMinute().toISOString(), anchor: Date.now() }
  const created = await redis.set(worldKey, JSON.stringify(proposed), 'NX')
  if (created === 'OK') return proposed
  const stored = JSON.parse((await redis.get(worldKey)) ?? '{}') as Namespace
  const differences = (['seed', 'now', 'size', 'chatlayerConversations', 'nebulyInteractions'] as const)
    .filter((field) => (field === 'now' ? world.now !== undefined && world.now !== stored.now : world[field] !== stored[field]))
    .map((field) => `${field} ${String(world[field])} (namespace: ${String(stored[field])})`)
  if (differences.length > 0) {
    throw new SharedStateError(
      `this Redis namespace serves another world: ${differences.join(', ')}; start with the same options or another --redis-prefix`,
    )
  }
  return stored
}

/** The URL without its password, for messages. */
function redactUrl(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return 'the given URL'
  }
}
