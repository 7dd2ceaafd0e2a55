// The report cache (mocks/core/rendered-memo.ts): a repeated identical report request gets the body rendered
// before, and nothing else is remembered. Every answer of a mock with the cache on is compared with a mock
// of the same seed that renders every answer afresh (`reportCache: false`).
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { AurionSession } from '../support/http.ts'
import { bearer } from '../support/http.ts'
import { inProcessMock, type InProcessMock } from '../support/in-process.ts'

const OVERVIEW = '/api/v2/analytics/conversations/overview'
const WEEK = '?date_from=2026-03-01T00:00:00Z&date_to=2026-03-08T23:59:59Z'
const CSAT = '/api/v2/analytics/conversations/csat'
const TEAMS = '/api/v2/analytics/conversations/teams'

let cached: InProcessMock
let fresh: InProcessMock
let sessions: AurionSession[]
let admin: AurionSession

/** The same request to both mocks: the cached answer must be what a fresh render gives. */
async function both(path: string, session = admin, headers: Record<string, string> = {}) {
  const init = { headers: { ...bearer(session.token), ...headers } }
  const [a, b] = await Promise.all([cached.call(cached.url + path, init), fresh.call(fresh.url + path, init)])
  expect(a.status).toBe(b.status)
  expect(a.text).toBe(b.text)
  return a
}

beforeAll(async () => {
  ;[cached, fresh] = await Promise.all([inProcessMock({ seed: 7 }), inProcessMock({ seed: 7, reportCache: false })])
  sessions = cached.mock.credentials().aurion.sessions
  admin = sessions.find((s) => s.role === 'super_admin')!
})
beforeEach(() => {
  cached.mock.reset()
  fresh.mock.reset()
})

describe('report cache', () => {
  it('answers a repeated request with the same bytes a fresh render gives', async () => {
    const first = await both(OVERVIEW + WEEK)
    expect(first.status).toBe(200)
    const again = await both(OVERVIEW + WEEK)
    expect(again.text).toBe(first.text)
  })

  it('follows the clock: a range that ends now moves with it, and is fresh again after reset', async () => {
    const before = await both(OVERVIEW)
    for (const mock of [cached, fresh]) mock.mock.clock.advance(3 * 86_400_000)
    const later = await both(OVERVIEW)
    expect(later.text).not.toBe(before.text)
    cached.mock.reset()
    fresh.mock.reset()
    expect((await both(OVERVIEW)).text).toBe(before.text)
  })

  it('never gives one tenant, filter or range the answer of another', async () => {
    const tenants = sessions.filter((s) => s.role === 'super_admin')
    expect(tenants.length).toBeGreaterThan(1)
    const answers = new Set<string>()
    for (const session of tenants) answers.add((await both(TEAMS, session)).text)
    expect(answers.size).toBe(tenants.length)

    const team = (JSON.parse((await both(TEAMS)).text) as { teams: { team_id: string }[] }).teams[0]!.team_id
    const all = await both(CSAT + WEEK)
    const oneTeam = await both(`${CSAT + WEEK}&team_id=${team}`)
    expect(oneTeam.text).not.toBe(all.text)
    const otherWeek = await both(`${OVERVIEW}?date_from=2026-02-01T00:00:00Z&date_to=2026-02-08T23:59:59Z`)
    expect(otherWeek.text).not.toBe((await both(OVERVIEW + WEEK)).text)
  })

  it('still checks who asks: a role without access gets its 403 after another role was answered', async () => {
    expect((await both(OVERVIEW + WEEK)).status).toBe(200)
    const billing = sessions.find((s) => s.tenant_id === admin.tenant_id && s.role === 'billing_viewer')!
    expect((await both(OVERVIEW + WEEK, billing)).status).toBe(403)
    expect((await cached.call(cached.url + OVERVIEW + WEEK)).status).toBe(401)
  })

  it('still honours Prefer and scenarios on a remembered answer', async () => {
    await both(OVERVIEW + WEEK)
    const forced = await both(OVERVIEW + WEEK, admin, { Prefer: 'code=429' })
    expect(forced.status).toBe(429)
    for (const { mock } of [cached, fresh]) mock.scenarios.add({ match: { path: OVERVIEW }, respond: { status: 503 }, times: 1 })
    expect((await both(OVERVIEW + WEEK)).status).toBe(503)
    expect((await both(OVERVIEW + WEEK)).status).toBe(200)
  })

  it('journals every request, remembered or not', async () => {
    for (let i = 0; i < 3; i++) await cached.call(cached.url + OVERVIEW + WEEK, { headers: bearer(admin.token) })
    const entries = cached.mock.journal.list({ operation: 'get_conversation_overview_api_v2_analytics_conversations_overview_get' })
    expect(entries.map((e) => e.status)).toEqual([200, 200, 200])
  })
})

describe('report cache with API keys', () => {
  let keyed: InProcessMock
  beforeAll(async () => {
    keyed = await inProcessMock({ seed: 7, publicApiKeys: true, rateLimit: 3 })
  })

  it('counts every request against the rate limit and sends its headers fresh', async () => {
    const key = keyed.mock.credentials().aurion.api_keys[0]!.key
    const remaining: (string | null)[] = []
    const statuses: number[] = []
    for (let i = 0; i < 4; i++) {
      const reply = await keyed.call(keyed.url + OVERVIEW + WEEK, { headers: { 'X-API-Key': key } })
      statuses.push(reply.status)
      remaining.push(reply.headers.get('x-ratelimit-remaining'))
    }
    expect(statuses).toEqual([200, 200, 200, 429])
    expect(remaining).toEqual(['2', '1', '0', '0'])
  })
})
