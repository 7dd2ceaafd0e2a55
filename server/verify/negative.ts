// `verify --negative`: per operation, one request per constraint of each parameter and JSON body field
// (type, minimum/maximum, enum, format, required, minLength/maxLength, pattern), each breaking exactly that
// constraint of a request the server just accepted, expecting the documented 4xx; and boundary requests
// (a number at its minimum or maximum) expecting the 2xx. Derived from the contract only. A constraint
// marked x-kit-choice that the server does not enforce is a warning (a failure with --strict).
import { isJsonMediaType, type ContractModel, type OperationModel, type ParameterModel } from './contract-model.ts'
import type { SentRequest } from './exercise.ts'
import { isObject, KIT_CHOICE, toJsonSchema, type JsonObject, type SchemaValidator } from '../json-schema.ts'
import type { TransactionResult } from './report.ts'

interface NegativeCase {
  operation: OperationModel
  check: 'negative' | 'boundary'
  /** `query limit`, `body time_range.start` */
  target: string
  /** `above its maximum 100` */
  why: string
  /** What is sent instead, for the report: `limit=101`. */
  change: string
  expected: number
  kitChoice?: string
  request: SentRequest
}

interface Breakage {
  why: string
  check: 'negative' | 'boundary'
  /** The new value; undefined removes the parameter or field. */
  value: unknown
}

function numberBreakages(s: JsonObject, asString: boolean): Breakage[] {
  const out: Breakage[] = []
  const v = (n: number | string) => (asString ? String(n) : n)
  const min = typeof s.minimum === 'number' ? s.minimum : typeof s.exclusiveMinimum === 'number' ? s.exclusiveMinimum : undefined
  const max = typeof s.maximum === 'number' ? s.maximum : typeof s.exclusiveMaximum === 'number' ? s.exclusiveMaximum : undefined
  const exclusiveMin = typeof s.exclusiveMinimum === 'number'
  const exclusiveMax = typeof s.exclusiveMaximum === 'number'
  out.push({
    why: `not ${s.type === 'integer' ? 'an integer' : 'a number'}`,
    check: 'negative',
    value: asString ? 'not-a-number' : 'not-a-number',
  })
  if (s.type === 'integer')
    out.push({ why: 'a fraction where an integer is required', check: 'negative', value: v(asString ? '1.5' : 1.5) })
  if (min !== undefined) {
    out.push({ why: `below its minimum ${min}`, check: 'negative', value: v(exclusiveMin ? min : min - 1) })
    out.push({ why: `at its minimum ${min}`, check: 'boundary', value: v(exclusiveMin ? min + 1 : min) })
  }
  if (max !== undefined) {
    out.push({ why: `above its maximum ${max}`, check: 'negative', value: v(exclusiveMax ? max : max + 1) })
    out.push({ why: `at its maximum ${max}`, check: 'boundary', value: v(exclusiveMax ? max - 1 : max) })
  }
  return out
}

/** The values that break one constraint each of a (JSON Schema) node; `asString` for query and path values. */
function breakages(s: JsonObject, asString: boolean): Breakage[] {
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type
  const out: Breakage[] = []
  if (type === 'integer' || type === 'number') return numberBreakages({ ...s, type }, asString)
  if (type === 'boolean') out.push({ why: 'not a boolean', check: 'negative', value: asString ? 'not-a-boolean' : 'not-a-boolean' })
  if (type === 'string' || (type === undefined && Array.isArray(s.enum))) {
    if (!asString) out.push({ why: 'not a string', check: 'negative', value: 12345 })
    if (Array.isArray(s.enum)) out.push({ why: 'not one of its enum values', check: 'negative', value: 'not-a-listed-value' })
    if (s.format === 'date') out.push({ why: 'not a date', check: 'negative', value: 'not-a-date' })
    if (s.format === 'date-time') out.push({ why: 'not a date-time', check: 'negative', value: 'not-a-date-time' })
    if (s.format === 'uuid') out.push({ why: 'not a UUID', check: 'negative', value: 'not-a-uuid' })
    if (typeof s.minLength === 'number' && s.minLength > 0)
      out.push({ why: `shorter than ${s.minLength} characters`, check: 'negative', value: 'x'.repeat(s.minLength - 1) })
    if (typeof s.maxLength === 'number')
      out.push({ why: `longer than ${s.maxLength} characters`, check: 'negative', value: 'x'.repeat(s.maxLength + 1) })
    if (typeof s.pattern === 'string' && !new RegExp(s.pattern).test('!'))
      out.push({ why: `not matching ${s.pattern}`, check: 'negative', value: '!' })
  }
  if (type === 'array' && !asString) out.push({ why: 'not an array', check: 'negative', value: 'not-an-array' })
  if (type === 'array' && isObject(s.items) && Array.isArray(s.items.enum)) {
    out.push({
      why: 'an item not one of its enum values',
      check: 'negative',
      value: asString ? 'not-a-listed-value' : ['not-a-listed-value'],
    })
  }
  if (type === 'object' && !asString) out.push({ why: 'not an object', check: 'negative', value: 'not-an-object' })
  return out
}

