// AurionAI public API keys (`publicApiKeys: true`, the documented future contract) in process (mock.fetch;
// no socket adds anything here): the per-key limit with its headers, 429 and its reset on the mock clock,
// concurrency, 401 for an unknown key, 403 on the admin-only export operations.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { bearer, withQuery } from '../support/http.ts'
import { inProcessMock, type InProcessMock } from '../support/in-process.ts'
import { responseValidator, type ResponseCheck } from '../support/response-validator.ts'

const METRICS = 'get_call_metrics_api_v1_analytics_call_metrics_get'
const SEARCH = 'search_calls_by_phone_api_v1_analytics_search_get'
const REQUEST = 'request_export_api_v1_analytics_export_post'
const LIST = 'list_exports_api_v1_analytics_exports_get'
const DOWNLOAD = 'download_export_api_v1_analytics_export__export_id__download_get'
const WEEK = { start_date: '2026-03-01', end_date: '2026-03-08' }

let server: InProcessMock
let check: ResponseCheck
let key: string
let adminToken: string
const metricsUrl = () => withQuery(`${server.url}/api/v1/analytics/call-metrics`, WEEK)
const withKey = (k = key) => ({ 'X-API-Key': k })
/** Moves the clock to `seconds` past the start of the next minute: a fresh window for every key. */
function nextWindow(seconds = 0): void {
  const now = server.mock.clock.now().getTime()
  server.mock.clock.advance(60_000 - (now % 60_000) + seconds * 1000)
}

beforeAll(async () => {
  server = await inProcessMock({ seed: 42, publicApiKeys: true, rateLimit: 5 })
  check = await responseValidator('aurion')
  const credentials = server.mock.credentials().aurion
  const defaultTenant = credentials.sessions[0]!.tenant_id
  key = credentials.api_keys.find((k) => k.tenant_id === defaultTenant)!.key
  adminToken = credentials.sessions.find((s) => s.tenant_id === defaultTenant && s.role === 'super_admin')!.token
})
beforeEach(() => nextWindow())

