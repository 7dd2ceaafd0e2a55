// Request validation driven by the contract: the parameter and body schemas of an operation are checked
// the way FastAPI / pydantic v2 checks them, and every problem of a request is reported at once as
// pydantic error items (`type`, `loc`, `msg`, `input`, `ctx`). Chatlayer reuses the same issues and
// renders them in grpc-gateway's shape. Because the rules come from the YAML, the mock and the contract
// cannot drift apart.
import type { CompiledContract, CompiledOperation } from './contract.ts'
import type { ParameterObject, SchemaObject } from '../../contracts/openapi.ts'

export interface ValidationIssue {
  type: string
  loc: (string | number)[]
  msg: string
  input: unknown
  ctx?: Record<string, unknown>
}

export interface ValidRequest {
  path: Record<string, unknown>
  query: Record<string, unknown>
  body: unknown
}

export interface RawRequest {
  url: URL
  pathParams: Record<string, string | readonly string[] | undefined>
  headers: { get(name: string): string | null }
  bodyText: string | undefined
}

/** Query strings are lax (strings coerced, like pydantic's lax mode); JSON bodies keep their JSON types. */
type Mode = 'query' | 'json'

export function validateRequest(
  contract: CompiledContract,
  op: CompiledOperation,
  raw: RawRequest,
): { values: ValidRequest; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = []
  const values: ValidRequest = { path: {}, query: {}, body: undefined }
  const check = (schema: SchemaObject, value: unknown, loc: (string | number)[], mode: Mode) =>
    checkValue(contract, schema, value, loc, mode, issues)

  for (const { param, location, schema, itemSchema, loc } of parameterPlan(contract, op)) {
    const rawValues = readParameter(param, raw)
    let value: unknown
    if (rawValues === undefined) {
      if (param.required) {
        issues.push({ type: 'missing', loc: [...loc], msg: 'Field required', input: null })
        continue
      }
      value = schema.default
    } else if (itemSchema) {
      // form style, explode false: "a,b"; repeated keys are accepted too.
      const items = param.explode === true ? rawValues : rawValues.flatMap((v) => v.split(','))
      value = items.filter((v) => v !== '').map((item, i) => check(itemSchema, item, [...loc, i], 'query'))
    } else {
      value = check(schema, rawValues[rawValues.length - 1], [...loc], 'query')
    }
    if (value !== undefined && location !== 'header') values[location][param.name] = value
  }

  if (op.bodySchema) {
    const body = isJsonContentType(raw.headers.get('content-type')) ? parseJsonBody(raw.bodyText, issues) : raw.bodyText || undefined
    if (body === undefined) {
      if (op.bodyRequired && !issues.some((i) => i.loc[0] === 'body')) {
        issues.push({ type: 'missing', loc: ['body'], msg: 'Field required', input: null })
      }
    } else {
      values.body = check(contract.resolveSchema(op.bodySchema), body, ['body'], 'json')
    }
  }
  return { values, issues }
}

/** Distinct query strings remembered per operation (the table is emptied when full). */
const QUERY_MEMO_SIZE = 64

/**
 * validateRequest bound to one operation. For an operation whose only inputs are query parameters (no path
 * or header parameter, no body) the outcome is a function of the query string alone, so a query string
 * validated before gives the same values again, frozen (a dashboard or a load test repeats its queries).
 * Invalid queries are validated afresh each time.
 */
export function operationValidator(
  contract: CompiledContract,
  op: CompiledOperation,
): (raw: RawRequest) => { values: ValidRequest; issues: ValidationIssue[] } {
  const validate = (raw: RawRequest) => validateRequest(contract, op, raw)
  if (op.bodySchema || op.parameters.some((p) => p.in !== 'query')) return validate
  const valid = new Map<string, ValidRequest>()
  const noIssues: ValidationIssue[] = []
  return (raw) => {
    const known = valid.get(raw.url.search)
    if (known) return { values: known, issues: noIssues }
    const outcome = validate(raw)
    if (outcome.issues.length === 0) {
      if (valid.size >= QUERY_MEMO_SIZE) valid.clear()
      for (const value of Object.values(outcome.values.query)) if (Array.isArray(value)) Object.freeze(value)
      Object.freeze(outcome.values.query)
      valid.set(raw.url.search, Object.freeze(outcome.values))
    }
    return outcome
  }
}

/** An operation's parameters with their schemas resolved, path then query then header: worked out once per operation. */
interface ParameterPlan {
  param: ParameterObject
  location: 'path' | 'query' | 'header'
  schema: SchemaObject
  /** The resolved item schema of an array parameter. */
  itemSchema: SchemaObject | undefined
  loc: readonly string[]
}

