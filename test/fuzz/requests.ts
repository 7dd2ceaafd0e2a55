// Bad requests derived from the contracts: for every operation a valid request is built from the compiled
// contract (parameter examples, enums, formats, the request body example) and the mock's credentials, then
// one thing at a time is broken: a parameter's type, bound or format, unicode and huge values, repeated
// and prototype-named keys, a missing parameter, the path, the auth header, Prefer, the Content-Type,
// the JSON body (bad, deep, big, every property), and the method. A seeded generator: the same count gives
// the same requests.
import type { CompiledContract, CompiledOperation } from '../../mocks/core/contract.ts'
import type { ParameterObject } from '../../contracts/openapi.ts'

export type Api = 'aurion' | 'chatlayer' | 'nebuly'

export interface FuzzTarget {
  api: Api
  contract: CompiledContract
  op: CompiledOperation
  /** Values of the path parameters that name real things of the caller (bot, team, export...). */
  pathValues: Record<string, string>
  /** Headers of a caller allowed to run the operation. */
  auth: Record<string, string>
}

export interface FuzzRequest {
  target: FuzzTarget
  kind: string
  method: string
  path: string
  headers: Record<string, string>
  body?: string
}

/** A small seeded generator (mulberry32): the fuzz run is the same every time. */
function seededRandom(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return { next, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]! }
}
type Random = ReturnType<typeof seededRandom>

const BY_NAME: Record<string, string> = {
  start_date: '2026-03-01',
  end_date: '2026-03-08',
  start_time: '2026-02-02T00:00:00Z',
  end_time: '2026-03-02T00:00:00Z',
}

/** A valid value for a parameter, from the contract. */
function validValue(target: FuzzTarget, param: ParameterObject): string | undefined {
  if (param.in === 'path') return target.pathValues[param.name]
  const schema = target.contract.resolveSchema(param.schema ?? {})
  const chosen = BY_NAME[param.name] ?? param.example ?? schema.example ?? schema.enum?.[0] ?? schema.default
  if (chosen !== undefined && chosen !== null) return String(chosen)
  if (!param.required) return undefined
  if (schema.format === 'date') return '2026-03-01'
  if (schema.format === 'date-time') return '2026-03-01T00:00:00Z'
  if (schema.type === 'integer' || schema.type === 'number') return String(schema.minimum ?? 1)
  if (schema.type === 'boolean') return 'true'
  return 'x'
}

const EVERYWHERE = [
  '',
  ' ',
  'abc',
  '-1',
  '0',
  '1.5',
  '1e400',
  '-1e400',
  '99999999999999999999999',
  'NaN',
  'Infinity',
  'null',
  'true',
  '[]',
  '{}',
  '\u0000',
  '💥🔥',
  'é',
  '\u202eevil',
  '\ufeff',
  'x'.repeat(4000),
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  "' OR 1=1 --",
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '%',
  '%zz',
  '%00',
]
const DATES = ['2026-13-01', '2026-02-30', '0000-01-01', '0001-01-01', '0099-12-31', '9999-12-31', '1969-12-31', '2026-3-1', '20260301']
const DATE_TIMES = [
  '2026-03-01T00:00:00+25:00',
  '2026-03-01T00:00:00-24:00',
  '2026-03-01T00:00:00+23:60',
  '2026-03-01T24:00:00Z',
  '2026-03-01t00:00:00z',
  '2026-03-01 00:00:00',
  '2026-03-01T00:00:00.1234567890Z',
  '0001-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '+275760-09-13T00:00:00Z',
  '2026-03-01T00:00',
]

