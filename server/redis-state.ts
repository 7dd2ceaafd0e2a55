// Replicas as one mock: with --redis, the state replicas must agree on lives in Redis (ioredis), under one
// key prefix per mock. Shared: the rate-limit windows (rate-limiter-flexible's Redis store, atomic, keyed
// by the window of the mock clock) and the clock's offset (a move on one replica is read by every replica
// before its next request). Not stored: the world, which each replica regenerates from seed, size and now;
// the namespace's first replica records those and every later one must match them.
import { Redis } from 'ioredis'
import { RateLimiterRedis } from 'rate-limiter-flexible'
import { currentMinute, type Clock } from '../mocks/core/clock.ts'
import type { StateStore } from '../mocks/core/state-store.ts'

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

/** Brings the replica up to date before a request, and waits for its own writes after an admin change. */
export interface SharedSync {
  pull(): Promise<void>
  settled(): Promise<void>
}

export interface RedisState extends SharedSync {
  limits: StateStore
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
  let offset = 0
  let pending: Promise<unknown> = Promise.resolve()
  const clockKey = key('clock-offset')
  // A write that fails while Redis is away keeps the local offset; the next pull brings back the shared one.
  const write = (command: Promise<unknown>) => {
    pending = command.catch(() => undefined)
  }

  return {
    now: new Date(start),
    limits: {
      points: ({ name, points, durationSeconds }) =>
        new RateLimiterRedis({
          storeClient: redis,
          keyPrefix: key(`limit:${name}`),
          points,
          duration: durationSeconds,
          rejectIfRedisNotReady: true,
        }),
    },
    clock(frozen) {
      const elapsed = () => (frozen ? 0 : Date.now() - namespace.anchor)
      return {
        now: () => new Date(start + elapsed() + offset),
        advance(ms) {
          offset += ms
          write(redis.incrby(clockKey, ms).then((value) => (offset = Number(value))))
        },
        set(instant) {
          offset = instant.getTime() - start - elapsed()
          write(redis.set(clockKey, String(offset)))
        },
      }
    },
    async pull() {
      try {
        const value = await redis.get(clockKey)
        offset = value === null ? 0 : Number(value)
      } catch {
        // Redis away: the world is still served on the last offset known; stateful requests answer 503.
      }
    },
    settled: () => pending.then(() => undefined),
    async close() {
      await pending
      redis.disconnect()
    },
  }
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