const plans = new WeakMap<CompiledOperation, ParameterPlan[]>()

function parameterPlan(contract: CompiledContract, op: CompiledOperation): ParameterPlan[] {
  let plan = plans.get(op)
  if (plan) return plan
  plan = (['path', 'query', 'header'] as const).flatMap((location) =>
    op.parameters
      .filter((p) => p.in === location)
      .map((param) => {
        const schema = contract.resolveSchema(param.schema ?? {})
        const itemSchema = schema.type === 'array' ? contract.resolveSchema(schema.items ?? {}) : undefined
        return { param, location, schema, itemSchema, loc: [location, param.name] }
      }),
  )
  plans.set(op, plan)
  return plan
}

function readParameter(param: ParameterObject, raw: RawRequest): string[] | undefined {
  if (param.in === 'query') {
    const all = raw.url.searchParams.getAll(param.name)
    return all.length === 0 ? undefined : all
  }
  if (param.in === 'path') {
    const v = raw.pathParams[param.name]
    if (v === undefined) return undefined
    return typeof v === 'string' ? [decodePathSegment(v)] : [...v]
  }
  if (param.in === 'header') {
    const v = raw.headers.get(param.name)
    return v === null ? undefined : [v]
  }
  return undefined
}

/** Like Python's unquote (Starlette's path decoding): a malformed escape such as `%zz` stays as it is. */
function decodePathSegment(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

/** Kit's choice: the nesting limit of pydantic-core's JSON parser, which answers `recursion limit exceeded`. */
const MAX_JSON_DEPTH = 200

/** Whether arrays and objects nest deeper than `limit` (strings skipped): checked before JSON.parse. */
function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c)
        i++ // backslash: skip the escaped character
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true
    } else if (c === 0x5d || c === 0x7d) depth--
  }
  return false
}

/**
 * FastAPI parses a body as JSON when the Content-Type is missing or application/json or application/*+json;
 * any other type leaves the raw text, which then fails the body's schema (a 422, not a 415).
 */
function isJsonContentType(header: string | null): boolean {
  if (header === null) return true
  const type = header.split(';')[0]!.trim().toLowerCase()
  return type === 'application/json' || (type.startsWith('application/') && type.endsWith('+json'))
}

function parseJsonBody(text: string | undefined, issues: ValidationIssue[]): unknown {
  if (text === undefined || text.trim() === '') return undefined
  if (nestsDeeperThan(text, MAX_JSON_DEPTH)) {
    const error = 'recursion limit exceeded'
    issues.push({ type: 'json_invalid', loc: ['body', 0], msg: 'JSON decode error', input: {}, ctx: { error } })
    return undefined
  }
  try {
    return JSON.parse(text) as unknown
  } catch (error) {
    // Python's json module names the offending character; V8 says so too, except at the end of input.
    const position = /position (\d+)/.exec(String(error))?.[1] ?? (/end of JSON/i.test(String(error)) ? text.length : 0)
    issues.push({
      type: 'json_invalid',
      loc: ['body', Number(position)],
      msg: 'JSON decode error',
      input: {},
      ctx: { error: 'Expecting value' },
    })
    return undefined
  }
}

