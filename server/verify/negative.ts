// `verify --negative`: per operation, one request per constraint of each query, path and header parameter
// and of each JSON body field at any depth (objects and the first item of arrays), each breaking exactly
// one constraint (type, minimum/maximum, enum, format, required, minLength/maxLength, pattern) of a request
// the server just accepted, expecting the documented 4xx; and boundary requests (a number at its minimum or
// maximum, a string at its minLength or maxLength) expecting the 2xx. Derived from the contract only. A
// constraint marked x-kit-choice that the server does not enforce is a warning (a failure with --strict).
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

/** `value` cut or repeated to exactly `length` characters ('x's when there is none). */
function ofLength(value: unknown, length: number): string {
  const seed = typeof value === 'string' && value.length > 0 ? value : 'x'
  return seed.repeat(Math.ceil(length / seed.length)).slice(0, length)
}

/** A string at its minLength and at its maxLength, built from the accepted value so it stays valid otherwise. */
function lengthBoundaries(s: JsonObject, current: unknown): Breakage[] {
  // A format or an enum would be broken by the cut value: no boundary to send.
  if (typeof s.format === 'string' || Array.isArray(s.enum)) return []
  const out: Breakage[] = []
  const pattern = typeof s.pattern === 'string' ? new RegExp(s.pattern) : undefined
  const add = (why: string, length: number) => {
    const value = ofLength(current, length)
    if (!pattern || pattern.test(value)) out.push({ why, check: 'boundary', value })
  }
  if (typeof s.minLength === 'number' && s.minLength > 0) add(`at its minLength ${s.minLength}`, s.minLength)
  if (typeof s.maxLength === 'number') add(`at its maxLength ${s.maxLength}`, s.maxLength)
  return out
}

/**
 * The values that break one constraint each of a (JSON Schema) node, and its boundary values; `asString`
 * for query, path and header values; `current` is the accepted request's value.
 */
function breakages(s: JsonObject, asString: boolean, current?: unknown): Breakage[] {
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
    out.push(...lengthBoundaries(s, current))
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

function withHeader(request: SentRequest, name: string, value: unknown): SentRequest {
  const headers = Object.fromEntries(Object.entries(request.headers).filter(([key]) => key.toLowerCase() !== name.toLowerCase()))
  if (value !== undefined) headers[name] = String(value)
  return { ...request, headers }
}

function headerValue(request: SentRequest, name: string): string | undefined {
  return Object.entries(request.headers).find(([key]) => key.toLowerCase() === name.toLowerCase())?.[1]
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
  for (const key of path.slice(0, -1)) node = Array.isArray(node) ? node[Number(key)] : isObject(node) ? node[key] : undefined
  const last = path[path.length - 1] ?? ''
  if (Array.isArray(node)) node[Number(last)] = value
  else if (!isObject(node)) return request
  else if (value === undefined) delete node[last]
  else node[last] = value
  return { ...request, body: JSON.stringify(copy) }
}

function parameterCases(op: OperationModel, p: ParameterModel, base: SentRequest, expected: number, document: JsonObject): NegativeCase[] {
  if (p.in === 'cookie') return []
  const schema = toJsonSchema(p.schema, document)
  const current =
    p.in === 'query' ? (new URL(base.url).searchParams.get(p.name) ?? undefined) : p.in === 'header' ? headerValue(base, p.name) : undefined
  const present = p.in === 'path' || current !== undefined
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
  if (p.required && p.in !== 'path' && present) {
    const without = p.in === 'header' ? withHeader(base, p.name, undefined) : withQuery(base, p.name, undefined)
    cases.push(make({ why: 'missing, and required', check: 'negative', value: undefined }, without, `without ${p.name}`))
  }
  for (const b of breakages(schema, true, current)) {
    // A path segment only takes strings; booleans and numbers in paths are not broken here.
    if (p.in === 'path') {
      if (b.check === 'boundary' || typeof b.value !== 'string') continue
      cases.push(make(b, withPathSegment(base, op, p.name, b.value), `${p.name}=${b.value}`))
    } else if (p.in === 'header') {
      cases.push(make(b, withHeader(base, p.name, b.value), `header ${p.name}: ${String(b.value)}`))
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
  // The branch of an anyOf / oneOf that describes an object (e.g. Nebuly's `group_by`: null or a GroupBy).
  const objectSchema = (schema: JsonObject): JsonObject | undefined => {
    if (isObject(schema.properties)) return schema
    const branches = [...(Array.isArray(schema.anyOf) ? schema.anyOf : []), ...(Array.isArray(schema.oneOf) ? schema.oneOf : [])]
    return branches.find((b): b is JsonObject => isObject(b) && isObject(b.properties))
  }
  const visit = (schema: JsonObject, value: unknown, path: string[], inheritedChoice: string | undefined) => {
    // Bounded by the accepted body itself, and by a depth no real body reaches.
    if (path.length > 8) return
    const choiceHere = typeof schema[KIT_CHOICE] === 'string' ? schema[KIT_CHOICE] : inheritedChoice
    if (schema.type === 'array' || Array.isArray(value)) {
      // One item stands for all: the first, as accepted.
      if (Array.isArray(value) && value.length > 0 && isObject(schema.items)) visit(schema.items, value[0], [...path, '0'], choiceHere)
      return
    }
    const shape = objectSchema(schema)
    if (!isObject(value) || !shape || !isObject(shape.properties)) return
    const required = Array.isArray(shape.required) ? shape.required : []
    for (const [name, child] of Object.entries(shape.properties)) {
      if (!isObject(child)) continue
      const at = [...path, name]
      const kitChoice =
        typeof child[KIT_CHOICE] === 'string' ? child[KIT_CHOICE] : typeof shape[KIT_CHOICE] === 'string' ? shape[KIT_CHOICE] : choiceHere
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
      for (const b of breakages(child, false, value[name])) cases.push(make(b))
      visit(child, value[name], at, kitChoice)
    }
  }
  visit(root, body, [], undefined)
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