function expectedRejection(op: OperationModel): number | undefined {
  for (const status of ['422', '400']) if (op.responses.has(status)) return Number(status)
  return undefined
}

function withQuery(request: SentRequest, name: string, value: unknown): SentRequest {
  const url = new URL(request.url)
  url.searchParams.delete(name)
  if (value !== undefined) url.searchParams.set(name, String(value))
  return { ...request, url: url.toString() }
}

function withPathSegment(request: SentRequest, op: OperationModel, name: string, value: string): SentRequest {
  const url = new URL(request.url)
  const segments = url.pathname.split('/')
  const template = op.path.split('/')
  const index = template.indexOf(`{${name}}`)
  const offset = segments.length - template.length
  if (index < 0 || offset < 0) return request
  segments[offset + index] = encodeURIComponent(value)
  url.pathname = segments.join('/')
  return { ...request, url: url.toString() }
}

function withBodyField(request: SentRequest, path: string[], value: unknown): SentRequest {
  const body: unknown = JSON.parse(request.body ?? 'null')
  const copy: unknown = structuredClone(body)
  let node: unknown = copy
  for (const key of path.slice(0, -1)) node = isObject(node) ? node[key] : undefined
  const last = path[path.length - 1] ?? ''
  if (!isObject(node)) return request
  if (value === undefined) delete node[last]
  else node[last] = value
  return { ...request, body: JSON.stringify(copy) }
}

function parameterCases(op: OperationModel, p: ParameterModel, base: SentRequest, expected: number, document: JsonObject): NegativeCase[] {
  if (p.in !== 'query' && p.in !== 'path') return []
  const schema = toJsonSchema(p.schema, document)
  const present = p.in === 'path' || new URL(base.url).searchParams.has(p.name)
  const cases: NegativeCase[] = []
  const make = (b: Breakage, request: SentRequest, change: string): NegativeCase => ({
    operation: op,
    check: b.check,
    target: `${p.in} ${p.name}`,
    why: b.why,
    change,
    expected: b.check === 'boundary' ? 200 : expected,
    ...(p.kitChoice ? { kitChoice: p.kitChoice } : {}),
    request,
  })
  if (p.required && p.in === 'query' && present) {
    cases.push(
      make({ why: 'missing, and required', check: 'negative', value: undefined }, withQuery(base, p.name, undefined), `without ${p.name}`),
    )
  }
  for (const b of breakages(schema, true)) {
    // A path segment only takes strings; booleans and numbers in paths are not broken here.
    if (p.in === 'path') {
      if (b.check === 'boundary' || typeof b.value !== 'string') continue
      cases.push(make(b, withPathSegment(base, op, p.name, b.value), `${p.name}=${b.value}`))
    } else {
      cases.push(make(b, withQuery(base, p.name, b.value), `${p.name}=${String(b.value)}`))
    }
  }
  return cases
}

function bodyCases(op: OperationModel, base: SentRequest, expected: number, document: JsonObject): NegativeCase[] {
  const media = op.requestBody?.content.get('application/json')
  if (!media?.schema || base.body === null) return []
  let body: unknown
  try {
    body = JSON.parse(base.body)
  } catch {
    return []
  }
  const root = toJsonSchema(media.schema, document, 'ajv', { markers: true })
  const cases: NegativeCase[] = []
  const visit = (schema: JsonObject, value: unknown, path: string[], depth: number) => {
    if (!isObject(value) || !isObject(schema.properties)) return
    const required = Array.isArray(schema.required) ? schema.required : []
    for (const [name, child] of Object.entries(schema.properties)) {
      if (!isObject(child)) continue
      const at = [...path, name]
      const kitChoice =
        typeof child[KIT_CHOICE] === 'string' ? child[KIT_CHOICE] : typeof schema[KIT_CHOICE] === 'string' ? schema[KIT_CHOICE] : undefined
      const make = (b: Breakage): NegativeCase => ({
        operation: op,
        check: b.check,
        target: `body ${at.join('.')}`,
        why: b.why,
        change: b.value === undefined ? `without ${at.join('.')}` : `${at.join('.')}=${JSON.stringify(b.value)}`,
        expected: b.check === 'boundary' ? 200 : expected,
        ...(kitChoice ? { kitChoice } : {}),
        request: withBodyField(base, at, b.value),
      })
      if (required.includes(name) && name in value) cases.push(make({ why: 'missing, and required', check: 'negative', value: undefined }))
      if (!(name in value) || value[name] === null) continue
      for (const b of breakages(child, false)) cases.push(make(b))
      if (depth < 1) visit(child, value[name], at, depth + 1)
    }
  }
  visit(root, body, [], 0)
  return cases
}

