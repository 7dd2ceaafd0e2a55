// Three replicas sharing one real redis-server, behind a round-robin proxy: they behave as one mock.
import { execFile } from 'node:child_process'
import { createServer, request as httpRequest, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { RunningServer } from '../../server/serve.ts'
import { SharedStateError } from '../../server/redis-state.ts'
import { bearer, call, NOW, sessionOf, startTestServer, withQuery } from '../support/http.ts'
import { freePort, redisServerMissing, startRedisServer, type RedisServer } from '../support/redis-server.ts'

const missing = redisServerMissing()
if (missing) console.warn(`[replicas] skipped: ${missing}`)

const SEARCH = '/api/v1/analytics/search'
const METRICS = '/api/v1/analytics/call-metrics'
const WEEK = { start_date: '2026-03-01', end_date: '2026-03-08' }
const PREFIX = 'replicas-test'

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

  beforeAll(async () => {
    redis = await startRedisServer()
    const options = { redis: redis.url, redisPrefix: PREFIX, size: 2000 }
    replicas = []
    // One after the other: the first creates the namespace, the others join it.
    for (let i = 0; i < 3; i++) replicas.push(await startTestServer(options))
    proxy = await roundRobin(replicas.map((r) => r.url))
    token = sessionOf(replicas[0]!.mock.credentials().aurion.sessions, 'agent', 'voice').token
  })

  afterAll(async () => {
    await new Promise<void>((resolve) => proxy?.server.close(() => resolve()))
    for (const replica of replicas ?? []) await replica.close()
    await redis?.stop()
  })

  const search = (base: string) => call(withQuery(`${base}${SEARCH}`, { phone: '1234', ...WEEK }), { headers: bearer(token) })

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

  it('answers 503 with Retry-After while Redis is down, keeps serving the world, and recovers when it returns', async () => {
    await redis.stop()
    const started = performance.now()
    const down = await search(proxy.url)
    expect(performance.now() - started).toBeLessThan(5000)
    expect(down.status).toBe(503)
    expect(down.headers.get('retry-after')).toBe('1')
    expect(down.body).toEqual({ detail: 'Service temporarily unavailable: the mock cannot reach its shared state' })
    // Reads of the world need no shared state.
    expect((await call(withQuery(`${proxy.url}${METRICS}`, WEEK), { headers: bearer(token) })).status).toBe(200)

    await redis.start()
    await vi.waitFor(async () => expect((await search(proxy.url)).status).not.toBe(503), { timeout: 10_000, interval: 200 })
  })
})
