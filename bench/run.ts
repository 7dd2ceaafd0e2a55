// npm run bench [-- --sizes 3000,100000,1000000 --runs 15 --checkout /path/to/another/checkout --serve-args=...]
// The scale table: for each AurionAI size, the mock is started as a real server (bin/analytics-mock.js,
// as users start it) and timed from its process start to its first 200, with its RSS; then every
// analytics endpoint is requested over HTTP: the FIRST answer (no index may be left to build) and the
// median of the next runs, as wall time and as the server's main-thread CPU time (from /proc: unlike wall
// time, it does not grow when other processes share the cores); then how long a health check waits while
// each heavy report (and a list search) runs, in wall time and in the server's main-thread CPU time meanwhile.
// The server runs with --no-report-cache unless --serve-args says otherwise: the medians and the health
// waits measure the reports' work, not a body cached by the first request (give `--serve-args ''` for a
// checkout whose CLI has no such flag).
// Prints figures; asserts nothing.
import { type ChildProcess, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { createLazyMockCore } from '../mocks/create-mock.ts'

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '3000,100000,1000000' },
    runs: { type: 'string', default: '15' },
    /** Measure the server of another checkout of the kit (e.g. the previous release) instead of this one. */
    checkout: { type: 'string' },
    /** Extra arguments for `serve`, split on spaces. */
    'serve-args': { type: 'string', default: '--no-report-cache' },
  },
})
const sizes = values.sizes.split(',').map(Number)
const runs = Number(values.runs)
const serveArgs = values['serve-args'].split(' ').filter(Boolean)
const root = path.resolve(values.checkout ?? path.join(import.meta.dirname, '..'))
const NOW = '2026-03-09T12:00:00Z'
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? Number.NaN
const ms = (x: number) => `${x.toFixed(1)} ms`

const RANGE_120 = 'date_from=2025-11-09T12:00:00Z&date_to=2026-03-09T12:00:00Z'
const V1_120 = 'start_date=2025-11-10&end_date=2026-03-09&tz=Europe/Paris'
const AURION = [
  '/api/v2/analytics/conversations/overview',
  '/api/v2/analytics/conversations/sla-compliance',
  '/api/v2/analytics/conversations/csat',
  '/api/v2/analytics/conversations/csat/responses',
  '/api/v2/analytics/conversations/resolution-rates',
  '/api/v2/analytics/conversations/teams',
  '/api/v2/analytics/conversations/insights',
  '/api/v2/analytics/conversations/aggregation-health',
  '/api/v2/analytics/unified-overview',
  `/api/v2/analytics/conversations/insights?${RANGE_120}`,
  `/api/v2/analytics/unified-overview?${RANGE_120}`,
  '/api/v2/conversations',
  '/api/v2/conversations?search=vpn&status=open,pending&sort_by=priority',
  '/api/v2/conversations?sort_by=subject&sort_order=asc&limit=50',
  `/api/v1/analytics/call-metrics?${V1_120}`,
  `/api/v1/analytics/resolution-rates?${V1_120}`,
  `/api/v1/analytics/usage-patterns?${V1_120}`,
]

const CHATLAYER_RANGE = 'start_time=2025-11-09T00:00:00Z&end_time=2026-03-09T00:00:00Z'

/**
 * The Chatlayer and Nebuly requests, with credentials of the same seed and now from an in-process mock
 * that builds only those two worlds: asking the server (/__mock/credentials) would build them at once.
 */
function otherApis(): { path: string; init: RequestInit }[] {
  const { mock } = createLazyMockCore({ now: new Date(NOW) })
  const team = mock.credentials().chatlayer.tokens[0]!
  const conversation = team.conversations[0]!
  const basic = { authorization: `Basic ${btoa(`${team.token_id}:${team.token_secret}`)}` }
  const bot = `/v1/bots/${conversation.bot_id}/conversations`
  const aggregates = {
    time_range: { start: '2025-11-09T00:00:00Z', end: '2026-03-09T00:00:00Z' },
    filters: [],
    group_by: { kind: 'topic' },
    limit: 50,
    offset: 0,
  }
  return [
    { path: `/v1/teams/${team.team_id}/conversations?${CHATLAYER_RANGE}&bucket=1w`, init: { headers: basic } },
    { path: `${bot}?version=LIVE&${CHATLAYER_RANGE}`, init: { headers: basic } },
    { path: `${bot}/insights?version=LIVE&stat=num_messages&${CHATLAYER_RANGE}`, init: { headers: basic } },
    { path: `${bot}/${conversation.id}/flow?version=${conversation.version}&${CHATLAYER_RANGE}`, init: { headers: basic } },
    {
      path: '/api/external/get-interaction-aggregates',
      init: {
        method: 'POST',
        headers: { authorization: `Bearer ${mock.credentials().nebuly.api_keys[0]!.key}`, 'content-type': 'application/json' },
        body: JSON.stringify(aggregates),
      },
    },
  ]
}

