// The Nebuly API over a real port: every response checked against contracts/nebuly.yaml, totals and
// grouped rows that add up to the records of server.mock.nebuly, each filter kind, pagination, project
// keys, FastAPI's 401 and pydantic's 422, and Prefer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { components } from '../../contracts/generated/nebuly.ts'
import type { AggregateRow, AggregatesResponse as Page } from '../../mocks/nebuly/reports/aggregates.ts'
import type { Interaction } from '../../generators/nebuly/model.ts'
import type { RunningServer } from '../../server/serve.ts'
import { bearer, call, startTestServer, type Reply } from '../support/http.ts'
import { responseValidator, type ResponseCheck } from '../support/response-validator.ts'

const OP = 'get_interaction_aggregates_api_external_get_interaction_aggregates_post'
const PATH = '/api/external/get-interaction-aggregates'
const TIME_RANGE = { start: '2026-01-15T00:00:00Z', end: '2026-03-01T00:00:00Z' }

type Issue = components['schemas']['ValidationError']
type Body = Record<string, unknown>

let server: RunningServer
let check: ResponseCheck
let keys: { project_id: string; key: string }[]
let key: string
let projectId: string

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0)
const base = (overrides: Body = {}): Body => ({ time_range: TIME_RANGE, filters: [], limit: 1000, offset: 0, ...overrides })

