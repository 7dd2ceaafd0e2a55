// `analytics-mock verify`: Dredd 14 with the kit's hooks. Against the kit's own mock nothing may fail and
// every skip says why; against a server that drifted from the contract, every drift is named.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type RunningServer } from '../../server/serve.ts'
import { runVerify, type VerifyResult } from '../../server/verify/run-verify.ts'
import { DRIFTS, startDriftedServer, type DriftedServer } from '../support/drifted-server.ts'
import { runProcess, type ProcessResult } from '../support/process.ts'

const ROOT = path.resolve(import.meta.dirname, '../..')
// Small worlds: verify checks shapes and statuses, not volumes.
const WORLD = {
  seed: 42,
  size: 300,
  chatlayerConversations: 300,
  nebulyInteractions: 300,
  now: new Date('2026-03-09T12:00:00Z'),
  frozenClock: true,
}

function failures(result: VerifyResult): string[] {
  return result.transactions.filter((t) => t.result === 'fail').map((t) => `${t.name}: ${t.reason}`)
}

/** No failure, and every skip carries a real reason (not Dredd's generic "Skipped in before hook"). */
function expectClean(result: VerifyResult) {
  expect(failures(result)).toEqual([])
  expect(result.ok).toBe(true)
  for (const t of result.transactions.filter((t) => t.result === 'skip')) {
    expect(t.reason, t.name).toMatch(/\w{4,}/)
    expect(t.reason, t.name).not.toContain('Skipped in before hook')
  }
}

function outcomes(result: VerifyResult, status: number): Set<string> {
  return new Set(result.transactions.filter((t) => t.status === status).map((t) => t.result))
}

function run(command: string, args: string[]): Promise<ProcessResult> {
  return runProcess(command, args, { cwd: ROOT, env: { ...process.env, FORCE_COLOR: '0' } })
}

describe('verify against the kit mock', () => {
  let server: RunningServer
  beforeAll(async () => {
    server = await startServer({ ...WORLD, port: 0 })
  })
  afterAll(() => server.close())

  it('aurion: every documented status answers as the contract says (preview API keys, real phone-search burst)', async () => {
    const result = await runVerify({ contract: 'aurion', server: server.url, dreddOutput: false, includeRateLimits: true })
    expectClean(result)
    expect(result.credentialSources).toEqual([`${server.url}/__mock/credentials`])
    // Every 2xx (the download in CSV, JSON and PDF too), 401, 403, 404 and 422 is exercised, none skipped.
    for (const status of [200, 401, 403, 404, 422]) expect(outcomes(result, status), String(status)).toEqual(new Set(['pass']))
    const search429 = result.transactions.find((t) => t.operation === 'GET /api/v1/analytics/search' && t.status === 429)
    expect(search429?.result).toBe('pass')
    expect(search429?.reason).toMatch(/429 after a burst of \d+ requests/)
    // The per-key limit cannot be reached while keys are refused: skipped, with that reason.
    const other429 = result.transactions.filter((t) => t.status === 429 && t !== search429)
    expect(other429.every((t) => t.result === 'skip' && /preview|session-only/.test(t.reason))).toBe(true)
  })

  it('chatlayer: every documented status, the flow of a real conversation included', async () => {
    const token = server.mock.credentials().chatlayer?.tokens[0]
    const conversation = server.mock.chatlayer.records.conversations.findLast((c) => c.team_id === token?.team_id)
    const result = await runVerify({
      contract: 'chatlayer',
      server: server.url,
      dreddOutput: false,
      // The mock's credentials list no conversation: the config file's fields supply one.
      config: conversation
        ? {
            chatlayer: {
              conversation_id: conversation.id,
              conversation_bot_id: conversation.bot_id,
              conversation_version: conversation.bot_version,
              conversation_started_at: conversation.started_at,
            },
          }
        : {},
    })
    expectClean(result)
    for (const status of [200, 400, 401, 403, 404]) expect(outcomes(result, status), String(status)).toEqual(new Set(['pass']))
  })

  it('nebuly: 200, 401, 403 (a disabled key) and 422 exercised', async () => {
    const result = await runVerify({ contract: 'nebuly', server: server.url, dreddOutput: false })
    expectClean(result)
    for (const status of [200, 401, 403, 422]) expect(outcomes(result, status), String(status)).toEqual(new Set(['pass']))
  })

  it('`npm run verify -- ...` exits 0 on a clean run and prints the table', async () => {
    const { code, stdout } = await run('npm', ['run', '--silent', 'verify', '--', '--contract', 'nebuly', '--server', server.url])
    expect(stdout).toMatch(/POST \/api\/external\/get-interaction-aggregates\s+422\s+PASS/)
    expect(stdout).toContain('4 transactions: 4 passed, 0 failed, 0 warned, 0 skipped')
    expect(code).toBe(0)
  })
})

