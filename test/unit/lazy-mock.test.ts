// The browser helper's mock builds each API's world on its first use (a request routed to it, its
// credentials), so a page never runs one task that builds all three; a request builds it in short turns and
// waits for the whole world; what it answers is what createMock's eager mock answers, byte for byte.
import { describe, expect, it, vi } from 'vitest'
import * as aurionWorld from '../../generators/aurion/world.ts'
import * as chatlayerWorld from '../../generators/chatlayer/world.ts'
import * as nebulyWorld from '../../generators/nebuly/world.ts'
import { createLazyMock, createMock, type MockOptions } from '../../mocks/index.ts'

vi.mock('../../generators/aurion/world.ts', async (original) => {
  const actual = await original<typeof aurionWorld>()
  return { ...actual, aurionWorldSteps: vi.fn(actual.aurionWorldSteps) }
})
vi.mock('../../generators/chatlayer/world.ts', async (original) => {
  const actual = await original<typeof chatlayerWorld>()
  return { ...actual, chatlayerWorldSteps: vi.fn(actual.chatlayerWorldSteps) }
})
vi.mock('../../generators/nebuly/world.ts', async (original) => {
  const actual = await original<typeof nebulyWorld>()
  return { ...actual, nebulyWorldSteps: vi.fn(actual.nebulyWorldSteps) }
})

const OPTIONS: MockOptions = {
  seed: 7,
  now: new Date('2026-03-09T12:00:00Z'),
  size: 60,
  chatlayerConversations: 60,
  nebulyInteractions: 60,
}
const AGGREGATES = {
  time_range: { start: '2026-01-01T00:00:00Z', end: '2026-03-09T00:00:00Z' },
  filters: [],
  group_by: { kind: 'topic' },
  limit: 50,
  offset: 0,
}

function builds() {
  return {
    aurion: vi.mocked(aurionWorld.aurionWorldSteps).mock.calls.length,
    chatlayer: vi.mocked(chatlayerWorld.chatlayerWorldSteps).mock.calls.length,
    nebuly: vi.mocked(nebulyWorld.nebulyWorldSteps).mock.calls.length,
  }
}

const aggregatesRequest = (key: string, body = JSON.stringify(AGGREGATES)) =>
  new Request('http://localhost/api/external/get-interaction-aggregates', {
    method: 'POST',
    headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
    body,
  })

describe('createLazyMock', () => {
  it('builds no world until an API is used, then only that API, once', async () => {
    vi.clearAllMocks()
    const mock = createLazyMock(OPTIONS)
    expect(mock.handlers).toHaveLength(22)
    expect(mock.operations()).toHaveLength(22)
    expect(builds()).toEqual({ aurion: 0, chatlayer: 0, nebuly: 0 })

    const response = await mock.fetch(aggregatesRequest('not-a-key'))
    expect(response.status).toBe(401)
    expect(builds()).toEqual({ aurion: 0, chatlayer: 0, nebuly: 1 })

    const key = mock.credentials().nebuly.api_keys[0]?.key ?? ''
    expect((await mock.fetch(aggregatesRequest(key))).status).toBe(200)
    expect(builds()).toEqual({ aurion: 0, chatlayer: 0, nebuly: 1 })

    expect(mock.credentials().aurion.sessions.length).toBeGreaterThan(0)
    expect(builds()).toEqual({ aurion: 1, chatlayer: 0, nebuly: 1 })
  })

  it('answers what the eager mock answers, byte for byte', async () => {
    const [lazy, eager] = [createLazyMock(OPTIONS), await createMock(OPTIONS)]
    const token = eager.credentials().aurion.sessions[0]?.token ?? ''
    const key = eager.credentials().nebuly.api_keys[0]?.key ?? ''
    const requests = () => [
      new Request('http://localhost/api/v2/analytics/conversations/overview', { headers: { Authorization: `Bearer ${token}` } }),
      new Request('http://localhost/api/v2/analytics/unified-overview?period=30d', { headers: { Authorization: `Bearer ${token}` } }),
      aggregatesRequest(key),
      aggregatesRequest(key, '{"limit": -1'),
    ]
    const [a, b] = [requests(), requests()]
    for (const [i, request] of a.entries()) {
      const [mine, theirs] = [await lazy.fetch(request), await eager.fetch(b[i] as Request)]
      expect({ status: mine.status, body: await mine.text() }).toEqual({ status: theirs.status, body: await theirs.text() })
    }
    expect(JSON.stringify(lazy.credentials())).toBe(JSON.stringify(eager.credentials()))
  })

  it('routes only the APIs it is given; the others answer 404 and get no handler', async () => {
    vi.clearAllMocks()
    const mock = createLazyMock(OPTIONS, ['nebuly'])
    expect(mock.handlers).toHaveLength(1)
    const response = await mock.fetch(new Request('http://localhost/api/v2/analytics/conversations/overview'))
    expect(response.status).toBe(404)
    expect(builds()).toEqual({ aurion: 0, chatlayer: 0, nebuly: 0 })
  })
})

