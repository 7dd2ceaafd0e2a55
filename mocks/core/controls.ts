// The QA controls around every operation: per-request preferences (Prefer header and query forms),
// sticky scenarios, delays and faults decide whether the operation runs at all, and the journal records
// what came in and what went out. The pipeline calls begin() before authentication and finish() with
// the response; everything else is here, so that another pipeline can adopt it with those two calls.
import type { Clock } from './clock.ts'
import { responseExample, type CompiledOperation } from './contract.ts'
import { basicCredentials, bearerToken } from './credentials.ts'
import { createRandom, drawDelay, MAX_DELAY_MS, realSleep, type Random, type Sleep } from './delay.ts'
import { ApiError, json, type ErrorDialect } from './errors.ts'
import { faultOf, faultResponse, isServerErrorStatus, SERVER_ERROR_STATUSES, serverError } from './faults.ts'
import { createInterner } from '../lib/interner.ts'
import { createJournal, queryObject, type Caller, type Journal, type JournalEntry } from './journal.ts'
import { NO_PREFERENCES, readPreferences, type Preferences } from './prefer.ts'
import type { StateStore } from './state-store.ts'
import {
  createScenarioStore,
  exampleStatus,
  type ApiName,
  type ScenarioResponse,
  type ScenarioStore,
  type ServedOperation,
} from './scenarios.ts'

export interface ControlsOptions {
  /** Seed of the generator that draws probabilities and delays (the mock's seed). */
  seed?: number
  clock: Clock
  /** Real milliseconds from a monotonic source, for duration_ms. */
  timer?: () => number
  /** How a delay waits; tests inject one that resolves at once or runs on fake timers. */
  sleep?: Sleep
  /** How long the `timeout` fault holds a request before dropping it (default and maximum 30 s). */
  faultTimeoutMs?: number
  journalSize?: number
  /** Called with each journal entry (the server prints one line per request). */
  onRequest?: (entry: JournalEntry) => void
  /** The operations the mock serves, by operationId (known once every API is built). */
  operations?: () => ReadonlyMap<string, ServedOperation>
  /** Where scenario countdowns are kept when replicas share them (default: here). */
  state?: StateStore
}

/** What the controls need of an API: its name, its error dialect and its real forced errors. */
interface ControlledApi {
  name?: ApiName
  dialect: ErrorDialect
  scenario?(status: number, op: CompiledOperation): Response | undefined
}

/** What the controls read of a request: a Fetch Request is one, so is the Node adapter's light view. */
interface RequestLike {
  readonly method: string
  readonly url: string
  readonly headers: { get(name: string): string | null }
}

interface Exchange {
  /**
   * The response that replaces the operation's (after any delay), or undefined to run the operation:
   * undefined at once, with no promise to wait on, when no preference or scenario is active.
   */
  intercept(): Promise<Response | undefined> | undefined
  /** Records the exchange in the journal and hands the answer back (a Response or serialised bytes). */
  finish<A extends Response | { status: number }>(answer: A, caller: Caller | null): A
}

/** A request no operation routes: journalled like the others once the adapter knows what it answered. */
export interface UnroutedExchange {
  finish(status: number): void
}

export interface Controls {
  scenarios: ScenarioStore
  journal: Journal
  begin(api: ControlledApi, op: CompiledOperation, request: RequestLike, url?: URL): Exchange
  /** The journal's side of a request no operation routes (a wrong URL is what QA looks for). */
  unrouted(request: RequestLike, url: URL): UnroutedExchange
  /** Scenarios, journal and the seeded generator back to their start. */
  reset(): void
}