function checkValue(
  contract: CompiledContract,
  rawSchema: SchemaObject,
  value: unknown,
  loc: (string | number)[],
  mode: Mode,
  issues: ValidationIssue[],
): unknown {
  const schema = contract.resolveSchema(rawSchema)
  const fail = (type: string, msg: string, ctx?: Record<string, unknown>) => {
    issues.push(ctx ? { type, loc, msg, input: value, ctx } : { type, loc, msg, input: value })
    return undefined
  }
  if (value === null && schema.nullable) return null

  const alternatives = schema.oneOf ?? schema.anyOf
  if (alternatives) {
    let lastIssues: ValidationIssue[] = []
    for (const alternative of alternatives) {
      const attempt: ValidationIssue[] = []
      const result = checkValue(contract, alternative, value, loc, mode, attempt)
      if (attempt.length === 0) return result
      lastIssues = attempt
    }
    issues.push(...lastIssues)
    return undefined
  }
  if (schema.allOf && schema.allOf.length === 1 && schema.allOf[0]) {
    return checkValue(contract, schema.allOf[0], value, loc, mode, issues)
  }
  // Strings check their enum after the length and format checks; every other type checks it here.
  if (schema.enum && schema.type !== 'string' && schema.type !== undefined) {
    const before = issues.length
    const result = checkValue(contract, { ...schema, enum: undefined }, value, loc, mode, issues)
    if (issues.length > before || schema.enum.includes(result)) return result
    const expected = listExpected(schema.enum.map((e) => (typeof e === 'string' ? `'${e}'` : JSON.stringify(e))))
    return fail('enum', `Input should be ${expected}`, { expected })
  }

  switch (schema.type) {
    case 'integer':
    case 'number': {
      const n = toNumber(value, schema.type, mode)
      if (typeof n === 'string') {
        const [type, msg] = n.split('|') as [string, string]
        return fail(type, msg)
      }
      if (schema.minimum !== undefined) {
        if (schema.exclusiveMinimum ? n <= schema.minimum : n < schema.minimum) {
          return schema.exclusiveMinimum
            ? fail('greater_than', `Input should be greater than ${schema.minimum}`, { gt: schema.minimum })
            : fail('greater_than_equal', `Input should be greater than or equal to ${schema.minimum}`, { ge: schema.minimum })
        }
      }
      if (schema.maximum !== undefined) {
        if (schema.exclusiveMaximum ? n >= schema.maximum : n > schema.maximum) {
          return schema.exclusiveMaximum
            ? fail('less_than', `Input should be less than ${schema.maximum}`, { lt: schema.maximum })
            : fail('less_than_equal', `Input should be less than or equal to ${schema.maximum}`, { le: schema.maximum })
        }
      }
      return n
    }
    case 'boolean': {
      if (typeof value === 'boolean') return value
      if (typeof value === 'number' && (value === 0 || value === 1)) return value === 1
      if (typeof value === 'string') {
        const lowered = value.trim().toLowerCase()
        if (TRUE_STRINGS.has(lowered)) return true
        if (FALSE_STRINGS.has(lowered)) return false
        return fail('bool_parsing', 'Input should be a valid boolean, unable to interpret input')
      }
      return fail('bool_type', 'Input should be a valid boolean')
    }
    case 'array': {
      if (!Array.isArray(value)) return fail('list_type', 'Input should be a valid list')
      if (schema.minItems !== undefined && value.length < schema.minItems) {
        return fail('too_short', `List should have at least ${plural(schema.minItems, 'item')} after validation, not ${value.length}`, {
          field_type: 'List',
          min_length: schema.minItems,
          actual_length: value.length,
        })
      }
      const items = schema.items ?? {}
      return value.map((item, i) => checkValue(contract, items, item, [...loc, i], mode, issues))
    }
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        return fail('model_attributes_type', 'Input should be a valid dictionary or object to extract fields from')
      }
      const record = value as Record<string, unknown>
      const out: Record<string, unknown> = {}
      for (const [name, propSchema] of Object.entries(schema.properties ?? {})) {
        if (!(name in record)) {
          if (schema.required?.includes(name)) {
            issues.push({ type: 'missing', loc: [...loc, name], msg: 'Field required', input: value })
          } else {
            const def = contract.resolveSchema(propSchema).default
            if (def !== undefined) out[name] = def
          }
          continue
        }
        out[name] = checkValue(contract, propSchema, record[name], [...loc, name], mode, issues)
      }
      // Unknown keys are kept (pydantic ignores them; a free-form object keeps them).
      for (const [name, v] of Object.entries(record)) if (!(name in out) && !schema.properties?.[name]) out[name] = v
      return out
    }
    default: {
      if (schema.type === undefined && schema.enum === undefined && schema.format === undefined) return value
      if (typeof value !== 'string') return fail('string_type', 'Input should be a valid string')
      return checkString(schema, value, fail)
    }
  }
}

const TRUE_STRINGS = new Set(['1', 'on', 't', 'true', 'y', 'yes'])
const FALSE_STRINGS = new Set(['0', 'off', 'f', 'false', 'n', 'no'])

/** A number, or "type|message" of the pydantic error. */
function toNumber(value: unknown, type: 'integer' | 'number', mode: Mode): number | string {
  const intParsing = 'int_parsing|Input should be a valid integer, unable to parse string as an integer'
  if (typeof value === 'string') {
    const trimmed = value.trim()
    if (type === 'integer') {
      return /^[+-]?\d+$/.test(trimmed) ? Number(trimmed) : intParsing
    }
    const n = Number(trimmed)
    return trimmed !== '' && Number.isFinite(n) ? n : 'float_parsing|Input should be a valid number, unable to parse string as a number'
  }
  if (typeof value === 'number' && mode === 'json') {
    if (type === 'integer' && !Number.isInteger(value)) {
      return 'int_from_float|Input should be a valid integer, got a number with a fractional part'
    }
    return value
  }
  return type === 'integer' ? 'int_type|Input should be a valid integer' : 'float_type|Input should be a valid number'
}

