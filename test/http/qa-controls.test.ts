// The QA controls over a real port, with real clients: Prefer's extensions and query forms, each fault
// as fetch (undici) sees it, sticky scenarios and presets through the admin API, the journal (never a
// secret) and reset (byte-identical answers afterwards).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Credentials } from '../../mocks/index.ts'
import type { JournalEntry } from '../../mocks/core/journal.ts'
import type { RunningServer } from '../../server/serve.ts'
import { basic, bearer, call, NOW, sessionOf, startTestServer, type Reply } from '../support/http.ts'
import { responseValidator, type ResponseCheck } from '../support/response-validator.ts'

const OVERVIEW = '/api/v2/analytics/conversations/overview'
const CSAT = '/api/v2/analytics/conversations/csat'
const CSAT_OP = 'get_csat_analytics_api_v2_analytics_conversations_csat_get'
const NEBULY = '/api/external/get-interaction-aggregates'

let server: RunningServer
let credentials: Credentials
let agent: string
const printed: string[] = []
let checkAdmin: ResponseCheck

beforeAll(async () => {
  server = await startTestServer({ faultTimeoutMs: 10_000, onRequest: (entry) => printed.push(JSON.stringify(entry)) })
  credentials = server.mock.credentials()
  agent = sessionOf(credentials.aurion.sessions, 'agent').token
  checkAdmin = await responseValidator('mock-admin')
})
afterAll(async () => {
  await server.close()
})

