// One regression test per finding of the shared-mock attack (issue 10): each request here used to crash,
// hang, answer 500, leak or grow the mock; now each gets a clear answer in the vendor's shape.
import { connect, type Socket } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { deterministicUuid } from '../../mocks/aurion/audit.ts'
import { MAX_EXPORTS_PER_TENANT } from '../../mocks/aurion/exports/routes.ts'
import { MAX_BUCKETS_PER_SERIE } from '../../mocks/core/limits.ts'
import type { RunningServer } from '../../server/serve.ts'
import { basic, bearer, call, sessionOf, startTestServer, type Reply } from '../support/http.ts'
import { rawRequest } from '../support/raw-http.ts'
import { responseValidator, type ResponseCheck } from '../support/response-validator.ts'

const fiveSeconds = () => ({ signal: AbortSignal.timeout(5_000) })

let server: RunningServer
let aurion: ResponseCheck
let chatlayer: ResponseCheck
let nebuly: ResponseCheck
let admin: Record<string, string>
let reader: Record<string, string>
let team: Record<string, string>
let bot: string
let project: Record<string, string>

beforeAll(async () => {
  server = await startTestServer()
  const credentials = server.mock.credentials()
  admin = bearer(sessionOf(credentials.aurion.sessions, 'tenant_admin').token)
  reader = bearer(sessionOf(credentials.aurion.sessions, 'tenant_readonly').token)
  const token = credentials.chatlayer!.tokens[0]!
  team = basic(token)
  bot = token.bot_ids[0]!
  project = { ...bearer(credentials.nebuly!.api_keys[0]!.key), 'Content-Type': 'application/json' }
  ;[aurion, chatlayer, nebuly] = await Promise.all([
    responseValidator('aurion'),
    responseValidator('chatlayer'),
    responseValidator('nebuly'),
  ])
})
afterAll(() => server.close())

const get = (path: string, headers: Record<string, string>) => call(`${server.url}${path}`, { headers, ...fiveSeconds() })
const post = (path: string, headers: Record<string, string>, body: unknown) =>
  call(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    ...fiveSeconds(),
  })
const AGGREGATES = '/api/external/get-interaction-aggregates'
const aggregates = (body: Record<string, unknown>) =>
  post(AGGREGATES, project, {
    time_range: { start: '2026-02-01T00:00:00Z', end: '2026-03-01T00:00:00Z' },
    filters: [],
    limit: 10,
    offset: 0,
    ...body,
  })

/** The `ctx.error` texts of a 422 body. */
function errors(reply: Reply): string[] {
  return (reply.body as { detail: { ctx?: { error?: string } }[] }).detail.map((d) => d.ctx?.error ?? '')
}

describe('1. a Chatlayer series over 0001..9999 by the hour', () => {
  it('is refused at once with INVALID_ARGUMENT naming the limit', async () => {
    const reply = await get(
      `/v1/bots/${bot}/conversations?version=LIVE&start_time=0001-01-01T00:00:00Z&end_time=9999-12-31T23:59:59Z&bucket=1h`,
      team,
    )
    expect(reply.status).toBe(400)
    expect(chatlayer('Analytics_GetConversations', reply)).toEqual([])
    expect((reply.body as { code: number; message: string }).code).toBe(3)
    expect((reply.body as { message: string }).message).toContain('1970-01-01 to 9999-12-30')
  })

  it('names the 366-day limit for a long range inside the window', async () => {
    const reply = await get(
      `/v1/bots/${bot}/conversations?version=LIVE&start_time=2020-01-01T00:00:00Z&end_time=2026-01-01T00:00:00Z&bucket=1d`,
      team,
    )
    expect(reply.status).toBe(400)
    expect((reply.body as { message: string }).message).toContain('366 days')
  })

  it('bounds the buckets a serie holds: 1h over 125 days is served, one hour more is refused naming the limit', async () => {
    const series = (end: string) =>
      get(`/v1/bots/${bot}/conversations?version=LIVE&start_time=2025-11-04T00:00:00Z&end_time=${end}&bucket=1h`, team)
    const longest = await series('2026-03-09T00:00:00Z')
    expect(longest.status).toBe(200)
    expect((longest.body as { data: { x_values: string[] } }).data.x_values).toHaveLength(MAX_BUCKETS_PER_SERIE)
    const reply = await series('2026-03-09T00:00:01Z')
    expect(reply.status).toBe(400)
    expect(chatlayer('Analytics_GetConversations', reply)).toEqual([])
    expect(reply.body).toEqual({
      code: 3,
      message:
        'bucket 1h cuts the range [2025-11-04T00:00:00Z, 2026-03-09T00:00:01Z) into 3001 buckets: at most 3000 a serie; use a larger bucket or a shorter range',
      details: [],
    })
    // The same range by the day is well inside the bound.
    expect(
      (
        await get(
          `/v1/bots/${bot}/conversations?version=LIVE&start_time=2025-11-04T00:00:00Z&end_time=2026-03-09T00:00:01Z&bucket=1d`,
          team,
        )
      ).status,
    ).toBe(200)
  })
})

