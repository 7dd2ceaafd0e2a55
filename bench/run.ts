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
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString()
        const match = /listening on (http:\/\/\S+)/.exec(output)
        if (match) resolve(match[1]!)
      })
      child.once('exit', (code) => reject(new Error(`the server exited (${code}) before it listened`)))
    })
    const credentials = (await (await fetch(`${url}/__mock/credentials`)).json()) as { aurion: { sessions: { token: string }[] } }
    const headers = { authorization: `Bearer ${credentials.aurion.sessions[0]!.token}` }
    const first200 = await fetch(`${url}/api/v2/analytics/conversations/teams`, { headers })
    await first200.arrayBuffer()
    const toFirst200 = performance.now() - started
    const ready = /ready in (\d+) ms/.exec(output)?.[1]
    const startCpu = mainThreadCpuMs(child)
    console.log(
      `\n${size.toLocaleString('en')} conversations: first 200 ${(toFirst200 / 1000).toFixed(1)} s after spawn (banner: ready in ${ready} ms; main thread CPU ${(startCpu / 1000).toFixed(2)} s), RSS ${rssMb(child).toFixed(0)} MB`,
    )
    const columns = ['first', 'median', 'first CPU', 'median CPU']
    console.log(`${'endpoint'.padEnd(100)} ${columns.map((c) => c.padStart(11)).join(' ')}`)
    for (const endpoint of AURION) {
      const times: number[] = []
      const cpu: number[] = []
      for (let i = 0; i <= runs; i++) {
        const t = performance.now()
        const c = mainThreadCpuMs(child)
        const response = await fetch(url + endpoint, { headers })
        await response.arrayBuffer()
        times.push(performance.now() - t)
        cpu.push(mainThreadCpuMs(child) - c)
        if (response.status !== 200) throw new Error(`${endpoint} answered ${response.status}`)
      }
      const figures = [times[0]!, median(times.slice(1)), cpu[0]!, median(cpu.slice(1))]
      console.log(`${endpoint.padEnd(100)} ${figures.map((f) => ms(f).padStart(11)).join(' ')}`)
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
 * How long a health check waits while a heavy report runs: asked every few ms until the report ends. Each
 * wait also in the server's main-thread CPU time spent meanwhile: what it would be on an idle machine,
 * where the server never waits for a core (wall times grow with the load average).
 */
async function healthDuring(child: ChildProcess, url: string, endpoint: string, headers: Record<string, string>) {
  const waits: number[] = []
  const waitsCpu: number[] = []
  const reportMs: number[] = []
  const reportCpu: number[] = []
  for (let round = 0; round < HEALTH_ROUNDS; round++) {
    const started = performance.now()
    const startedCpu = mainThreadCpuMs(child)
    let done = false
    const report = fetch(url + endpoint, { headers })
      .then((response) => response.arrayBuffer())
      .finally(() => {
        done = true
      })
    while (!done) {
      const t = performance.now()
      const c = mainThreadCpuMs(child)
      await (await fetch(`${url}/__mock/health`)).arrayBuffer()
      waits.push(performance.now() - t)
      waitsCpu.push(mainThreadCpuMs(child) - c)
      await new Promise((resolve) => setTimeout(resolve, 2))
    }
    await report
    reportMs.push(performance.now() - started)
    reportCpu.push(mainThreadCpuMs(child) - startedCpu)
  }
  console.log(
    `health during ${endpoint}: report ${reportMs.map(ms).join(', ')} (CPU ${reportCpu.map(ms).join(', ')}); ${waits.length} checks, median ${ms(median(waits))}, max ${ms(Math.max(...waits))}; in server CPU median ${ms(median(waitsCpu))}, max ${ms(Math.max(...waitsCpu))} (load average ${loadAverage()})`,
  )
}

for (const size of sizes) await measure(size)
