// The verify hooks, in TypeScript. Dredd loads hooks.cjs (it requires hook files itself); that file finds
// this run's registrar through a per-process registry keyed by the run id Dredd passes in `custom`, so two
// runs in one process (tests) never share settings, and no environment variable is involved.
import { checkResponse, handOverValidation, mediaTypeEssence, setExpectations, type CheckContext, type Finding } from './checks.ts'
import type { OperationModel } from './contract-model.ts'
import type { DreddHooks, DreddTransaction } from './dredd-types.ts'
import { checkRecovery, createRunState, describeRequest, prepareTransaction, type ExerciseSettings, type SentRequest } from './exercise.ts'
import { getHeader } from './request-edits.ts'
import { createSchemaValidator } from '../json-schema.ts'
import { REDACTED } from './redact.ts'

interface TransactionRecord {
  name: string
  /** `GET /api/v2/analytics/conversations/overview` */
  operation: string
  operationId: string
  status: number
  mediaType: string
  /** How the status was provoked, e.g. `401 without credentials`. */
  how?: string
  skipReason?: string
  /** The request as sent (after the hooks changed it). */
  request?: string
  actualStatus?: number
  /** Failures and kit-choice warnings found in the response. */
  findings: Finding[]
  /** Set when the request relied on a kit choice (e.g. broke a constraint only the kit enforces). */
  provokedBy?: string
  /** Config fields whose absence made a 2xx check impossible (e.g. `nebuly.api_key`). */
  missing?: string[]
  /** A hook or request error: the transaction failed before any response was checked. */
  error?: string
  /** The request as sent, credentials included: in memory for the recovery and negative checks, never reported. */
  sent?: SentRequest
}

export type Registrar = (hooks: DreddHooks) => void

export interface HookRun {
  register: Registrar
  /** By transaction name, in the order Dredd ran them. */
  records: Map<string, TransactionRecord>
  /** Dredd's test objects carry the transaction's origin object: origin -> transaction name. */
  names: Map<object, string>
  readonly registered: boolean
}

const RUN_KEY = 'analyticsMockVerifyRun'
const REGISTRY: unique symbol = Symbol.for('analytics-mock-kit.verify-runs')
type RegistryHolder = { [REGISTRY]?: Map<string, Registrar> }

export function hookRegistry(): Map<string, Registrar> {
  const holder = globalThis as unknown as RegistryHolder
  holder[REGISTRY] ??= new Map()
  return holder[REGISTRY]
}

/** The Dredd `custom` entry that tells hooks.cjs which run it belongs to. */
export function runCustom(runId: string): Record<string, string> {
  return { [RUN_KEY]: runId }
}

function statusOf(t: DreddTransaction): number {
  return Number(t.expected.statusCode ?? t.origin.exampleName.split(' > ')[0])
}

function mediaTypeOf(t: DreddTransaction): string {
  const fromName = t.origin.exampleName.split(' > ')[1]
  const fromHeaders = Object.entries(t.expected.headers ?? {}).find(([k]) => k.toLowerCase() === 'content-type')?.[1]
  return mediaTypeEssence(fromName ?? fromHeaders)
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** Runs an async hook body and always calls Dredd's `done`; a crash fails the transaction with its message. */
function asyncHook(body: (t: DreddTransaction) => Promise<void>) {
  return (t: DreddTransaction, done: () => void) => {
    body(t)
      .catch((error: unknown) => {
        t.fail = `verify hook error: ${errorMessage(error)}`
      })
      .finally(done)
  }
}

export function createHookRun(settings: ExerciseSettings): HookRun {
  const records = new Map<string, TransactionRecord>()
  const names = new Map<object, string>()
  const contexts = new Map<string, CheckContext>()
  const state = createRunState()
  const validator = createSchemaValidator()
  let registered = false

  async function beforeEach(t: DreddTransaction) {
    names.set(t.origin, t.name)
    const status = statusOf(t)
    const mediaType = mediaTypeOf(t)
    const op: OperationModel | undefined = settings.contract.find(t.request.method, t.origin.resourceName)
    const record: TransactionRecord = {
      name: t.name,
      operation: `${t.request.method.toUpperCase()} ${t.origin.resourceName}`,
      operationId: op?.operationId ?? '',
      status,
      mediaType,
      findings: [],
    }
    records.set(t.name, record)
    if (!op) {
      t.fail = `no ${t.request.method} ${t.origin.resourceName} in the contract model`
      return
    }
    const ctx: CheckContext = { t, op, status, mediaType, contract: settings.contract }
    contexts.set(t.name, ctx)
    setExpectations(ctx)
    const prepared = await prepareTransaction({ t, op, status, mediaType, settings, state })
    record.request = describeRequest(t)
    if (prepared.action === 'skip') {
      t.skip = true
      record.skipReason = prepared.reason
      if (prepared.missing) record.missing = prepared.missing
    } else if (prepared.action === 'fail') {
      t.fail = prepared.reason
      record.error = prepared.reason
    } else {
      record.how = prepared.how
      if (prepared.kitChoice) record.provokedBy = prepared.kitChoice
    }
  }

  async function afterEach(t: DreddTransaction) {
    const record = records.get(t.name)
    const ctx = contexts.get(t.name)
    if (!record) return
    if (t.skip) {
      // Dredd says "Skipped in before hook"; the reason is more use.
      if (t.test && record.skipReason) t.test.message = record.skipReason
      return
    }
    if (!t.real || !ctx) return
    record.actualStatus = t.real.statusCode
    record.findings = checkResponse(ctx, validator, record.provokedBy)
    if (settings.includeRateLimits && record.status === 429 && t.real.statusCode === 429 && record.sent) {
      const recovery = await checkRecovery(settings, record.sent, getHeader(t.real.headers, 'retry-after'))
      record.findings.push(...recovery.problems.map((message) => ({ level: 'fail' as const, message })))
      record.how = `${record.how ?? ''}${recovery.note}`
    }
    const failing = record.findings.filter((f) => f.level === 'fail' || settings.strict)
    if (failing.length > 0) t.fail = failing.map((f) => f.message).join('; ')
  }

  return {
    records,
    names,
    get registered() {
      return registered
    },
    register(hooks) {
      registered = true
      hooks.beforeEach(asyncHook(beforeEach))
      hooks.beforeEachValidation((t, done) => {
        const record = records.get(t.name)
        if (record) {
          record.sent = {
            method: t.request.method,
            url: new URL(t.fullPath, settings.server).toString(),
            headers: { ...t.request.headers },
            body: t.request.method === 'GET' ? null : t.request.body,
          }
        }
        // The request has been sent: what Dredd prints of it from here on carries no credential.
        for (const name of Object.keys(t.request.headers)) {
          if (/^(authorization|proxy-authorization|x-api-key|cookie)$/i.test(name)) t.request.headers[name] = REDACTED
        }
        handOverValidation(t)
        done()
      })
      hooks.afterEach(asyncHook(afterEach))
    },
  }
}