/** CPU time the server's main thread (its event loop) has run, in ms: /proc's schedstat counts nanoseconds. */
function mainThreadCpuMs(child: ChildProcess): number {
  const schedstat = readFileSync(`/proc/${child.pid}/task/${child.pid}/schedstat`, 'utf8')
  return Number(schedstat.split(' ')[0]) / 1e6
}

function rssMb(child: ChildProcess): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8')
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN) / 1024
}

async function measure(size: number) {
  const others = otherApis()
  const started = performance.now()
  const child = spawn(
    'node',
    [path.join(root, 'bin/analytics-mock.js'), 'serve', '--port', '0', '--now', NOW, '--conversations', String(size), ...serveArgs],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  try {
    let output = ''
    let everyWorld: () => void = () => {}
    const everyWorldBuilt = new Promise<void>((resolve) => {
      everyWorld = resolve
    })
    // The banner's first part (the URL, AurionAI's tokens) comes once the server answers AurionAI; its
    // last line (Try: curl) once the Chatlayer and Nebuly worlds are built too.
    const { url, token } = await new Promise<{ url: string; token: string }>((resolve, reject) => {
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString()
        const url = /listening on (http:\/\/\S+)/.exec(output)?.[1]
        const token = /AurionAI \S+ +Authorization: Bearer (\S+)/.exec(output)?.[1]
        if (url && token) resolve({ url, token })
        if (output.includes('Try: curl')) everyWorld()
      })
      child.once('exit', (code) => reject(new Error(`the server exited (${code}) before it listened`)))
    })
    const headers = { authorization: `Bearer ${token}` }
    const first200 = await fetch(`${url}/api/v2/analytics/conversations/teams`, { headers })
    await first200.arrayBuffer()
    const toFirst200 = performance.now() - started
    const ready = /ready in (\d+) ms/.exec(output)?.[1]
    const startCpu = mainThreadCpuMs(child)
    const startRss = rssMb(child)
    // Right after: a Chatlayer request, which waits for its world if the server is still building it, and
    // health checks until every world is built (the server builds them in short turns).
    const t = performance.now()
    const firstOther = fetch(url + others[0]!.path, others[0]!.init).then(async (response) => {
      await response.arrayBuffer()
      return { status: response.status, ms: performance.now() - t }
    })
    const health = { waits: [] as number[], cpu: [] as number[] }
    await healthChecksUntil(child, url, everyWorldBuilt, 0, health)
    const other = await firstOther
    console.log(
      `\n${size.toLocaleString('en')} conversations: first 200 ${(toFirst200 / 1000).toFixed(1)} s after spawn (banner: ready in ${ready} ms; main thread CPU ${(startCpu / 1000).toFixed(2)} s), RSS ${startRss.toFixed(0)} MB\n` +
        `then: a Chatlayer request ${ms(other.ms)} (status ${other.status}); every world built ${((performance.now() - started) / 1000).toFixed(1)} s after spawn (main thread CPU ${(mainThreadCpuMs(child) / 1000).toFixed(2)} s), RSS ${rssMb(child).toFixed(0)} MB; ` +
        `meanwhile ${health.waits.length} health checks, max ${ms(Math.max(...health.waits))}, in server CPU max ${ms(Math.max(...health.cpu))} (load average ${loadAverage()})`,
    )
    const columns = ['first', 'median', 'first CPU', 'median CPU']
    console.log(`${'endpoint'.padEnd(100)} ${columns.map((c) => c.padStart(11)).join(' ')}`)
    const endpoints = [...AURION.map((path) => ({ path, init: { headers } as RequestInit })), ...others]
    for (const { path, init } of endpoints) {
      const times: number[] = []
      const cpu: number[] = []
      for (let i = 0; i <= runs; i++) {
        const t = performance.now()
        const c = mainThreadCpuMs(child)
        const response = await fetch(url + path, init)
        await response.arrayBuffer()
        times.push(performance.now() - t)
        cpu.push(mainThreadCpuMs(child) - c)
        if (response.status !== 200) throw new Error(`${path} answered ${response.status}`)
      }
      const figures = [times[0]!, median(times.slice(1)), cpu[0]!, median(cpu.slice(1))]
      console.log(`${path.slice(0, 100).padEnd(100)} ${figures.map((f) => ms(f).padStart(11)).join(' ')}`)
    }
    console.log(`RSS after the requests: ${rssMb(child).toFixed(0)} MB`)
    for (const heavy of HEAVY) await healthDuring(child, url, heavy, headers)
  } finally {
    child.kill()
  }
}

