// AurionAI's error behaviours over a real port: the auth matrix, tenant isolation, 422 bodies, Prefer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { aurionDocument } from '../../contracts/generated/aurion-document.ts'
import type { RunningServer } from '../../server/serve.ts'
import { bearer, call, startTestServer, type AurionSession } from '../support/http.ts'
import { responseValidator, type ResponseCheck } from '../support/response-validator.ts'

const OVERVIEW = 'get_conversation_overview_api_v2_analytics_conversations_overview_get'
const LIST = 'list_conversations_v2_api_v2_conversations_get'
/** The seven roles the guide lets read analytics; the contract's x-roles must say the same. */
const READ_ROLES = ['super_admin', 'tenant_owner', 'tenant_admin', 'agent', 'supervisor', 'tenant_user', 'tenant_readonly']

let server: RunningServer
let check: ResponseCheck
let sessions: AurionSession[]
const defaultTenant = () => sessions[0]!.tenant_id
const session = (role: string, tenantId = defaultTenant()) => sessions.find((s) => s.role === role && s.tenant_id === tenantId)!

beforeAll(async () => {
  server = await startTestServer({ seed: 42 })
  check = await responseValidator('aurion')
  sessions = server.mock.credentials().aurion.sessions
})
afterAll(() => server.close())

const overview = (headers: Record<string, string> = {}) => call(`${server.url}/api/v2/analytics/conversations/overview`, { headers })

describe('credentials', () => {
  it('lists a session for every role of every tenant, and an API key per tenant', async () => {
    const body = (await call(`${server.url}/__mock/credentials`)).body as { aurion: { sessions: typeof sessions; api_keys: unknown[] } }
    const tenants = new Set(body.aurion.sessions.map((s) => s.tenant_id))
    expect(tenants.size).toBeGreaterThanOrEqual(4)
    for (const tenant of tenants) {
      const roles = body.aurion.sessions.filter((s) => s.tenant_id === tenant).map((s) => s.role)
      expect(roles).toEqual(expect.arrayContaining([...READ_ROLES, 'billing_viewer']))
    }
    expect(body.aurion.api_keys).toHaveLength(tenants.size)
    expect(new Set(body.aurion.sessions.map((s) => s.profile))).toEqual(new Set(['complete', 'voice', 'platform']))
    expect((await call(`${server.url}/__mock/health`)).status).toBe(200)
  })
})

describe('the auth matrix', () => {
  it('comes from the contract: every operation declares its roles (x-roles), exports only for admins', () => {
    const operations = Object.values(aurionDocument.paths).flatMap((item) => [item.get, item.post].filter((op) => op !== undefined))
    expect(operations).toHaveLength(17)
    for (const op of operations) {
      const admin = op.operationId.startsWith('request_export') || op.operationId.startsWith('list_exports')
      expect([op.operationId, op['x-roles']]).toEqual([op.operationId, admin ? ['super_admin', 'tenant_admin'] : READ_ROLES])
    }
  })

  it.each(READ_ROLES)('lets %s read analytics', async (role) => {
    const reply = await overview(bearer(session(role).token))
    expect(reply.status).toBe(200)
    expect(check(OVERVIEW, reply)).toEqual([])
  })

  it('refuses a role outside the seven read roles with 403', async () => {
    const reply = await overview(bearer(session('billing_viewer').token))
    expect(reply.status).toBe(403)
    expect(reply.body).toEqual({ detail: expect.stringContaining("Role 'billing_viewer' is not allowed") })
    expect(check(OVERVIEW, reply)).toEqual([])
  })

  it('answers 401 with WWW-Authenticate without or with unknown credentials', async () => {
    for (const [headers, detail] of [
      [{}, 'Missing authentication credentials'],
      [bearer('sess_nobody'), 'Invalid or expired session'],
      [{ Authorization: 'Basic dXNlcjpwYXNz' }, 'Invalid authentication credentials'],
    ] as const) {
      const reply = await overview(headers)
      expect(reply.status).toBe(401)
      expect(reply.headers.get('www-authenticate')).toBe('Bearer')
      expect(reply.body).toEqual({ detail })
      expect(check(OVERVIEW, reply)).toEqual([])
    }
  })

  it('answers an API key with the preview 403', async () => {
    const key = server.mock.credentials().aurion.api_keys[0]!.key
    const reply = await overview({ 'X-API-Key': key })
    expect(reply.status).toBe(403)
    expect(reply.body).toEqual({ detail: 'API keys are not permitted for this endpoint' })
  })

  it('refuses a tenant below the Professional plan with 403, whatever the role', async () => {
    const low = sessions.find((s) => s.plan !== 'professional' && s.plan !== 'enterprise' && s.role === 'super_admin')!
    const reply = await overview(bearer(low.token))
    expect(reply.status).toBe(403)
    expect(reply.body).toEqual({ detail: expect.stringContaining('Professional plan') })
  })

  it('never shows a tenant another tenant’s data', async () => {
    const other = sessions.find(
      (s) => s.tenant_id !== defaultTenant() && s.profile !== 'voice' && s.plan !== 'starter' && s.plan !== 'growth' && s.role === 'agent',
    )!
    const teamsOf = async (token: string) =>
      (
        (await call(`${server.url}/api/v2/analytics/conversations/teams`, { headers: bearer(token) })).body as {
          teams: { team_id: string }[]
        }
      ).teams.map((t) => t.team_id)
    const mine = await teamsOf(session('agent').token)
    const theirs = await teamsOf(other.token)
    expect(mine.filter((t) => theirs.includes(t))).toEqual([])

    const listIds = async (token: string) =>
      (
        (await call(`${server.url}/api/v2/conversations?limit=100&include_deleted=true`, { headers: bearer(token) })).body as {
          items: { id: string }[]
        }
      ).items.map((c) => c.id)
    const myIds = await listIds(session('agent').token)
    expect((await listIds(other.token)).filter((id) => myIds.includes(id))).toEqual([])

    // Another tenant's team id is unknown here.
    const reply = await call(`${server.url}/api/v2/analytics/conversations/csat?team_id=${theirs[0]}`, {
      headers: bearer(session('agent').token),
    })
    expect(reply.status).toBe(404)
    expect(reply.body).toEqual({ detail: 'Team not found' })
  })
})

