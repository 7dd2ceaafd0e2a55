// Browser entry bundled by build.ts: the kit's handlers behind msw's service worker, probed with plain
// fetch() from the page. Results land on window.__results; window.__ready says the page is done (and
// window.__error says why it stopped early). Nothing here may import Node.
import { setupWorker } from 'msw/browser'
import { createMock } from '../../mocks/index.ts'
import { OVERVIEW_PATH, PROBES, probeMockOptions, probeRequest, readProbeResult, type ControlsResult, type ProbeResult } from './probes.ts'

declare global {
  interface Window {
    __results?: ProbeResult[]
    __ready?: boolean
    __error?: string
    __controls?: ControlsResult
  }
}

async function run(): Promise<ProbeResult[]> {
  const mock = await createMock(probeMockOptions())
  const session = mock.credentials().aurion.sessions[0]
  if (!session) throw new Error('the mock has no AurionAI session for its default tenant')
  const worker = setupWorker(...mock.handlers)
  await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true })
  const results: ProbeResult[] = []
  for (const probe of PROBES) {
    const response = await fetch(probeRequest(probe, window.location.origin, session.token))
    results.push(await readProbeResult(probe.name, response))
  }
  window.__controls = await controls(mock, session.token)
  return results
}

/** The in-process controls as a devtools console would use them (docs/admin-api.md). */
async function controls(mock: Awaited<ReturnType<typeof createMock>>, token: string): Promise<ControlsResult> {
  mock.journal.clear()
  mock.scenarios.add({ match: { path: '/api/v2/analytics/conversations/overview' }, respond: { status: 503 }, times: 2 })
  const statuses: number[] = []
  for (let i = 0; i < 3; i++) statuses.push((await fetch(OVERVIEW_PATH, { headers: { Authorization: `Bearer ${token}` } })).status)
  const reset = await fetch(OVERVIEW_PATH, { headers: { Prefer: 'fault=reset' } }).then(
    (response) => `answered ${response.status}`,
    (error: unknown) => (error instanceof Error ? error.name : String(error)),
  )
  const journaled = mock.journal.list({ operation: 'get_conversation_overview_api_v2_analytics_conversations_overview_get' }).length
  mock.reset()
  return { statuses, reset, journaled, afterReset: mock.journal.list().length }
}

run().then(
  (results) => {
    window.__results = results
    window.__ready = true
  },
  (error: unknown) => {
    window.__error = error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error)
    window.__ready = true
  },
)