/** POST with the project's key (or the given headers); asserts the status and the contract. */
async function post(body: Body | string, status = 200, headers: Record<string, string> = bearer(key)): Promise<Reply> {
  const reply = await call(`${server.url}${PATH}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
  expect(reply.status, reply.text).toBe(status)
  expect(check(OP, reply)).toEqual([])
  return reply
}
const page = async (overrides: Body = {}) => (await post(base(overrides))).body as Page
const issues = async (body: Body | string) => ((await post(body, 422)).body as { detail: Issue[] }).detail

/** The project's interactions in TIME_RANGE, straight from the records. */
function inRange(project = projectId): Interaction[] {
  const [s, e] = [Date.parse(TIME_RANGE.start), Date.parse(TIME_RANGE.end)]
  return server.mock.nebuly.records.interactions.filter((i) => {
    const t = Date.parse(i.timestamp)
    return i.project_id === project && t >= s && t < e
  })
}

const COUNTS = [
  'n_interactions',
  'n_positive_implicit_user_feedback',
  'n_negative_implicit_user_feedback',
  'n_positive_explicit_user_feedback',
  'n_negative_explicit_user_feedback',
  'n_feedback',
] as const

beforeAll(async () => {
  server = await startTestServer({ seed: 42 })
  check = await responseValidator('nebuly')
  keys = server.mock.credentials().nebuly!.api_keys
  key = keys[0]!.key
  projectId = keys[0]!.project_id
})
afterAll(() => server.close())

describe('credentials and sizes', () => {
  it('lists a live and a disabled key per project and sizes the Nebuly world on its own (default 3000 interactions)', async () => {
    const body = (await call(`${server.url}/__mock/credentials`)).body as { nebuly: { api_keys: typeof keys } }
    const projects = server.mock.nebuly.records.projects
    expect(body.nebuly.api_keys.filter((k) => !('disabled' in k))).toEqual(projects.map((p) => ({ project_id: p.id, key: p.api_key })))
    const disabled = body.nebuly.api_keys.filter((k) => 'disabled' in k)
    expect(disabled.map((k) => k.project_id)).toEqual(projects.map((p) => p.id))
    const refused = await call(`${server.url}/api/external/get-interaction-aggregates`, {
      method: 'POST',
      headers: { ...bearer(disabled[0]!.key), 'Content-Type': 'application/json' },
      body: JSON.stringify({
        time_range: { start: '2026-03-01T00:00:00Z', end: '2026-03-02T00:00:00Z' },
        filters: [],
        limit: 10,
        offset: 0,
      }),
    })
    expect(refused.status).toBe(403)
    expect(refused.body).toEqual({ detail: 'The API key does not grant access to this project' })
    expect(check(OP, refused)).toEqual([])
    // The generator finishes the last user's conversations, so the world holds a few more than asked.
    expect(server.mock.options.nebulyInteractions).toBe(3000)
    expect(server.mock.nebuly.records.interactions.length).toBeGreaterThanOrEqual(3000)
    expect(server.mock.nebuly.records.interactions.length).toBeLessThan(3100)
    const operations = (await call(`${server.url}/__mock/operations`)).body as { api: string; operationId: string }[]
    expect(operations.filter((o) => o.api === 'nebuly').map((o) => o.operationId)).toEqual([OP])
  })
})

describe('totals', () => {
  it('without group_by, one row of totals computed from the project’s interactions in [start, end)', async () => {
    const result = await page()
    const all = inRange()
    expect(all.length).toBeGreaterThan(100)
    expect(result.total).toBe(1)
    const row = result.data[0]!
    expect(row.group_name).toBeNull()
    expect(row.additional_groups).toEqual([])
    expect(row.n_interactions).toBe(all.length)
    expect(row.n_users).toBe(new Set(all.map((i) => i.end_user)).size)
    expect(row.n_intents).toBe(new Set(all.map((i) => i.user_intent)).size)
    expect(row.n_negative_explicit_user_feedback).toBe(all.filter((i) => i.user_feedback === 'negative_explicit').length)
    expect(row.n_feedback).toBe(all.filter((i) => i.user_feedback !== null).length)
    expect(row.cost).toBeCloseTo(sum(all.map((i) => i.cost)), 5)
    expect(row.latency_seconds).toBeCloseTo(sum(all.map((i) => i.latency_seconds)) / all.length, 2)
    // Retention: users with interactions on more than one UTC day of the range, in % with one decimal.
    const days = new Map<string, Set<string>>()
    for (const i of all) days.set(i.end_user, (days.get(i.end_user) ?? new Set()).add(i.timestamp.slice(0, 10)))
    const retained = [...days.values()].filter((d) => d.size > 1).length
    expect(row.retention).toBe(Math.round((retained / days.size) * 1000) / 10)
  })

  it('excludes an interaction exactly at end and includes one exactly at start', async () => {
    const target = inRange()[40]!
    const count = async (start: string, end: string) =>
      ((await post(base({ time_range: { start, end }, variables: ['n_interactions'] }))).body as Page).data[0]!.n_interactions
    const dayBefore = new Date(Date.parse(target.timestamp) - 86_400_000).toISOString()
    const justAfter = new Date(Date.parse(target.timestamp) + 1).toISOString()
    expect((await count(dayBefore, justAfter))! - (await count(dayBefore, target.timestamp))!).toBe(1)
    expect(await count(target.timestamp, justAfter)).toBe(1)
  })

  it('returns only the requested variables', async () => {
    const row = (await page({ variables: ['n_users', 'cost'] })).data[0]!
    expect(Object.keys(row).sort()).toEqual(['additional_groups', 'cost', 'group_name', 'n_users'])
    const feedback = (await page({ variables: ['user_feedback'] })).data[0]!
    expect(Object.keys(feedback).sort()).toEqual(['additional_groups', 'group_name', ...COUNTS.slice(1)].sort())
  })

  it('lets a key see its own project only', async () => {
    const [first, second] = [keys[0]!, keys[1]!]
    const users = async (k: string) =>
      ((await post(base({ group_by: { kind: 'user' }, variables: ['n_interactions'] }), 200, bearer(k))).body as Page).data.map(
        (r) => r.group_name,
      )
    const [mine, theirs] = [await users(first.key), await users(second.key)]
    expect(mine.filter((u) => theirs.includes(u))).toEqual([])
    const otherTotals = ((await post(base(), 200, bearer(second.key))).body as Page).data[0]!
    expect(otherTotals.n_interactions).toBe(inRange(second.project_id).length)
  })
})

describe('grouped rows add up to the totals', () => {
  const SINGLE_VALUED = [
    { kind: 'user_intent' },
    { kind: 'negative_user_intent' },
    { kind: 'user_feedback' },
    { kind: 'data_source' },
    { kind: 'language' },
    { kind: 'pii' },
    { kind: 'tag', tag: 'plan' },
    { kind: 'type_of_problem' },
    { kind: 'topic' },
    { kind: 'user' },
    { kind: 'day' },
    { kind: 'cohort' },
    { kind: 'conversation_id' },
  ]

  it.each(SINGLE_VALUED)('group_by $kind', async (groupBy) => {
    const totals = (await page()).data[0]!
    const grouped = await page({ group_by: groupBy })
    expect(grouped.total).toBe(grouped.data.length)
    expect(grouped.total).toBeGreaterThan(1)
    for (const field of COUNTS) expect(sum(grouped.data.map((r) => r[field]!)), field).toBe(totals[field])
    expect(sum(grouped.data.map((r) => r.cost!))).toBeCloseTo(totals.cost!, 4)
    // Each group once, largest first.
    expect(new Set(grouped.data.map((r) => r.group_name)).size).toBe(grouped.data.length)
    const sizes = grouped.data.map((r) => r.n_interactions!)
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a))
  })

  it('group_by keyword counts an interaction once in each of its keywords', async () => {
    const grouped = await page({ group_by: { kind: 'keyword' }, variables: ['n_interactions'] })
    for (const row of grouped.data) {
      expect(row.n_interactions).toBe(inRange().filter((i) => i.keywords.includes(row.group_name!)).length)
    }
  })

  it('additional_group_bys split each row; the splits add up to the row', async () => {
    const main = await page({ group_by: { kind: 'user_intent' }, variables: ['n_interactions', 'user_feedback'] })
    const split = await page({
      group_by: { kind: 'user_intent' },
      additional_group_bys: [{ kind: 'day' }, { kind: 'tag', tag: 'region' }],
      variables: ['n_interactions', 'user_feedback'],
    })
    expect(split.total).toBeGreaterThan(main.total)
    for (const row of main.data) {
      const parts = split.data.filter((r) => r.group_name === row.group_name)
      for (const field of COUNTS) expect(sum(parts.map((r) => r[field]!))).toBe(row[field])
      for (const part of parts) {
        expect(part.additional_groups).toHaveLength(2)
        expect(part.additional_groups[0]).toMatch(/^\d{4}-\d{2}-\d{2}$/)
        expect(['eu', 'us']).toContain(part.additional_groups[1])
      }
    }
    // Without a main group_by, the splits add up to the totals.
    const byDay = await page({ additional_group_bys: [{ kind: 'day' }], variables: ['n_interactions'] })
    expect(byDay.data.every((r) => r.group_name === null)).toBe(true)
    expect(sum(byDay.data.map((r) => r.n_interactions!))).toBe(inRange().length)
  })
})

describe('filters', () => {
  const count = async (filter: Body) => (await page({ filters: [filter], variables: ['n_interactions'] })).data[0]!.n_interactions!

  it.each([
    ['user_intent', (i: Interaction) => i.user_intent, undefined],
    ['negative_user_intent', (i: Interaction) => i.negative_user_intent, undefined],
    ['keyword', (i: Interaction) => i.keywords[0] ?? null, undefined],
    ['user_feedback', (i: Interaction) => i.user_feedback, undefined],
    ['tag', (i: Interaction) => i.tags.plan ?? null, 'plan'],
    ['type_of_problem', (i: Interaction) => i.type_of_problem, undefined],
    ['topic', (i: Interaction) => i.topic, undefined],
    ['user', (i: Interaction) => i.end_user, undefined],
    ['data_source', (i: Interaction) => i.data_source, undefined],
    ['language', (i: Interaction) => i.language, undefined],
    ['pii', (i: Interaction) => String(i.pii), undefined],
  ] as const)('%s narrows to the matching interactions, and is_exclude keeps the rest', async (kind, field, tag) => {
    const all = inRange()
    const distinct = [...new Set(all.map(field).filter((v): v is string => v !== null))].sort()
    expect(distinct.length).toBeGreaterThan(1)
    // Two values (OR), but never all of them: the filter must leave something out.
    const values = distinct.slice(0, Math.min(2, distinct.length - 1))
    const matches = (i: Interaction) =>
      kind === 'keyword' ? i.keywords.some((k) => values.includes(k)) : values.includes(field(i) ?? '\u0000')
    const expected = all.filter(matches).length
    expect(expected).toBeGreaterThan(0)
    expect(expected).toBeLessThan(all.length)
    const filter = { kind, values, ...(tag ? { tag } : {}) }
    expect(await count(filter)).toBe(expected)
    expect(await count({ ...filter, is_exclude: true })).toBe(all.length - expected)
  })

  it('user_query matches a case-insensitive substring', async () => {
    const all = inRange()
    const needle = 'PASSWORD'
    const expected = all.filter((i) => i.user_query.toLowerCase().includes('password')).length
    expect(expected).toBeGreaterThan(0)
    expect(await count({ kind: 'user_query', values: [needle] })).toBe(expected)
    expect(await count({ kind: 'user_query', values: [needle], is_exclude: true })).toBe(all.length - expected)
  })

  it('ANDs filters together', async () => {
    const all = inRange()
    const language = all[0]!.language
    const expected = all.filter((i) => i.language === language && i.user_feedback === 'positive_implicit').length
    const result = await page({
      filters: [
        { kind: 'language', values: [language] },
        { kind: 'user_feedback', values: ['positive_implicit'] },
      ],
      variables: ['n_interactions'],
    })
    expect(result.data[0]!.n_interactions).toBe(expected)
  })
})

describe('pagination', () => {
  it('pages cover every row exactly once, in the order of the full list', async () => {
    const request = { group_by: { kind: 'user' }, variables: ['n_interactions'] }
    const full = await page({ ...request, limit: 10_000 })
    expect(full.total).toBeGreaterThan(30)
    const rows: AggregateRow[] = []
    for (let offset = 0; offset < full.total; offset += 7) {
      const part = await page({ ...request, limit: 7, offset })
      expect([part.total, part.offset, part.limit]).toEqual([full.total, offset, 7])
      rows.push(...part.data)
    }
    expect(rows).toEqual(full.data)
    expect(new Set(rows.map((r) => r.group_name)).size).toBe(full.total)
    const beyond = await page({ ...request, limit: 7, offset: full.total })
    expect([beyond.total, beyond.data]).toEqual([full.total, []])
  })
})

describe('authentication', () => {
  it('answers 401 {"detail"} with WWW-Authenticate: Bearer without a key or with an unknown one', async () => {
    for (const [headers, detail] of [
      [{}, 'Not authenticated'],
      [{ Authorization: 'Basic dXNlcjpwYXNz' }, 'Not authenticated'],
      [bearer('nb_nobody'), 'Invalid API key'],
    ] as const) {
      const reply = await post(base(), 401, headers)
      expect(reply.body).toEqual({ detail })
      expect(reply.headers.get('www-authenticate')).toBe('Bearer')
    }
  })
})

describe('422 validation errors', () => {
  it('reports a missing time_range', async () => {
    const detail = await issues({ filters: [], limit: 10, offset: 0 })
    expect(detail).toEqual([
      { type: 'missing', loc: ['body', 'time_range'], msg: 'Field required', input: { filters: [], limit: 10, offset: 0 } },
    ])
  })

  it('reports unknown filter and group-by kinds as enum errors, with a negative limit, all at once', async () => {
    const detail = await issues(base({ filters: [{ kind: 'intent', values: ['x'] }], group_by: { kind: 'country' }, limit: -1 }))
    expect(detail.map((d) => [d.type, d.loc])).toEqual([
      ['enum', ['body', 'filters', 0, 'kind']],
      ['enum', ['body', 'group_by', 'kind']],
      ['greater_than_equal', ['body', 'limit']],
    ])
    expect(detail[2]).toEqual({
      type: 'greater_than_equal',
      loc: ['body', 'limit'],
      msg: 'Input should be greater than or equal to 0',
      input: -1,
      ctx: { ge: 0 },
    })
    expect((await issues(base({ additional_group_bys: [{ kind: 'week' }] })))[0]!.loc).toEqual(['body', 'additional_group_bys', 0, 'kind'])
    expect((await issues(base({ variables: ['n_sessions'] })))[0]!.loc).toEqual(['body', 'variables', 0])
  })

  it('answers a body that is not JSON with json_invalid', async () => {
    const detail = await issues('{"time_range": ')
    expect(detail).toEqual([
      { type: 'json_invalid', loc: ['body', 15], msg: 'JSON decode error', input: {}, ctx: { error: 'Expecting value' } },
    ])
  })

  it('checks what the schema cannot: end after start, a tag name for kind tag', async () => {
    const inverted = await issues(base({ time_range: { start: TIME_RANGE.end, end: TIME_RANGE.start } }))
    expect(inverted).toEqual([
      {
        type: 'value_error',
        loc: ['body', 'time_range'],
        msg: 'Value error, end must be after start',
        input: { start: TIME_RANGE.end, end: TIME_RANGE.start },
      },
    ])
    const tagless = await issues(base({ filters: [{ kind: 'tag', values: ['pro'] }], group_by: { kind: 'tag' } }))
    expect(tagless.map((d) => [d.type, d.loc])).toEqual([
      ['value_error', ['body', 'filters', 0, 'tag']],
      ['value_error', ['body', 'group_by', 'tag']],
    ])
    expect((await issues(base({ time_range: { start: 'yesterday', end: TIME_RANGE.end } })))[0]!.loc).toEqual([
      'body',
      'time_range',
      'start',
    ])
  })

  it('authenticates before validating', async () => {
    await post('not json', 401, {})
  })
})

describe('Prefer: code=<status>', () => {
  it('gives 401 with the real headers, 403 and 422 from the contract', async () => {
    const forced = (code: number) => post(base(), code, { ...bearer(key), Prefer: `code=${code}` })
    const unauthorized = await forced(401)
    expect(unauthorized.body).toEqual({ detail: 'Not authenticated' })
    expect(unauthorized.headers.get('www-authenticate')).toBe('Bearer')
    expect((await forced(403)).body).toEqual({ detail: 'The API key does not grant access to this project' })
    expect((await forced(422)).body).toMatchObject({ detail: [{ type: 'missing' }] })
  })

  it('answers a status the contract does not document (429) with a 400 that says so', async () => {
    const reply = await call(`${server.url}${PATH}`, {
      method: 'POST',
      headers: { ...bearer(key), Prefer: 'code=429' },
      body: JSON.stringify(base()),
    })
    expect(reply.status).toBe(400)
    expect(reply.headers.get('x-mock-error')).toBe('prefer-code-not-documented')
  })
})