describe('422 validation errors', () => {
  it('reports missing, out-of-range and malformed values all at once in the pydantic v2 shape', async () => {
    const url = `${server.url}/api/v2/conversations?limit=0&offset=-1&is_spam=perhaps&created_after=last-week`
    const reply = await call(url, { headers: bearer(session('agent').token) })
    expect(reply.status).toBe(422)
    expect(check(LIST, reply)).toEqual([])
    expect(reply.body).toEqual({
      detail: [
        {
          type: 'greater_than_equal',
          loc: ['query', 'limit'],
          msg: 'Input should be greater than or equal to 1',
          input: '0',
          ctx: { ge: 1 },
        },
        {
          type: 'greater_than_equal',
          loc: ['query', 'offset'],
          msg: 'Input should be greater than or equal to 0',
          input: '-1',
          ctx: { ge: 0 },
        },
        {
          type: 'bool_parsing',
          loc: ['query', 'is_spam'],
          msg: 'Input should be a valid boolean, unable to interpret input',
          input: 'perhaps',
        },
        {
          type: 'datetime_from_date_parsing',
          loc: ['query', 'created_after'],
          msg: 'Input should be a valid datetime or date, input is too short',
          input: 'last-week',
          ctx: { error: 'input is too short' },
        },
      ],
    })
  })

  it('checks formats and ranges on the analytics parameters', async () => {
    const token = session('agent').token
    const responses = await call(`${server.url}/api/v2/analytics/conversations/csat/responses?limit=201&team_id=tier-1`, {
      headers: bearer(token),
    })
    expect(responses.status).toBe(422)
    expect((responses.body as { detail: { type: string; loc: string[] }[] }).detail.map((d) => [d.type, d.loc[1]])).toEqual([
      ['uuid_parsing', 'team_id'],
      ['less_than_equal', 'limit'],
    ])
    const inverted = await call(
      `${server.url}/api/v2/analytics/conversations/overview?date_from=2026-03-08T00:00:00Z&date_to=2026-03-01T00:00:00Z`,
      { headers: bearer(token) },
    )
    expect(inverted.status).toBe(422)
    expect(inverted.body).toMatchObject({ detail: [{ type: 'value_error', loc: ['query', 'date_to'] }] })
  })

  it('authenticates before validating, as FastAPI resolves the auth dependency first', async () => {
    expect((await call(`${server.url}/api/v2/conversations?limit=0`)).status).toBe(401)
  })
})

describe('Prefer: code=<status>', () => {
  it('returns each documented error with the same body and headers as the real behaviour', async () => {
    const forced = async (code: number) => overview({ Prefer: `code=${code}` })
    const unauthorized = await forced(401)
    expect([unauthorized.status, unauthorized.headers.get('www-authenticate'), unauthorized.body]).toEqual([
      401,
      'Bearer',
      { detail: 'Missing authentication credentials' },
    ])
    expect((await forced(403)).body).toEqual({ detail: 'API keys are not permitted for this endpoint' })
    const limited = await forced(429)
    expect(limited.status).toBe(429)
    expect(limited.body).toEqual({ detail: 'API key rate limit exceeded', limit: 300 })
    expect(['retry-after', 'x-ratelimit-limit', 'x-ratelimit-remaining'].map((h) => limited.headers.get(h))).toEqual(['60', '300', '0'])
    const invalid = await forced(422)
    expect(invalid.status).toBe(422)
    for (const code of [401, 403, 422, 429]) expect(check(OVERVIEW, await forced(code))).toEqual([])
  })

  it('names the documented statuses when asked for one the operation does not have', async () => {
    const reply = await overview({ Prefer: 'code=404' })
    expect(reply.status).toBe(400)
    expect(reply.body).toEqual({
      detail: `Prefer: code=404 is not documented for ${OVERVIEW}; documented statuses: 200, 401, 403, 422, 429; any operation also answers 500, 502, 503, 504`,
    })
  })

  it('runs the real operation for a 2xx preference', async () => {
    expect((await overview({ Prefer: 'code=200', ...bearer(session('agent').token) })).status).toBe(200)
  })
})

describe('the response validator used by these tests', () => {
  it('fails on a body that breaks the contract', () => {
    const bad = { status: 200, contentType: 'application/json', body: { total_conversations: '285' } }
    expect(check(OVERVIEW, bad).length).toBeGreaterThan(1)
    expect(check(OVERVIEW, { status: 418, contentType: 'application/json', body: {} })).toEqual([
      `${OVERVIEW}: status 418 is not documented`,
    ])
  })
})