describe('2. call metrics over 0100-01-01..9999-12-30', () => {
  it('answers 422 in the pydantic shape naming the window and the limit', async () => {
    const reply = await get('/api/v1/analytics/call-metrics?start_date=0100-01-01&end_date=9999-12-30', reader)
    expect(reply.status).toBe(422)
    expect(aurion('get_call_metrics_api_v1_analytics_call_metrics_get', reply)).toEqual([])
    expect(errors(reply)).toEqual(['the mock serves dates from 1970-01-01 to 9999-12-30', 'the range must not be longer than 366 days'])
  })

  it('bounds the conversations search to 200 characters', async () => {
    const reply = await get(`/api/v2/conversations?search=${'a '.repeat(101)}`, reader)
    expect(reply.status).toBe(422)
    expect(aurion('list_conversations_v2_api_v2_conversations_get', reply)).toEqual([])
    expect((reply.body as { detail: { type: string }[] }).detail[0]!.type).toBe('string_too_long')
  })

  it('still serves a full year', async () => {
    const reply = await get('/api/v1/analytics/call-metrics?start_date=2025-03-09&end_date=2026-03-09', reader)
    expect(reply.status).toBe(200)
  })
})

describe('3. the admin surface beyond loopback', () => {
  let open: RunningServer
  beforeAll(async () => {
    open = await startTestServer({ host: '0.0.0.0', allowedHosts: ['qa-mock.internal'] })
  })
  afterAll(() => open.close())
  const local = () => open.url.replace('0.0.0.0', '127.0.0.1')

  it('needs the generated admin token for the credentials and the clock', async () => {
    expect(open.adminToken).toMatch(/^[\w-]{32}$/)
    const denied = await call(`${local()}/__mock/credentials`)
    expect(denied.status).toBe(401)
    expect(denied.headers.get('www-authenticate')).toContain('Bearer')
    expect(JSON.stringify(denied.body)).not.toContain('sess_')
    const moved = await call(`${local()}/__mock/clock`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"advance_seconds": 86400}',
    })
    expect(moved.status).toBe(401)
    expect(open.mock.clock.now().toISOString()).toBe('2026-03-09T12:00:00.000Z')
    const wrong = await call(`${local()}/__mock/credentials`, { headers: { 'X-Mock-Admin-Token': `${open.adminToken}x` } })
    expect(wrong.status).toBe(401)
    const allowed = await call(`${local()}/__mock/credentials`, { headers: bearer(open.adminToken!) })
    expect(allowed.status).toBe(200)
  })

  it('leaves the admin routes open on loopback', async () => {
    expect(server.adminToken).toBeUndefined()
    expect((await call(`${server.url}/__mock/credentials`)).status).toBe(200)
  })

  it('answers 421 Misdirected Request to a Host outside the allowlist, on API and admin routes alike', async () => {
    for (const path of ['/__mock/health', '/api/v2/analytics/conversations/overview', `/v1/bots/${bot}/conversations`]) {
      const reply = await rawRequest(server.url, path, { headers: { Host: 'attacker.example:4010', ...reader } })
      expect(reply.status, path).toBe(421)
      expect(reply.text).toContain('--allowed-host')
    }
    const fastApi = await rawRequest(server.url, '/api/v2/analytics/conversations/overview', { headers: { Host: 'attacker.example' } })
    expect(fastApi.body).toEqual({ detail: 'Host "attacker.example" is not allowed: start the mock with --allowed-host to serve it' })
    // grpc-gateway has no code for a misdirected request: UNKNOWN, as it writes any error that is not a gRPC status.
    const grpc = await rawRequest(server.url, `/v1/bots/${bot}/conversations`, { headers: { Host: 'attacker.example' } })
    expect(grpc.body).toMatchObject({ code: 2, details: [] })
  })

  it('checks the host of an absolute-form request target like Host', async () => {
    const reply = await rawRequest(server.url, 'http://attacker.example/__mock/health', { headers: { Host: '127.0.0.1' } })
    expect(reply.status).toBe(421)
    expect(reply.body).toEqual({ detail: 'Host "attacker.example" is not allowed: start the mock with --allowed-host to serve it' })
    expect((await rawRequest(server.url, 'http://127.0.0.1/__mock/health', { headers: { Host: '127.0.0.1' } })).status).toBe(200)
  })

  it('answers loopback names, IP literals, the bound host and --allowed-host names', async () => {
    for (const host of ['localhost:4010', '127.0.0.1', '[::1]:80', '10.1.2.3:4010', 'qa-mock.internal:4010']) {
      const reply = await rawRequest(local(), '/__mock/health', { headers: { Host: host, ...bearer(open.adminToken!) } })
      expect(reply.status, host).toBe(200)
    }
    expect((await rawRequest(local(), '/__mock/health', { headers: { Host: 'qa-mock.internal.evil' } })).status).toBe(421)
  })
})

