// The compose file of docs/replicas.md (examples/replicas): no Docker engine runs it here, so it is checked
// instead: dclint validates it against the Compose specification (and refuses a broken copy), the replicas'
// command line is one the CLI accepts, and nginx balances over exactly those replicas with a Host they allow.
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const COMPOSE = join(ROOT, 'examples/replicas/compose.yaml')
const DCLINT = join(ROOT, 'node_modules/dclint/bin/dclint.cjs')

function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd: ROOT, timeout: 60_000, env: { ...process.env, ...env } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
    )
  })
}

interface Compose {
  services: Record<string, { command?: string[]; image?: string }>
}

describe('the replicas compose file', () => {
  const temp = mkdtemp(join(tmpdir(), 'compose-'))
  afterAll(async () => rm(await temp, { recursive: true, force: true }))

  it('passes dclint with no warning', async () => {
    const { code, output } = await run([DCLINT, '--max-warnings', '0', COMPOSE])
    expect(output.trim()).toBe('')
    expect(code).toBe(0)
  })

  it('is refused by dclint when a service is broken', async () => {
    const broken = join(await temp, 'compose.yaml')
    await writeFile(broken, (await readFile(COMPOSE, 'utf8')).replace('image: redis:7', 'imagee: redis:7'))
    const { code, output } = await run([DCLINT, broken])
    expect(code).not.toBe(0)
    expect(output).toContain('instancePath="/services/redis"')
    expect(output).toContain('must NOT have additional properties')
  })

  it('starts each replica with options the CLI accepts, and nginx balances over them with an allowed Host', async () => {
    const compose = parse(await readFile(COMPOSE, 'utf8'), { merge: true }) as Compose
    const replicas = Object.keys(compose.services).filter((name) => name.startsWith('replica'))
    expect(replicas).toEqual(['replica1', 'replica2', 'replica3'])
    const command = compose.services.replica1!.command!
    for (const name of replicas) expect(compose.services[name]!.command).toEqual(command)
    expect(command.slice(0, 3)).toEqual(['node', 'bin/analytics-mock.js', 'serve'])
    // Every flag is one `serve` documents, and the CLI parses every value (it stops at --help, binding nothing).
    const options = command.slice(3).map((word) => (word.startsWith('$') ? 'a-token' : word))
    const help = await run(['bin/analytics-mock.js', 'serve', ...options, '--help'])
    expect(help.code, help.output).toBe(0)
    for (const flag of options.filter((word) => word.startsWith('--'))) expect(help.output).toContain(`${flag} <`)

    const nginx = await readFile(join(ROOT, 'examples/replicas/nginx.conf'), 'utf8')
    expect([...nginx.matchAll(/server (replica\d):4010;/g)].map((m) => m[1])).toEqual(replicas)
    const allowed = command[command.indexOf('--allowed-host') + 1]
    expect(nginx).toContain(`proxy_set_header Host ${allowed};`)
  })
})
