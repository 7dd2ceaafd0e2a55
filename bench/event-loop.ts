// npm run bench:block [-- --conversations 100000 --runs 3 --warmup 1 --only export]
// How long the heaviest request of each operation holds the mock's event loop: a mock of 100,000
// conversations in a child process, each request at its largest accepted range, while a second client
// asks /__mock/health every 5 ms. Prints the request's time, the slowest health answer meanwhile and the
// longest event-loop block the server measured itself, in wall time (perf_hooks.monitorEventLoopDelay) and
// in CPU time (what a quiet machine would see; see child-server.ts). `--only` keeps
// the requests whose label contains the text. Each request is first sent `--warmup` times unmeasured: the
// first PDF or CSV loads its library, which under tsx's loader can block for seconds (once per process).
import { parseArgs } from 'node:util'
import { startChildServer } from './child.ts'

const { values } = parseArgs({
  options: {
    conversations: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '3' },
    only: { type: 'string', default: '' },
    warmup: { type: 'string', default: '1' },
  },
})
const server = await startChildServer(Number(values.conversations))
const { aurion, chatlayer, nebuly } = server.credentials
const session = (role: string) => aurion.sessions.find((s) => s.role === role && s.plan !== 'growth' && s.profile === 'complete')!.token
const defaultTenant = aurion.sessions.filter((s) => s.tenant_id === aurion.sessions[0]!.tenant_id)
const admin = { Authorization: `Bearer ${defaultTenant.find((s) => s.role === 'tenant_admin')?.token ?? session('tenant_admin')}` }
const reader = admin
const team = chatlayer!.tokens[0]!
const basic = { Authorization: `Basic ${btoa(`${team.token_id}:${team.token_secret}`)}` }
const project = { Authorization: `Bearer ${nebuly!.api_keys[0]!.key}`, 'Content-Type': 'application/json' }
const year = 'date_from=2025-03-09T12:00:00Z&date_to=2026-03-09T12:00:00Z'
const days = 'start_date=2025-03-09&end_date=2026-03-09'
const bot = team.bot_ids[0]
const cl = 'version=LIVE&start_time=2025-03-10T00:00:00Z&end_time=2026-03-10T00:00:00Z'
/** The longest range 1h buckets may cover (3,000 buckets a serie). */
const clHourly = 'version=LIVE&start_time=2025-11-04T00:00:00Z&end_time=2026-03-09T00:00:00Z'

/** A download URL of an `all` export of the year, with every detail table. */
async function exportOf(format: 'csv' | 'pdf'): Promise<string> {
  const created = await fetch(`${server.url}/api/v1/analytics/export`, {
    method: 'POST',
    headers: { ...admin, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      format,
      start_date: '2025-03-10',
      end_date: '2026-03-09',
      scope: 'all',
      include_conversations: true,
      include_transcripts: true,
    }),
  })
  return ((await created.json()) as { download_url: string }).download_url
}
const [pdfUrl, csvUrl] = [await exportOf('pdf'), await exportOf('csv')]

const cases: [string, string, RequestInit][] = [
  ...['overview', 'sla-compliance', 'csat', 'csat/responses', 'resolution-rates', 'teams', 'insights', 'aggregation-health'].map(
    (p): [string, string, RequestInit] => [`v2 ${p}`, `/api/v2/analytics/conversations/${p}?${year}`, { headers: reader }],
  ),
  ['v2 unified-overview', `/api/v2/analytics/unified-overview?${year}`, { headers: reader }],
  ['v2 conversations (search, sort)', '/api/v2/conversations?search=vpn&sort_by=priority&limit=100', { headers: reader }],
  ['v1 call-metrics', `/api/v1/analytics/call-metrics?${days}&tz=Europe/Paris`, { headers: reader }],
  ['v1 resolution-rates', `/api/v1/analytics/resolution-rates?${days}&tz=Europe/Paris`, { headers: reader }],
  ['v1 usage-patterns', `/api/v1/analytics/usage-patterns?${days}&tz=Europe/Paris`, { headers: reader }],
  ['v1 search', `/api/v1/analytics/search?phone=0612&limit=100&${days}`, { headers: reader }],
  ['v1 exports list', '/api/v1/analytics/exports', { headers: admin }],
  ['v1 export download (all, pdf)', pdfUrl, { headers: admin }],
  ['v1 export download (all, csv)', csvUrl, { headers: admin }],
  ['chatlayer series 1h', `/v1/bots/${bot}/conversations?${clHourly}&bucket=1h&group_by=channel_type`, { headers: basic }],
  ['chatlayer insights', `/v1/bots/${bot}/conversations/insights?${cl}&stat=num_messages`, { headers: basic }],
  [
    'chatlayer team usage 1d',
    `/v1/teams/${team.team_id}/conversations?start_time=2025-03-10T00:00:00Z&end_time=2026-03-10T00:00:00Z&bucket=1d&group_by=bot_id,channel_type`,
    { headers: basic },
  ],
  [
    'nebuly aggregates by day',
    '/api/external/get-interaction-aggregates',
    {
      method: 'POST',
      headers: project,
      body: JSON.stringify({
        time_range: { start: '2025-03-10T00:00:00Z', end: '2026-03-10T00:00:00Z' },
        filters: [],
        group_by: { kind: 'day' },
        additional_group_bys: [{ kind: 'language' }],
        limit: 100000,
        offset: 0,
      }),
    },
  ],
]

/** The slowest /__mock/health answer while `work` runs (polled every 5 ms). */
async function healthDuring(work: Promise<unknown>): Promise<number> {
  let done = false
  let worst = 0
  void work.finally(() => {
    done = true
  })
  while (!done) {
    const started = performance.now()
    await (await fetch(`${server.url}/__mock/health`)).arrayBuffer()
    worst = Math.max(worst, performance.now() - started)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  return worst
}

console.log(`${values.conversations} conversations; ${values.warmup} warm-up and ${values.runs} runs each; worst of the runs`)
console.log(
  `${'request'.padEnd(34)} ${'status'.padStart(6)} ${'bytes'.padStart(10)} ${'request ms'.padStart(11)} ${'health ms'.padStart(10)} ${'block ms'.padStart(9)} ${'block cpu ms'.padStart(13)}`,
)
for (const [label, path, init] of cases.filter(([label]) => label.includes(values.only))) {
  let [worstRequest, worstHealth, worstBlock, worstCpu, status, bytes] = [0, 0, 0, 0, 0, 0]
  for (let run = 0; run < Number(values.warmup); run++) await (await fetch(`${server.url}${path}`, init)).arrayBuffer()
  for (let run = 0; run < Number(values.runs); run++) {
    await server.longestBlock() // starts the window
    const started = performance.now()
    const request = fetch(`${server.url}${path}`, init).then(async (r) => {
      status = r.status
      bytes = (await r.arrayBuffer()).byteLength
      return performance.now() - started
    })
    const health = await healthDuring(request)
    worstRequest = Math.max(worstRequest, await request)
    worstHealth = Math.max(worstHealth, health)
    const block = await server.longestBlock()
    worstBlock = Math.max(worstBlock, block.wallMs)
    worstCpu = Math.max(worstCpu, block.cpuMs)
  }
  console.log(
    `${label.padEnd(34)} ${String(status).padStart(6)} ${String(bytes).padStart(10)} ${worstRequest.toFixed(0).padStart(11)} ${worstHealth.toFixed(0).padStart(10)} ${worstBlock.toFixed(0).padStart(9)} ${worstCpu.toFixed(0).padStart(13)}`,
  )
}
await server.stop()