describe('4. the clock', () => {
  const setClock = (body: string) =>
    call(`${server.url}/__mock/clock`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body })

  it("refuses instants outside its window with the admin contract's 422 naming the field, and keeps its time", async () => {
    for (const [body, field] of [
      ['{"advance_seconds": 1e300}', 'advance_seconds'],
      ['{"advance_seconds": -1e15}', 'advance_seconds'],
      ['{"now": "+275760-09-13T00:00:00.000Z"}', 'now'],
      ['{"now": "0100-01-01T00:00:00Z"}', 'now'],
    ]) {
      const reply = await setClock(body!)
      expect(reply.status, body).toBe(422)
      const [issue] = (reply.body as { detail: { loc: string[] }[] }).detail
      expect(issue?.loc, body).toEqual(['body', field])
    }
    expect((await call(`${server.url}/__mock/health`)).status).toBe(200)
    expect(((await call(`${server.url}/__mock/clock`)).body as { now: string }).now).toBe('2026-03-09T12:00:00.000Z')
    const created = await post('/api/v1/analytics/export', admin, { format: 'csv', start_date: '2026-03-01', end_date: '2026-03-08' })
    expect(created.status).toBe(200)
  })

  it('accepts the last instant of the window, where exports still work', async () => {
    expect((await setClock('{"now": "9999-12-30T23:59:59Z"}')).status).toBe(200)
    const created = await post('/api/v1/analytics/export', admin, { format: 'json', start_date: '9999-12-01', end_date: '9999-12-30' })
    expect(created.status).toBe(200)
    expect(aurion('request_export_api_v1_analytics_export_post', created)).toEqual([])
    expect((await setClock('{"now": "2026-03-09T12:00:00Z"}')).status).toBe(200)
  })
})