/** Bad values for a parameter: the generic list plus what its schema makes interesting. */
function badValues(target: FuzzTarget, param: ParameterObject): string[] {
  const schema = target.contract.resolveSchema(param.schema ?? {})
  const values = [...EVERYWHERE]
  if (schema.minimum !== undefined) values.push(String(schema.minimum - 1), String(schema.minimum))
  if (schema.maximum !== undefined) values.push(String(schema.maximum + 1), String(schema.maximum))
  if (schema.enum) values.push(...schema.enum.map((e) => `${String(e)}x`), ...schema.enum.map((e) => String(e).toUpperCase()))
  if (schema.format === 'date' || param.name.endsWith('_date')) values.push(...DATES)
  if (schema.format === 'date-time' || param.name.endsWith('_time')) values.push(...DATE_TIMES)
  if (schema.format === 'uuid') values.push('00000000-0000-0000-0000-000000000000', 'not-a-uuid', '{00000000-0000-0000-0000-000000000000}')
  return values
}

/** Like encodeURIComponent, but a malformed escape or a lone surrogate goes out as it is. */
function encode(value: string): string {
  if (/%(?![0-9A-Fa-f]{2})/.test(value) || value === '%00') return value
  return encodeURIComponent(value)
}

function buildPath(target: FuzzTarget, pathValues: Record<string, string>, query: [string, string][]): string {
  const path = target.op.path.replace(/\{([^}]+)\}/g, (_, name: string) => encode(pathValues[name] ?? ''))
  const search = query.map(([k, v]) => `${encode(k)}=${encode(v)}`).join('&')
  return search ? `${path}?${search}` : path
}

/** The valid request of an operation; the base every mutation starts from. */
export function validRequest(target: FuzzTarget): FuzzRequest {
  const query: [string, string][] = []
  for (const param of target.op.parameters.filter((p) => p.in === 'query')) {
    const value = validValue(target, param)
    if (value !== undefined) query.push([param.name, value])
  }
  const body = target.op.bodySchema ? JSON.stringify(bodyExample(target)) : undefined
  const headers: Record<string, string> = { ...target.auth }
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  return { target, kind: 'valid', method: target.op.method.toUpperCase(), path: buildPath(target, target.pathValues, query), headers, body }
}

function bodyExample(target: FuzzTarget): Record<string, unknown> {
  const media = target.contract.document.paths[target.op.path]?.[target.op.method]?.requestBody
  const content = media && 'content' in media ? media.content['application/json'] : undefined
  const example = content?.example ?? Object.values(content?.examples ?? {})[0]?.value
  return structuredClone(example ?? {}) as Record<string, unknown>
}

const JSON_VALUES: unknown[] = [
  null,
  1,
  -1,
  0,
  1.5,
  -0.5,
  2 ** 53 + 1,
  'x',
  '',
  [],
  {},
  true,
  false,
  'x'.repeat(100_000),
  ['x'],
  [null],
  { kind: 'x' },
]
const BAD_JSON = [
  '{',
  '[',
  'nul',
  '{"a":}',
  '\u0000',
  '"',
  '{"time_range": {"start": "2026-',
  '1',
  'null',
  'true',
  '[]',
  '""',
  "{'a': 1}",
  '{"a":1,}',
  '\ufeff{}',
]
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'TRACE', 'PROPFIND', 'PURGE']
const AUTH: Record<string, string>[] = [
  {},
  { Authorization: 'Bearer' },
  { Authorization: 'Bearer ' },
  { Authorization: 'Bearer x' },
  { Authorization: `Bearer ${'a'.repeat(8000)}` },
  { Authorization: 'Basic' },
  { Authorization: 'Basic !!!' },
  { Authorization: `Basic ${btoa(':')}` },
  { Authorization: `Basic ${btoa(`${'a'.repeat(3000)}:b`)}` },
  { Authorization: 'Digest username="x"' },
  { Authorization: 'Bearer __proto__' },
  { Authorization: `Basic ${btoa('__proto__:constructor')}` },
  { 'X-API-Key': '' },
  { 'X-API-Key': 'itsm_sk_live_nope' },
  { 'X-API-Key': 'x'.repeat(8000) },
]
const PREFER = [
  'code=abc',
  'code=99',
  'code=404',
  'code=429',
  'code=200',
  'code=4000',
  'code=',
  '=',
  'example=__proto__',
  'code=401, code=403',
]
const CONTENT_TYPES = [
  'text/plain',
  'garbage',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json; charset=utf-16',
  '',
]

