// mocks/aurion/access.ts reads its limits from the contract: the phone search's x-rate-limit decides when
// the 429 comes, what it says and when the window resets; an operation without one has no such limit. The
// API keys' limit is the ApiKey scheme's x-rate-limit, and an operation whose `security` leaves that scheme
// out refuses keys.
import { describe, expect, it } from 'vitest'
import { aurionDocument } from '../../contracts/generated/aurion-document.ts'
import { buildAurionWorld } from '../../generators/aurion/index.ts'
import { API_KEY_RATE_LIMIT, apiKeyFor, createAurionAuthenticator, createOperationLimit, forcedError } from '../../mocks/aurion/access.ts'
import { createClock } from '../../mocks/core/clock.ts'
import { createWindowLimiter } from '../../mocks/core/rate-limit.ts'
import { createMock } from '../../mocks/index.ts'
import { compileContract, getOperation } from '../../mocks/core/contract.ts'
import { ApiError } from '../../mocks/core/errors.ts'

const contract = compileContract(aurionDocument)
const SEARCH = getOperation(contract, 'search_calls_by_phone_api_v1_analytics_search_get')
const OVERVIEW = getOperation(contract, 'get_conversation_overview_api_v2_analytics_conversations_overview_get')

describe('createOperationLimit', () => {
  it('takes the search limit from the contract: 10 a minute per actor, then 429 until the window ends', async () => {
    expect(SEARCH.rateLimit).toEqual({ limit: 10, 'window-seconds': 60, per: 'user', detail: 'Search rate limit exceeded' })
    const clock = createClock(new Date('2026-03-10T12:00:15Z'))
    const { consume } = createOperationLimit(SEARCH, clock)
    for (let i = 0; i < 10; i++) expect((await consume('user:a')).remaining).toBe(9 - i)
    const error = await consume('user:a').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({
      status: 429,
      message: 'Search rate limit exceeded',
      fields: { limit: 10 },
      headers: { 'Retry-After': '45', 'X-RateLimit-Limit': '10', 'X-RateLimit-Remaining': '0' },
    })
    // Another actor has its own window; the next minute starts afresh.
    expect((await consume('user:b')).allowed).toBe(true)
    clock.advance(45_000)
    expect((await consume('user:a')).remaining).toBe(9)
  })

  it('refuses an operation whose contract declares no x-rate-limit', () => {
    expect(OVERVIEW.rateLimit).toBeUndefined()
    expect(() => createOperationLimit(OVERVIEW, createClock(new Date()))).toThrow(/declares no x-rate-limit/)
  })

  it('follows the contract: a different x-rate-limit gives a different limit and message', async () => {
    const tighter = { ...SEARCH, rateLimit: { limit: 1, 'window-seconds': 10, per: 'user' as const, detail: 'Slow down' } }
    const { consume } = createOperationLimit(tighter, createClock(new Date('2026-03-10T12:00:00Z')))
    await consume('user:a')
    await expect(consume('user:a')).rejects.toMatchObject({ status: 429, message: 'Slow down', fields: { limit: 1 } })
  })
})

describe('API keys, from the contract', () => {
  const NOW = new Date('2026-03-10T12:00:00Z')
  const LIST_EXPORTS = getOperation(contract, 'list_exports_api_v1_analytics_exports_get')
  const REQUEST_EXPORT = getOperation(contract, 'request_export_api_v1_analytics_export_post')
  const world = buildAurionWorld({ seed: 7, now: NOW, size: 50 })
  const tenant = world.tenants.find((t) => t.plan === 'professional' || t.plan === 'enterprise')
  if (!tenant) throw new Error('no tenant with analytics')
  const key = apiKeyFor(7, tenant)
  const authenticator = (limit = API_KEY_RATE_LIMIT.limit) =>
    createAurionAuthenticator({
      tenants: world.tenants,
      users: world.users,
      apiKeys: [{ tenant_id: tenant.id, key }],
      publicApiKeys: true,
      apiKeyLimiter: createWindowLimiter({ limit, windowMs: API_KEY_RATE_LIMIT['window-seconds'] * 1000, clock: createClock(NOW) }),
    })
  const withKey = () => new Request('http://mock.invalid/', { headers: { 'X-API-Key': key } })

  it("reads the per-key limit from the ApiKey scheme's x-rate-limit: the mock's default and its 429", async () => {
    expect(aurionDocument.components?.securitySchemes?.ApiKey?.['x-rate-limit']).toEqual(API_KEY_RATE_LIMIT)
    expect(API_KEY_RATE_LIMIT).toEqual({ limit: 300, 'window-seconds': 60, per: 'key', detail: 'API key rate limit exceeded' })
    expect((await createMock({ size: 20, chatlayerConversations: 0, nebulyInteractions: 0 })).options.rateLimit).toBe(300)
    const authenticate = authenticator(1)
    await authenticate(withKey(), OVERVIEW)
    await expect(authenticate(withKey(), OVERVIEW)).rejects.toMatchObject({
      status: 429,
      message: API_KEY_RATE_LIMIT.detail,
      headers: { 'Retry-After': '60' },
    })
    const forced = forcedError(429, OVERVIEW, 300)
    expect(await forced?.json()).toEqual({ detail: 'API key rate limit exceeded', limit: 300 })
    expect(forced?.headers.get('retry-after')).toBe(String(API_KEY_RATE_LIMIT['window-seconds']))
  })

  it("refuses keys where the operation's security has no ApiKey (export create/list), and follows the contract if it had one", async () => {
    expect([LIST_EXPORTS.schemes, REQUEST_EXPORT.schemes, OVERVIEW.schemes]).toEqual([
      ['DashboardSession'],
      ['DashboardSession'],
      ['DashboardSession', 'ApiKey'],
    ])
    const authenticate = authenticator()
    await expect(authenticate(withKey(), LIST_EXPORTS)).rejects.toMatchObject({
      status: 403,
      message: 'API keys are not permitted for this endpoint',
    })
    await expect(authenticate(withKey(), OVERVIEW)).resolves.toMatchObject({ principal: { via: 'api_key' } })
    const keysAllowed = { ...LIST_EXPORTS, schemes: ['DashboardSession', 'ApiKey'] }
    await expect(authenticate(withKey(), keysAllowed)).resolves.toMatchObject({ principal: { via: 'api_key' } })
  })
})
