// Replicas as one mock: with --redis, the state replicas must agree on lives in Redis (ioredis), under one
// key prefix per mock. Shared: the rate-limit windows (rate-limiter-flexible's Redis store, atomic, keyed by
// the window of the mock clock); the clock's offset and the scenarios, read by every replica before its next
// request (scenario ids from one INCR, each counted use one HINCRBY); AurionAI's exports (a Lua script per
// change, so that expiry on the mock clock and the per-tenant bound are applied atomically) and its audit
// ring; the request journal (a stream bounded by XADD MAXLEN). Not stored: the world, which each replica
// regenerates from seed, size and now; the namespace's first replica records those and every later one must
// match them. Everything a reset clears is under `<prefix>:state:`.
import { Redis } from 'ioredis'
import { RateLimiterRedis } from 'rate-limiter-flexible'
import { ClockRangeError, currentMinute, type Clock } from '../mocks/core/clock.ts'
import { DEFAULT_JOURNAL_SIZE, filterJournal, type JournalEntry, type JournalFilter } from '../mocks/core/journal.ts'
import { insideWindow } from '../mocks/core/limits.ts'
import type { Scenario, ScenarioStore } from '../mocks/core/scenarios.ts'
import { stateUnavailable, type BoundedLog, type ExpiringRecords, type StateStore } from '../mocks/core/state-store.ts'

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
  /** Reads the clock and any scenario change; with `countdowns` (admin reads), the uses left too. */
  pull(options?: { countdowns?: boolean }): Promise<void>
  /** Takes `count` scenario ids from the namespace's counter before an admin request adds scenarios. */
  reserveScenarioIds(count: number): Promise<void>
  /** After an admin change: the scenarios published, the clock written; on reset, the shared state emptied. */
  changed(operationId: string): Promise<void>
  /** Waits for this replica's queued writes (journal entries) to reach Redis, failed or not. */
  settle(): Promise<void>
  journal: SharedJournal
}

