// The QA controls' pieces on their own: Prefer's extensions, seeded draws, the journal ring and the
// scenario store's checks, matching, counting and presets.
import { getResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createClock } from '../../mocks/core/clock.ts'
import { createRandom, drawDelay, MAX_DELAY_MS, realSleep } from '../../mocks/core/delay.ts'
import { createJournal, formatEntry, type JournalEntry } from '../../mocks/core/journal.ts'
import { parsePrefer } from '../../mocks/core/prefer.ts'
import { MAX_SCENARIOS } from '../../mocks/core/scenarios.ts'
import { createMock, ScenarioError, type Mock } from '../../mocks/index.ts'
import { basic, NOW } from '../support/http.ts'

const CSAT = 'get_csat_analytics_api_v2_analytics_conversations_csat_get'
const OVERVIEW_URL = 'http://mock.test/api/v2/analytics/conversations/overview'

describe('Prefer extensions', () => {
  it('reads delay (fixed or uniform) and fault, and reports what it cannot read', () => {
    expect(parsePrefer('code=503, delay=250')).toEqual({ code: 503, delay: { fixed_ms: 250 } })
    expect(parsePrefer('delay=100-500; fault=reset')).toEqual({ delay: { min_ms: 100, max_ms: 500 }, fault: 'reset' })
    expect(parsePrefer('fault=explode').invalid).toEqual(['fault=explode: expected one of reset, empty, malformed, timeout'])
    expect(parsePrefer('delay=500-100').invalid).toEqual(['delay=500-100: min above max'])
    expect(parsePrefer(`delay=${MAX_DELAY_MS + 1}`).invalid).toEqual([`delay=${MAX_DELAY_MS + 1}: at most ${MAX_DELAY_MS} ms`])
    expect(parsePrefer('code=5xx').invalid).toEqual(['code=5xx: expected a three-digit status'])
  })
})

describe('seeded draws', () => {
  it('repeat for the same seed, stay in range and never exceed the cap', () => {
    const draw = (seed: number) => {
      const random = createRandom(seed)
      return Array.from({ length: 5 }, () => drawDelay({ min_ms: 100, max_ms: 200 }, random))
    }
    expect(draw(7)).toEqual(draw(7))
    expect(draw(7)).not.toEqual(draw(8))
    expect(draw(7).every((ms) => ms >= 100 && ms <= 200)).toBe(true)
    const random = createRandom(1)
    const logNormal = Array.from({ length: 200 }, () => drawDelay({ median_ms: 20_000, sigma: 3 }, random))
    expect(Math.max(...logNormal)).toBe(MAX_DELAY_MS)
    expect(drawDelay({ fixed_ms: 40 }, random)).toBe(40)
  })
})

describe('journal ring', () => {
  const entry = (n: number): Omit<JournalEntry, 'id'> => ({
    at: new Date(Date.UTC(2026, 2, 9, 12, 0, n)).toISOString(),
    method: 'GET',
    path: '/p',
    query: { n: String(n) },
    operation: n % 2 === 0 ? 'even' : 'odd',
    api: 'aurion',
    caller: null,
    status: n % 3 === 0 ? 503 : 200,
    duration_ms: 1,
    scenario: null,
  })

  it('keeps the newest entries up to its size and filters them, newest first', () => {
    const journal = createJournal(5)
    for (let n = 1; n <= 12; n++) journal.record(entry(n))
    expect(journal.list().map((e) => e.id)).toEqual([12, 11, 10, 9, 8])
    expect(journal.list({ operation: 'even' }).map((e) => e.id)).toEqual([12, 10, 8])
    expect(journal.list({ status: 503 }).map((e) => e.id)).toEqual([12, 9])
    expect(journal.list({ since: '2026-03-09T12:00:10Z', limit: 2 }).map((e) => e.id)).toEqual([12, 11])
    expect(journal.clear()).toBe(5)
    expect(journal.list()).toEqual([])
    expect(() => createJournal(0)).toThrow(RangeError)
  })

  it('prints one line per entry', () => {
    const journal = createJournal(2)
    const line = formatEntry(journal.record({ ...entry(3), caller: { account: 't1', role: 'agent' }, scenario: 'sc_4' }))
    expect(line).toBe('12:00:03.000 GET /p?n=3 -> 503 1 ms [odd] t1/agent (scenario sc_4)')
  })
})

