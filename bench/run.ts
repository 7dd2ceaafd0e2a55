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

console.log(`\nmedian latency over ${runs} runs (first run, which builds lazy indexes, reported apart)`)
console.log(`${'endpoint'.padEnd(72)} ${'range'.padEnd(9)} ${'first'.padStart(9)} ${'median'.padStart(9)}`)
for (const endpoint of endpoints) {
  for (const [rangeName, range] of Object.entries(ranges)) {
    if (range && endpoint.startsWith('/api/v2/conversations')) continue
    const url = `http://bench.test${endpoint}${range ? (endpoint.includes('?') ? '&' : '?') + range : ''}`
    const times: number[] = []
    for (let i = 0; i <= runs; i++) {
      started = performance.now()
      const response = await getResponse(mock.handlers, new Request(url, { headers: { Authorization: `Bearer ${token}` } }))
      await response?.text()
      times.push(performance.now() - started)
      if (response?.status !== 200) throw new Error(`${url} answered ${response?.status}`)
    }
    const [first, ...rest] = times
    console.log(`${endpoint.padEnd(72)} ${rangeName.padEnd(9)} ${first!.toFixed(1).padStart(7)}ms ${median(rest).toFixed(1).padStart(7)}ms`)
  }
}

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
