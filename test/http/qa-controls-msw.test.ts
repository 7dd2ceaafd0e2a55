// The QA controls through setupServer (no port): faults become what they are in MSW, delays go through
// the injected sleep, and the in-process controls (mock.scenarios, mock.journal, mock.reset) do what
// the admin API does.
import { setupServer } from 'msw/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMock, type Mock } from '../../mocks/index.ts'
import { bearer, NOW, sessionOf } from '../support/http.ts'

const ORIGIN = 'https://apps.aurionai.net'
const OVERVIEW = `${ORIGIN}/api/v2/analytics/conversations/overview`
const CONVERSATIONS = `${ORIGIN}/api/v2/conversations`
const LIST_OP = 'list_conversations_v2_api_v2_conversations_get'

let mock: Mock
let agent: string
const slept: number[] = []
const worker = setupServer()

beforeAll(async () => {
  mock = await createMock({ seed: 11, now: NOW, size: 400, timer: () => 0, sleep: async (ms) => void slept.push(ms) })
  agent = sessionOf(mock.credentials().aurion.sessions, 'agent').token
  worker.use(...mock.handlers)
  worker.listen({ onUnhandledRequest: 'error' })
})
afterAll(() => {
  worker.close()
})

async function thrown(promise: Promise<unknown>): Promise<string> {
  try {
    await promise
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`
  }
  return 'no error'
}

describe('faults under MSW', () => {
  it('reset, empty and timeout are network errors; malformed is a body JSON cannot parse', async () => {
    for (const fault of ['reset', 'empty']) {
      expect(await thrown(fetch(OVERVIEW, { headers: { Prefer: `fault=${fault}` } }))).toBe('TypeError: Failed to fetch')
    }
    slept.length = 0
    expect(await thrown(fetch(`${OVERVIEW}?__fault=timeout`))).toBe('TypeError: Failed to fetch')
    expect(slept).toEqual([30_000])
    const malformed = await fetch(OVERVIEW, { headers: { Prefer: 'fault=malformed' } })
    expect(malformed.status).toBe(200)
    expect(await thrown(malformed.json())).toMatch(/^SyntaxError/)
  })

  it('answers 503 in the dialect and holds a uniform delay within its bounds', async () => {
    slept.length = 0
    const replies = await Promise.all(Array.from({ length: 5 }, () => fetch(OVERVIEW, { headers: { Prefer: 'code=503, delay=100-200' } })))
    expect(replies.map((r) => r.status)).toEqual([503, 503, 503, 503, 503])
    expect(await replies[0]!.json()).toEqual({ detail: 'Service unavailable' })
    expect(slept).toHaveLength(5)
    expect(slept.every((ms) => ms >= 100 && ms <= 200)).toBe(true)
  })
})

describe('in-process controls', () => {
  it('mock.scenarios.add with times: 2 answers twice, then the operation runs', async () => {
    mock.reset()
    const scenario = mock.scenarios.add({ match: { operation: LIST_OP }, respond: { status: 503 }, times: 2 })
    const statuses = []
    for (let i = 0; i < 3; i++) statuses.push((await fetch(`${CONVERSATIONS}?limit=5`, { headers: bearer(agent) })).status)
    expect(statuses).toEqual([503, 503, 200])
    expect(mock.scenarios.list()).toEqual([])
    expect(mock.journal.list({ operation: LIST_OP }).map((e) => [e.status, e.scenario, e.query])).toEqual([
      [200, null, { limit: '5' }],
      [503, scenario.id, { limit: '5' }],
      [503, scenario.id, { limit: '5' }],
    ])
  })

  it("mock.scenarios.preset('slow-network') delays every request by log-normal draws, the same after a reset", async () => {
    const run = async () => {
      mock.reset()
      slept.length = 0
      mock.scenarios.preset('slow-network')
      for (let i = 0; i < 6; i++) expect((await fetch(`${CONVERSATIONS}?limit=1`, { headers: bearer(agent) })).status).toBe(200)
      return [...slept]
    }
    const first = await run()
    expect(first).toHaveLength(6)
    expect(new Set(first).size).toBeGreaterThan(1)
    expect(await run()).toEqual(first)
  })

  it('mock.reset() restores byte-identical answers and an empty journal', async () => {
    mock.reset()
    const page = async () => (await fetch(`${CONVERSATIONS}?limit=3`, { headers: bearer(agent) })).text()
    const first = await page()
    mock.clock.advance(86_400_000)
    mock.scenarios.preset('outage')
    expect(await page()).toBe('{"detail":"Service unavailable"}')
    mock.reset()
    expect(mock.journal.list()).toEqual([])
    expect(await page()).toBe(first)
  })
})
