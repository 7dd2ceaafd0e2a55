// npm run bench:controls: what the QA controls add to a request. Times controls.begin() +
// intercept() + finish() alone (no scenario, one non-matching scenario, ten), and a cheap operation
// end to end through the handlers. Prints figures; asserts nothing.
import { getResponse } from 'msw'
import { createClock } from '../mocks/core/clock.ts'
import { createControls } from '../mocks/core/controls.ts'
import { fastApiDialect } from '../mocks/core/errors.ts'
import { createMock } from '../mocks/index.ts'

const N = 50_000
const now = new Date('2026-03-09T12:00:00Z')
const mock = await createMock({ seed: 42, now, size: 300, chatlayerConversations: 300, nebulyInteractions: 300 })
const op = mock.aurion.contract.operations.get('list_analytics_teams_api_v2_analytics_conversations_teams_get')!
const url = 'http://mock.test/api/v2/analytics/conversations/teams'
const served = new Map([[op.operationId, { api: 'aurion' as const, op }]])

async function timeControls(label: string, scenarios: number) {
  const controls = createControls({ clock: createClock(now), journalSize: 1000, operations: () => served })
  for (let i = 0; i < scenarios; i++) controls.scenarios.add({ match: { api: 'chatlayer' }, respond: { status: 503 } })
  const api = { name: 'aurion' as const, dialect: fastApiDialect }
  const request = new Request(url, { headers: { Authorization: 'Bearer x' } })
  const ok = new Response('{}')
  const started = performance.now()
  for (let i = 0; i < N; i++) {
    const exchange = controls.begin(api, op, request)
    await exchange.intercept()
    exchange.finish(ok, { account: 't', role: 'agent' })
  }
  console.log(`${label.padEnd(44)} ${(((performance.now() - started) * 1000) / N).toFixed(2).padStart(7)} µs/request`)
}

await timeControls('controls, no scenario', 0)
await timeControls('controls, 1 scenario (no match)', 1)
await timeControls('controls, 10 scenarios (no match)', 10)

const token = mock.credentials().aurion.sessions[0]!.token
const request = () => new Request(url, { headers: { Authorization: `Bearer ${token}` } })
for (let i = 0; i < 200; i++) await (await getResponse(mock.handlers, request()))?.arrayBuffer()
const runs = 5000
let started = performance.now()
for (let i = 0; i < runs; i++) await (await getResponse(mock.handlers, request()))?.arrayBuffer()
console.log(
  `${'teams end to end (handlers, journal on)'.padEnd(44)} ${(((performance.now() - started) * 1000) / runs).toFixed(1).padStart(7)} µs/request`,
)
globalThis.gc?.()
const before = process.memoryUsage().heapUsed
for (let i = 0; i < 2000; i++) await (await getResponse(mock.handlers, request()))?.arrayBuffer()
globalThis.gc?.()
console.log(
  `journal full (1,000 entries): heap ${((process.memoryUsage().heapUsed - before) / 1024).toFixed(0)} KB more than before the 2,000 requests`,
)
started = performance.now()
mock.reset()
console.log(`mock.reset(): ${(performance.now() - started).toFixed(2)} ms`)
