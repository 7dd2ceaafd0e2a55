// A real redis-server (the Debian package) for the replica tests: its own free port and a temporary
// directory, with the append-only file written on every command, so that stopping and starting it again (same
// port, same directory) keeps what was stored. In CI its absence is a failure (.ci/run installs it); on a
// laptop the tests skip, saying why.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** Why the Redis tests cannot run here, or undefined when redis-server is installed. */
export function redisServerMissing(): string | undefined {
  const found = spawnSync('redis-server', ['--version'], { encoding: 'utf8' })
  if (found.status === 0) return undefined
  const reason = 'redis-server is not installed (apt-get install redis-server)'
  if (process.env.CI) throw new Error(`${reason}: the replica tests must run in CI`)
  return reason
}

export async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const address = probe.address()
  await new Promise<void>((resolve) => probe.close(() => resolve()))
  if (address === null || typeof address === 'string') throw new Error('no port')
  return address.port
}

export interface RedisServer {
  url: string
  port: number
  stop(): Promise<void>
  /** Starts it again on the same port and directory, with what was stored before it stopped. */
  start(): Promise<void>
}

export async function startRedisServer(): Promise<RedisServer> {
  const port = await freePort()
  const dir = mkdtempSync(path.join(tmpdir(), 'analytics-mock-redis-'))
  let child: ChildProcess | undefined
  const start = async () => {
    const proc = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'yes', '--appendfsync', 'always', '--dir', dir],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    child = proc
    await new Promise<void>((resolve, reject) => {
      let output = ''
      proc.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString()
        if (output.includes('Ready to accept connections')) resolve()
      })
      proc.once('exit', (code) => reject(new Error(`redis-server exited with ${code}: ${output}`)))
    })
  }
  const stop = async () => {
    const proc = child
    if (!proc || proc.exitCode !== null) return
    await new Promise<void>((resolve) => {
      proc.once('exit', () => resolve())
      proc.kill('SIGTERM')
    })
  }
  await start()
  return { url: `redis://127.0.0.1:${port}`, port, stop, start }
}
