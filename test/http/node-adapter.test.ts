// The Node server's own edges: what no operation routes, bodies past the limit, header names in any
// case, CORS on API answers and preflights, and the admin routes still on Express.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningServer } from '../../server/serve.ts'
import { bearer, call, startTestServer } from '../support/http.ts'

let server: RunningServer
let token: string
beforeAll(async () => {
  server = await startTestServer()
  token = server.mock.credentials().aurion.sessions[0]!.token
})
afterAll(() => server.close())

const TEAMS = '/api/v2/analytics/conversations/teams'

describe('the Node server', () => {
  it("answers FastAPI's 404 for a path no operation has, and 405 with Allow for another method", async () => {
    const missing = await call(`${server.url}/api/v2/nothing-here`, { headers: bearer(token) })
    expect([missing.status, missing.body]).toEqual([404, { detail: 'Not Found' }])
    const wrongMethod = await call(server.url + TEAMS, { method: 'DELETE', headers: bearer(token) })
    expect([wrongMethod.status, wrongMethod.body, wrongMethod.headers.get('allow')]).toEqual([405, { detail: 'Method Not Allowed' }, 'GET'])
    // The journal keeps both, with the status they were answered and no operation.
    const [last, before] = server.mock.journal.list({ limit: 2 })
    expect([before, last].map((e) => [e?.method, e?.path, e?.status, e?.operation])).toEqual([
      ['GET', '/api/v2/nothing-here', 404, null],
      ['DELETE', TEAMS, 405, null],
    ])
  })

  it('journals what mock.fetch does not route, as the server does', async () => {
    const reply = await server.mock.fetch(new Request('http://mock.test/api/v2/elsewhere?x=1'))
    expect(reply.status).toBe(404)
    expect(server.mock.journal.list({ limit: 1 })[0]).toMatchObject({
      path: '/api/v2/elsewhere',
      query: { x: '1' },
      status: 404,
      operation: null,
    })
  })

  it('refuses a body over 5 MB with 413 and stays up', async () => {
    const nebulyKey = server.mock.credentials().nebuly!.api_keys[0]!.key
    const reply = await call(`${server.url}/api/external/get-interaction-aggregates`, {
      method: 'POST',
      headers: { ...bearer(nebulyKey), 'Content-Type': 'application/json' },
      body: `{"pad": "${'x'.repeat(6 * 1024 * 1024)}"}`,
    })
    expect(reply.status).toBe(413)
    expect(reply.body).toEqual({ detail: 'Request body too large' })
    expect((await call(server.url + TEAMS, { headers: bearer(token) })).status).toBe(200)
  })

  it('reads header names in any case, as Fetch does', async () => {
    const reply = await call(server.url + TEAMS, { headers: { AUTHORIZATION: `Bearer ${token}` } })
    expect(reply.status).toBe(200)
    expect((await call(server.url + TEAMS, { headers: { authorization: 'Bearer nope' } })).status).toBe(401)
  })

  it('gives localhost pages CORS headers on API answers and preflights, and nobody else', async () => {
    const origin = 'http://localhost:5173'
    const reply = await call(server.url + TEAMS, { headers: { ...bearer(token), Origin: origin } })
    expect(reply.headers.get('access-control-allow-origin')).toBe(origin)
    expect(reply.headers.get('access-control-expose-headers')).toContain('X-RateLimit-Remaining')
    const preflight = await fetch(server.url + TEAMS, {
      method: 'OPTIONS',
      headers: { Origin: origin, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe(origin)
    const foreign = await call(server.url + TEAMS, { headers: { ...bearer(token), Origin: 'https://evil.example' } })
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('keeps the admin routes', async () => {
    const health = await call(`${server.url}/__mock/health`)
    expect(health.status).toBe(200)
    expect(health.body).toMatchObject({ status: 'ok', seed: 42 })
  })
})
