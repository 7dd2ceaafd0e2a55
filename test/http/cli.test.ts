// The CLI's own answers: --version and --help without loading the mock, and a port or host it cannot
// bind ends with one line and exit 1 before any world is generated. Runs server/cli.ts through tsx (the
// packed, compiled bin is exercised by test/package/consumer.test.ts).
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { runProcess, type ProcessResult } from '../support/process.ts'

const ROOT = new URL('../..', import.meta.url)
const { version } = JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8')) as { version: string }

function cli(...args: string[]): Promise<ProcessResult> {
  return runProcess(process.execPath, ['--import', 'tsx', 'server/cli.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, FORCE_COLOR: '0' },
  })
}

describe('analytics-mock CLI', () => {
  it('prints the package version', async () => {
    const result = await cli('--version')
    expect(result).toMatchObject({ code: 0, stdout: `${version}\n` })
  })

  it('lists the commands and the serve options', async () => {
    const top = await cli('--help')
    expect(top.code).toBe(0)
    expect(top.stdout).toMatch(/serve \[options\]/)
    expect(top.stdout).toMatch(/verify \[options\]/)
    const serve = await cli('serve', '--help')
    expect(serve.stdout).toContain('--now <iso>')
    expect(serve.stdout).toContain('--no-report-cache')
  })

  it('refuses a port in use with one line and exit 1, without generating the worlds', async () => {
    const blocker = createServer()
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve))
    const { port } = blocker.address() as AddressInfo
    try {
      const result = await cli('serve', '--port', String(port))
      expect(result).toEqual({ code: 1, stdout: '', stderr: `analytics-mock: port ${port} is in use: try --port 0\n` })
    } finally {
      blocker.close()
    }
  })

  it('refuses a host that is not an address of this machine, and one that does not resolve', async () => {
    const foreign = await cli('serve', '--port', '0', '--host', '192.0.2.1')
    expect(foreign).toEqual({
      code: 1,
      stdout: '',
      stderr: 'analytics-mock: host 192.0.2.1 is not an address of this machine: try --host 127.0.0.1\n',
    })
    const unknown = await cli('serve', '--port', '0', '--host', 'no-such-host.invalid')
    expect(unknown).toEqual({
      code: 1,
      stdout: '',
      stderr: 'analytics-mock: host no-such-host.invalid does not resolve: try --host 127.0.0.1\n',
    })
  })
})
