// One set of routes, three ways: the same seed gives byte-identical bodies, and mock.fetch, setupServer
// (the MSW handlers) and the Node server answer the same request with the same status, content type and bytes.
import { createServer } from 'node:http'
import { getResponse } from 'msw'
import { setupServer } from 'msw/node'
import { describe, expect, it } from 'vitest'
import { createMock, type Mock } from '../../mocks/index.ts'
import { createApp } from '../../server/app.ts'
import { NOW, basic, bearer } from '../support/http.ts'

const PATHS = [
  '/api/v2/analytics/conversations/overview?date_from=2026-03-01T00:00:00Z&date_to=2026-03-08T23:59:59Z',
  '/api/v2/analytics/conversations/sla-compliance',
  '/api/v2/analytics/conversations/csat',
  '/api/v2/analytics/conversations/csat/responses?limit=200',
  '/api/v2/analytics/conversations/resolution-rates',
  '/api/v2/analytics/conversations/teams',
  '/api/v2/analytics/conversations/insights',
  '/api/v2/analytics/conversations/aggregation-health',
  '/api/v2/analytics/unified-overview',
  '/api/v2/conversations?limit=100&sort_by=priority',
  '/api/v2/conversations?limit=abc',
  '/api/v1/analytics/call-metrics?start_date=2026-03-01&end_date=2026-03-08&tz=Europe/Paris',
  '/api/v1/analytics/resolution-rates?start_date=2026-02-01&end_date=2026-03-08',
  '/api/v1/analytics/usage-patterns?start_date=2026-01-01&end_date=2026-03-08',
  '/api/v1/analytics/search?phone=0000&start_date=2026-01-01&end_date=2026-03-08',
  '/api/v1/analytics/call-metrics?start_date=2026-03-08&end_date=2026-03-01&tz=Mars/Olympus',
]

// No fake timer: aggregation health is modelled by default, so the real clock cannot leak into a body.
const newMock = () => createMock({ seed: 99, now: NOW, size: 800 })

function requestsFor(mock: Mock, origin: string): Request[] {
  const credentials = mock.credentials()
  const token = credentials.aurion.sessions[0]!.token
  const chatlayer = credentials.chatlayer!.tokens[0]!
  const chatlayerAuth = basic(chatlayer)
  const range = 'start_time=2026-01-01T00:00:00Z&end_time=2026-03-09T00:00:00Z'
  const nebuly = { ...bearer(credentials.nebuly!.api_keys[0]!.key), 'Content-Type': 'application/json' }
  const aggregates = {
    time_range: { start: '2026-01-01T00:00:00Z', end: '2026-03-09T00:00:00Z' },
    filters: [],
    group_by: { kind: 'topic' },
    limit: 50,
    offset: 0,
  }
  return [
    ...PATHS.map((p) => new Request(`${origin}${p}`, { headers: bearer(token) })),
    new Request(`${origin}${PATHS[0]}`),
    new Request(`${origin}${PATHS[0]}`, { headers: { Prefer: 'code=429' } }),
    new Request(`${origin}/v1/bots/${chatlayer.bot_ids[0]}/conversations?version=LIVE&bucket=1w&group_by=language&${range}`, {
      headers: chatlayerAuth,
    }),
    new Request(`${origin}/v1/teams/${chatlayer.team_id}/conversations?bucket=1m&group_by=channel_type&${range}`, {
      headers: chatlayerAuth,
    }),
    new Request(`${origin}/v1/bots/${chatlayer.bot_ids[0]}/conversations?${range}`, { headers: chatlayerAuth }),
    new Request(`${origin}/api/external/get-interaction-aggregates`, { method: 'POST', headers: nebuly, body: JSON.stringify(aggregates) }),
    new Request(`${origin}/api/external/get-interaction-aggregates`, { method: 'POST', headers: nebuly, body: '{"limit": -1' }),
  ]
}

async function snapshot(response: Response | undefined) {
  if (!response) return undefined
  return { status: response.status, contentType: response.headers.get('content-type'), body: await response.text() }
}

describe('determinism', () => {
  it('gives byte-identical bodies for the same seed, now and size', async () => {
    const [a, b] = [await newMock(), await newMock()]
    const first = await Promise.all(requestsFor(a, 'http://mock.test').map(async (r) => snapshot(await getResponse(a.handlers, r))))
    const second = await Promise.all(requestsFor(b, 'http://mock.test').map(async (r) => snapshot(await getResponse(b.handlers, r))))
    expect(first.every((s) => s !== undefined)).toBe(true)
    expect(second).toEqual(first)
    const other = await createMock({ seed: 100, now: NOW, size: 800, timer: () => 0 })
    const third = await snapshot(await getResponse(other.handlers, requestsFor(other, 'http://mock.test')[0]!))
    expect(third?.body).not.toEqual(first[0]?.body)
  })
})

describe('measured timings', () => {
  it('report the real run times read from the timer only when asked for', async () => {
    let t = 0
    const timer = () => (t += 7)
    const health = async (mock: Mock) => {
      const token = mock.credentials().aurion.sessions[0]!.token
      const request = new Request(`http://mock.test${PATHS[7]}`, { headers: bearer(token) })
      return (await (await getResponse(mock.handlers, request))!.json()) as Record<string, number>
    }
    const measured = await health(await createMock({ seed: 99, now: NOW, size: 800, measuredTimings: true, timer }))
    expect([measured.overview_ms, measured.sla_compliance_ms, measured.agent_performance_ms]).toEqual([7, 7, 7])
    const modelled = await health(await createMock({ seed: 99, now: NOW, size: 800, timer }))
    expect(modelled.overview_ms).not.toBe(7)
    expect(modelled).toEqual(await health(await newMock()))
  })
})

describe('mock.fetch, setupServer and the Node server', () => {
  it('answer with the same status, content type and bytes', async () => {
    const mock = await newMock()

    // setupServer intercepts every fetch of this process, so the two sides run one after the other.
    const worker = setupServer(...mock.handlers)
    worker.listen({ onUnhandledRequest: 'error' })
    const viaMsw = []
    for (const request of requestsFor(mock, 'https://apps.aurionai.net')) viaMsw.push(await snapshot(await fetch(request)))
    worker.close()

    const server = createServer(createApp(mock)).listen(0, '127.0.0.1')
    await new Promise((resolve) => server.once('listening', resolve))
    const { port } = server.address() as { port: number }
    const viaExpress = []
    for (const request of requestsFor(mock, `http://127.0.0.1:${port}`)) viaExpress.push(await snapshot(await fetch(request)))
    await new Promise((resolve) => server.close(resolve))

    const viaFetch = []
    for (const request of requestsFor(mock, 'http://mock.test')) viaFetch.push(await snapshot(await mock.fetch(request)))

    expect(viaExpress.map((s) => s?.status)).toContain(422)
    expect(viaExpress).toEqual(viaMsw)
    expect(viaFetch).toEqual(viaMsw)
  })
})