/** Every negative and boundary case of the contract, from the requests that the server accepted. */
function negativeCases(
  contract: ContractModel,
  accepted: ReadonlyMap<OperationModel, SentRequest>,
): { cases: NegativeCase[]; skipped: { op: OperationModel; reason: string }[] } {
  const cases: NegativeCase[] = []
  const skipped: { op: OperationModel; reason: string }[] = []
  for (const op of contract.operations) {
    const expected = expectedRejection(op)
    const base = accepted.get(op)
    if (expected === undefined) continue
    if (!base) {
      skipped.push({ op, reason: 'no accepted 2xx request to start from (its 2xx check did not pass)' })
      continue
    }
    for (const p of op.parameters) cases.push(...parameterCases(op, p, base, expected, contract.document))
    cases.push(...bodyCases(op, base, expected, contract.document))
  }
  return { cases, skipped }
}

/** Sends each case and judges the answer; one TransactionResult per case for the table and the matrix. */
export async function runNegativeCases(
  contract: ContractModel,
  accepted: ReadonlyMap<OperationModel, SentRequest>,
  options: { strict: boolean; validator: SchemaValidator },
): Promise<TransactionResult[]> {
  const { cases, skipped } = negativeCases(contract, accepted)
  const results: TransactionResult[] = skipped.map(({ op, reason }) => ({
    name: `${op.path} > negative`,
    operation: `${op.method.toUpperCase()} ${op.path}`,
    operationId: op.operationId,
    status: expectedRejection(op) ?? 0,
    mediaType: 'application/json',
    check: 'negative' as const,
    result: 'skip' as const,
    reason,
  }))
  for (const c of cases) {
    const started = performance.now()
    const response = await fetch(c.request.url, { method: c.request.method, headers: c.request.headers, body: c.request.body })
    const text = await response.text()
    const operation = `${c.operation.method.toUpperCase()} ${c.operation.path}`
    const base = {
      name: `${c.operation.path} > ${c.check} > ${c.target} ${c.why}`,
      operation,
      operationId: c.operation.operationId,
      status: c.expected,
      mediaType: 'application/json',
      check: c.check,
      how: `${c.change} (${c.target} ${c.why})`,
      request: `${c.request.method} ${new URL(c.request.url).pathname}${new URL(c.request.url).search}${c.request.body && c.request.method !== 'GET' ? ` ${c.request.body}` : ''}`,
      actualStatus: response.status,
      durationMs: performance.now() - started,
    }
    const ok = c.check === 'boundary' ? response.status >= 200 && response.status < 300 : response.status === c.expected
    if (response.status === 429) {
      results.push({ ...base, result: 'skip', reason: `rate-limited (429) before the ${c.check} check could run` })
      continue
    }
    if (ok) {
      const problems =
        c.check === 'negative' ? bodyProblems(contract, c, response.headers.get('content-type'), text, options.validator) : []
      results.push(
        problems.length > 0
          ? { ...base, result: 'fail', reason: problems.join('\n') }
          : { ...base, result: 'pass', reason: `${c.change}: ${response.status}` },
      )
      continue
    }
    const message =
      c.check === 'boundary'
        ? `rejected ${c.change} (${c.target} ${c.why}): answered ${response.status}, expected a 2xx`
        : `${response.status < 300 ? 'accepted' : 'answered'} ${c.change} (${c.target} ${c.why}) with ${response.status}, expected ${c.expected}`
    if (c.kitChoice && !options.strict)
      results.push({ ...base, result: 'warn', reason: `${message} [kit choice: ${c.kitChoice}]`, warnings: [message] })
    else results.push({ ...base, result: 'fail', reason: c.kitChoice ? `${message} [kit choice: ${c.kitChoice}]` : message })
  }
  return results
}

/** The rejection's body against the documented error schema (vendor level). */
function bodyProblems(
  contract: ContractModel,
  c: NegativeCase,
  contentType: string | null,
  text: string,
  validator: SchemaValidator,
): string[] {
  const mediaType = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
  if (!isJsonMediaType(mediaType)) return [`Content-Type ${mediaType || '(none)'} instead of application/json`]
  const schema = contract.responseSchema(c.operation, String(c.expected), 'application/json', 'ajv', 'vendor')
  if (!schema) return []
  try {
    return validator.validate(schema, JSON.parse(text)).map((p) => `${c.change}: ${p}`)
  } catch {
    return [`${c.change}: body is not valid JSON`]
  }
}
