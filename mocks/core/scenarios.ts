// Sticky scenarios: "the next 3 CSAT requests answer 503", "every Chatlayer call is slow", for clients
// that cannot set a Prefer header. Input is checked against the admin contract (the same validation
// as every request), plus the rules a schema cannot say. The most specific match wins, ties go to the
// most recently added; `times` counts down; `probability` draws from the mock's seeded generator.
import type { components, operations } from '../../contracts/generated/mock-admin.ts'
import { mockAdminRuntime } from '../../contracts/generated/mock-admin-runtime.ts'
import { compileContract, getOperation, type CompiledOperation } from './contract.ts'
import type { Random } from './delay.ts'
import { RequestValidationError } from './errors.ts'
import { isServerErrorStatus } from './faults.ts'
import { validateRequest, type ValidationIssue } from './validation.ts'

export type ScenarioInput = components['schemas']['ScenarioInput']
export type Scenario = components['schemas']['Scenario']
type ScenarioMatch = components['schemas']['ScenarioMatch']
export type ScenarioResponse = components['schemas']['ScenarioResponse']
export type PresetName = operations['applyPreset']['parameters']['path']['name']
export type ApiName = components['schemas']['ApiName']

/** An operation the mock serves, with the API it belongs to. */
export interface ServedOperation {
  api: ApiName
  op: CompiledOperation
}

/** What a scenario can be matched against, read from the request before authentication. */
interface RequestFacts {
  api: ApiName
  op: CompiledOperation
  pathname: string
  /** Bearer token, X-API-Key and Chatlayer token id, whichever the request carries. */
  credentials: string[]
}

/** A scenario's input was refused; `issues` name the fields as a 422 would. */
export class ScenarioError extends RequestValidationError {
  constructor(issues: ValidationIssue[]) {
    super(issues)
    this.name = 'ScenarioError'
    this.message = issues.map((i) => `${i.loc.join('.')}: ${i.msg}`).join('; ')
  }
}

export interface ScenarioStore {
  /** Adds a scenario (checked like POST /__mock/scenarios; a ScenarioError names what is wrong). */
  add(input: ScenarioInput): Scenario
  /** Adds the scenarios of a named preset, optionally narrowed by a match. */
  preset(name: PresetName, options?: { match?: ScenarioMatch }): Scenario[]
  /** Active scenarios, most recently added first. */
  list(): Scenario[]
  /** How many scenarios are active (read on every request: without any, matching is skipped). */
  readonly size: number
  remove(id: string): boolean
  clear(): number
  /** The scenario that answers this request, if any, counting it down. */
  take(facts: RequestFacts): Promise<Scenario | undefined>
  /** Back to the start: none, ids from 1. */
  reset(): void
  /** The active scenarios and the id counter, to share with other replicas. */
  snapshot(): ScenarioSnapshot
  /** Replaces the active scenarios with another replica's snapshot. */
  restore(snapshot: ScenarioSnapshot): void
}

interface ScenarioSnapshot {
  scenarios: Scenario[]
  counter: number
}

/** Active scenarios at most: matching walks them on every request, so a client cannot pile up work. */
export const MAX_SCENARIOS = 1000

interface Entry {
  scenario: Scenario
  specificity: number
  order: number
}

const adminContract = compileContract(mockAdminRuntime)
const createOperation = getOperation(adminContract, 'createScenario')

