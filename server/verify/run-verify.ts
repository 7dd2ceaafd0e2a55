// runVerify: Dredd 14 (its JavaScript API) against a server, with the kit's hooks giving it real schemas,
// credentials and a request per documented status. Returns per-transaction results; the CLI prints them.
import { randomUUID } from 'node:crypto'
import { EventEmitter } from 'node:events'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { DreddAnnotation, DreddStats } from 'dredd'
import { loadContract, resolveContractPath, type ApiKind } from './contract-model.ts'
import { compileForDredd, deferDreddParser } from './dredd-contract.ts'
import type { OperationModel } from './contract-model.ts'
import type { SentRequest } from './exercise.ts'
import { runNegativeCases } from './negative.ts'
import { createSchemaValidator } from '../json-schema.ts'
import { configFromAssignments, fetchMockCredentials, loadVerifyConfig, mergeConfigs, type VerifyConfig } from './credentials.ts'
import type { DreddTest } from './dredd-types.ts'
import { createHookRun, hookRegistry, runCustom } from './hooks.ts'
import { createRedactor, redactDeep, redactProcessOutput, registerSecrets, secretsOf } from './redact.ts'
import type { TransactionResult, VerifyResult } from './report.ts'

export type { VerifyResult } from './report.ts'

const HOOKS_FILE = fileURLToPath(new URL('./hooks.cjs', import.meta.url))

export interface VerifyOptions {
  /** `aurion`, `chatlayer`, `nebuly` (the kit's contracts) or a path to an OpenAPI 3.0 file. */
  contract: string
  /** Base URL of the server under test, e.g. `http://127.0.0.1:4010`. */
  server: string
  /** Force the API profile (credentials, fixtures) when a contract file's name and title do not tell. */
  api?: ApiKind
  /** A config file path, or the config itself. */
  config?: string | VerifyConfig
  /** `aurion.sessions.agent=<token>` style overrides. */
  credentials?: readonly string[]
  /** Read credentials from `<server>/__mock/credentials`: true requires it, 'auto' (default) uses it when it answers. */
  fromMock?: boolean | 'auto'
  /** Exercise 429s with a real burst of requests (off by default: it spends a rate-limit window). */
  includeRateLimits?: boolean
  /** Most requests one burst sends looking for a 429 (default 400). */
  burstLimit?: number
  /** Print Dredd's console reporter (default true). */
  dreddOutput?: boolean
  /** Dredd's own log level (default `error`: its parser warnings are summarised in `warnings` instead). */
  loglevel?: 'silent' | 'error' | 'warning' | 'debug'
  /** Colours in Dredd's output (default: when stdout is a terminal). */
  color?: boolean
  /** A violated kit choice (x-kit-choice) fails instead of warning. */
  strict?: boolean
  /** A 2xx check skipped for a missing credential does not make the run exit 2. */
  allowSkips?: boolean
  /** Any skipped transaction fails the run. */
  failOnSkip?: boolean
  /** Seconds to wait for the server to answer at all before starting (0: do not wait). */
  waitFor?: number
  /** Longest Retry-After (seconds) waited out to check that a rate-limited request then succeeds (default 65). */
  maxRetryWait?: number
  /** Also send one request per broken constraint (expecting the documented 4xx) and boundary requests (2xx). */
  negative?: boolean
  /** How verify waits (tests inject one); the kit's mock is never waited for: its clock is advanced. */
  sleep?: (ms: number) => Promise<void>
}

interface Verdict {
  result: 'pass' | 'fail' | 'skip'
  message: string
  /** Dredd's reporters set `duration` after our listener ran: read it at the end. */
  test?: DreddTest
}

async function resolveConfig(
  options: VerifyOptions,
): Promise<{ config: VerifyConfig; sources: string[]; notes: string[]; isMock: boolean }> {
  const layers: VerifyConfig[] = []
  const sources: string[] = []
  const notes: string[] = []
  let isMock = false
  if (options.fromMock !== false) {
    const fromMock = await fetchMockCredentials(options.server)
    if (fromMock) {
      isMock = true
      layers.push(fromMock)
      sources.push(`${new URL('/__mock/credentials', options.server).toString()}`)
    } else if (options.fromMock === true) {
      throw new Error(`--from-mock: ${options.server}/__mock/credentials did not answer with the kit's credentials`)
    }
  }
  if (typeof options.config === 'string') {
    const loaded = await loadVerifyConfig(options.config)
    layers.push(loaded.config)
    notes.push(...loaded.notes)
    sources.push(options.config)
  } else if (options.config) {
    layers.push(options.config)
    sources.push('config object')
  }
  if (options.credentials && options.credentials.length > 0) {
    layers.push(configFromAssignments(options.credentials))
    sources.push('--credential')
  }
  return { config: mergeConfigs(...layers), sources, notes, isMock }
}

