// npm run soak [-- --seconds 60 --connections 100]
// 60 s of mixed reads plus export creation over 100 connections against a mock in a child process; prints
// its RSS every 5 s and compares the end with the RSS after warm-up (the first 10 s). Exits 1 above +20%.
import { parseArgs } from 'node:util'
import { startChildServer } from './child.ts'

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    connections: { type: 'string', default: '100' },
    conversations: { type: 'string', default: '3000' },
  },
})
const seconds = Number(values.seconds)
const connections = Number(values.connections)
const WARM_UP_S = 10
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`

const server = await startChildServer(Number(values.conversations))
const { aurion, chatlayer, nebuly } = server.credentials
const session = (role: string) => aurion.sessions.find((s) => s.role === role && s.plan !== 'growth' && s.profile === 'complete')!.token
const reader = { Authorization: `Bearer ${session('tenant_readonly')}` }
const admin = { Authorization: `Bearer ${session('tenant_admin')}`, 'Content-Type': 'application/json' }
const team = chatlayer!.tokens[0]!
const basic = { Authorization: `Basic ${btoa(`${team.token_id}:${team.token_secret}`)}` }
const project = { Authorization: `Bearer ${nebuly!.api_keys[0]!.key}`, 'Content-Type': 'application/json' }

const range = 'date_from=2025-11-09T12:00:00Z&date_to=2026-03-09T12:00:00Z'
const days = 'start_date=2025-11-09&end_date=2026-03-09'
const requests: [string, RequestInit][] = [
  [`/api/v2/analytics/conversations/overview?${range}`, { headers: reader }],
  [`/api/v2/analytics/conversations/insights?${range}`, { headers: reader }],
  [`/api/v2/analytics/conversations/csat/responses?${range}`, { headers: reader }],
  ['/api/v2/conversations?search=vpn&sort_by=priority', { headers: reader }],
  [`/api/v1/analytics/call-metrics?${days}`, { headers: reader }],
  [`/api/v1/analytics/usage-patterns?${days}`, { headers: reader }],
  [`/api/v1/analytics/search?phone=1234&${days}`, { headers: reader }],
  ['/api/v1/analytics/exports', { headers: admin }],
  [
    `/v1/bots/${team.bot_ids[0]}/conversations?version=LIVE&start_time=2025-11-10T00:00:00Z&end_time=2026-03-09T00:00:00Z&bucket=1h`,
    { headers: basic },
  ],
  [
    '/api/external/get-interaction-aggregates',
    {
      method: 'POST',
      headers: project,
      body: JSON.stringify({
        time_range: { start: '2025-11-10T00:00:00Z', end: '2026-03-09T00:00:00Z' },
        filters: [],
        group_by: { kind: 'day' },
        limit: 500,
        offset: 0,
      }),
    },
  ],
  // Export creation: the state that used to grow without bound (exports, audit entries).
  ...Array.from({ length: 4 }, (): [string, RequestInit] => [
    '/api/v1/analytics/export',
    {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({ format: 'csv', start_date: '2026-03-01', end_date: '2026-03-08', scope: 'all' }),
    },
  ]),
]

const statuses = new Map<number, number>()
const failures = new Map<string, number>()
let sent = 0
let stopping = false
async function worker(offset: number) {
  for (let i = offset; !stopping; i++) {
    const [path, init] = requests[i % requests.length]!
    // fetch keeps one connection per concurrent request alive: `connections` workers, `connections` sockets.
    sent += 1
    try {
      const response = await fetch(`${server.url}${path}`, init)
      await response.arrayBuffer()
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
    } catch (error) {
      const code = String((error as { cause?: { code?: string } }).cause?.code ?? error)
      failures.set(code, (failures.get(code) ?? 0) + 1)
    }
  }
}

console.log(`soak: ${seconds} s, ${connections} connections, mixed reads and export creation against ${server.url}`)
console.log(`RSS at start: ${mb((await server.memory()).rss)} (every figure after a full GC in the mock's process)`)
const workers = Array.from({ length: connections }, (_, i) => worker(i))
const samples: number[] = []
for (let t = 5; t <= seconds; t += 5) {
  await new Promise((resolve) => setTimeout(resolve, 5_000))
  const { rss, heapUsed } = await server.memory()
  samples.push(rss)
  console.log(`${String(t).padStart(3)} s  RSS ${mb(rss).padStart(7)}  heap ${mb(heapUsed).padStart(7)}  requests ${sent}`)
}
stopping = true
await Promise.all(workers)
const warm = samples[WARM_UP_S / 5 - 1]!
const end = samples[samples.length - 1]!
const growth = (end - warm) / warm
console.log(`statuses: ${[...statuses].map(([s, n]) => `${s}: ${n}`).join(', ')}`)
if (failures.size > 0) console.log(`network errors: ${[...failures].map(([c, n]) => `${c}: ${n}`).join(', ')}`)
console.log(`RSS after warm-up (${WARM_UP_S} s) ${mb(warm)}, at the end ${mb(end)}: ${(growth * 100).toFixed(1)}% (limit +20%)`)
await server.stop()
process.exitCode = growth > 0.2 ? 1 : 0
