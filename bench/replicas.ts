// npm run bench:replicas [-- --duration 5 --connections 30]
// Three replicas sharing one redis-server against one in-memory process, all on this machine, each in its
// own child process: requests a second (the load split evenly over the replicas, summed) and the latency a
// stateful request gains from Redis (one connection, so the figure is the round trips, not queueing).
// Measured on a call-metrics read (no shared state but the clock read and the journal entry), a phone search
// (rate-limit window in Redis; most are 429s after the first ten a minute, which still count the window) and
// an export request (a number, the record with its expiry and bound, an audit entry). Prints figures;
// asserts nothing.
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { createServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import { Redis } from 'ioredis'

const { values } = parseArgs({ options: { duration: { type: 'string', default: '5' }, connections: { type: 'string', default: '30' } } })
const duration = Number(values.duration)
const connections = Number(values.connections)
const root = path.resolve(import.meta.dirname, '..')
const NOW = '2026-03-09T12:00:00Z'
const WEEK = 'start_date=2026-03-01&end_date=2026-03-08'
interface Target {
  path: string
  role: string
  method?: 'POST'
  body?: string
}
const REQUESTS: Record<string, Target> = {
  read: { path: `/api/v1/analytics/call-metrics?${WEEK}`, role: 'agent' },
  search: { path: `/api/v1/analytics/search?phone=1234&${WEEK}`, role: 'agent' },
  export: {
    path: '/api/v1/analytics/export',
    role: 'super_admin',
    method: 'POST',
    body: JSON.stringify({ format: 'csv', start_date: '2026-03-01', end_date: '2026-03-08' }),
  },
}

const children: ChildProcess[] = []
process.on('exit', () => {
  for (const child of children) child.kill('SIGTERM')
})

async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as AddressInfo
  await new Promise<void>((resolve) => probe.close(() => resolve()))
  return port
}

/** Spawns a process and resolves once its output matches `ready` (with the match). */
function start(command: string, args: string[], ready: RegExp): Promise<RegExpExecArray> {
  const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] })
  children.push(child)
  return new Promise((resolve, reject) => {
    let output = ''
    const read = (chunk: Buffer) => {
      output += chunk.toString()
      const match = ready.exec(output)
      if (match) resolve(match)
    }
    child.stdout!.on('data', read)
    child.stderr!.on('data', read)
    child.once('exit', (code) => reject(new Error(`${command} exited (${code}):\n${output.slice(-1000)}`)))
  })
}

async function startMock(extra: string[]): Promise<string> {
  const args = ['bin/analytics-mock.js', 'serve', '--port', '0', '--now', NOW, '--log', 'quiet', ...extra]
  return (await start('node', args, /listening on (http:\/\/\S+)/))[1]!
}

async function load(urls: string[], target: Target, perTarget: number) {
  const headers = { authorization: `Bearer ${tokens[target.role]}`, ...(target.body && { 'content-type': 'application/json' }) }
  const results = await Promise.all(
    urls.map((url) =>
      autocannon({
        url: url + target.path,
        headers,
        connections: perTarget,
        duration,
        pipelining: 1,
        ...(target.method && { method: target.method, body: target.body }),
      }),
    ),
  )
  const errors = results.reduce((n, r) => n + r.errors + r.timeouts + (r['5xx'] ?? 0), 0)
  return {
    rps: Math.round(results.reduce((n, r) => n + r.requests.average, 0)),
    total: results.reduce((n, r) => n + r.requests.total, 0),
    latency: results.reduce((n, r) => n + r.latency.mean, 0) / results.length,
    errors,
  }
}

const redisPort = await freePort()
const dir = mkdtempSync(path.join(tmpdir(), 'bench-replicas-'))
await start(
  'redis-server',
  ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
  /Ready to accept/,
)
const redis = ['--redis', `redis://127.0.0.1:${redisPort}`, '--redis-prefix', `bench-${process.pid}`]
const single = await startMock([])
const replicas: string[] = []
for (let i = 0; i < 3; i++) replicas.push(await startMock(redis))

const credentials = (await (await fetch(`${single}/__mock/credentials`)).json()) as {
  aurion: { sessions: { token: string; role: string; profile: string }[] }
}
const session = (role: string, profile: string) => credentials.aurion.sessions.find((s) => s.role === role && s.profile === profile)!.token
const tokens: Record<string, string> = { agent: session('agent', 'voice'), super_admin: session('super_admin', 'complete') }

console.log(`${duration} s per run, ${connections} connections (split over the replicas); node ${process.version}`)
console.log('request   target                 req/s   mean ms   errors/5xx')
const rows: Record<string, { rps: number; latency: number }> = {}
for (const [name, request] of Object.entries(REQUESTS)) {
  for (const [target, urls] of [
    ['1 process, memory', [single]],
    ['3 replicas + Redis', replicas],
  ] as const) {
    const result = await load([...urls], request, Math.max(1, Math.round(connections / urls.length)))
    rows[`${name} ${target}`] = result
    console.log(
      `${name.padEnd(9)} ${target.padEnd(20)} ${String(result.rps).padStart(7)} ${result.latency.toFixed(2).padStart(9)} ${String(result.errors).padStart(10)}`,
    )
  }
}
// Redis commands a request costs (INFO commandstats, so independent of the machine's load): calls made
// inside a Lua script are counted under their own names too, beside the one `eval` that ran them.
const stats = new Redis(`redis://127.0.0.1:${redisPort}`)
async function commandCalls(): Promise<Map<string, number>> {
  const calls = new Map<string, number>()
  for (const match of (await stats.info('commandstats')).matchAll(/cmdstat_([\w|]+):calls=(\d+)/g)) calls.set(match[1]!, Number(match[2]))
  return calls
}
// Latency one request at a time: what a stateful request pays for its Redis round trips.
for (const [name, request] of Object.entries(REQUESTS)) {
  const memory = await load([single], request, 1)
  const before = await commandCalls()
  const shared = await load([replicas[0]!], request, 1)
  const after = await commandCalls()
  const sent = Math.max(1, shared.total)
  const perRequest = [...after]
    .filter(([command]) => command !== 'info')
    .map(([command, calls]) => [command, (calls - (before.get(command) ?? 0)) / sent] as const)
    .filter(([, calls]) => calls >= 0.01)
    .map(([command, calls]) => `${command} ${calls.toFixed(2)}`)
  console.log(
    `${name}: one at a time ${memory.latency.toFixed(3)} ms in memory, ${shared.latency.toFixed(3)} ms with Redis (+${(shared.latency - memory.latency).toFixed(3)} ms); Redis commands a request: ${perRequest.join(', ')}`,
  )
}
stats.disconnect()
process.exit(0)