/** The heavy reports at 120 days and a list search over every conversation, each timed while health checks run beside it. */
const HEAVY = [
  `/api/v2/analytics/conversations/insights?${RANGE_120}`,
  `/api/v2/analytics/conversations/csat?${RANGE_120}`,
  `/api/v2/analytics/unified-overview?${RANGE_120}`,
  `/api/v1/analytics/resolution-rates?${V1_120}`,
  '/api/v2/conversations?search=vpn&status=open,pending&sort_by=priority',
]
/** Each heavy report runs this many times with health checks beside it: a pause is rare, one run may miss it. */
const HEALTH_ROUNDS = 3

/** The 1-minute load average: wall times on a shared machine grow with it. */
function loadAverage(): string {
  return readFileSync('/proc/loadavg', 'utf8').split(' ')[0]!
}

/**
 * Health checks one after another (`gapMs` apart) until `work` settles: each check's wait, and the server's
 * main-thread CPU time meanwhile, are pushed to `into`.
 */
async function healthChecksUntil(
  child: ChildProcess,
  url: string,
  work: Promise<unknown>,
  gapMs: number,
  into: { waits: number[]; cpu: number[] },
): Promise<void> {
  let settled = false
  const settle = () => {
    settled = true
  }
  work.then(settle, settle)
  while (!settled) {
    const t = performance.now()
    const c = mainThreadCpuMs(child)
    await (await fetch(`${url}/__mock/health`)).arrayBuffer()
    into.waits.push(performance.now() - t)
    into.cpu.push(mainThreadCpuMs(child) - c)
    if (gapMs > 0) await new Promise((resolve) => setTimeout(resolve, gapMs))
  }
}

/**
 * How long a health check waits while a heavy report runs: asked every few ms until the report ends. Each
 * wait also in the server's main-thread CPU time spent meanwhile: what it would be on an idle machine,
 * where the server never waits for a core (wall times grow with the load average).
 */
async function healthDuring(child: ChildProcess, url: string, endpoint: string, headers: Record<string, string>) {
  const health = { waits: [] as number[], cpu: [] as number[] }
  const { waits, cpu: waitsCpu } = health
  const reportMs: number[] = []
  const reportCpu: number[] = []
  for (let round = 0; round < HEALTH_ROUNDS; round++) {
    const started = performance.now()
    const startedCpu = mainThreadCpuMs(child)
    const report = fetch(url + endpoint, { headers }).then((response) => response.arrayBuffer())
    await healthChecksUntil(child, url, report, 2, health)
    await report
    reportMs.push(performance.now() - started)
    reportCpu.push(mainThreadCpuMs(child) - startedCpu)
  }
  console.log(
    `health during ${endpoint}: report ${reportMs.map(ms).join(', ')} (CPU ${reportCpu.map(ms).join(', ')}); ${waits.length} checks, median ${ms(median(waits))}, max ${ms(Math.max(...waits))}; in server CPU median ${ms(median(waitsCpu))}, max ${ms(Math.max(...waitsCpu))} (load average ${loadAverage()})`,
  )
}

for (const size of sizes) await measure(size)