describe('a world built in turns', () => {
  const overview = (token: string) =>
    new Request('http://localhost/api/v2/analytics/conversations/overview', { headers: { Authorization: `Bearer ${token}` } })
  const teams = (token: string) =>
    new Request('http://localhost/api/v2/analytics/conversations/teams', { headers: { Authorization: `Bearer ${token}` } })
  /** A yieldTurn that holds the build at each turn until the test lets it go on. */
  function heldTurns() {
    const waiting: (() => void)[] = []
    return { waiting, yieldTurn: () => new Promise<void>((resolve) => waiting.push(resolve)) }
  }
  const body = async (response: Promise<Response>) => {
    const r = await response
    return { status: r.status, body: await r.text() }
  }

  it('makes requests that arrive during the build wait for the whole world, then answer as the eager mock', async () => {
    vi.clearAllMocks()
    const eager = await createMock(OPTIONS)
    const token = eager.credentials().aurion.sessions[0]?.token ?? ''
    const turns = heldTurns()
    const mock = createLazyMock({ ...OPTIONS, yieldTurn: turns.yieldTurn })
    const answers = [body(mock.fetch(overview(token))), body(mock.fetch(teams(token)))]
    let answered = false
    void Promise.all(answers).then(() => {
      answered = true
    })
    let paused = 0
    for (;;) {
      await vi.waitFor(() => expect(turns.waiting.length > 0 || answered).toBe(true), { interval: 1 })
      if (answered) break
      // The build is paused here: no request may have its answer yet.
      expect(answered).toBe(false)
      paused += 1
      turns.waiting.shift()?.()
    }
    expect(paused).toBeGreaterThan(5) // one pause per tenant part at least: the build did run in turns
    expect(builds().aurion).toBe(2) // the eager mock's and one for both requests
    expect(await Promise.all(answers)).toEqual([await body(eager.fetch(overview(token))), await body(eager.fetch(teams(token)))])
  })

  it('finishes a paused build at once when it is read synchronously; the waiting request gets that world', async () => {
    const eager = await createMock(OPTIONS)
    const token = eager.credentials().aurion.sessions[0]?.token ?? ''
    const turns = heldTurns()
    const mock = createLazyMock({ ...OPTIONS, yieldTurn: turns.yieldTurn })
    const answer = body(mock.fetch(overview(token)))
    await vi.waitFor(() => expect(turns.waiting).toHaveLength(1), { interval: 1 })
    expect(JSON.stringify(mock.credentials().aurion)).toBe(JSON.stringify(eager.credentials().aurion))
    turns.waiting.shift()?.()
    expect(await answer).toEqual(await body(eager.fetch(overview(token))))
    expect(turns.waiting).toHaveLength(0)
  })

  it('ready() builds the APIs named, in turns, and nothing else', async () => {
    vi.clearAllMocks()
    const turns = heldTurns()
    const mock = createLazyMock({ ...OPTIONS, yieldTurn: turns.yieldTurn })
    const ready = mock.ready('aurion')
    let done = false
    void ready.then(() => {
      done = true
    })
    for (;;) {
      await vi.waitFor(() => expect(turns.waiting.length > 0 || done).toBe(true), { interval: 1 })
      if (done) break
      turns.waiting.shift()?.()
    }
    expect(builds()).toEqual({ aurion: 1, chatlayer: 0, nebuly: 0 })
    expect(mock.credentials().aurion.sessions.length).toBeGreaterThan(0)
    expect(builds().aurion).toBe(1)
  })
})

describe('createMock', () => {
  it('has built every world by the time it resolves (servers answer their first request without building)', async () => {
    vi.clearAllMocks()
    await createMock(OPTIONS)
    expect(builds()).toEqual({ aurion: 1, chatlayer: 1, nebuly: 1 })
  })
})
