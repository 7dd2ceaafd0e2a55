// Heavy reports run in slices of rows and give way to other requests between them (mocks/lib/steps.ts).
// The injected timer makes every slice look like it used up the report's budget, so the report returns to
// the event loop after each one: a health check asked while it runs is answered before it ends. Before the
// reports were sliced, csat, overview, the unified overview and the v1 reports ran in one synchronous
// block: no health answer in between; so did the conversations list, whose filters and search walk every
// conversation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningServer, startServer } from '../../server/serve.ts'
import { SLICE_ROWS } from '../../mocks/lib/steps.ts'

const NOW = new Date('2026-03-09T12:00:00Z')
const YEAR = 'date_from=2025-03-10T12:00:00Z&date_to=2026-03-09T12:00:00Z'
const DAYS = 'start_date=2025-03-10&end_date=2026-03-09&tz=Europe/Paris'

let server: RunningServer
let headers: Record<string, string>
let ticks = 0

beforeAll(async () => {
  // Large enough that a year holds several slices of conversations, CSAT responses and calls.
  server = await startServer({
    port: 0,
    now: NOW,
    size: 6 * SLICE_ROWS,
    frozenClock: true,
    measuredTimings: true,
    timer: () => (ticks += 100),
  })
  headers = { authorization: `Bearer ${server.mock.credentials().aurion.sessions[0]!.token}` }
})

afterAll(() => server?.close())

/** Health answers received while the report at `path` was still running, and the report's status. */
async function healthWhileRunning(path: string): Promise<{ status: number; answered: number }> {
  let running = true
  const report = fetch(server.url + path, { headers }).then(async (response) => {
    await response.arrayBuffer()
    running = false
    return response.status
  })
  let answered = 0
  while (running) {
    const health = await fetch(`${server.url}/__mock/health`)
    await health.arrayBuffer()
    if (running && health.status === 200) answered += 1
  }
  return { status: await report, answered }
}

describe('heavy reports and list searches give way between slices', () => {
  it.each([
    `/api/v2/analytics/conversations/insights?${YEAR}`,
    `/api/v2/analytics/conversations/csat?${YEAR}`,
    `/api/v2/analytics/conversations/aggregation-health?${YEAR}`,
    `/api/v2/analytics/unified-overview?${YEAR}`,
    `/api/v2/analytics/conversations/overview?${YEAR}`,
    `/api/v1/analytics/resolution-rates?${DAYS}`,
    `/api/v1/analytics/call-metrics?${DAYS}`,
    `/api/v1/analytics/usage-patterns?${DAYS}`,
    '/api/v2/conversations?search=a&status=open,pending&sort_by=priority',
  ])('answers health checks while %s runs', async (path) => {
    const { status, answered } = await healthWhileRunning(path)
    expect(status).toBe(200)
    expect(answered).toBeGreaterThan(0)
  })
})
