// verify against a server that is correct by the vendors' documents but differs from every kit choice:
// exit 0 with warnings, exit 1 with --strict; no secret in any output of a failing run; exit 2 when a
// credential is missing for a 2xx check (--allow-skips: 0); the coverage matrix in every reporter.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { coverageMatrix, formatMarkdown, formatMatrix } from '../../server/verify/report.ts'
import { runVerify, type VerifyResult } from '../../server/verify/run-verify.ts'
import { startVendorLegalServer, VENDOR_LEGAL_DIFFERENCES, type VendorLegalServer } from '../support/vendor-legal-server.ts'
import { runProcess, type ProcessResult } from '../support/process.ts'

const ROOT = path.resolve(import.meta.dirname, '../..')
const CONTRACTS = ['aurion', 'chatlayer', 'nebuly'] as const

function run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<ProcessResult> {
  return runProcess(process.execPath, ['bin/analytics-mock.js', ...args], { cwd: ROOT, env: { ...process.env, FORCE_COLOR: '0', ...env } })
}

function byName(result: VerifyResult, name: string) {
  return result.transactions.find((t) => t.name === name)
}

describe('verify against a vendor-legal server', () => {
  let server: VendorLegalServer
  let dir: string
  beforeAll(async () => {
    server = await startVendorLegalServer()
    dir = await mkdtemp(path.join(tmpdir(), 'verify-vendor-legal-'))
  })
  afterAll(async () => {
    await server.close()
    await rm(dir, { recursive: true, force: true })
  })

  for (const contract of CONTRACTS) {
    it(`${contract}: passes with a warning on every kit choice the server does not follow; --strict fails them`, async () => {
      const result = await runVerify({ contract, server: server.url, config: server.config, fromMock: false, dreddOutput: false })
      expect(result.transactions.filter((t) => t.result === 'fail').map((t) => `${t.name}: ${t.reason}`)).toEqual([])
      expect(result.exitCode).toBe(0)
      for (const difference of VENDOR_LEGAL_DIFFERENCES[contract]) {
        const t = byName(result, difference.name)
        expect(t?.result, difference.name).toBe('warn')
        expect(t?.reason.toLowerCase(), difference.name).toContain(difference.includes.toLowerCase())
        expect(t?.reason, difference.name).toContain('[kit choice: ')
      }

      const strict = await runVerify({
        contract,
        server: server.url,
        config: server.config,
        fromMock: false,
        dreddOutput: false,
        strict: true,
      })
      expect(strict.exitCode).toBe(1)
      expect(strict.totals.warned).toBe(0)
      const failed = new Set(strict.transactions.filter((t) => t.result === 'fail').map((t) => t.name))
      expect(failed.size).toBe(result.totals.warned)
      for (const difference of VENDOR_LEGAL_DIFFERENCES[contract]) expect(failed.has(difference.name), difference.name).toBe(true)
    })
  }

  it("Chatlayer's array filters go out as repeated keys, the spec's form (the comma-joined example is the kit's)", async () => {
    const result = await runVerify({
      contract: 'chatlayer',
      server: server.url,
      config: server.config,
      fromMock: false,
      dreddOutput: false,
    })
    const sent = result.transactions.filter((t) => t.operation === 'GET /v1/bots/{bot_id}/conversations').map((t) => t.request ?? '')
    expect(sent.length).toBeGreaterThan(0)
    for (const request of sent) {
      expect(request).toContain('channel_type=WEBCHAT&channel_type=WHATSAPP')
      expect(request).toContain('language=en&language=nl')
      expect(request).not.toMatch(/channel_type=WEBCHAT(%2C|,)/)
    }
    // The insights endpoint documents a plain comma-separated string: sent as it is.
    const insights = result.transactions.find((t) => t.name.includes('/conversations/insights') && t.status === 200)
    expect(insights?.request).toMatch(/channel_type=WEBCHAT(%2C|,)WHATSAPP/)
  })

  it('no secret in stdout, stderr, JUnit, JSON or markdown of failing runs (Dredd prints the request headers, masked)', async () => {
    const config = path.join(dir, 'verify.json')
    await writeFile(config, JSON.stringify(server.config))
    const outputs: string[] = []
    const runs = [
      { contract: 'chatlayer', reporter: 'junit', file: 'chatlayer.junit.xml' },
      { contract: 'nebuly', reporter: 'markdown', file: 'nebuly.md' },
      { contract: 'aurion', reporter: 'json', file: 'aurion.json' },
    ]
    for (const r of runs) {
      const output = path.join(dir, r.file)
      const { code, stdout, stderr } = await run([
        'verify',
        '--contract',
        r.contract,
        '--server',
        server.url,
        '--config',
        config,
        '--no-from-mock',
        '--strict',
        '--reporter',
        r.reporter,
        '--output',
        output,
      ])
      expect(code, `${r.contract}: ${stderr}`).toBe(1)
      outputs.push(stdout, stderr, await readFile(output, 'utf8'))
    }
    const json = await run([
      'verify',
      '--contract',
      'nebuly',
      '--server',
      server.url,
      '--config',
      config,
      '--no-from-mock',
      '--strict',
      '--json',
      '--loglevel',
      'debug',
    ])
    expect(json.code).toBe(1)
    outputs.push(json.stdout, json.stderr)

    const all = outputs.join('\n')
    // The failing runs did print request headers (Dredd's console, debug log): masked.
    expect(all).toMatch(/Authorization["']?: ["']?(Basic |Bearer )?\[REDACTED\]/)
    for (const secret of server.secrets) expect(all.includes(secret), `secret ${secret.slice(0, 6)}… printed`).toBe(false)
  })

  it('a credential missing for a 2xx check exits 2 naming it; --allow-skips exits 0; --fail-on-skip exits 1', async () => {
    const noKey = { nebuly: { forbidden_api_key: server.config.nebuly?.forbidden_api_key ?? '' } }
    const base = { contract: 'nebuly', server: server.url, fromMock: false, dreddOutput: false, config: noKey } as const
    const missing = await runVerify(base)
    expect(missing.exitCode).toBe(2)
    expect(missing.missingCredentials).toEqual(['nebuly.api_key'])
    expect((await runVerify({ ...base, allowSkips: true })).exitCode).toBe(0)
    expect((await runVerify({ ...base, allowSkips: true, failOnSkip: true })).exitCode).toBe(1)
    // With the key, nothing is skipped: --fail-on-skip has nothing to fail on.
    expect((await runVerify({ ...base, config: server.config, failOnSkip: true })).exitCode).toBe(0)
  })

  // biome-ignore lint/suspicious/noTemplateCurlyInString: the config file's ${VAR} placeholder syntax, not a template.
  it('the CLI: an unset ${VARIABLE} for the key exits 2 and says which field is missing', async () => {
    const config = path.join(dir, 'env.json')
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the config file's ${VAR} placeholder syntax, not a template.
    await writeFile(config, JSON.stringify({ nebuly: { api_key: '${VERIFY_TEST_UNSET_NEBULY_KEY}' } }))
    const env = { VERIFY_TEST_UNSET_NEBULY_KEY: '' }
    const args = ['verify', '--contract', 'nebuly', '--server', server.url, '--config', config, '--no-from-mock']
    const failing = await run(args, env)
    expect(failing.code).toBe(2)
    expect(failing.stdout).toContain('Exit 2: 2xx checks skipped for missing credentials: nebuly.api_key')
    expect(failing.stdout).toMatch(/\d+ transactions: \d+ passed, \d+ failed, \d+ warned, \d+ skipped/)
    const allowed = await run([...args, '--allow-skips'], env)
    expect(allowed.code).toBe(0)
  })

  it('coverage matrix: one cell per operation x documented status x media type, in the table, markdown and JSON', async () => {
    const result = await runVerify({ contract: 'nebuly', server: server.url, config: server.config, fromMock: false, dreddOutput: false })
    const cells = coverageMatrix(result)
    expect(cells.map((c) => `${c.status} ${c.state}`)).toEqual(['200 passed', '401 warned', '403 passed', '422 passed'])
    expect(cells[1]).toMatchObject({ actualStatus: 403 })
    expect(formatMatrix(result)).toMatch(/POST \/api\/external\/get-interaction-aggregates\s+PASS\s+WARN\s+PASS\s+PASS/)
    expect(formatMarkdown(result)).toContain('| POST /api/external/get-interaction-aggregates | PASS | WARN | PASS | PASS |')
    expect(formatMarkdown(result)).toContain('**4 transactions: 3 passed, 0 failed, 1 warned, 0 skipped')

    // Statuses never produced are listed, with the reason.
    const chatlayer = await runVerify({
      contract: 'chatlayer',
      server: server.url,
      config: server.config,
      fromMock: false,
      dreddOutput: false,
    })
    const matrix = formatMatrix(chatlayer)
    expect(matrix).toContain('Documented statuses the server was not seen to produce (4):')
    expect(matrix).toMatch(/GET \/v1\/teams\/\{team_id\}\/conversations 429 application\/json: skipped \(rate limits are only exercised/)
  })
})
