// Edits of a Dredd transaction's request: headers, query and path parameters, JSON body, and the value
// that breaks a parameter's constraint (derived from the contract, for the 400/422 checks).
import type { DreddTransaction } from './dredd-types.ts'
import { isObject, type JsonObject } from '../json-schema.ts'
import type { OperationModel, ParameterModel } from './contract-model.ts'

// Only used to parse and print relative URIs.
const BASE = 'http://verify.invalid'

export function requestUrl(t: DreddTransaction): URL {
  return new URL(t.request.uri, BASE)
}

/** Dredd requests `fullPath` (the server URL's own path + `uri`), so both move together. */
function setRequestUrl(t: DreddTransaction, url: URL): void {
  const uri = `${url.pathname}${url.search}`
  const prefix = t.fullPath.endsWith(t.request.uri) ? t.fullPath.slice(0, t.fullPath.length - t.request.uri.length) : ''
  t.request.uri = uri
  t.fullPath = `${prefix}${uri}`
}

export function setHeader(t: DreddTransaction, name: string, value: string | undefined): void {
  for (const key of Object.keys(t.request.headers)) {
    if (key.toLowerCase() === name.toLowerCase()) delete t.request.headers[key]
  }
  if (value !== undefined) t.request.headers[name] = value
}

export function getHeader(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === name.toLowerCase()) return Array.isArray(value) ? value.join(', ') : value
  }
  return undefined
}

export function setQuery(t: DreddTransaction, name: string, value: string | undefined): void {
  const url = requestUrl(t)
  if (value === undefined) url.searchParams.delete(name)
  else url.searchParams.set(name, value)
  setRequestUrl(t, url)
}

/** `name=x,y` -> `name=x&name=y`: an array query parameter sent with repeated keys. */
export function repeatQueryKey(t: DreddTransaction, name: string): void {
  const url = requestUrl(t)
  const values = url.searchParams.getAll(name).flatMap((value) => value.split(','))
  url.searchParams.delete(name)
  for (const value of values) url.searchParams.append(name, value)
  setRequestUrl(t, url)
}

/** Replaces a `{name}` segment of the path, matched against the operation's template. */
export function setPathParam(t: DreddTransaction, template: string, name: string, value: string): void {
  const url = requestUrl(t)
  const segments = url.pathname.split('/')
  const templateSegments = template.split('/')
  // The server URL may add a base path in front: align from the end.
  const offset = segments.length - templateSegments.length
  const index = templateSegments.indexOf(`{${name}}`)
  if (index < 0 || offset < 0) throw new Error(`path parameter ${name} not in ${template}`)
  segments[offset + index] = encodeURIComponent(value)
  url.pathname = segments.join('/')
  setRequestUrl(t, url)
}

export function getJsonBody(t: DreddTransaction): unknown {
  try {
    return JSON.parse(t.request.body)
  } catch {
    return undefined
  }
}

function setJsonBody(t: DreddTransaction, body: unknown): void {
  t.request.body = JSON.stringify(body)
}

// ---------------------------------------------------------------------------------------------
// Breaking a request so that a correct server must reject it (400 / 422).

export interface BrokenRequest {
  /** What was changed, for the report: `without required query parameter start_date`. */
  description: string
  /** Why the broken constraint is the kit's choice, when it is. */
  kitChoice?: string
}

function schemaType(schema: JsonObject): string | undefined {
  return typeof schema.type === 'string' ? schema.type : undefined
}