describe('5. the six causes of 500', () => {
  it('refuses v1 dates before year 100 and an end of 9999-12-31 with 422', async () => {
    for (const operation of ['call-metrics', 'resolution-rates', 'usage-patterns']) {
      for (const range of ['start_date=0050-01-01&end_date=0050-01-05', 'start_date=9999-12-20&end_date=9999-12-31']) {
        const reply = await get(`/api/v1/analytics/${operation}?${range}`, reader)
        expect(reply.status, `${operation} ${range}`).toBe(422)
      }
    }
    expect((await get('/api/v1/analytics/search?phone=1234&start_date=0050-01-01&end_date=0050-01-05', reader)).status).toBe(422)
    const exported = await post('/api/v1/analytics/export', admin, { format: 'csv', start_date: '0050-01-01', end_date: '0050-01-05' })
    expect(exported.status).toBe(422)
    expect(aurion('request_export_api_v1_analytics_export_post', exported)).toEqual([])
  })

  it('serves resolution rates whose comparison period reaches before the window', async () => {
    const reply = await get('/api/v1/analytics/resolution-rates?start_date=1970-01-01&end_date=1970-03-01', reader)
    expect(reply.status).toBe(200)
    expect(aurion('get_resolution_rates_api_v1_analytics_resolution_rates_get', reply)).toEqual([])
  })

  it('reads Nebuly tags named like Object.prototype members as tags nobody has', async () => {
    for (const tag of ['__proto__', 'constructor', 'toString']) {
      const filtered = await aggregates({ filters: [{ kind: 'tag', tag, values: ['a'] }] })
      expect(filtered.status, tag).toBe(200)
      expect((filtered.body as { data: { n_interactions: number }[] }).data[0]!.n_interactions).toBe(0)
      const grouped = await aggregates({ group_by: { kind: 'tag', tag } })
      expect(grouped.status, tag).toBe(200)
      expect(nebuly('get_interaction_aggregates_api_external_get_interaction_aggregates_post', grouped)).toEqual([])
      expect((grouped.body as { data: { group_name: unknown }[] }).data.map((r) => r.group_name)).toEqual([null])
    }
  })

  it('answers TRACE with 405 and Allow, in the dialect of the path', async () => {
    const fastApi = await rawRequest(server.url, '/api/v2/analytics/conversations/overview', { method: 'TRACE' })
    expect(fastApi.status).toBe(405)
    expect(fastApi.headers.allow).toBe('GET')
    expect(fastApi.body).toEqual({ detail: 'Method Not Allowed' })
    const grpc = await rawRequest(server.url, `/v1/bots/${bot}/conversations`, { method: 'TRACE' })
    expect(grpc.status).toBe(501)
    expect(grpc.body).toEqual({ code: 12, message: 'Method Not Allowed', details: [] })
  })

  it('reads a malformed escape in a path segment literally', async () => {
    const reply = await rawRequest(
      server.url,
      '/v1/bots/%zz/conversations?version=LIVE&start_time=2026-03-01T00:00:00Z&end_time=2026-03-02T00:00:00Z',
      {
        headers: team,
      },
    )
    expect(reply.status).toBe(404)
    expect(reply.body).toEqual({ code: 5, message: 'bot %zz not found', details: [] })
  })

  it('refuses JSON nested deeper than 200 levels on both POSTs', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`
    for (const [path, headers] of [
      [AGGREGATES, project],
      ['/api/v1/analytics/export', admin],
    ] as const) {
      const reply = await post(path, headers, deep)
      expect(reply.status, path).toBe(422)
      expect(reply.body).toEqual({
        detail: [
          { type: 'json_invalid', loc: ['body', 0], msg: 'JSON decode error', input: {}, ctx: { error: 'recursion limit exceeded' } },
        ],
      })
    }
  })

  it('refuses offsets beyond +-23:59 in every API', async () => {
    const offset = encodeURIComponent('2026-03-01T00:00:00+25:00')
    for (const path of [
      `/api/v2/analytics/conversations/overview?date_from=${offset}`,
      `/api/v2/analytics/conversations/insights?date_from=${offset}`,
      `/api/v2/conversations?created_after=${offset}`,
    ]) {
      const reply = await get(path, reader)
      expect(reply.status, path).toBe(422)
      expect(JSON.stringify(reply.body)).toContain('timezone offset must be less than 24 hours')
    }
    const series = await get(`/v1/bots/${bot}/conversations?version=LIVE&start_time=${offset}&end_time=2026-03-05T00:00:00Z`, team)
    expect(series.status).toBe(400)
    const nebulyReply = await aggregates({ time_range: { start: '2026-02-01T00:00:00-24:00', end: '2026-03-01T00:00:00Z' } })
    expect(nebulyReply.status).toBe(422)
  })
})

describe('6. memory under any sequence of valid requests', () => {
  it(`keeps at most ${MAX_EXPORTS_PER_TENANT} live exports a tenant and deletes expired ones`, async () => {
    const mock = await startTestServer()
    try {
      const session = bearer(sessionOf(mock.mock.credentials().aurion.sessions, 'tenant_admin').token)
      const create = () =>
        call(`${mock.url}/api/v1/analytics/export`, {
          method: 'POST',
          headers: { ...session, 'Content-Type': 'application/json' },
          body: JSON.stringify({ format: 'csv', start_date: '2026-03-01', end_date: '2026-03-08' }),
        })
      const first = (await create()).body as { export_id: string }
      for (let i = 0; i < MAX_EXPORTS_PER_TENANT; i++) expect((await create()).status).toBe(200)
      const list = (await call(`${mock.url}/api/v1/analytics/exports`, { headers: session })).body as { exports: { export_id: string }[] }
      expect(list.exports).toHaveLength(MAX_EXPORTS_PER_TENANT)
      expect(list.exports.map((e) => e.export_id)).not.toContain(first.export_id)
      expect(mock.mock.aurion.state.exports.count()).toBe(MAX_EXPORTS_PER_TENANT)

      mock.mock.clock.advance(24 * 3_600_000)
      await call(`${mock.url}/api/v1/analytics/exports`, { headers: session })
      expect(mock.mock.aurion.state.exports.count()).toBe(0)
      mock.mock.clock.advance(-24 * 3_600_000)
      const again = (await call(`${mock.url}/api/v1/analytics/exports`, { headers: session })).body as { exports: unknown[] }
      expect(again.exports).toEqual([])
    } finally {
      await mock.close()
    }
  })
})

describe('7. the Host header', () => {
  it('never chooses the route: the URL comes from the listening address', async () => {
    const before = server.mock.aurion.state.exports.count()
    const reply = await rawRequest(server.url, '/static/upload', {
      method: 'POST',
      headers: { Host: 'localhost:1/api/v1/analytics/export?', 'Content-Type': 'application/json', ...admin },
      body: JSON.stringify({ format: 'csv', start_date: '2026-03-01', end_date: '2026-03-08' }),
    })
    expect(reply.status).toBe(404)
    expect(server.mock.aurion.state.exports.count()).toBe(before)
  })
})

describe('8. slow clients and connection floods', () => {
  /** Resolves when the server closes the socket, with what it sent before closing. */
  const closed = (socket: Socket) =>
    new Promise<string>((resolve) => {
      let received = ''
      socket.on('data', (chunk: Buffer) => {
        received += chunk.toString('utf8')
      })
      socket.on('close', () => resolve(received))
    })

  it('closes a request whose body trickles in past the request timeout, with 408', async () => {
    const slow = await startTestServer({ limits: { requestTimeoutMs: 500, headersTimeoutMs: 400 } })
    try {
      const { port } = new URL(slow.url)
      const socket = connect(Number(port), '127.0.0.1')
      const done = closed(socket)
      socket.write(`POST ${AGGREGATES} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{`)
      expect(await done).toContain('408')
    } finally {
      await slow.close()
    }
  })

  it('closes connections beyond the cap as they arrive', async () => {
    const capped = await startTestServer({ limits: { maxConnections: 2 } })
    const { port } = new URL(capped.url)
    const sockets: Socket[] = []
    try {
      // One after the other, so that the server accepts them in this order.
      for (let i = 0; i < 3; i++) {
        const socket = connect(Number(port), '127.0.0.1')
        sockets.push(socket)
        await new Promise((resolve) => socket.once('connect', resolve))
      }
      // The third is closed by the server without a byte; the first two stay usable.
      expect(await closed(sockets[2]!)).toBe('')
      const health = await call(`${capped.url.replace('127.0.0.1', 'localhost')}/__mock/health`).catch(() => undefined)
      expect(health?.status ?? 0).not.toBe(200) // both slots are taken by the idle sockets
    } finally {
      for (const s of sockets) s.destroy()
      await capped.close()
    }
  })
})

describe('9. fallbacks in the dialect of the API', () => {
  it('answers unknown Chatlayer paths with grpc-gateway NOT_FOUND', async () => {
    const reply = await get('/v1/bots/x/nothing', team)
    expect(reply.status).toBe(404)
    expect(reply.body).toEqual({ code: 5, message: 'Not Found', details: [] })
  })

  it('answers a wrong method with 405 and Allow (FastAPI) or 501 UNIMPLEMENTED (Chatlayer)', async () => {
    const wrong = await call(`${server.url}/api/v2/analytics/conversations/overview`, { method: 'DELETE', headers: reader })
    expect(wrong.status).toBe(405)
    expect(wrong.headers.get('allow')).toBe('GET')
    const nebulyGet = await call(`${server.url}${AGGREGATES}`, { headers: project })
    expect(nebulyGet.status).toBe(405)
    expect(nebulyGet.headers.get('allow')).toBe('POST')
    const grpc = await call(`${server.url}/v1/teams/x/conversations`, { method: 'POST', headers: team })
    expect(grpc.status).toBe(501)
    expect(grpc.body).toEqual({ code: 12, message: 'Method Not Allowed', details: [] })
  })

  it('parses only JSON content types as JSON, as FastAPI does', async () => {
    const body = JSON.stringify({
      time_range: { start: '2026-02-01T00:00:00Z', end: '2026-03-01T00:00:00Z' },
      filters: [],
      limit: 1,
      offset: 0,
    })
    for (const type of ['text/plain', 'garbage', 'application/x-www-form-urlencoded']) {
      const reply = await post(AGGREGATES, { ...project, 'Content-Type': type }, body)
      expect(reply.status, type).toBe(422)
      expect(reply.body).toEqual({
        detail: [
          {
            type: 'model_attributes_type',
            loc: ['body'],
            msg: 'Input should be a valid dictionary or object to extract fields from',
            input: body,
          },
        ],
      })
    }
    expect((await post(AGGREGATES, { ...project, 'Content-Type': 'application/vnd.api+json; charset=utf-8' }, body)).status).toBe(200)
  })

  it('accepts the lowercase RFC 3339 form', async () => {
    const reply = await get('/api/v2/analytics/conversations/overview?date_from=2026-03-01t00:00:00z&date_to=2026-03-08t23:59:59z', reader)
    expect(reply.status).toBe(200)
    const upper = await get('/api/v2/analytics/conversations/overview?date_from=2026-03-01T00:00:00Z&date_to=2026-03-08T23:59:59Z', reader)
    expect(reply.text).toBe(upper.text)
  })

  it('answers a body over 5 MB with 413 in the dialect of the path', async () => {
    const reply = await post(AGGREGATES, project, `"${'x'.repeat(6 * 1024 * 1024)}"`)
    expect(reply.status).toBe(413)
    expect(reply.body).toEqual({ detail: 'Request body too large' })
  })
})

describe('10. secrets and export ids', () => {
  it('derives API keys from the seed, not from public ids', () => {
    const { aurion: keys, nebuly: nebulyKeys } = server.mock.credentials()
    for (const { tenant_id, key } of keys.api_keys) {
      expect(key).toMatch(/^itsm_sk_live_[0-9a-f]{32}$/)
      expect(key).not.toContain(tenant_id.replace(/-/g, '').slice(0, 8))
    }
    const live = new Map(nebulyKeys!.api_keys.filter((k) => !k.disabled).map((k) => [k.project_id, k.key]))
    for (const disabled of nebulyKeys!.api_keys.filter((k) => k.disabled)) {
      const liveKey = live.get(disabled.project_id)!
      // No run of 8 hex digits of the disabled key appears in the live key.
      const hex = disabled.key.replace('nb_disabled_', '')
      for (let i = 0; i + 8 <= hex.length; i++) expect(liveKey).not.toContain(hex.slice(i, i + 8))
    }
  })

  it('numbers exports per tenant behind a per-tenant secret: deterministic, and blind to other tenants', async () => {
    const sessions = server.mock.credentials().aurion.sessions
    const tenantAdmins = sessions.filter((s) => s.role === 'tenant_admin' && s.plan !== 'growth')
    const [a, b] = [tenantAdmins[0]!, tenantAdmins.find((s) => s.tenant_id !== tenantAdmins[0]!.tenant_id)!]
    const firstExportOf = async (mock: RunningServer, others: number) => {
      const create = (token: string) =>
        call(`${mock.url}/api/v1/analytics/export`, {
          method: 'POST',
          headers: { ...bearer(token), 'Content-Type': 'application/json' },
          body: JSON.stringify({ format: 'csv', start_date: '2026-03-01', end_date: '2026-03-08' }),
        })
      for (let i = 0; i < others; i++) await create(b.token)
      return ((await create(a.token)).body as { export_id: string }).export_id
    }
    const [quiet, busy] = [await startTestServer(), await startTestServer()]
    try {
      const id = await firstExportOf(quiet, 0)
      expect(await firstExportOf(busy, 3)).toBe(id)
      expect(id).not.toBe(deterministicUuid(`export:${a.tenant_id}:1`))
    } finally {
      await Promise.all([quiet.close(), busy.close()])
    }
  })
})