const get = (path: string, headers: Record<string, string> = {}) => call(`${server.url}${path}`, { headers })
const admin = async (method: string, path: string, body?: unknown): Promise<Reply> =>
  call(`${server.url}/__mock${path}`, {
    method,
    ...(body !== undefined && {
      headers: { 'Content-Type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    }),
  })
const chatlayerSeries = () => {
  const token = credentials.chatlayer!.tokens[0]!
  return { path: `/v1/bots/${token.bot_ids[0]}/conversations?version=LIVE`, headers: basic(token) }
}
const nebulyPost = (headers: Record<string, string> = {}) =>
  call(`${server.url}${NEBULY}`, {
    method: 'POST',
    headers: { ...bearer(credentials.nebuly!.api_keys[0]!.key), 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ time_range: { start: '2026-03-01T00:00:00Z', end: '2026-03-08T00:00:00Z' }, filters: [], limit: 5, offset: 0 }),
  })

/** The error fetch throws, with undici's cause code. */
async function failure(promise: Promise<unknown>): Promise<{ name: string; message: string; cause?: string }> {
  try {
    await promise
  } catch (error) {
    const e = error as Error & { cause?: { code?: string } }
    return { name: e.name, message: e.message, ...(e.cause?.code && { cause: e.cause.code }) }
  }
  throw new Error('no error')
}

describe('Prefer: code=5xx on every operation, in each API dialect', () => {
  it('answers 500, 502, 503 (with Retry-After) and 504 in FastAPI and grpc-gateway shapes', async () => {
    const aurion = await Promise.all([500, 502, 503, 504].map((code) => get(OVERVIEW, { Prefer: `code=${code}` })))
    expect(aurion.map((r) => [r.status, r.body])).toEqual([
      [500, { detail: 'Internal server error' }],
      [502, { detail: 'Bad gateway' }],
      [503, { detail: 'Service unavailable' }],
      [504, { detail: 'Gateway timeout' }],
    ])
    expect(aurion[2]!.headers.get('retry-after')).toBe('30')
    const { path, headers } = chatlayerSeries()
    const chatlayer = await Promise.all([500, 503, 504].map((code) => get(path, { ...headers, Prefer: `code=${code}` })))
    expect(chatlayer.map((r) => [r.status, r.body])).toEqual([
      [500, { code: 13, message: 'internal error', details: [] }],
      [503, { code: 14, message: 'service unavailable', details: [] }],
      [504, { code: 4, message: 'deadline exceeded', details: [] }],
    ])
    expect((await nebulyPost({ Prefer: 'code=502' })).body).toEqual({ detail: 'Bad gateway' })
  })

  it('takes the query forms __code and __example where a browser cannot set headers', async () => {
    expect((await get(`${OVERVIEW}?__code=503`)).status).toBe(503)
    // Escaped underscores are the same query form once decoded.
    expect((await get(`${OVERVIEW}?%5F_code=503`)).status).toBe(503)
    expect((await get(`${OVERVIEW}?_%5fcode=503`)).status).toBe(503)
    const reply = await call(`${server.url}${NEBULY}?__example=by_intent`, { method: 'POST' })
    expect(reply.status).toBe(200)
    expect(reply.body).toMatchObject({ total: 17, limit: 3 })
  })

  it('answers a named example of the contract, and says which exist when the name is wrong', async () => {
    const unknown = await nebulyPost({ Prefer: 'example=unknown' })
    expect([unknown.status, unknown.body]).toEqual([401, { detail: 'Invalid API key' }])
    const wrong = await nebulyPost({ Prefer: 'example=nope' })
    expect(wrong.status).toBe(400)
    expect(wrong.headers.get('x-mock-error')).toBe('prefer-example-not-found')
    expect((wrong.body as { detail: string }).detail).toContain(
      'by_intent (200), totals (200), by_tag_and_day (200), missing (401), unknown (401)',
    )
  })

  it('refuses an unreadable preference with 400 instead of ignoring it', async () => {
    const reply = await get(OVERVIEW, { Prefer: 'fault=explode' })
    expect([reply.status, reply.headers.get('x-mock-error')]).toEqual([400, 'prefer-invalid'])
    expect(reply.body).toEqual({ detail: 'Prefer: fault=explode: expected one of reset, empty, malformed, timeout' })
  })
})

describe('Prefer: delay and fault, as a client sees them', () => {
  it('holds the real answer for the delay, in real time', async () => {
    const started = performance.now()
    const reply = await get(`${OVERVIEW}?__delay=60`, bearer(agent))
    expect(reply.status).toBe(200)
    expect(performance.now() - started).toBeGreaterThanOrEqual(55)
  })

  it('reset: the connection is reset (ECONNRESET)', async () => {
    expect(await failure(fetch(`${server.url}${OVERVIEW}`, { headers: { Prefer: 'fault=reset' } }))).toEqual({
      name: 'TypeError',
      message: 'fetch failed',
      cause: 'ECONNRESET',
    })
  })

  it('empty: the connection closes with no response', async () => {
    expect(await failure(fetch(`${server.url}${OVERVIEW}?__fault=empty`))).toEqual({
      name: 'TypeError',
      message: 'fetch failed',
      cause: 'UND_ERR_SOCKET',
    })
  })

  it('malformed: a 200 whose body cannot be read', async () => {
    const response = await fetch(`${server.url}${OVERVIEW}`, { headers: { Prefer: 'fault=malformed' } })
    expect(response.status).toBe(200)
    expect(await failure(response.json())).toMatchObject({ name: 'TypeError', message: 'terminated' })
  })

  it('timeout: no answer until the client gives up', async () => {
    const reply = fetch(`${server.url}${OVERVIEW}`, { headers: { Prefer: 'fault=timeout' }, signal: AbortSignal.timeout(150) })
    expect(await failure(reply)).toMatchObject({ name: 'TimeoutError' })
  })
})

describe('sticky scenarios over the admin API', () => {
  it('answers 503 twice with times: 2, then the real answer, and removes the scenario', async () => {
    const created = await admin('POST', '/scenarios', { match: { operation: CSAT_OP }, respond: { status: 503 }, times: 2 })
    expect(created.status).toBe(201)
    expect(checkAdmin('createScenario', created)).toEqual([])
    const statuses = []
    for (let i = 0; i < 3; i++) statuses.push((await get(CSAT, bearer(agent))).status)
    expect(statuses).toEqual([503, 503, 200])
    expect((await admin('GET', '/scenarios')).body).toEqual({ scenarios: [] })
  })

  it('refuses a bad scenario with 422 naming each field, and a bad body with json_invalid', async () => {
    const bad = await admin('POST', '/scenarios', { match: { method: 'FETCH' }, respond: { delay: { fixed_ms: 99_999 } }, times: 0 })
    expect(bad.status).toBe(422)
    expect(checkAdmin('createScenario', bad)).toEqual([])
    expect((bad.body as { detail: { loc: unknown[] }[] }).detail.map((i) => i.loc.join('.'))).toEqual([
      'body.match.method',
      'body.respond.delay.fixed_ms',
      'body.times',
    ])
    const notJson = await admin('POST', '/scenarios', '{"respond": ')
    expect(notJson.status).toBe(422)
    expect((notJson.body as { detail: { type: string }[] }).detail[0]!.type).toBe('json_invalid')
    expect((await admin('DELETE', '/scenarios/sc_999')).status).toBe(404)
    expect((await admin('POST', '/clock', {})).status).toBe(422)
    const farFuture = await admin('POST', '/clock', { advance_seconds: 1e300 })
    expect([farFuture.status, (await admin('GET', '/clock')).body]).toEqual([422, { now: NOW.toISOString() }])
  })

  it('matches on a credential: one user gets the fault, the others do not', async () => {
    const other = sessionOf(credentials.aurion.sessions, 'tenant_readonly').token
    await admin('POST', '/scenarios', { match: { credential: agent, path: OVERVIEW }, respond: { status: 500 } })
    expect((await get(OVERVIEW, bearer(agent))).status).toBe(500)
    expect((await get(OVERVIEW, bearer(other))).status).toBe(200)
    expect((await admin('DELETE', '/scenarios')).body).toEqual({ removed: 1 })
  })

  it('presets: outage answers 503 on all three APIs; rate-limited answers 429 with the real headers', async () => {
    const outage = await admin('POST', '/scenarios/presets/outage')
    expect(outage.status).toBe(201)
    expect(checkAdmin('applyPreset', outage)).toEqual([])
    const { path, headers } = chatlayerSeries()
    expect([(await get(OVERVIEW, bearer(agent))).status, (await get(path, headers)).body, (await nebulyPost()).status]).toEqual([
      503,
      { code: 14, message: 'service unavailable', details: [] },
      503,
    ])
    await admin('DELETE', '/scenarios')
    await admin('POST', '/scenarios/presets/rate-limited')
    const limited = await get(OVERVIEW, bearer(agent))
    expect([limited.status, ...['retry-after', 'x-ratelimit-limit', 'x-ratelimit-remaining'].map((h) => limited.headers.get(h))]).toEqual([
      429,
      '60',
      '300',
      '0',
    ])
    expect((await get(path, headers)).headers.get('retry-after')).toBe('30')
    await admin('DELETE', '/scenarios')
  })

  it('flaky draws from the seeded generator: the same statuses again after a reset', async () => {
    const run = async () => {
      await admin('POST', '/scenarios/presets/flaky', { match: { path: OVERVIEW } })
      const outcomes = []
      for (let i = 0; i < 40; i++) {
        outcomes.push(
          await fetch(`${server.url}${OVERVIEW}`, { headers: bearer(agent) }).then(
            (r) => r.status,
            () => 'reset',
          ),
        )
      }
      return outcomes
    }
    const first = await run()
    expect(first).toContain(500)
    await admin('POST', '/reset')
    expect(await run()).toEqual(first)
    await admin('POST', '/reset')
  })
})

describe('the journal', () => {
  it('records what was sent, with the caller by account and role or key id, never a secret', async () => {
    await admin('DELETE', '/requests')
    const chatlayer = chatlayerSeries()
    await get(`${OVERVIEW}?date_from=2026-03-01T00:00:00Z`, bearer(agent))
    await get(chatlayer.path, chatlayer.headers)
    await nebulyPost()
    await get('/api/v2/no-such-path', bearer(agent))
    await get(CSAT, { 'X-API-Key': credentials.aurion.api_keys[0]!.key })
    const page = await admin('GET', '/requests?limit=10')
    expect(checkAdmin('listRequests', page)).toEqual([])
    const entries = (page.body as { requests: JournalEntry[] }).requests
    const agentSession = sessionOf(credentials.aurion.sessions, 'agent')
    expect(entries.map((e) => [e.method, e.path, e.api, e.status, e.caller])).toEqual([
      ['GET', CSAT, 'aurion', 403, null],
      ['GET', '/api/v2/no-such-path', null, 404, null],
      ['POST', NEBULY, 'nebuly', 200, { account: credentials.nebuly!.api_keys[0]!.project_id, key_id: expect.stringMatching(/^….{4}$/) }],
      [
        'GET',
        chatlayer.path.split('?')[0],
        'chatlayer',
        400,
        { account: credentials.chatlayer!.tokens[0]!.team_id, key_id: credentials.chatlayer!.tokens[0]!.token_id },
      ],
      ['GET', OVERVIEW, 'aurion', 200, { account: agentSession.tenant_id, role: 'agent' }],
    ])
    expect(entries[4]).toMatchObject({ query: { date_from: '2026-03-01T00:00:00Z' }, at: NOW.toISOString(), scenario: null })
    const secrets = [
      agent,
      credentials.aurion.api_keys[0]!.key,
      credentials.chatlayer!.tokens[0]!.token_secret,
      chatlayer.headers.Authorization!.split(' ')[1]!,
      credentials.nebuly!.api_keys[0]!.key,
    ]
    const everything = JSON.stringify(entries) + printed.join('\n')
    for (const secret of secrets) expect(everything).not.toContain(secret)
    expect((await admin('GET', `/requests?status=403&operation=${CSAT_OP}`)).body).toEqual({ requests: [entries[0]] })
    expect((await admin('GET', '/requests?limit=0')).status).toBe(422)
  })
})

describe('reset', () => {
  it('restores clock, exports, audit, rate-limit windows, scenarios and journal: the same bytes again', async () => {
    const admin_ = sessionOf(credentials.aurion.sessions, 'tenant_admin').token
    const session = async () => {
      const out: string[] = []
      const exported = await call(`${server.url}/api/v1/analytics/export`, {
        method: 'POST',
        headers: { ...bearer(admin_), 'Content-Type': 'application/json' },
        body: JSON.stringify({ format: 'json', start_date: '2026-03-01', end_date: '2026-03-08' }),
      })
      out.push(exported.text)
      out.push((await get('/api/v1/analytics/exports', bearer(admin_))).text)
      for (let i = 0; i < 11; i++)
        out.push(String((await get('/api/v1/analytics/search?phone=0000&start_date=2026-03-01&end_date=2026-03-08', bearer(agent))).status))
      out.push((await admin('GET', '/requests?limit=3')).text)
      return out
    }
    await admin('POST', '/reset')
    const first = await session()
    expect(first.slice(2, 13), first.join(' ')).toContain('429')
    await admin('POST', '/clock', { advance_seconds: 3600 })
    await admin('POST', '/scenarios/presets/outage')
    const reset = await admin('POST', '/reset')
    expect(reset.body).toEqual({ now: NOW.toISOString() })
    expect((await admin('GET', '/scenarios')).body).toEqual({ scenarios: [] })
    expect(await session()).toEqual(first)
  })
})
