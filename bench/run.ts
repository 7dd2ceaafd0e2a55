// npm run bench [-- --conversations 100000 --runs 15]
// Seeds the world, then times every analytics endpoint through the real handler pipeline (auth,
// validation, computation, JSON) in-process and over HTTP. Prints figures; asserts nothing.
import { parseArgs } from 'node:util'
import { getResponse } from 'msw'
import { createMock } from '../mocks/index.ts'
import { startServer } from '../server/serve.ts'

const { values } = parseArgs({
  options: { conversations: { type: 'string', default: '100000' }, runs: { type: 'string', default: '15' } },
})
const size = Number(values.conversations)
const runs = Number(values.runs)
const now = new Date('2026-03-09T12:00:00Z')

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN

const heapBefore = process.memoryUsage().heapUsed
let started = performance.now()
const mock = await createMock({ seed: 42, now, size })
const seedMs = performance.now() - started
globalThis.gc?.()
const memory = process.memoryUsage()
console.log(`createMock: ${size} conversations (default tenant) seeded in ${seedMs.toFixed(0)} ms`)
console.log(`memory: heap used ${mb(memory.heapUsed)} (+${mb(memory.heapUsed - heapBefore)}), rss ${mb(memory.rss)}`)

const token = mock.credentials().aurion.sessions[0]!.token
const endpoints = [
  '/api/v2/analytics/conversations/overview',
  '/api/v2/analytics/conversations/sla-compliance',
  '/api/v2/analytics/conversations/csat',
  '/api/v2/analytics/conversations/csat/responses',
  '/api/v2/analytics/conversations/resolution-rates',
  '/api/v2/analytics/conversations/teams',
  '/api/v2/analytics/conversations/insights',
  '/api/v2/analytics/conversations/aggregation-health',
  '/api/v2/analytics/unified-overview',
  '/api/v2/conversations',
  '/api/v2/conversations?search=vpn&status=open,pending&sort_by=priority',
]
const ranges = { '30 days': '', '120 days': 'date_from=2025-11-09T12:00:00Z&date_to=2026-03-09T12:00:00Z' }

async function timeRequest(label: string, rangeName: string, build: () => Request) {
  const times: number[] = []
  for (let i = 0; i <= runs; i++) {
    started = performance.now()
    const response = await getResponse(mock.handlers, build())
    await response?.arrayBuffer()
    times.push(performance.now() - started)
    if (response?.status !== 200) throw new Error(`${label} answered ${response?.status}`)
  }
  const [first, ...rest] = times
  console.log(`${label.padEnd(72)} ${rangeName.padEnd(9)} ${first!.toFixed(1).padStart(7)}ms ${median(rest).toFixed(1).padStart(7)}ms`)
}
const aurionGet = (url: string) => () => new Request(url, { headers: { Authorization: `Bearer ${token}` } })

console.log(`\nmedian latency over ${runs} runs (first run, which builds lazy indexes, reported apart)`)
console.log(`${'endpoint'.padEnd(72)} ${'range'.padEnd(9)} ${'first'.padStart(9)} ${'median'.padStart(9)}`)
for (const endpoint of endpoints) {
  for (const [rangeName, range] of Object.entries(ranges)) {
    if (range && endpoint.startsWith('/api/v2/conversations')) continue
    const url = `http://bench.test${endpoint}${range ? (endpoint.includes('?') ? '&' : '?') + range : ''}`
    await timeRequest(endpoint, rangeName, aurionGet(url))
  }
}

const v1Ranges = { '30 days': 'start_date=2026-02-08&end_date=2026-03-09', '120 days': 'start_date=2025-11-10&end_date=2026-03-09' }
for (const endpoint of ['/api/v1/analytics/call-metrics', '/api/v1/analytics/resolution-rates', '/api/v1/analytics/usage-patterns']) {
  for (const [rangeName, range] of Object.entries(v1Ranges)) {
    await timeRequest(endpoint, rangeName, aurionGet(`http://bench.test${endpoint}?${range}&tz=Europe/Paris`))
  }
}

const chatlayer = mock.credentials().chatlayer!.tokens[0]!
const basic = `Basic ${btoa(`${chatlayer.token_id}:${chatlayer.token_secret}`)}`
const chatlayerRange = 'start_time=2025-11-10T00:00:00Z&end_time=2026-03-09T00:00:00Z'
for (const [label, path] of [
  [
    '/v1/bots/{bot_id}/conversations?bucket=1d&group_by=channel_type',
    `/v1/bots/${chatlayer.bot_ids[0]}/conversations?version=LIVE&bucket=1d&group_by=channel_type&${chatlayerRange}`,
  ],
  [
    '/v1/teams/{team_id}/conversations?bucket=1w&group_by=bot_id,language',
    `/v1/teams/${chatlayer.team_id}/conversations?bucket=1w&group_by=bot_id,language&${chatlayerRange}`,
  ],
] as const) {
  await timeRequest(label, '120 days', () => new Request(`http://bench.test${path}`, { headers: { Authorization: basic } }))
}

const nebulyKey = mock.credentials().nebuly!.api_keys[0]!.key
const aggregates = {
  time_range: { start: '2025-11-10T00:00:00Z', end: '2026-03-09T12:00:00Z' },
  filters: [],
  group_by: { kind: 'user_intent' },
  additional_group_bys: [{ kind: 'day' }],
  limit: 100,
  offset: 0,
}
await timeRequest(
  '/api/external/get-interaction-aggregates (intent x day)',
  '120 days',
  () =>
    new Request('http://bench.test/api/external/get-interaction-aggregates', {
      method: 'POST',
      headers: { Authorization: `Bearer ${nebulyKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(aggregates),
    }),
)

// The same over a real port, to show the Express adapter's cost.
const server = await startServer({ port: 0, seed: 42, now, size: Math.min(size, 3000), frozenClock: true })
const httpToken = server.mock.credentials().aurion.sessions[0]!.token
const times: number[] = []
for (let i = 0; i < runs * 4; i++) {
  started = performance.now()
  await (await fetch(`${server.url}/api/v2/analytics/conversations/overview`, { headers: { Authorization: `Bearer ${httpToken}` } })).text()
  times.push(performance.now() - started)
}
await server.close()
console.log(`\nover HTTP (Express, ${Math.min(size, 3000)} conversations): overview median ${median(times).toFixed(1)} ms`)