export function createScenarioStore(options: {
  operations: () => ReadonlyMap<string, ServedOperation>
  random: Random
  /** Counts a scenario's use down where replicas share it (state-store.ts); default: here. */
  countdown?: (scenario: Scenario) => Promise<number>
}): ScenarioStore {
  let entries: Entry[] = []
  let counter = 0

  function check(input: unknown): ScenarioInput {
    const { values, issues } = validateRequest(adminContract, createOperation, {
      url: new URL('http://mock.invalid/__mock/scenarios'),
      pathParams: {},
      headers: new Headers(),
      bodyText: JSON.stringify(input ?? null),
    })
    if (issues.length > 0) throw new ScenarioError(issues)
    const valid = values.body as ScenarioInput
    const problems = semanticIssues(valid, options.operations())
    if (problems.length > 0) throw new ScenarioError(problems)
    return valid
  }

  function insert(input: ScenarioInput, preset: string | null): Scenario {
    if (entries.length >= MAX_SCENARIOS) {
      const msg = `at most ${MAX_SCENARIOS} active scenarios; remove some first (DELETE /__mock/scenarios)`
      throw new ScenarioError([{ type: 'value_error', loc: ['body'], msg: `Value error, ${msg}`, input: null, ctx: { error: msg } }])
    }
    counter += 1
    const match = input.match ?? {}
    const scenario: Scenario = {
      id: `sc_${counter}`,
      match,
      respond: input.respond,
      times_left: input.times ?? null,
      probability: input.probability ?? 1,
      preset,
    }
    entries.push({ scenario, specificity: specificity(match), order: counter })
    entries.sort((a, b) => b.specificity - a.specificity || b.order - a.order)
    return scenario
  }

  return {
    add: (input) => insert(check(input), null),
    preset(name, presetOptions = {}) {
      const inputs = presetScenarios(name).map((s) => check({ ...s, match: { ...presetOptions.match, ...s.match } }))
      return inputs.map((input) => insert(input, name))
    },
    list: () => [...entries].sort((a, b) => b.order - a.order).map((e) => e.scenario),
    get size() {
      return entries.length
    },
    remove(id) {
      const before = entries.length
      entries = entries.filter((e) => e.scenario.id !== id)
      return entries.length < before
    },
    clear() {
      const removed = entries.length
      entries = []
      return removed
    },
    async take(facts) {
      for (const entry of [...entries]) {
        const { scenario } = entry
        if (!matches(scenario.match, facts) || !appliesTo(scenario.respond, facts.op)) continue
        if (scenario.probability < 1 && !(options.random.next() < scenario.probability)) continue
        if (scenario.times_left !== null && scenario.times_left !== undefined) {
          // Uses left after this one; below zero, another replica took the last one.
          const left = options.countdown ? await options.countdown(scenario) : scenario.times_left - 1
          if (left <= 0) entries = entries.filter((e) => e !== entry)
          if (left < 0) continue
          scenario.times_left = left
        }
        return scenario
      }
      return undefined
    },
    reset() {
      entries = []
      counter = 0
    },
    snapshot: () => ({ scenarios: entries.map((e) => e.scenario), counter }),
    restore(snapshot) {
      counter = snapshot.counter
      entries = snapshot.scenarios.map((scenario) => ({
        scenario,
        specificity: specificity(scenario.match),
        order: Number(scenario.id.replace(/^sc_/, '')),
      }))
      entries.sort((a, b) => b.specificity - a.specificity || b.order - a.order)
    },
  }
}

/** Operation beats path beats credential beats method and API; the more criteria, the more specific. */
function specificity(match: ScenarioMatch): number {
  return (match.operation ? 16 : 0) + (match.path ? 8 : 0) + (match.credential ? 4 : 0) + (match.method ? 2 : 0) + (match.api ? 1 : 0)
}

function matches(match: ScenarioMatch, facts: RequestFacts): boolean {
  if (match.api !== undefined && match.api !== facts.api) return false
  if (match.operation !== undefined && match.operation !== facts.op.operationId) return false
  if (match.method !== undefined && match.method !== facts.op.method.toUpperCase()) return false
  if (match.path !== undefined && match.path !== facts.op.path && match.path !== facts.pathname) return false
  if (match.credential !== undefined && !facts.credentials.includes(match.credential)) return false
  return true
}

