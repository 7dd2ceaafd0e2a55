// npm run bench:replicas [-- --duration 5 --connections 30]
// Three replicas sharing one redis-server against one in-memory process, all on this machine, each in its
// own child process: requests a second (the load split evenly over the replicas, summed) and the latency a
// stateful request gains from Redis (one connection, so the figure is the round trips, not queueing).
// Measured on a call-metrics read (no shared state) and a phone search (rate-limit window in Redis; most
// are 429s after the first ten a minute, which still count the window). Prints figures; asserts nothing.
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { createServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'

const { values } = parseArgs({ options: { duration: { type: 'string', default: '5' }, connections: { type: 'string', default: '30' } } })
const duration = Number(values.duration)
const connections = Number(values.connections)
const root = path.resolve(import.meta.dirname, '..')
const NOW = '2026-03-09T12:00:00Z'
const WEEK = 'start_date=2026-03-01&end_date=2026-03-08'
const PATHS = { read: `/api/v1/analytics/call-metrics?${WEEK}`, search: `/api/v1/analytics/search?phone=1234&${WEEK}` }

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

async function load(urls: string[], pathAndQuery: string, headers: Record<string, string>, perTarget: number) {
  const results = await Promise.all(
    urls.map((url) => autocannon({ url: url + pathAndQuery, headers, connections: perTarget, duration, pipelining: 1 })),
  )
  const errors = results.reduce((n, r) => n + r.errors + r.timeouts + (r['5xx'] ?? 0), 0)
  return {
    rps: Math.round(results.reduce((n, r) => n + r.requests.average, 0)),
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
const agent = credentials.aurion.sessions.find((s) => s.role === 'agent' && s.profile === 'voice')!
const headers = { authorization: `Bearer ${agent.token}` }

console.log(`${duration} s per run, ${connections} connections (split over the replicas); node ${process.version}`)
console.log('request   target                 req/s   mean ms   errors/5xx')
const rows: Record<string, { rps: number; latency: number }> = {}
for (const [name, pathAndQuery] of Object.entries(PATHS)) {
  for (const [target, urls] of [
    ['1 process, memory', [single]],
    ['3 replicas + Redis', replicas],
  ] as const) {
    const result = await load([...urls], pathAndQuery, headers, Math.max(1, Math.round(connections / urls.length)))
    rows[`${name} ${target}`] = result
    console.log(
      `${name.padEnd(9)} ${target.padEnd(20)} ${String(result.rps).padStart(7)} ${result.latency.toFixed(2).padStart(9)} ${String(result.errors).padStart(10)}`,
    )
  }
}
// Latency one request at a time: what a stateful request pays for its Redis round trips.
for (const [name, pathAndQuery] of Object.entries(PATHS)) {
  const memory = await load([single], pathAndQuery, headers, 1)
  const shared = await load([replicas[0]!], pathAndQuery, headers, 1)
  console.log(
    `${name}: one at a time ${memory.latency.toFixed(3)} ms in memory, ${shared.latency.toFixed(3)} ms with Redis (+${(shared.latency - memory.latency).toFixed(3)} ms)`,
  )
}
process.exit(0)