/** The request journal of all replicas: one Redis stream, bounded, with ids counted once. */
interface SharedJournal {
  /** Queues the entry (its local id is dropped: the stream numbers it); a failed write is not retried. */
  record(entry: JournalEntry): void
  list(filter?: JournalFilter): Promise<JournalEntry[]>
  clear(): Promise<number>
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

// Expiring records of one owner: `order` (id by sequence), `expiry` (id by end of life on the mock clock)
// and `body` (id -> JSON). Adding drops the expired and, beyond the bound, the oldest, in one script.
const DROP_EXPIRED = `
local expired = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', ARGV[1])
for _, id in ipairs(expired) do
  redis.call('ZREM', KEYS[1], id)
  redis.call('HDEL', KEYS[3], id)
end
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', ARGV[1])
`
const ADD_RECORD = `${DROP_EXPIRED}
local over = redis.call('ZCARD', KEYS[1]) - (tonumber(ARGV[2]) - 1)
if over > 0 then
  for _, id in ipairs(redis.call('ZRANGE', KEYS[1], 0, over - 1)) do
    redis.call('ZREM', KEYS[2], id)
    redis.call('HDEL', KEYS[3], id)
  end
  redis.call('ZREMRANGEBYRANK', KEYS[1], 0, over - 1)
end
redis.call('ZADD', KEYS[1], ARGV[4], ARGV[3])
redis.call('ZADD', KEYS[2], ARGV[5], ARGV[3])
redis.call('HSET', KEYS[3], ARGV[3], ARGV[6])
for i = 1, 3 do redis.call('PEXPIRE', KEYS[i], ARGV[7]) end
`
const LIVE_RECORDS = `${DROP_EXPIRED}
local ids = redis.call('ZRANGE', KEYS[1], 0, -1)
if #ids == 0 then return {} end
return redis.call('HMGET', KEYS[3], unpack(ids))
`
// A bounded log: one stream (MAXLEN exact: the bound is the log's size) and its counter.
const APPEND_LOG = `
local n = redis.call('INCR', KEYS[2])
redis.call('XADD', KEYS[1], 'MAXLEN', ARGV[1], '*', 'n', n, 'e', ARGV[2])
return n
`
const CLEAR_LOG = `
local n = redis.call('XLEN', KEYS[1])
redis.call('DEL', KEYS[1])
return n
`

export async function connectRedisState(options: {
  url: string
  prefix: string
  world: WorldIdentity
  journalSize?: number
}): Promise<RedisState> {
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
  /** The state a reset clears. */
  const stateKey = (name: string) => key(`state:${name}`)
  const namespace = await joinNamespace(redis, key('world'), world).catch((error: unknown) => {
    redis.disconnect()
    throw error
  })

  const start = new Date(namespace.now).getTime()
  let scenarios: ScenarioStore | undefined
  /** The scenarios version this replica holds; another one in Redis means another replica changed them. */
  let version: string | null | undefined
  /** The scenario ids this replica last read or wrote: an admin change shares what it added and removed. */
  let known = new Set<string>()
  let offset = 0
  const writes = new Set<Promise<unknown>>()
  const clockKey = key('clock-offset')
  const versionKey = key('scenarios-version')
  const scenariosKey = stateKey('scenarios')
  const idsKey = stateKey('scenario-ids')
  const leftKey = stateKey('scenario-uses-left')
  /** A write not awaited by its request: settle() waits for it; a failure is dropped (the next pull repairs). */
  const queue = (command: Promise<unknown>) => {
    const write = command.catch(() => undefined)
    writes.add(write)
    void write.then(() => writes.delete(write))
  }
  /** A command a request needs: Redis away is the request's 503. */
  const needed = async <T>(command: () => Promise<T>): Promise<T> => {
    try {
      return await command()
    } catch {
      throw stateUnavailable()
    }
  }

  function records<T>(name: string): ExpiringRecords<T> {
    const keys = (owner: string) => [
      stateKey(`${name}:${owner}:order`),
      stateKey(`${name}:${owner}:expiry`),
      stateKey(`${name}:${owner}:body`),
    ]
    return {
      next: (owner) => needed(() => redis.hincrby(stateKey(`${name}:sequences`), owner, 1)),
      async add(meta, record, { nowMs, keep }) {
        // Redis drops the keys once the newest record's life is over, whatever the mock clock does later.
        const ttlMs = Math.max(1, meta.expiresMs - nowMs)
        const args = [nowMs, keep, meta.id, meta.sequence, meta.expiresMs, JSON.stringify(record), ttlMs]
        await needed(() => redis.eval(ADD_RECORD, 3, ...keys(meta.owner), ...args))
      },
      async live(owner, nowMs) {
        const bodies = (await needed(() => redis.eval(LIVE_RECORDS, 3, ...keys(owner), nowMs))) as (string | null)[]
        return bodies.filter((body) => body !== null).map((body) => JSON.parse(body) as T)
      },
      async get(owner, id) {
        const body = await needed(() => redis.hget(stateKey(`${name}:${owner}:body`), id))
        return body === null ? undefined : (JSON.parse(body) as T)
      },
    }
  }

  function log<T>(name: string, size: number): BoundedLog<T> {
    const stream = stateKey(`log:${name}`)
    const counter = stateKey(`log:${name}:sequence`)
    return {
      append: (entry) => needed(async () => Number(await redis.eval(APPEND_LOG, 2, stream, counter, size, JSON.stringify(entry)))),
      async latest(limit) {
        const items = await needed(() => redis.xrevrange(stream, '+', '-', 'COUNT', limit))
        return items.map(([, fields]) => {
          const field = (name: string) => fields[fields.indexOf(name) + 1] ?? ''
          return { sequence: Number(field('n')), entry: JSON.parse(field('e')) as T }
        })
      },
      clear: () => needed(async () => Number(await redis.eval(CLEAR_LOG, 1, stream))),
    }
  }

  const journalSize = options.journalSize ?? DEFAULT_JOURNAL_SIZE
  const requests = log<Omit<JournalEntry, 'id'>>('journal', journalSize)

  /** Replaces the replica's scenarios with the namespace's. */
  async function loadScenarios(store: ScenarioStore): Promise<void> {
    const stored = Object.values(await redis.hgetall(scenariosKey)).map((json) => JSON.parse(json) as Scenario)
    known = new Set(stored.map((s) => s.id))
    store.restore({ scenarios: stored, counter: store.snapshot().counter })
  }

  /** The uses left of every counted scenario, as counted in Redis; used-up ones are dropped. */
  async function applyCountdowns(store: ScenarioStore): Promise<void> {
    const { scenarios: active, counter } = store.snapshot()
    if (!active.some((s) => typeof s.times_left === 'number')) return
    const left = await redis.hgetall(leftKey)
    const current = active.flatMap((s) => {
      const uses = left[s.id]
      if (typeof s.times_left !== 'number' || uses === undefined) return [s]
      return Number(uses) > 0 ? [{ ...s, times_left: Number(uses) }] : []
    })
    store.restore({ scenarios: current, counter })
  }

  return {
    now: new Date(start),
    state: {
      points: ({ name, points, durationSeconds }) =>
        new RateLimiterRedis({
          storeClient: redis,
          keyPrefix: stateKey(`limit:${name}`),
          points,
          duration: durationSeconds,
          rejectIfRedisNotReady: true,
        }),
      countdown: (scenario) => needed(() => redis.hincrby(leftKey, scenario.id, -1)),
      records,
      log,
    },
    journal: {
      record({ id: _local, ...entry }) {
        queue(requests.append(entry))
      },
      async list(filter) {
        const latest = await requests.latest(journalSize)
        return filterJournal(
          latest.map(({ sequence, entry }) => ({ id: sequence, ...entry })),
          filter,
        )
      },
      clear: () => requests.clear(),
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
          queue(redis.incrby(clockKey, ms).then((value) => (offset = Number(value))))
        },
        set(instant) {
          if (!insideWindow(instant.getTime())) throw new ClockRangeError()
          offset = instant.getTime() - start - elapsed()
          queue(redis.set(clockKey, String(offset)))
        },
      }
    },
    async pull(pullOptions = {}) {
      try {
        const [value, current] = await redis.mget(clockKey, versionKey)
        offset = value ? Number(value) : 0
        if (scenarios && current !== version) {
          await loadScenarios(scenarios)
          version = current
        }
        if (scenarios && pullOptions.countdowns) await applyCountdowns(scenarios)
      } catch {
        // Redis away: the world is still served as last known; requests that need shared state answer 503.
      }
    },
    async reserveScenarioIds(count) {
      if (!scenarios || count < 1) return
      const last = await redis.incrby(idsKey, count)
      scenarios.restore({ scenarios: scenarios.snapshot().scenarios, counter: last - count })
    },
    settle: async () => {
      await Promise.all(writes)
    },
    async changed(operationId) {
      try {
        await Promise.all(writes)
        const reset = operationId === 'resetMock'
        if (reset) await deleteMatching(redis, stateKey('*'))
        if (!scenarios) return
        const { scenarios: active } = scenarios.snapshot()
        const ids = new Set(active.map((s) => s.id))
        const write = redis.multi()
        if (reset || operationId === 'clearScenarios') write.del(scenariosKey, leftKey)
        else {
          const removed = [...known].filter((id) => !ids.has(id))
          if (removed.length > 0) write.hdel(scenariosKey, ...removed).hdel(leftKey, ...removed)
        }
        for (const s of active) {
          if (known.has(s.id)) continue
          write.hset(scenariosKey, s.id, JSON.stringify(s))
          if (typeof s.times_left === 'number') write.hsetnx(leftKey, s.id, s.times_left)
        }
        await write.incr(versionKey).exec()
        known = ids
      } finally {
        // Read back on the next pull: another replica may have changed them in between, or this change failed.
        version = undefined
      }
    },
    async close() {
      await Promise.all(writes)
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
