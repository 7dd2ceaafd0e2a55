// Browser entry bundled by build.ts: the kit's handlers behind msw's service worker, probed with plain
// fetch() from the page. Results land on window.__results; window.__ready says the page is done (and
// window.__error says why it stopped early). Nothing here may import Node.
import { setupWorker } from 'msw/browser'
import { createMock } from '../../mocks/index.ts'
import { PROBES, probeMockOptions, probeRequest, readProbeResult, type ProbeResult } from './probes.ts'

declare global {
  interface Window {
    __results?: ProbeResult[]
    __ready?: boolean
    __error?: string
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
  return results
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
