// Three replicas sharing one real redis-server, behind a round-robin proxy: they behave as one mock.
import { execFile } from 'node:child_process'
import { createServer, request as httpRequest, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { RunningServer } from '../../server/serve.ts'
import { connectRedisState, SharedStateError } from '../../server/redis-state.ts'
import { bearer, call, NOW, sessionOf, startTestServer, withQuery } from '../support/http.ts'
import { freePort, redisServerMissing, startRedisServer, type RedisServer } from '../support/redis-server.ts'

const missing = redisServerMissing()
if (missing) console.warn(`[replicas] skipped: ${missing}`)

const SEARCH = '/api/v1/analytics/search'
const METRICS = '/api/v1/analytics/call-metrics'
const WEEK = { start_date: '2026-03-01', end_date: '2026-03-08' }
const PREFIX = 'replicas-test'
const WORLD = { seed: 42, size: 2000, chatlayerConversations: 3000, nebulyInteractions: 3000 }
/** API-key requests a minute, per key, across all replicas. */
const KEY_LIMIT = 25
const JOURNAL_SIZE = 50
const EXPORTS = '/api/v1/analytics/exports'
const json = (token: string) => ({ ...bearer(token), 'Content-Type': 'application/json' })

interface Created {
  export_id: string
  download_url: string
  expires_at: string
}

/** A tiny round-robin load balancer: request i goes to replica i mod n. */
async function roundRobin(upstreams: string[]): Promise<{ url: string; server: Server }> {
  let next = 0
  const server = createServer((req, res) => {
    const target = new URL(req.url ?? '/', upstreams[next++ % upstreams.length])
    const forward = httpRequest(target, { method: req.method, headers: req.headers }, (upstream) => {
      res.writeHead(upstream.statusCode ?? 502, upstream.headers)
      upstream.pipe(res)
    })
    forward.on('error', () => res.writeHead(502).end())
    req.pipe(forward)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }
}

describe.skipIf(missing !== undefined)('replicas sharing Redis', () => {
  let redis: RedisServer
  let replicas: RunningServer[]
  let proxy: { url: string; server: Server }
  let token: string
  let admin: string
  let apiKey: string
  /** A client of the test's own, to look at what the replicas stored. */
  let inspect: Redis

  beforeAll(async () => {
    redis = await startRedisServer()
    inspect = new Redis(redis.url, { lazyConnect: true, maxRetriesPerRequest: 1 })
    inspect.on('error', () => {})
    const options = {
      redis: redis.url,
      redisPrefix: PREFIX,
      size: 2000,
      publicApiKeys: true,
      rateLimit: KEY_LIMIT,
      journalSize: JOURNAL_SIZE,
    }
    replicas = []
    // One after the other: the first creates the namespace, the others join it.
    for (let i = 0; i < 3; i++) replicas.push(await startTestServer(options))
    proxy = await roundRobin(replicas.map((r) => r.url))
    const { sessions, api_keys } = replicas[0]!.mock.credentials().aurion
    const agent = sessionOf(sessions, 'agent', 'voice')
    token = agent.token
    admin = sessionOf(sessions, 'super_admin').token
    apiKey = api_keys.find((k) => k.tenant_id === agent.tenant_id)!.key
  })

  afterAll(async () => {
    inspect?.disconnect()
    await new Promise<void>((resolve) => proxy?.server.close(() => resolve()))
    for (const replica of replicas ?? []) await replica.close()
    await redis?.stop()
  })

  const search = (base: string) => call(withQuery(`${base}${SEARCH}`, { phone: '1234', ...WEEK }), { headers: bearer(token) })
  const requestExport = (base: string, format: string) =>
    call(`${base}/api/v1/analytics/export`, { method: 'POST', headers: json(admin), body: JSON.stringify({ format, ...WEEK }) })
  const listExports = async (base: string) => (await call(`${base}${EXPORTS}`, { headers: bearer(admin) })).body as { exports: Created[] }
  const setClock = (base: string, body: unknown) =>
    call(`${base}/__mock/clock`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
  const scenarioList = async (base: string) =>
    ((await call(`${base}/__mock/scenarios`)).body as { scenarios: { id: string; times_left: number | null }[] }).scenarios

  it('admits exactly 10 of 100 concurrent phone searches by one user, whichever replica gets them', async () => {
    const replies = await Promise.all(Array.from({ length: 100 }, () => search(proxy.url)))
    const statuses = replies.map((r) => r.status)
    expect(statuses.filter((s) => s === 200)).toHaveLength(10)
    expect(statuses.filter((s) => s === 429)).toHaveLength(90)
    const refused = replies.find((r) => r.status === 429)!
    expect(refused.body).toEqual({ detail: 'Search rate limit exceeded', limit: 10 })
    expect(refused.headers.get('retry-after')).toBe('60')
    // And the 11th through any one replica is refused too.
    for (const replica of replicas) expect((await search(replica.url)).status).toBe(429)
  })

  it('admits exactly the API-key limit of 100 concurrent requests with one key, across replicas', async () => {
    const replies = await Promise.all(
      Array.from({ length: 100 }, () => call(withQuery(`${proxy.url}${METRICS}`, WEEK), { headers: { 'X-API-Key': apiKey } })),
    )
    const statuses = replies.map((r) => r.status)
    expect(statuses.filter((s) => s === 200)).toHaveLength(KEY_LIMIT)
    expect(statuses.filter((s) => s === 429)).toHaveLength(100 - KEY_LIMIT)
    expect(replies.find((r) => r.status === 429)!.headers.get('x-ratelimit-limit')).toBe(String(KEY_LIMIT))
  })

  it('sees a clock move made on one replica on every replica, at the next request', async () => {
    const moved = await call(`${replicas[0]!.url}/__mock/clock`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ advance_seconds: 60 }),
    })
    expect(moved.status).toBe(200)
    const expected = new Date(NOW.getTime() + 60_000).toISOString()
    expect(moved.body).toEqual({ now: expected })
    for (const replica of replicas) expect((await call(`${replica.url}/__mock/clock`)).body).toEqual({ now: expected })
    // A move out of the mock's window is refused, and shares nothing.
    const refused = await call(`${replicas[1]!.url}/__mock/clock`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ now: '0001-01-01T00:00:00Z' }),
    })
    expect(refused.status).toBe(422)
    for (const replica of replicas) expect((await call(`${replica.url}/__mock/clock`)).body).toEqual({ now: expected })
    // A new minute: the search window is fresh on every replica.
    for (const replica of replicas) expect((await search(replica.url)).status).toBe(200)
  })

  it('answers a times: 3 scenario exactly 3 times across replicas, and shares its removal', async () => {
    const post = (path: string, body: unknown) =>
      call(`${replicas[1]!.url}/__mock/${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
    const added = await post('scenarios', { match: { path: METRICS }, respond: { status: 503 }, times: 3 })
    expect(added.status).toBe(201)
    const replies = await Promise.all(
      Array.from({ length: 12 }, () => call(withQuery(`${proxy.url}${METRICS}`, WEEK), { headers: bearer(token) })),
    )
    expect(replies.filter((r) => r.status === 503)).toHaveLength(3)
    expect(replies.filter((r) => r.status === 200)).toHaveLength(9)
    // Listed on every replica while active, gone from all once a replica clears them.
    expect(await post('scenarios', { match: { path: METRICS }, respond: { status: 500 } })).toMatchObject({ status: 201 })
    for (const replica of replicas) {
      expect(((await call(`${replica.url}/__mock/scenarios`)).body as { scenarios: unknown[] }).scenarios).toHaveLength(1)
    }
    expect((await call(`${replicas[2]!.url}/__mock/scenarios`, { method: 'DELETE' })).status).toBe(200)
    for (const replica of replicas) {
      expect((await call(withQuery(`${replica.url}${METRICS}`, WEEK), { headers: bearer(token) })).status).toBe(200)
    }
  })

  it('hands out each scenario id once when replicas add at the same time, and lists the uses left as counted', async () => {
    const add = (replica: RunningServer, times?: number) =>
      call(`${replica.url}/__mock/scenarios`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ match: { path: METRICS }, respond: { status: 503 }, ...(times && { times }) }),
      })
    const added = await Promise.all([...replicas, ...replicas].map((replica) => add(replica)))
    const ids = added.map((r) => (r.body as { id: string }).id)
    expect(new Set(ids).size).toBe(6)
    for (const replica of replicas) expect((await scenarioList(replica.url)).map((s) => s.id).sort()).toEqual([...ids].sort())
    expect((await call(`${replicas[0]!.url}/__mock/scenarios`, { method: 'DELETE' })).body).toEqual({ removed: 6 })

    // A counted scenario used through one replica shows its uses left on another.
    const { id } = (await add(replicas[0]!, 3)).body as { id: string }
    expect((await call(withQuery(`${replicas[1]!.url}${METRICS}`, WEEK), { headers: bearer(token) })).status).toBe(503)
    expect(await scenarioList(replicas[2]!.url)).toEqual([expect.objectContaining({ id, times_left: 2 })])
    for (const replica of replicas.slice(0, 2)) {
      expect((await call(withQuery(`${replica.url}${METRICS}`, WEEK), { headers: bearer(token) })).status).toBe(503)
    }
    expect(await scenarioList(replicas[2]!.url)).toEqual([])
  })

  it('lists and downloads an export made through one replica through the others, and expires it on all', async () => {
    const made = await requestExport(replicas[0]!.url, 'csv')
    expect(made.status).toBe(200)
    const created = made.body as Created
    const lists = await Promise.all(replicas.map((r) => call(`${r.url}${EXPORTS}`, { headers: bearer(admin) })))
    expect(lists.map((l) => l.status)).toEqual([200, 200, 200])
    expect(new Set(lists.map((l) => l.text)).size).toBe(1)
    expect((lists[0]!.body as { exports: Created[] }).exports.map((e) => e.export_id)).toContain(created.export_id)

    const files = await Promise.all(replicas.slice(1).map((r) => call(`${r.url}${created.download_url}`, { headers: bearer(admin) })))
    expect(files.map((f) => f.status)).toEqual([200, 200])
    expect(files[0]!.text).toContain(`${created.export_id},voice,2026-03-01,2026-03-08`)
    expect(files[1]!.text).toBe(files[0]!.text)

    // One audit ring: the request and both downloads, numbered once, read through another replica.
    const audit = (await replicas[2]!.mock.aurion.audit.entries()).filter((e) => e.details.export_id === created.export_id)
    expect(audit.map((e) => e.action)).toEqual(['export_requested', 'export_downloaded', 'export_downloaded'])
    expect(new Set(audit.map((e) => e.id)).size).toBe(3)

    // A day later on the mock clock, moved through replica 2: gone from every replica, for good.
    expect((await setClock(replicas[1]!.url, { advance_seconds: 86_400 })).status).toBe(200)
    for (const replica of replicas) {
      expect((await listExports(replica.url)).exports).toEqual([])
      expect((await call(`${replica.url}${created.download_url}`, { headers: bearer(admin) })).status).toBe(404)
    }
    expect((await setClock(replicas[2]!.url, { now: NOW.toISOString() })).status).toBe(200)
    expect((await listExports(replicas[0]!.url)).exports).toEqual([])
  })

  it('keeps one journal of every replica in a bounded Redis stream, with no secret in it', async () => {
    // A fresh minute, so that the API key has requests left.
    expect((await setClock(replicas[0]!.url, { advance_seconds: 120 })).status).toBe(200)
    await Promise.all(Array.from({ length: 6 }, () => call(withQuery(`${proxy.url}${METRICS}`, WEEK), { headers: bearer(token) })))
    await call(withQuery(`${proxy.url}${METRICS}`, WEEK), { headers: { 'X-API-Key': apiKey } })
    const journals = await Promise.all(replicas.map((r) => call(`${r.url}/__mock/requests?limit=7`)))
    expect(new Set(journals.map((j) => j.text)).size).toBe(1)
    const requests = (journals[0]!.body as { requests: { id: number; path: string }[] }).requests
    expect(requests.map((r) => r.path)).toEqual(Array(7).fill(METRICS))
    expect(new Set(requests.map((r) => r.id)).size).toBe(7)

    await inspect.connect().catch(() => undefined)
    const stream = `${PREFIX}:state:log:journal`
    expect(await inspect.xlen(stream)).toBe(JOURNAL_SIZE)
    const stored = JSON.stringify(await inspect.xrange(stream, '-', '+'))
    expect(stored.includes('key_id')).toBe(true)
    for (const secret of [token, admin, apiKey]) expect(stored.includes(secret)).toBe(false)
  })

  it('gives the same bytes for the same request through each replica', async () => {
    const texts = await Promise.all(
      replicas.map(async (r) => (await call(withQuery(`${r.url}${METRICS}`, WEEK), { headers: bearer(token) })).text),
    )
    expect(texts[0]!.length).toBeGreaterThan(100)
    expect(new Set(texts).size).toBe(1)
  })

  it('refuses to join a namespace created for another world, naming the difference', async () => {
    const joining = startTestServer({ redis: redis.url, redisPrefix: PREFIX, size: 2000, seed: 7 })
    await expect(joining).rejects.toThrow(SharedStateError)
    await expect(joining).rejects.toThrow('this Redis namespace serves another world: seed 7 (namespace: 42)')
    // Another prefix is another mock: it starts.
    const other = await startTestServer({ redis: redis.url, redisPrefix: `${PREFIX}-other`, size: 2000, seed: 7 })
    await other.close()
  })

  it('refuses to start when Redis is out of reach', async () => {
    const closed = await freePort()
    await expect(startTestServer({ redis: `redis://127.0.0.1:${closed}`, size: 2000 })).rejects.toThrow(
      `cannot reach Redis at redis://127.0.0.1:${closed}`,
    )
  })

  it('exits 1 with one clear line when the CLI cannot reach Redis', async () => {
    const closed = await freePort()
    const args = ['bin/analytics-mock.js', 'serve', '--port', '0', '--conversations', '200', '--redis', `redis://127.0.0.1:${closed}`]
    const { code, stderr } = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = execFile(process.execPath, args, { timeout: 30_000 }, (_error, _stdout, stderr) =>
        resolve({ code: child.exitCode, stderr }),
      )
    })
    expect(code).toBe(1)
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(`^analytics-mock: cannot reach Redis at redis://127.0.0.1:${closed}`)])
  })

  it('empties the shared rate-limit windows on reset, through any replica', async () => {
    // This minute's searches are spent (the tests above); a reset on replica 3 frees them on replica 1.
    const spent = await Promise.all(Array.from({ length: 11 }, () => search(proxy.url)))
    expect(spent.some((r) => r.status === 429)).toBe(true)
    expect((await call(`${replicas[2]!.url}/__mock/reset`, { method: 'POST' })).status).toBe(200)
    expect((await call(`${replicas[0]!.url}/__mock/clock`)).body).toEqual({ now: NOW.toISOString() })
    expect((await search(replicas[0]!.url)).status).toBe(200)
  })

  it('empties the shared exports and journal on reset, through any replica', async () => {
    expect((await requestExport(replicas[0]!.url, 'json')).status).toBe(200)
    expect((await call(`${replicas[1]!.url}/__mock/reset`, { method: 'POST' })).status).toBe(200)
    expect((await listExports(replicas[2]!.url)).exports).toEqual([])
    const journal = (await call(`${replicas[0]!.url}/__mock/requests`)).body as { requests: { path: string }[] }
    expect(journal.requests.map((r) => r.path)).toEqual([EXPORTS])
  })

  it('keeps at most the bound of records an owner, drops expired ones for good, and bounds its logs', async () => {
    const shared = await connectRedisState({ url: redis.url, prefix: `${PREFIX}-stores`, world: { ...WORLD, now: NOW.toISOString() } })
    try {
      const records = shared.state.records!<{ n: number }>('things')
      const start = NOW.getTime()
      for (let n = 1; n <= 4; n++) {
        const sequence = await records.next('owner')
        expect(sequence).toBe(n)
        await records.add({ id: `r${n}`, owner: 'owner', sequence, expiresMs: start + n * 1000 }, { n }, { nowMs: start, keep: 3 })
      }
      // The fourth pushed the first out; the second expires at start + 2 s.
      expect(await records.live('owner', start)).toEqual([{ n: 2 }, { n: 3 }, { n: 4 }])
      expect(await records.live('owner', start + 2000)).toEqual([{ n: 3 }, { n: 4 }])
      expect(await records.live('owner', start)).toEqual([{ n: 3 }, { n: 4 }])
      expect(await records.get('owner', 'r1')).toBeUndefined()
      expect(await records.live('nobody', start)).toEqual([])

      const log = shared.state.log!<string>('lines', 3)
      for (const line of ['a', 'b', 'c', 'd']) await log.append(line)
      expect(await log.latest(10)).toEqual([
        { sequence: 4, entry: 'd' },
        { sequence: 3, entry: 'c' },
        { sequence: 2, entry: 'b' },
      ])
      expect(await log.clear()).toBe(3)
      expect(await log.latest(10)).toEqual([])
    } finally {
      await shared.close()
    }
  })

  it('answers 503 with Retry-After while Redis is down, keeps serving the world, and recovers with its exports', async () => {
    const kept = (await requestExport(proxy.url, 'json')).body as Created
    const before = await call(`${replicas[0]!.url}${kept.download_url}`, { headers: bearer(admin) })
    expect(before.status).toBe(200)
    await redis.stop()

    const stateful = [
      () => search(proxy.url),
      () => requestExport(proxy.url, 'csv'),
      () => call(`${proxy.url}${EXPORTS}`, { headers: bearer(admin) }),
      () => call(`${proxy.url}${kept.download_url}`, { headers: bearer(admin) }),
      () => call(withQuery(`${proxy.url}${METRICS}`, WEEK), { headers: { 'X-API-Key': apiKey } }),
    ]
    for (const send of stateful) {
      const started = performance.now()
      const down = await send()
      expect(performance.now() - started).toBeLessThan(5000)
      expect(down.status).toBe(503)
      expect(down.headers.get('retry-after')).toBe('1')
      expect(down.body).toEqual({ detail: 'Service temporarily unavailable: the mock cannot reach its shared state' })
    }
    // Admin reads and changes that need Redis say so too.
    for (const path of ['/__mock/requests', '/__mock/reset']) {
      const down = await call(`${replicas[0]!.url}${path}`, { method: path.endsWith('reset') ? 'POST' : 'GET' })
      expect(down.status).toBe(503)
      expect(down.headers.get('retry-after')).toBe('1')
    }
    // Reads of the world need no shared state.
    expect((await call(withQuery(`${proxy.url}${METRICS}`, WEEK), { headers: bearer(token) })).status).toBe(200)

    // Back on the same port and directory: the export made before is listed and downloads the same bytes.
    await redis.start()
    for (const replica of replicas) {
      await vi.waitFor(async () => expect((await call(`${replica.url}${EXPORTS}`, { headers: bearer(admin) })).status).toBe(200), {
        timeout: 10_000,
        interval: 200,
      })
    }
    expect((await search(proxy.url)).status).toBe(200)
    for (const replica of replicas) {
      expect((await listExports(replica.url)).exports.map((e) => e.export_id)).toEqual([kept.export_id])
      expect((await call(`${replica.url}${kept.download_url}`, { headers: bearer(admin) })).text).toBe(before.text)
    }
  })
})