/** Dredd's parser warnings, one line per kind (it already counts repeats). */
function summariseWarnings(annotations: readonly DreddAnnotation[]): string[] {
  return [...new Set(annotations.filter((a) => a.type === 'warning').map((a) => a.message))]
}

/** Dredd's console reporter writes through a winston logger of its own; quiet runs mute that transport. */
function reporterConsole(): { silent?: boolean } | undefined {
  try {
    const mod: unknown = createRequire(import.meta.url)('dredd/build/reporters/reporterOutputLogger.js')
    const logger = typeof mod === 'object' && mod !== null && 'default' in mod ? mod.default : undefined
    const transports = typeof logger === 'object' && logger !== null && 'transports' in logger ? logger.transports : undefined
    const transport = typeof transports === 'object' && transports !== null && 'console' in transports ? transports.console : undefined
    return typeof transport === 'object' && transport !== null ? (transport as { silent?: boolean }) : undefined
  } catch {
    return undefined
  }
}

/** Polls the server until anything answers (any status), for at most `seconds`. */
export async function waitForServer(server: string, seconds: number, now: () => number = () => performance.now()): Promise<void> {
  const deadline = now() + seconds * 1000
  let last = ''
  for (;;) {
    const left = deadline - now()
    try {
      const response = await fetch(server, { signal: AbortSignal.timeout(Math.max(100, Math.min(2000, left))) })
      await response.arrayBuffer()
      return
    } catch (error) {
      last = error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error)
    }
    if (now() >= deadline) throw new Error(`${server} did not answer within ${seconds} s (--wait-for): ${last}`)
    await new Promise((resolve) => setTimeout(resolve, Math.min(200, Math.max(0, deadline - now()))))
  }
}

export async function runVerify(options: VerifyOptions): Promise<VerifyResult> {
  const unredact = redactProcessOutput()
  try {
    return await runVerifyRedacted(options)
  } finally {
    unredact()
  }
}