describe('public API keys', () => {
  it('counts down X-RateLimit-Remaining, then answers 429 with Retry-After until the minute ends', async () => {
    nextWindow(20)
    for (const remaining of [4, 3, 2, 1, 0]) {
      const reply = await server.call(metricsUrl(), { headers: withKey() })
      expect(reply.status).toBe(200)
      expect(check(METRICS, reply)).toEqual([])
      expect(reply.headers.get('x-ratelimit-limit')).toBe('5')
      expect(reply.headers.get('x-ratelimit-remaining')).toBe(String(remaining))
    }
    const limited = await server.call(metricsUrl(), { headers: withKey() })
    expect(limited.status).toBe(429)
    expect(check(METRICS, limited)).toEqual([])
    expect(limited.body).toEqual({ detail: 'API key rate limit exceeded', limit: 5 })
    expect(limited.headers.get('retry-after')).toBe('40')
    expect(limited.headers.get('x-ratelimit-limit')).toBe('5')
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0')
    // The limit is per key: another tenant's key and a dashboard session are not affected.
    const otherKey = server.mock.credentials().aurion.api_keys.find((k) => k.key !== key)!.key
    expect((await server.call(metricsUrl(), { headers: withKey(otherKey) })).status).not.toBe(429)
    expect((await server.call(metricsUrl(), { headers: bearer(adminToken) })).status).toBe(200)

    server.mock.clock.advance(39_000)
    expect((await server.call(metricsUrl(), { headers: withKey() })).headers.get('retry-after')).toBe('1')
    server.mock.clock.advance(1_000)
    const reset = await server.call(metricsUrl(), { headers: withKey() })
    expect(reset.status).toBe(200)
    expect(reset.headers.get('x-ratelimit-remaining')).toBe('4')
  })

  it('serves the same figures to a key as to a session of its tenant', async () => {
    const viaKey = await server.call(metricsUrl(), { headers: withKey() })
    const viaSession = await server.call(metricsUrl(), { headers: bearer(adminToken) })
    expect(viaKey.text).toBe(viaSession.text)
    // Sessions are not limited per key, so their responses carry no X-RateLimit-* headers.
    expect(viaSession.headers.get('x-ratelimit-limit')).toBeNull()
  })

  it('lets no more than the limit through under 20 concurrent requests', async () => {
    const replies = await Promise.all(Array.from({ length: 20 }, () => server.call(metricsUrl(), { headers: withKey() })))
    const statuses = replies.map((r) => r.status)
    expect(statuses.filter((s) => s === 200)).toHaveLength(5)
    expect(statuses.filter((s) => s === 429)).toHaveLength(15)
    const remaining = replies.filter((r) => r.status === 200).map((r) => r.headers.get('x-ratelimit-remaining'))
    expect(remaining.sort()).toEqual(['0', '1', '2', '3', '4'])
  })

  it('answers an unknown key with 401 Invalid API key', async () => {
    const reply = await server.call(metricsUrl(), { headers: withKey('itsm_sk_live_nope') })
    expect(reply.status).toBe(401)
    expect(check(METRICS, reply)).toEqual([])
    expect(reply.body).toEqual({ detail: 'Invalid API key' })
    expect(reply.headers.get('www-authenticate')).toBe('Bearer')
  })

  it('keeps export creation and listing admin-session only (403), and lets a key download', async () => {
    const post = await server.call(`${server.url}/api/v1/analytics/export`, {
      method: 'POST',
      headers: { ...withKey(), 'Content-Type': 'application/json' },
      body: JSON.stringify({ format: 'csv', ...WEEK }),
    })
    expect(post.status).toBe(403)
    expect(check(REQUEST, post)).toEqual([])
    expect(post.body).toEqual({ detail: 'API keys are not permitted for this endpoint' })
    const list = await server.call(`${server.url}/api/v1/analytics/exports`, { headers: withKey() })
    expect(list.status).toBe(403)
    expect(check(LIST, list)).toEqual([])

    const created = await server.call(`${server.url}/api/v1/analytics/export`, {
      method: 'POST',
      headers: { ...bearer(adminToken), 'Content-Type': 'application/json' },
      body: JSON.stringify({ format: 'json', ...WEEK }),
    })
    const { download_url } = created.body as { download_url: string }
    const file = await server.call(`${server.url}${download_url}`, { headers: withKey() })
    expect(file.status).toBe(200)
    expect(check(DOWNLOAD, file)).toEqual([])
    expect(file.headers.get('x-ratelimit-remaining')).toBe('4')
  })

  it('gives the phone search the key’s headers on success and the search limit’s on its own 429', async () => {
    // The search allows 10 a minute per caller, more than this key's 5: the key's limit bites first.
    const search = () => server.call(withQuery(`${server.url}/api/v1/analytics/search`, { phone: '1234', ...WEEK }), { headers: withKey() })
    const first = await search()
    expect(first.status).toBe(200)
    expect(check(SEARCH, first)).toEqual([])
    expect(first.headers.get('x-ratelimit-limit')).toBe('5')
    expect(first.headers.get('x-ratelimit-remaining')).toBe('4')
    for (let i = 0; i < 4; i++) expect((await search()).status).toBe(200)
    const limited = await search()
    expect(limited.status).toBe(429)
    expect(limited.body).toEqual({ detail: 'API key rate limit exceeded', limit: 5 })
    expect(check(SEARCH, limited)).toEqual([])
  })

  it('answers Prefer: code=429 with the configured limit and the real headers', async () => {
    const reply = await server.call(metricsUrl(), { headers: { ...withKey(), Prefer: 'code=429' } })
    expect(reply.status).toBe(429)
    expect(check(METRICS, reply)).toEqual([])
    expect(reply.body).toEqual({ detail: 'API key rate limit exceeded', limit: 5 })
    expect(reply.headers.get('retry-after')).toBe('60')
    expect(reply.headers.get('x-ratelimit-limit')).toBe('5')
    expect(reply.headers.get('x-ratelimit-remaining')).toBe('0')
  })
})
