// mocks/aurion/access.ts reads its limits from the contract: the phone search's x-rate-limit decides when
// the 429 comes, what it says and when the window resets; an operation without one has no such limit.
import { describe, expect, it } from 'vitest'
import { aurionDocument } from '../../contracts/generated/aurion-document.ts'
import { createOperationLimit } from '../../mocks/aurion/access.ts'
import { createClock } from '../../mocks/core/clock.ts'
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