/** Every property path of a JSON value, e.g. ['time_range', 'start'], ['filters', 0, 'kind']. */
function propertyPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (typeof value !== 'object' || value === null) return []
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value)
  return entries.flatMap(([key, child]) => [[...prefix, key], ...propertyPaths(child, [...prefix, key])])
}

function setAt(root: Record<string, unknown>, path: (string | number)[], value: unknown, remove = false): void {
  let node = root as Record<string | number, unknown>
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>
  const last = path[path.length - 1]!
  if (remove) delete node[last]
  else node[last] = value
}

type Mutation = (base: FuzzRequest, random: Random) => FuzzRequest

function queryOf(base: FuzzRequest): [string, string][] {
  return [...new URLSearchParams(base.path.split('?')[1] ?? '')]
}

function withQuery(base: FuzzRequest, kind: string, query: [string, string][], pathValues = base.target.pathValues): FuzzRequest {
  return { ...base, kind, path: buildPath(base.target, pathValues, query) }
}

const MUTATIONS: Record<string, Mutation> = {
  'bad query value': (base, random) => {
    const params = base.target.op.parameters.filter((p) => p.in === 'query')
    if (params.length === 0) return withQuery(base, 'bad query value', [['q', random.pick(EVERYWHERE)]])
    const param = random.pick(params)
    const query = queryOf(base).filter(([k]) => k !== param.name)
    return withQuery(base, `bad ${param.name}`, [...query, [param.name, random.pick(badValues(base.target, param))]])
  },
  'missing parameter': (base, random) => {
    const query = queryOf(base)
    if (query.length === 0) return { ...base, kind: 'missing parameter' }
    const drop = random.pick(query)[0]
    return withQuery(
      base,
      `missing ${drop}`,
      query.filter(([k]) => k !== drop),
    )
  },
  'repeated parameter': (base, random) => {
    const query = queryOf(base)
    const [name, value] = query.length > 0 ? random.pick(query) : ['x', '1']
    return withQuery(base, `repeated ${name}`, [...query, [name, random.pick([value, ...EVERYWHERE.slice(0, 8)])], [name, value]])
  },
  'prototype-named keys': (base, random) => {
    const keys = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '__proto__[x]', 'constructor.prototype.x']
    return withQuery(base, 'prototype-named keys', [
      ...queryOf(base),
      [random.pick(keys), random.pick(EVERYWHERE.slice(0, 6))],
      [random.pick(keys), '1'],
    ])
  },
  'many unknown parameters': (base) =>
    withQuery(base, 'many unknown parameters', [
      ...queryOf(base),
      ...Array.from({ length: 200 }, (_, i) => [`p${i}`, String(i)] as [string, string]),
    ]),
  'bad path value': (base, random) => {
    const names = Object.keys(base.target.pathValues).filter((n) => base.target.op.path.includes(`{${n}}`))
    if (names.length === 0) return { ...base, kind: 'bad path value', path: `${base.path.split('?')[0]}/extra` }
    const name = random.pick(names)
    return withQuery(base, `bad path ${name}`, queryOf(base), {
      ...base.target.pathValues,
      [name]: random.pick(EVERYWHERE.filter((v) => v !== '')),
    })
  },
  'path shape': (base, random) => {
    const [path, search] = base.path.split('?') as [string, string | undefined]
    // No `/..`: URL parsing resolves it, and the answer is then rightly another operation's.
    const shapes = [`${path}/`, `/${path}`, path.toUpperCase(), `${path}%2F`, `${path};x=1`, `${path}%00`, path.replace('/api/', '/API/')]
    return { ...base, kind: 'path shape', path: `${random.pick(shapes)}${search ? `?${search}` : ''}` }
  },
  'bad auth': (base, random) => {
    const headers = Object.fromEntries(Object.entries(base.headers).filter(([k]) => k.toLowerCase() !== 'authorization'))
    return { ...base, kind: 'bad auth', headers: { ...headers, ...random.pick(AUTH) } }
  },
  prefer: (base, random) => ({ ...base, kind: 'prefer', headers: { ...base.headers, Prefer: random.pick(PREFER) } }),
  method: (base, random) => {
    const others = METHODS.filter((m) => m !== base.method)
    const method = random.pick(others)
    return { ...base, kind: `method ${method}`, method, body: method === 'GET' || method === 'HEAD' ? undefined : base.body }
  },
  'content type': (base, random) => {
    const type = random.pick(CONTENT_TYPES)
    const headers: Record<string, string> = { ...base.headers, 'Content-Type': type }
    if (type === '') delete headers['Content-Type']
    return { ...base, kind: 'content type', headers, body: base.body ?? '{}' }
  },
  'bad json': (base, random) => ({ ...base, kind: 'bad json', body: random.pick(BAD_JSON), headers: jsonHeaders(base) }),
  'deep json': (base, random) => {
    const depth = random.pick([150, 250, 1000, 100_000])
    const body = random.next() < 0.5 ? `${'['.repeat(depth)}${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`
    return { ...base, kind: `deep json ${depth}`, body, headers: jsonHeaders(base) }
  },
  'big body': (base, random) => {
    const size = random.pick([100_000, 1_000_000, 6_000_000])
    return {
      ...base,
      kind: `big body ${size}`,
      body: JSON.stringify({ ...parsed(base), pad: 'x'.repeat(size) }),
      headers: jsonHeaders(base),
    }
  },
  'body property': (base, random) => {
    const body = parsed(base)
    const paths = propertyPaths(body)
    if (paths.length === 0)
      return { ...base, kind: 'body property', body: JSON.stringify(random.pick(JSON_VALUES)), headers: jsonHeaders(base) }
    const path = random.pick(paths)
    const remove = random.next() < 0.2
    setAt(body, path, random.next() < 0.5 ? random.pick(JSON_VALUES) : random.pick([...EVERYWHERE, ...DATES, ...DATE_TIMES]), remove)
    return { ...base, kind: `body ${remove ? 'without' : 'bad'} ${path.join('.')}`, body: JSON.stringify(body), headers: jsonHeaders(base) }
  },
  'body prototype keys': (base, random) => {
    const text = JSON.stringify(parsed(base))
    const extra = random.pick([
      '"__proto__": {"polluted": 1}',
      '"constructor": {"prototype": {"polluted": 1}}',
      '"limit": 1e309',
      '"offset": -1e309',
      '"toString": 1',
      '"format": "csv", "format": "pdf"',
    ])
    return {
      ...base,
      kind: 'body prototype keys',
      body: text === '{}' ? `{${extra}}` : `{${extra},${text.slice(1)}`,
      headers: jsonHeaders(base),
    }
  },
}

function parsed(base: FuzzRequest): Record<string, unknown> {
  return base.body ? (JSON.parse(base.body) as Record<string, unknown>) : {}
}

function jsonHeaders(base: FuzzRequest): Record<string, string> {
  return { ...base.headers, 'Content-Type': 'application/json' }
}

/** `count` bad requests spread evenly over the targets, every kind of mutation for every operation. */
export function* fuzzRequests(targets: readonly FuzzTarget[], count: number, seed = 10): Generator<FuzzRequest> {
  const random = seededRandom(seed)
  const kinds = Object.keys(MUTATIONS)
  const bases = targets.map(validRequest)
  for (let i = 0; i < count; i++) {
    const base = bases[i % bases.length]!
    const round = Math.floor(i / bases.length)
    // Bodiless operations get the body mutations too: a GET with a JSON body must not hurt either.
    const kind = kinds[round % kinds.length]!
    yield MUTATIONS[kind]!(base, random)
  }
}