/** Candidate values that break one query parameter, most certain first. */
function breakingValue(p: ParameterModel): { value: string; why: string } | undefined {
  const s = p.schema
  const type = schemaType(s)
  if ((type === 'integer' || type === 'number') && typeof s.minimum === 'number') {
    const value = s.exclusiveMinimum === true ? s.minimum : s.minimum - 1
    return { value: String(value), why: `below its minimum ${s.minimum}` }
  }
  if ((type === 'integer' || type === 'number') && typeof s.maximum === 'number') {
    const value = s.exclusiveMaximum === true ? s.maximum : s.maximum + 1
    return { value: String(value), why: `above its maximum ${s.maximum}` }
  }
  if (Array.isArray(s.enum) && s.enum.length > 0) return { value: 'not-a-listed-value', why: 'not one of its enum values' }
  if (type === 'string' && s.format === 'date') return { value: 'not-a-date', why: 'not a date' }
  if (type === 'string' && s.format === 'date-time') return { value: 'not-a-date-time', why: 'not a date-time' }
  if (type === 'string' && s.format === 'uuid') return { value: 'not-a-uuid', why: 'not a UUID' }
  if (type === 'integer' || type === 'number')
    return { value: 'not-a-number', why: `not ${type === 'integer' ? 'an integer' : 'a number'}` }
  if (type === 'boolean') return { value: 'not-a-boolean', why: 'not a boolean' }
  if (type === 'string' && typeof s.minLength === 'number' && s.minLength > 0) {
    return { value: 'x'.repeat(s.minLength - 1), why: `shorter than ${s.minLength} characters` }
  }
  if (type === 'string' && typeof s.pattern === 'string' && !new RegExp(s.pattern).test('!')) {
    return { value: '!', why: `not matching ${s.pattern}` }
  }
  return undefined
}

/** Rank of a breaking strategy: lower is more certain to be rejected by any correct server. */
function rank(why: string): number {
  const order = [
    'below',
    'above',
    'not one of',
    'not a date',
    'not a date-time',
    'not a UUID',
    'not an integer',
    'not a number',
    'not a boolean',
    'shorter',
    'not matching',
  ]
  const index = order.findIndex((prefix) => why.startsWith(prefix))
  return index < 0 ? order.length : index
}

/**
 * Changes the request so that it breaks one constraint of the contract: a required query parameter
 * removed, else a query value out of its bounds / enum / format, else a required body field removed,
 * else a path parameter in a bad format. Constraints the vendors document come before the kit's choices
 * (x-kit-choice), and a request that relies on a kit choice says so in `kitChoice`. Undefined when the
 * contract leaves nothing to break.
 */
export function breakRequest(op: OperationModel, t: DreddTransaction): BrokenRequest | undefined {
  const present = requestUrl(t).searchParams
  const query = op.parameters.filter((p) => p.in === 'query')
  const withChoice = (broken: BrokenRequest, p?: ParameterModel): BrokenRequest =>
    p?.kitChoice ? { ...broken, kitChoice: p.kitChoice } : broken

  for (const kitChoice of [false, true]) {
    const mine = (p: ParameterModel) => Boolean(p.kitChoice) === kitChoice
    const required = query.find((p) => mine(p) && p.required && present.has(p.name))
    if (required) {
      setQuery(t, required.name, undefined)
      return withChoice({ description: `without the required query parameter ${required.name}` }, required)
    }

    const candidates = query
      .filter(mine)
      .map((p) => ({ p, broken: breakingValue(p) }))
      .filter((c): c is { p: ParameterModel; broken: { value: string; why: string } } => c.broken !== undefined)
      .sort((a, b) => rank(a.broken.why) - rank(b.broken.why))
    const best = candidates[0]
    if (best) {
      setQuery(t, best.p.name, best.broken.value)
      return withChoice({ description: `with ${best.p.name}=${best.broken.value} (${best.broken.why})` }, best.p)
    }

    if (kitChoice) break
    const body = getJsonBody(t)
    const bodySchema = op.requestBody?.content.get('application/json')?.schema
    const requiredFields =
      isObject(bodySchema) && Array.isArray(bodySchema.required)
        ? bodySchema.required.filter((v): v is string => typeof v === 'string')
        : []
    const field = requiredFields.find((name) => isObject(body) && name in body)
    if (field && isObject(body)) {
      const rest = { ...body }
      delete rest[field]
      setJsonBody(t, rest)
      return { description: `without the required body field ${field}` }
    }
  }

  const pathParam = op.parameters.find((p) => p.in === 'path' && breakingValue(p) !== undefined && p.schema.format === 'uuid')
  if (pathParam) {
    setPathParam(t, op.path, pathParam.name, 'not-a-uuid')
    return withChoice({ description: `with path parameter ${pathParam.name}=not-a-uuid` }, pathParam)
  }
  return undefined
}
