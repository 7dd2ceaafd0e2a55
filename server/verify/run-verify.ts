// runVerify: Dredd 14 (its JavaScript API) against a server, with the kit's hooks giving it real schemas,
// credentials and a request per documented status. Returns per-transaction results; the CLI prints them.
import { randomUUID } from 'node:crypto'
import { EventEmitter } from 'node:events'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import Dredd, { type DreddAnnotation, type DreddStats } from 'dredd'
import { loadContract, resolveContractPath, type ApiKind } from './contract-model.ts'
import { configFromAssignments, fetchMockCredentials, loadVerifyConfig, mergeConfigs, type VerifyConfig } from './credentials.ts'
import type { DreddTest } from './dredd-types.ts'
import { createHookRun, hookRegistry, runCustom } from './hooks.ts'
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
}

interface Verdict {
  result: 'pass' | 'fail' | 'skip'
  message: string
  /** Dredd's reporters set `duration` after our listener ran: read it at the end. */
  test?: DreddTest
}

async function resolveConfig(options: VerifyOptions): Promise<{ config: VerifyConfig; sources: string[]; notes: string[] }> {
  const layers: VerifyConfig[] = []
  const sources: string[] = []
  const notes: string[] = []
  if (options.fromMock !== false) {
    const fromMock = await fetchMockCredentials(options.server)
    if (fromMock) {
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
  return { config: mergeConfigs(...layers), sources, notes }
}

/** gavel's messages, led by the status line when the status itself was wrong (the body errors follow from it). */
function failureReason(expected: number, actual: number | undefined, message: string): string {
  const lines = message
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
  if (actual === undefined || actual === expected) return lines.join('\n')
  return [`got ${actual} instead of ${expected}`, ...lines.filter((l) => !l.startsWith('statusCode:'))].join('\n')
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

export async function runVerify(options: VerifyOptions): Promise<VerifyResult> {
  const started = performance.now()
  const server = new URL(options.server).toString().replace(/\/$/, '')
  const file = resolveContractPath(options.contract)
  const contract = await loadContract(file, options.api)
  const { config, sources, notes } = await resolveConfig({ ...options, server })

  const run = createHookRun({
    server,
    contract,
    config,
    includeRateLimits: options.includeRateLimits ?? false,
    burstLimit: options.burstLimit ?? 400,
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
  const dredd = new Dredd({
    endpoint: server,
    path: [file],
    hookfiles: [HOOKS_FILE],
    custom: runCustom(runId),
    emitter,
    loglevel: options.loglevel ?? 'error',
    color: options.color ?? Boolean(process.stdout.isTTY),
  })
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

  const transactions: TransactionResult[] = [...run.records.values()].map((record) => {
    const verdict = verdicts.get(record.name) ?? { result: 'fail' as const, message: 'Dredd reported no result for this transaction' }
    const reason =
      verdict.result === 'skip'
        ? (record.skipReason ?? verdict.message)
        : verdict.result === 'fail'
          ? failureReason(record.status, record.actualStatus, verdict.message)
          : (record.how ?? '')
    return {
      name: record.name,
      operation: record.operation,
      operationId: record.operationId,
      status: record.status,
      mediaType: record.mediaType,
      result: verdict.result,
      reason,
      ...(record.request ? { request: record.request } : {}),
      ...(record.actualStatus ? { actualStatus: record.actualStatus } : {}),
      ...(typeof verdict.test?.duration === 'number' ? { durationMs: verdict.test.duration } : {}),
    }
  })
  const count = (result: TransactionResult['result']) => transactions.filter((t) => t.result === result).length
  const totals = { transactions: transactions.length, passed: count('pass'), failed: count('fail'), skipped: count('skip') }
  const annotations = (dredd.configuration.apiDescriptions ?? []).flatMap((d) => d.annotations ?? [])
  return {
    // A run where everything was skipped (no credentials) proves nothing: not ok.
    ok: totals.failed === 0 && stats.errors === 0 && stats.failures === 0 && totals.passed > 0,
    contract: { file, title: contract.title, api: contract.api },
    server,
    credentialSources: sources,
    configNotes: notes,
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
  }
}
