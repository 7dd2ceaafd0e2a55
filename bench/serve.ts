// npm run bench:serve [-- --rounds 3 --duration 4 --baseline /path/to/an/older/checkout --no-prism --serve-args=--no-report-cache]
// Throughput of the mock over HTTP against Prism (examples from the same contract) and a bare node:http
// server that answers the kit's own bytes, each in its own child process of this one. Rounds interleave
// the servers (the order rotates each round) so a busy machine slows them alike; the per-round ratios
// are what to compare. Prints figures; asserts nothing.
import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { createServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '3' },
    duration: { type: 'string', default: '4' },
    connections: { type: 'string', default: '10,50' },
    /** Another checkout of the kit (e.g. the previous release) to measure in the same rounds. */
    baseline: { type: 'string' },
    'no-prism': { type: 'boolean', default: false },
    /** Extra arguments for this checkout's `serve`, split on spaces (e.g. --serve-args=--no-report-cache). */
    'serve-args': { type: 'string', default: '' },
  },
})
const rounds = Number(values.rounds)
const duration = Number(values.duration)
const connectionCounts = values.connections.split(',').map(Number)
const root = path.resolve(import.meta.dirname, '..')
const NOW = '2026-03-09T12:00:00Z'
const PATHS = {
  teams: '/api/v2/analytics/conversations/teams',
  overview: '/api/v2/analytics/conversations/overview?date_from=2026-03-01T00:00:00Z&date_to=2026-03-08T23:59:59Z',
  insights: '/api/v2/analytics/conversations/insights?date_from=2026-03-01T00:00:00Z&date_to=2026-03-08T23:59:59Z',
}

interface Target {
  name: string
  url: string
  process: ChildProcess
}

const children: ChildProcess[] = []
// Each server runs in its own process group (npx starts Prism as a grandchild): the whole group goes.
process.on('exit', () => {
  for (const child of children) {
    try {
      process.kill(-child.pid!, 'SIGTERM')
    } catch {
      // Already gone.
    }
  }
})

async function freePort(): Promise<number> {
  const server = createServer()
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  server.close()
  return port
}

/** Spawns a server and resolves with the URL its output announces (or rejects when it exits first). */
function startChild(
  command: string,
  args: string[],
  announced: RegExp,
  env: NodeJS.ProcessEnv = {},
): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  children.push(child)
  return new Promise((resolve, reject) => {
    let output = ''
    const read = (chunk: Buffer) => {
      output += chunk.toString()
      const match = announced.exec(output)
      if (match) resolve({ url: match[1]!, child })
    }
    child.stdout!.on('data', read)
    child.stderr!.on('data', read)
    child.once('exit', (code) =>
      reject(new Error(`${command} ${args.join(' ')} exited (${code}) before it listened:\n${output.slice(-2000)}`)),
    )
  })
}

async function startKit(name: string, checkout: string, extra: string[] = []): Promise<Target> {
  const bin = path.join(checkout, 'bin/analytics-mock.js')
  const { url, child } = await startChild('node', [bin, 'serve', '--port', '0', '--now', NOW, ...extra], /listening on (http:\/\/\S+)/)
  return { name, url, process: child }
}

async function startPrism(): Promise<Target | undefined> {
  const port = await freePort()
  console.log('Prism: npx -y @stoplight/prism-cli@5 (installed into the npx cache on first use; this can take a minute)')
  try {
    const { child } = await startChild(
      'npx',
      ['-y', '@stoplight/prism-cli@5', 'mock', 'contracts/aurion.yaml', '--port', String(port), '--host', '127.0.0.1', '--errors', 'false'],
      /Prism is listening on (http:\/\/\S+)/,
    )
    return { name: 'prism', url: `http://127.0.0.1:${port}`, process: child }
  } catch (error) {
    console.log(`Prism skipped: it could not be installed or started (${(error as Error).message.split('\n')[0]})`)
    return undefined
  }
}

async function startBare(bodies: Record<string, { status: number; type: string; body: string }>): Promise<Target> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bench-serve-'))
  const file = path.join(dir, 'bodies.json')
  await writeFile(file, JSON.stringify(bodies))
  const { url, child } = await startChild('node', [path.join(root, 'bench/bare-server.mjs'), file], /listening on (http:\/\/\S+)/)
  return { name: 'bare', url, process: child }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? Number.NaN