describe('verify against the mock with the future API-key contract', () => {
  let server: RunningServer
  beforeAll(async () => {
    // A small per-key limit keeps the 429 bursts short.
    server = await startServer({ ...WORLD, port: 0, publicApiKeys: true, rateLimit: 5 })
  })
  afterAll(() => server.close())

  it('aurion: 403 by role instead of by key, and a real 429 burst on every read', async () => {
    const result = await runVerify({ contract: 'aurion', server: server.url, dreddOutput: false, includeRateLimits: true })
    expectClean(result)
    expect(outcomes(result, 403)).toEqual(new Set(['pass']))
    expect(result.transactions.filter((t) => t.status === 403).every((t) => /as (billing_viewer|agent)/.test(t.reason))).toBe(true)
    const skipped = result.transactions.filter((t) => t.result === 'skip').map((t) => t.operation)
    expect(skipped.sort()).toEqual(['GET /api/v1/analytics/exports', 'POST /api/v1/analytics/export'])
  })
})

describe('verify against a drifted server', () => {
  let drifted: DriftedServer
  let dir: string
  beforeAll(async () => {
    drifted = await startDriftedServer(WORLD)
    dir = await mkdtemp(path.join(tmpdir(), 'verify-'))
  })
  afterAll(async () => {
    await drifted.close()
    await rm(dir, { recursive: true, force: true })
  })

  it('fails every drifted transaction with its reason, and only those', async () => {
    const result = await runVerify({ contract: 'aurion', server: drifted.url, dreddOutput: false, includeRateLimits: true })
    expect(result.ok).toBe(false)
    for (const drift of DRIFTS) {
      const t = result.transactions.find((x) => x.name === drift.name)
      expect(t?.result, drift.drift).toBe('fail')
      expect(t?.reason.toLowerCase(), drift.drift).toContain(drift.reasonIncludes)
    }
    expect(
      result.transactions
        .filter((t) => t.result === 'fail')
        .map((t) => t.name)
        .sort(),
    ).toEqual(DRIFTS.map((d) => d.name).sort())
  })

  it('the CLI exits non-zero and writes a JUnit report naming the failures', async () => {
    const report = path.join(dir, 'verify.junit.xml')
    // The CLI from its sources (the packed bin runs dist/, covered by test/package/consumer.test.ts).
    const args = [
      '--import',
      'tsx',
      'server/cli.ts',
      'verify',
      '--contract',
      'aurion',
      '--server',
      drifted.url,
      '--reporter',
      'junit',
      '--output',
      report,
    ]
    const { code, stdout } = await run(process.execPath, args)
    expect(code).toBe(1)
    expect(stdout).toMatch(/GET \/api\/v2\/analytics\/conversations\/overview\s+200\s+FAIL/)
    const xml = await readFile(report, 'utf8')
    expect(xml).toMatch(/<testsuites name="analytics-mock verify" tests="\d+" failures="6" errors="0" skipped="\d+"/)
    expect(xml).toContain('<testcase classname="aurion.GET /api/v2/analytics/conversations/overview" name="200 application/json"')
    expect(xml).toContain('total_conversations')
  })
})