/** A status the operation cannot answer (neither documented nor a server error) makes the scenario skip it. */
function appliesTo(respond: ScenarioResponse, op: CompiledOperation): boolean {
  if (respond.status !== undefined && !isAnswerable(respond.status, op)) return false
  if (respond.example !== undefined && exampleStatus(op, respond.example, respond.status) === undefined) return false
  return true
}

function isAnswerable(status: number, op: CompiledOperation): boolean {
  return (status >= 200 && status < 300) || op.responses[String(status)] !== undefined || isServerErrorStatus(status)
}

/** The status whose response has the named example (the given status, else the first documented one). */
export function exampleStatus(op: CompiledOperation, name: string, status?: number): number | undefined {
  const statuses = status === undefined ? op.statuses : [String(status)]
  for (const s of statuses) {
    const media = op.responses[s]?.content?.['application/json']
    // Own names only: `example=__proto__` must not find Object.prototype.
    if (media?.examples && Object.hasOwn(media.examples, name)) return Number(s)
  }
  return undefined
}

function semanticIssues(input: ScenarioInput, operations: ReadonlyMap<string, ServedOperation>): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  const issue = (loc: string[], msg: string, value: unknown) =>
    issues.push({ type: 'value_error', loc: ['body', ...loc], msg: `Value error, ${msg}`, input: value, ctx: { error: msg } })
  const { respond, match = {} } = input
  if (respond.status === undefined && respond.delay === undefined && respond.fault === undefined && respond.example === undefined) {
    issue(['respond'], 'respond needs at least one of status, delay, fault, example', respond)
  }
  const delay = respond.delay
  if (delay) {
    const given = Object.keys(delay)
      .filter((k) => (DELAY_KEYS as readonly string[]).includes(k))
      .sort()
      .join(',')
    if (!DELAY_FORMS.includes(given)) issue(['respond', 'delay'], 'use one of {fixed_ms}, {min_ms, max_ms} or {median_ms, sigma}', delay)
    else if (delay.min_ms !== undefined && delay.max_ms !== undefined && delay.min_ms > delay.max_ms) {
      issue(['respond', 'delay', 'max_ms'], 'max_ms must not be below min_ms', delay.max_ms)
    }
  }
  if (match.operation !== undefined) {
    const served = operations.get(match.operation)
    if (!served) issue(['match', 'operation'], `no operation ${match.operation} (see GET /__mock/operations)`, match.operation)
    else {
      if (respond.status !== undefined && !isAnswerable(respond.status, served.op)) {
        issue(
          ['respond', 'status'],
          `${match.operation} documents ${served.op.statuses.join(', ')}; besides those only 500, 502, 503 and 504 can be forced`,
          respond.status,
        )
      }
      if (respond.example !== undefined && exampleStatus(served.op, respond.example, respond.status) === undefined) {
        issue(['respond', 'example'], `${match.operation} has no example named ${respond.example}`, respond.example)
      }
    }
  }
  return issues
}

const DELAY_KEYS = ['fixed_ms', 'min_ms', 'max_ms', 'median_ms', 'sigma'] as const
/** The delay forms, as their sorted keys. */
const DELAY_FORMS = ['fixed_ms', 'max_ms,min_ms', 'median_ms,sigma']

/** How many scenarios a preset adds (replicas reserve their ids before adding them). */
export function presetSize(name: PresetName): number {
  return presetScenarios(name).length
}

/** What each preset adds. flaky: resets are tried first (5 %), then 500s (10 % of the rest). */
function presetScenarios(name: PresetName): ScenarioInput[] {
  switch (name) {
    case 'outage':
      return [{ respond: { status: 503 } }]
    case 'slow-network':
      return [{ respond: { delay: { median_ms: 800, sigma: 0.5 } } }]
    case 'flaky':
      return [
        { respond: { status: 500 }, probability: 0.1 },
        { respond: { fault: 'reset' }, probability: 0.05 },
      ]
    case 'rate-limited':
      return [{ respond: { status: 429 } }]
  }
}