async function runVerifyRedacted(options: VerifyOptions): Promise<VerifyResult> {
  const started = performance.now()
  const server = new URL(options.server).toString().replace(/\/$/, '')
  const file = resolveContractPath(options.contract)
  const contract = await loadContract(file, options.api)
  if (options.waitFor) await waitForServer(server, options.waitFor)
  const { config, sources, notes, isMock } = await resolveConfig({ ...options, server })
  const secrets = secretsOf(config)
  registerSecrets(secrets)
  const redact = createRedactor(secrets)

  const run = createHookRun({
    server,
    contract,
    config,
    includeRateLimits: options.includeRateLimits ?? false,
    burstLimit: options.burstLimit ?? 400,
    strict: options.strict ?? false,
    isMock,
    maxRetryWait: options.maxRetryWait ?? 65,
    sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
  })
  const runId = randomUUID()
  hookRegistry().set(runId, run.register)

  const verdicts = new Map<string, Verdict>()
  const emitter = new EventEmitter()
  const nameOf = (test: DreddTest) => (test.origin ? run.names.get(test.origin) : undefined) ?? test.title
  const onResult = (result: Verdict['result']) => (test: DreddTest) => {
    verdicts.set(nameOf(test), { result, message: test.message, test })
  }
  emitter.on('test pass', onResult('pass'))
  emitter.on('test fail', onResult('fail'))
  emitter.on('test skip', onResult('skip'))
  emitter.on('test error', (error: unknown, test: DreddTest) => {
    verdicts.set(nameOf(test), { result: 'fail', message: `request failed: ${error instanceof Error ? error.message : String(error)}` })
  })

  const quiet = options.dreddOutput === false ? reporterConsole() : undefined
  const wasSilent = quiet?.silent
  if (quiet) quiet.silent = true
  if (contract.dredd) deferDreddParser()
  const description = contract.dredd ?? (await compileForDredd(contract.document, path.basename(file)))
  const { default: Dredd } = await import('dredd')
  const dredd = new Dredd({
    endpoint: server,
    path: [],
    hookfiles: [HOOKS_FILE],
    custom: runCustom(runId),
    emitter,
    loglevel: options.loglevel ?? 'error',
    color: options.color ?? Boolean(process.stdout.isTTY),
    // A connection per transaction: Node's global agent keeps sockets alive, and one the server closed
    // while idle (between two runs of a process) failed the next request with ECONNRESET.
    http: { pool: false },
  })
  // The transactions are compiled already (above, or by the build): Dredd's own reading and parsing of
  // the description is replaced by handing it the result.
  dredd.prepareAPIdescriptions = (callback) => callback(null, [description])
  let stats: DreddStats
  try {
    stats = await new Promise<DreddStats>((resolve, reject) => {
      dredd.run((error, result) => (error ? reject(error) : resolve(result)))
    })
  } finally {
    hookRegistry().delete(runId)
    if (quiet) quiet.silent = wasSilent
  }
  if (!run.registered) throw new Error(`Dredd did not load the verify hooks (${HOOKS_FILE})`)

  const strict = options.strict ?? false
  const transactions: TransactionResult[] = [...run.records.values()].map((record) => {
    const verdict = verdicts.get(record.name) ?? { result: 'fail' as const, message: 'Dredd reported no result for this transaction' }
    const failing = record.findings.filter((f) => f.level === 'fail' || strict).map((f) => f.message)
    const warnings = record.findings.filter((f) => f.level === 'warn').map((f) => f.message)
    let result: TransactionResult['result']
    let reason: string
    if (verdict.result === 'skip') {
      result = 'skip'
      reason = record.skipReason ?? verdict.message
    } else if (failing.length > 0 || verdict.result === 'fail' || record.error) {
      result = 'fail'
      reason = failing.length > 0 ? failing.join('\n') : (record.error ?? verdict.message)
    } else if (warnings.length > 0) {
      result = 'warn'
      reason = warnings.join('\n')
    } else {
      result = 'pass'
      reason = record.how ?? ''
    }
    return {
      name: record.name,
      operation: record.operation,
      operationId: record.operationId,
      status: record.status,
      mediaType: record.mediaType,
      result,
      reason,
      ...(record.how && result !== 'pass' && result !== 'skip' ? { how: record.how } : {}),
      ...(record.request ? { request: record.request } : {}),
      ...(record.actualStatus ? { actualStatus: record.actualStatus } : {}),
      ...(warnings.length > 0 ? { warnings } : {}),
      ...(record.missing && result === 'skip' ? { missing: record.missing } : {}),
      ...(typeof verdict.test?.duration === 'number' ? { durationMs: verdict.test.duration } : {}),
    }
  })
  if (options.negative) {
    // The requests the server accepted (2xx checks that passed) are where the broken ones start from.
    const accepted = new Map<OperationModel, SentRequest>()
    for (const record of run.records.values()) {
      const op = contract.operations.find((o) => o.operationId === record.operationId)
      const t = transactions.find((x) => x.name === record.name)
      if (!op || !record.sent || record.status >= 300 || !t || (t.result !== 'pass' && t.result !== 'warn')) continue
      if (!accepted.has(op) || record.mediaType === 'application/json') accepted.set(op, record.sent)
    }
    transactions.push(...(await runNegativeCases(contract, accepted, { strict, validator: createSchemaValidator() })))
  }
  const count = (result: TransactionResult['result']) => transactions.filter((t) => t.result === result).length
  const totals = {
    transactions: transactions.length,
    passed: count('pass'),
    failed: count('fail'),
    warned: count('warn'),
    skipped: count('skip'),
  }
  const annotations = (dredd.configuration.apiDescriptions ?? []).flatMap((d) => d.annotations ?? [])
  // A 2xx that could not be checked for want of a credential: the run proves less than it seems.
  const missingCredentials = [
    ...new Set(transactions.filter((t) => t.result === 'skip' && t.status < 300 && t.missing).flatMap((t) => t.missing ?? [])),
  ].sort()
  // A run where nothing passed (no credentials) proves nothing: not ok.
  const ok = totals.failed === 0 && stats.errors === 0 && totals.passed + totals.warned > 0
  const exitCode = missingCredentials.length > 0 && !options.allowSkips ? 2 : !ok || (options.failOnSkip && totals.skipped > 0) ? 1 : 0
  return redactDeep<VerifyResult>(
    {
      ok: exitCode === 0,
      exitCode,
      strict,
      contract: { file, title: contract.title, api: contract.api },
      server,
      credentialSources: sources,
      configNotes: notes,
      missingCredentials,
      transactions,
      totals,
      dredd: {
        tests: stats.tests,
        passes: stats.passes,
        failures: stats.failures,
        errors: stats.errors,
        skipped: stats.skipped,
        durationMs: stats.duration,
      },
      warnings: summariseWarnings(annotations),
      durationMs: performance.now() - started,
    },
    redact,
  )
}