export function createControls(options: ControlsOptions): Controls {
  const random: Random = createRandom(options.seed ?? 0)
  const sleep = options.sleep ?? realSleep
  const timer = options.timer ?? (() => performance.now())
  const faultTimeoutMs = Math.min(options.faultTimeoutMs ?? MAX_DELAY_MS, MAX_DELAY_MS)
  const scenarios = createScenarioStore({
    operations: options.operations ?? (() => new Map()),
    random,
    ...(options.state?.countdown && { countdown: options.state.countdown }),
  })
  const journal = createJournal(options.journalSize, options.onRequest)
  const internPath = createInterner((path) => path)
  const internQuery = createInterner(queryObject)

  /** One journal entry per request, routed or not: when it came in, what it asked, how it was answered. */
  function record(
    request: RequestLike,
    url: URL,
    arrival: { at: string; started: number },
    outcome: Pick<JournalEntry, 'operation' | 'api' | 'caller' | 'status' | 'scenario' | 'fault'>,
  ): void {
    journal.record({
      at: arrival.at,
      method: request.method,
      path: internPath(url.pathname),
      query: internQuery(url.search),
      operation: outcome.operation,
      api: outcome.api,
      caller: outcome.caller,
      status: outcome.status,
      // The documented order (mock-admin.yaml's JournalEntry): the duration before the scenario and fault.
      duration_ms: Math.max(0, Math.round((timer() - arrival.started) * 1000) / 1000),
      scenario: outcome.scenario,
      fault: outcome.fault,
    })
  }

  // Formatting an instant costs more than the rest of the entry; requests in the same millisecond share it.
  let lastMs = Number.NaN
  let lastAt = ''
  const arrive = () => {
    const now = options.clock.now()
    if (now.getTime() !== lastMs) {
      lastMs = now.getTime()
      lastAt = now.toISOString()
    }
    return { at: lastAt, started: timer() }
  }

  function begin(api: ControlledApi, op: CompiledOperation, request: RequestLike, parsed?: URL): Exchange {
    const arrival = arrive()
    const url = parsed ?? new URL(request.url)
    let source: string | null = null
    return {
      intercept() {
        const preferences = readPreferences(request, url)
        if (preferences === NO_PREFERENCES && !(api.name && scenarios.size > 0)) return undefined
        return controlled(preferences)
      },
      finish(response, caller) {
        const isResponse = response instanceof Response
        record(request, url, arrival, {
          operation: op.operationId,
          api: api.name ?? null,
          caller,
          status: isResponse && response.type === 'error' ? 0 : response.status,
          scenario: source,
          fault: (isResponse && faultOf(response)) || null,
        })
        return response
      },
    }

    async function controlled(preferences: Readonly<Preferences>): Promise<Response | undefined> {
      let respond: ScenarioResponse | undefined
      if (preferences !== NO_PREFERENCES) {
        source = 'prefer'
        if (preferences.invalid) return mockError(api, `Prefer: ${preferences.invalid.join('; ')}`, 'prefer-invalid')
        const { code, example, delay, fault } = preferences
        respond = {
          ...(code !== undefined && { status: code }),
          ...(example && { example }),
          ...(delay && { delay }),
          ...(fault && { fault }),
        }
      } else if (api.name && scenarios.size > 0) {
        const scenario = await scenarios.take({ api: api.name, op, pathname: url.pathname, credentials: credentialsOf(request) })
        if (scenario) {
          source = scenario.id
          respond = scenario.respond
        }
      }
      if (!respond) return undefined
      if (respond.delay) await sleep(drawDelay(respond.delay, random))
      if (respond.fault === 'timeout') await sleep(faultTimeoutMs)
      if (respond.fault) return faultResponse(respond.fault)
      return forcedResponse(api, op, respond)
    }
  }

  function unrouted(request: RequestLike, url: URL): UnroutedExchange {
    const arrival = arrive()
    return {
      finish: (status) => record(request, url, arrival, { operation: null, api: null, caller: null, status, scenario: null, fault: null }),
    }
  }

  return {
    scenarios,
    journal,
    begin,
    unrouted,
    reset() {
      scenarios.reset()
      journal.reset()
      random.reset()
    },
  }
}

/**
 * The answer a preference or scenario asks for: a named example, a documented status (with the real
 * behaviour's body and headers where the API registers one), or a server error in the API's dialect.
 * Undefined for a 2xx without an example: the operation runs.
 */
function forcedResponse(api: ControlledApi, op: CompiledOperation, respond: ScenarioResponse): Response | undefined {
  const { status, example } = respond
  if (example !== undefined) {
    const exampleAt = exampleStatus(op, example, status)
    if (exampleAt === undefined) {
      const names = op.statuses.flatMap((s) =>
        Object.keys(op.responses[s]?.content?.['application/json']?.examples ?? {}).map((n) => `${n} (${s})`),
      )
      return mockError(
        api,
        `Prefer: example=${example} is not an example of ${op.operationId}${status ? ` for status ${status}` : ''}; its named examples: ${names.join(', ') || 'none'}`,
        'prefer-example-not-found',
      )
    }
    const media = op.responses[String(exampleAt)]?.content?.['application/json']
    return json(media?.examples?.[example]?.value ?? {}, exampleAt, documentedHeaders(op, exampleAt))
  }
  if (status === undefined || (status >= 200 && status < 300)) return undefined
  const documented = op.responses[String(status)]
  if (documented) return api.scenario?.(status, op) ?? json(responseExample(documented) ?? {}, status, documentedHeaders(op, status))
  if (isServerErrorStatus(status)) return serverError(api.dialect, status)
  return mockError(
    api,
    `Prefer: code=${status} is not documented for ${op.operationId}; documented statuses: ${op.statuses.join(', ')}; any operation also answers ${SERVER_ERROR_STATUSES.join(', ')}`,
    'prefer-code-not-documented',
  )
}

function documentedHeaders(op: CompiledOperation, status: number): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const [name, header] of Object.entries(op.responses[String(status)]?.headers ?? {})) {
    const example = header.example ?? header.schema?.example
    if (example !== undefined) headers[name] = String(example)
  }
  return headers
}

/** A 400 from the mock itself (not the vendor), in the API's dialect and marked X-Mock-Error. */
function mockError(api: ControlledApi, message: string, kind: string): Response {
  return api.dialect.render(new ApiError(400, message, { headers: { 'X-Mock-Error': kind } }))
}

/** Every credential a scenario may match: bearer token, X-API-Key, and the token id of HTTP Basic. */
function credentialsOf(request: RequestLike): string[] {
  const found: string[] = []
  const authorization = request.headers.get('authorization')
  const token = bearerToken(authorization)
  if (token) found.push(token)
  const apiKey = request.headers.get('x-api-key')?.trim()
  if (apiKey) found.push(apiKey)
  const basic = basicCredentials(authorization)
  if (basic) found.push(basic.id)
  return found
}