describe('scenario store', () => {
  let mock: Mock
  const fresh = async () => (mock = await createMock({ seed: 5, now: NOW, size: 300, timer: () => 0 }))

  it('refuses bad input, naming each field as a 422 would', async () => {
    await fresh()
    const refused = (input: unknown) => {
      try {
        mock.scenarios.add(input as never)
      } catch (error) {
        expect(error).toBeInstanceOf(ScenarioError)
        return (error as ScenarioError).issues.map((i) => `${i.loc.join('.')}:${i.type}`)
      }
      throw new Error('accepted')
    }
    expect(refused({})).toEqual(['body.respond:missing'])
    expect(refused({ respond: { status: 503 }, times: 0, probability: 2 })).toEqual([
      'body.times:greater_than_equal',
      'body.probability:less_than_equal',
    ])
    expect(refused({ respond: { fault: 'explode' } })).toEqual(['body.respond.fault:enum'])
    expect(refused({ respond: {} })).toEqual(['body.respond:value_error'])
    expect(refused({ respond: { delay: { min_ms: 9, max_ms: 1 } } })).toEqual(['body.respond.delay.max_ms:value_error'])
    expect(refused({ match: { operation: 'nope' }, respond: { status: 503 } })).toEqual(['body.match.operation:value_error'])
    expect(refused({ match: { operation: CSAT }, respond: { status: 418 } })).toEqual(['body.respond.status:value_error'])
    expect(refused({ match: { operation: CSAT }, respond: { example: 'nope' } })).toEqual(['body.respond.example:value_error'])
    expect(mock.scenarios.list()).toEqual([])
  })

  it('holds at most MAX_SCENARIOS active scenarios', async () => {
    await fresh()
    for (let i = 0; i < MAX_SCENARIOS; i++) mock.scenarios.add({ respond: { status: 500 } })
    expect(() => mock.scenarios.add({ respond: { status: 500 } })).toThrow(`at most ${MAX_SCENARIOS} active scenarios`)
    mock.scenarios.clear()
    expect(mock.scenarios.add({ respond: { status: 500 } }).id).toBe(`sc_${MAX_SCENARIOS + 1}`)
  })

  it("matches a Chatlayer token id as the credential, not the other teams' tokens", async () => {
    await fresh()
    const [mine, other] = mock.credentials().chatlayer!.tokens
    mock.scenarios.add({ match: { credential: mine!.token_id }, respond: { status: 503 } })
    const series = (token: typeof mine) =>
      getResponse(
        mock.handlers,
        new Request(`http://mock.test/v1/teams/${token!.team_id}/conversations?bucket=1d`, { headers: basic(token!) }),
      )
    expect((await series(mine))?.status).toBe(503)
    expect((await series(other))?.status).not.toBe(503)
  })

  it('lets the most specific match win and removes a scenario when its times are spent', async () => {
    await fresh()
    const everywhere = mock.scenarios.add({ respond: { status: 503 } })
    const csat = mock.scenarios.add({ match: { operation: CSAT }, respond: { status: 500 }, times: 2 })
    const statuses = []
    for (let i = 0; i < 3; i++)
      statuses.push((await getResponse(mock.handlers, new Request(OVERVIEW_URL.replace('overview', 'csat'))))?.status)
    expect(statuses).toEqual([500, 500, 503])
    expect(mock.scenarios.list().map((s) => s.id)).toEqual([everywhere.id])
    expect(csat.times_left).toBe(0)
    expect(mock.journal.list().map((e) => e.scenario)).toEqual([everywhere.id, csat.id, csat.id])
  })

  it('draws probabilities from the seeded generator: the same sequence after a reset and in a new mock', async () => {
    const sequence = async () => {
      mock.scenarios.add({ respond: { status: 500 }, probability: 0.5 })
      const out = []
      for (let i = 0; i < 16; i++) out.push((await getResponse(mock.handlers, new Request(OVERVIEW_URL)))?.status)
      return out
    }
    await fresh()
    const first = await sequence()
    expect(first).toContain(500)
    expect(first).toContain(401)
    mock.reset()
    expect(await sequence()).toEqual(first)
    await fresh()
    expect(await sequence()).toEqual(first)
  })

  it('expands presets into scenarios, narrowed by a match', async () => {
    await fresh()
    expect(mock.scenarios.preset('flaky').map((s) => [s.respond, s.probability])).toEqual([
      [{ status: 500 }, 0.1],
      [{ fault: 'reset' }, 0.05],
    ])
    const outage = mock.scenarios.preset('outage', { match: { api: 'chatlayer' } })
    expect(outage).toEqual([
      { id: 'sc_3', match: { api: 'chatlayer' }, respond: { status: 503 }, times_left: null, probability: 1, preset: 'outage' },
    ])
    expect(mock.scenarios.remove('sc_3')).toBe(true)
    expect(mock.scenarios.remove('sc_3')).toBe(false)
    expect(mock.scenarios.clear()).toBe(2)
  })
})

describe('delays in real time, on fake timers', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('holds a response exactly as long as asked', async () => {
    // Built first: createMock gives way between the worlds on real timers.
    const mock = await createMock({ seed: 5, now: NOW, size: 300, timer: () => 0, sleep: realSleep, clock: createClock(NOW) })
    vi.useFakeTimers()
    let settled = false
    const pending = getResponse(mock.handlers, new Request(OVERVIEW_URL, { headers: { Prefer: 'code=503, delay=400' } })).then((r) => {
      settled = true
      return r
    })
    await vi.advanceTimersByTimeAsync(399)
    expect(settled).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect((await pending)?.status).toBe(503)
  })
})