function checkString(
  schema: SchemaObject,
  value: string,
  fail: (type: string, msg: string, ctx?: Record<string, unknown>) => undefined,
): string | undefined {
  if (schema.enum) {
    if (!schema.enum.includes(value)) {
      const expected = listExpected(schema.enum.map((e) => `'${String(e)}'`))
      return fail('enum', `Input should be ${expected}`, { expected })
    }
    return value
  }
  if (schema.minLength !== undefined && value.length < schema.minLength) {
    return fail('string_too_short', `String should have at least ${plural(schema.minLength, 'character')}`, {
      min_length: schema.minLength,
    })
  }
  if (schema.maxLength !== undefined && value.length > schema.maxLength) {
    return fail('string_too_long', `String should have at most ${plural(schema.maxLength, 'character')}`, {
      max_length: schema.maxLength,
    })
  }
  if (schema.pattern !== undefined && !new RegExp(schema.pattern).test(value)) {
    return fail('string_pattern_mismatch', `String should match pattern '${schema.pattern}'`, { pattern: schema.pattern })
  }
  if (schema.format === 'date') {
    const error = dateError(value)
    if (error) return fail('date_from_datetime_parsing', `Input should be a valid date or datetime, ${error}`, { error })
  }
  if (schema.format === 'date-time') {
    const error = dateTimeError(value)
    if (error) return fail('datetime_from_date_parsing', `Input should be a valid datetime or date, ${error}`, { error })
  }
  if (schema.format === 'uuid') {
    const error = uuidError(value)
    if (error) return fail('uuid_parsing', `Input should be a valid UUID, ${error}`, { error })
  }
  return value
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

function listExpected(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`
}

/** The error text speedate (pydantic's date parser) gives for a bad date, or undefined when valid. */
function dateError(value: string): string | undefined {
  if (value.length < 10) return 'input is too short'
  if (!/^\d{4}/.test(value)) return 'invalid character in year'
  if (value[4] !== '-' || value[7] !== '-') return 'invalid date separator, expected `-`'
  if (!/^\d{2}$/.test(value.slice(5, 7))) return 'invalid character in month'
  if (!/^\d{2}$/.test(value.slice(8, 10))) return 'invalid character in day'
  const year = Number(value.slice(0, 4))
  const month = Number(value.slice(5, 7))
  const day = Number(value.slice(8, 10))
  if (month < 1 || month > 12) return 'month value is outside expected range of 1-12'
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate()
  if (day < 1 || day > daysInMonth) return 'day value is outside expected range'
  if (value.length > 10) return 'unexpected extra characters at the end of the input'
  return undefined
}

// RFC 3339 allows a lowercase `t` and `z`; speedate accepts them too.
const TIME_RE = /^[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|z|[+-](\d{2}):?(\d{2}))?$/

function dateTimeError(value: string): string | undefined {
  const dateProblem = dateError(value.slice(0, 10))
  if (dateProblem) return dateProblem
  if (value.length === 10) return undefined
  const time = TIME_RE.exec(value.slice(10))
  if (!time) return 'invalid character in hour'
  if (Number(time[1]) > 23) return 'hour value is outside expected range of 0-23'
  if (Number(time[2]) > 59) return 'minute value is outside expected range of 0-59'
  if (time[3] !== undefined && Number(time[3]) > 59) return 'second value is outside expected range of 0-59'
  // speedate refuses offsets of a day or more; a minute part over 59 is no offset either.
  if (time[5] !== undefined && (Number(time[5]) > 23 || Number(time[6]) > 59)) return 'timezone offset must be less than 24 hours'
  return undefined
}

function uuidError(value: string): string | undefined {
  const body = value.replace(/^urn:uuid:/i, '')
  const bad = /[^0-9a-fA-F-]/.exec(body)
  if (bad) {
    return `invalid character: expected an optional prefix of \`urn:uuid:\` followed by [0-9a-fA-F-], found \`${bad[0]}\` at ${bad.index + 1}`
  }
  const groups = body.split('-')
  if (groups.length === 1) {
    return body.length === 32 ? undefined : `invalid length: expected length 32 for simple format, found ${body.length}`
  }
  if (groups.length !== 5) return `invalid group count: expected 5, found ${groups.length}`
  const expected = [8, 4, 4, 4, 12]
  for (let i = 0; i < 5; i++) {
    if (groups[i]!.length !== expected[i]) {
      return `invalid group length in group ${i}: expected ${expected[i]}, found ${groups[i]!.length}`
    }
  }
  return undefined
}