// The kit(s) first: the bare server answers the kit's bytes, read from it once.
const kit = await startKit('kit', root, values['serve-args'].split(' ').filter(Boolean))
const credentials = (await (await fetch(`${kit.url}/__mock/credentials`)).json()) as { aurion: { sessions: { token: string }[] } }
const headers = { authorization: `Bearer ${credentials.aurion.sessions[0]!.token}` }
const bodies: Record<string, { status: number; type: string; body: string }> = {}
for (const [name, pathAndQuery] of Object.entries(PATHS)) {
  const response = await fetch(kit.url + pathAndQuery, { headers })
  bodies[pathAndQuery.split('?')[0]!] = {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    body: await response.text(),
  }
  if (response.status !== 200) throw new Error(`kit answered ${response.status} to ${name}`)
}
const targets: Target[] = [kit]
if (values.baseline) targets.push(await startKit('baseline', path.resolve(values.baseline)))
if (!values['no-prism']) {
  const prism = await startPrism()
  if (prism) targets.push(prism)
}
targets.push(await startBare(bodies))
for (const target of targets) {
  for (const pathAndQuery of Object.values(PATHS)) {
    const response = await fetch(target.url + pathAndQuery, { headers })
    await response.arrayBuffer()
    if (response.status !== 200) console.log(`warning: ${target.name} answers ${response.status} to ${pathAndQuery}`)
  }
}
console.log(`servers: ${targets.map((t) => `${t.name} ${t.url}`).join(', ')}`)
// One second of each path on each server first, so the rounds measure compiled code, not the JIT warming up.
for (const target of targets) {
  for (const pathAndQuery of Object.values(PATHS))
    await autocannon({ url: target.url + pathAndQuery, connections: 10, duration: 1, headers })
}
console.log(`${rounds} rounds x ${duration} s per server, path and connection count\n`)

interface Sample {
  rps: number
  p50: number
  p99: number
  non2xx: number
}
const samples = new Map<string, Sample[]>()
const key = (target: string, pathName: string, connections: number) => `${target}|${pathName}|${connections}`

for (let round = 0; round < rounds; round++) {
  for (const [pathName, pathAndQuery] of Object.entries(PATHS)) {
    for (const connections of connectionCounts) {
      const order = targets.map((_, i) => targets[(i + round) % targets.length]!)
      for (const target of order) {
        const result = await autocannon({ url: target.url + pathAndQuery, connections, duration, headers })
        const sample = { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx }
        const list = samples.get(key(target.name, pathName, connections)) ?? []
        list.push(sample)
        samples.set(key(target.name, pathName, connections), list)
      }
    }
  }
  console.log(`round ${round + 1}/${rounds} done`)
}

const names = targets.map((t) => t.name)
const pad = (s: string | number, n: number) => String(s).padStart(n)
console.log(`\nmedian over rounds: req/s (p50 / p99 ms)`)
console.log(['path'.padEnd(9), 'conns'.padStart(5), ...names.map((n) => pad(n, 24))].join(' '))
for (const pathName of Object.keys(PATHS)) {
  for (const connections of connectionCounts) {
    const cells = names.map((name) => {
      const list = samples.get(key(name, pathName, connections)) ?? []
      const failed = list.some((s) => s.non2xx > 0) ? ' !' : ''
      return pad(
        `${median(list.map((s) => s.rps)).toFixed(0)} (${median(list.map((s) => s.p50))} / ${median(list.map((s) => s.p99))})${failed}`,
        24,
      )
    })
    console.log([pathName.padEnd(9), pad(connections, 5), ...cells].join(' '))
  }
}

const others = names.filter((n) => n !== 'kit')
console.log(`\nper-round ratios kit/<server> (req/s), and their median`)
console.log(['path'.padEnd(9), 'conns'.padStart(5), ...others.map((n) => pad(`kit/${n}`, 30))].join(' '))
for (const pathName of Object.keys(PATHS)) {
  for (const connections of connectionCounts) {
    const kitRuns = samples.get(key('kit', pathName, connections)) ?? []
    const cells = others.map((name) => {
      const runs = samples.get(key(name, pathName, connections)) ?? []
      const ratios = kitRuns.map((s, i) => s.rps / (runs[i]?.rps ?? Number.NaN))
      return pad(`${ratios.map((r) => r.toFixed(2)).join(' ')} | ${median(ratios).toFixed(2)}`, 30)
    })
    console.log([pathName.padEnd(9), pad(connections, 5), ...cells].join(' '))
  }
}
console.log('\n"!" marks a server that answered some requests with a non-2xx status.')
process.exit(0)
