import { describe, expect, it } from 'vitest'
import { buildNebulyWorld } from '../../generators/nebuly/world.ts'
import {
  checkAggregatesRequest,
  interactionAggregates,
  type AggregateFilter,
  type AggregateRow,
  type AggregatesRequest,
  type FilterKind,
  type GroupByKind,
} from '../../mocks/nebuly/reports/aggregates.ts'
import type { Interaction } from '../../generators/nebuly/model.ts'

const NOW = new Date('2026-03-15T12:00:00Z')
const world = buildNebulyWorld({ seed: 7, now: NOW })
const project = world.projects[1]! // Workplace Copilot: it has a third tag (department)
const interactions = world.interactions.filter((i) => i.project_id === project.id)
const TIME_RANGE = { start: '2026-01-01T00:00:00Z', end: '2026-03-01T00:00:00Z' }
const inRange = interactions.filter((i) => i.timestamp >= TIME_RANGE.start && i.timestamp < '2026-03-01T00:00:00.000Z')

function request(overrides: Partial<AggregatesRequest> = {}): AggregatesRequest {
  return { time_range: TIME_RANGE, filters: [], limit: 1000, offset: 0, ...overrides }
}

function count(filters: AggregateFilter[]): number {
  return interactionAggregates(interactions, request({ filters, variables: ['n_interactions'] })).data[0]!.n_interactions!
}

function interaction(overrides: Partial<Interaction>): Interaction {
  return {
    id: 'i1',
    project_id: 'p1',
    timestamp: '2026-03-02T10:00:00.000Z',
    end_user: 'usr_a',
    conversation_id: 'c1',
    user_intent: 'Track order',
    negative_user_intent: null,
    topic: 'Orders',
    keywords: ['tracking'],
    type_of_problem: null,
    user_feedback: null,
    tags: { plan: 'free', region: 'eu' },
    data_source: 'web_chat',
    language: 'en',
    pii: false,
    user_query: 'Where is my order?',
    cost: 0.001,
    latency_seconds: 1,
    cohort: '2026-03',
    ...overrides,
  }
}

/** One value of each filter kind that some interactions of the range have, and how to read it. */
const FILTER_CASES: { kind: FilterKind; tag?: string; value: string; has: (i: Interaction) => boolean }[] = (() => {
  const first = inRange[0]!
  const negative = inRange.find((i) => i.negative_user_intent !== null)!
  const problem = inRange.find((i) => i.type_of_problem !== null)!
  const feedback = inRange.find((i) => i.user_feedback !== null)!
  return [
    { kind: 'user_intent', value: first.user_intent, has: (i) => i.user_intent === first.user_intent },
    {
      kind: 'negative_user_intent',
      value: negative.negative_user_intent!,
      has: (i) => i.negative_user_intent === negative.negative_user_intent,
    },
    { kind: 'keyword', value: first.keywords[0]!, has: (i) => i.keywords.includes(first.keywords[0]!) },
    { kind: 'user_feedback', value: feedback.user_feedback!, has: (i) => i.user_feedback === feedback.user_feedback },
    { kind: 'tag', tag: 'department', value: first.tags.department!, has: (i) => i.tags.department === first.tags.department },
    { kind: 'type_of_problem', value: problem.type_of_problem!, has: (i) => i.type_of_problem === problem.type_of_problem },
    { kind: 'topic', value: first.topic, has: (i) => i.topic === first.topic },
    { kind: 'user', value: first.end_user, has: (i) => i.end_user === first.end_user },
    { kind: 'user_query', value: 'VPN', has: (i) => i.user_query.toLowerCase().includes('vpn') },
    { kind: 'data_source', value: first.data_source, has: (i) => i.data_source === first.data_source },
    { kind: 'language', value: 'de', has: (i) => i.language === 'de' },
    { kind: 'pii', value: 'true', has: (i) => i.pii },
  ]
})()

describe('interactionAggregates: totals and grouping', () => {
  it('gives one row of totals without group_by', () => {
    const result = interactionAggregates(interactions, request())
    expect(result.total).toBe(1)
    const row = result.data[0]!
    expect(row.group_name).toBeNull()
    expect(row.additional_groups).toEqual([])
    expect(row.n_interactions).toBe(inRange.length)
    expect(row.n_users).toBe(new Set(inRange.map((i) => i.end_user)).size)
    expect(row.n_intents).toBe(new Set(inRange.map((i) => i.user_intent)).size)
    const feedback = (f: string) => inRange.filter((i) => i.user_feedback === f).length
    expect(row).toMatchObject({
      n_positive_implicit_user_feedback: feedback('positive_implicit'),
      n_negative_implicit_user_feedback: feedback('negative_implicit'),
      n_positive_explicit_user_feedback: feedback('positive_explicit'),
      n_negative_explicit_user_feedback: feedback('negative_explicit'),
      n_feedback: inRange.filter((i) => i.user_feedback !== null).length,
    })
    expect(row.n_positive_implicit_user_feedback!).toBeGreaterThan(row.n_negative_explicit_user_feedback!)
    expect(row.cost).toBeCloseTo(
      inRange.reduce((a, i) => a + i.cost, 0),
      6,
    )
    expect(row.latency_seconds).toBeCloseTo(inRange.reduce((a, i) => a + i.latency_seconds, 0) / inRange.length, 3)
    expect(row.retention).toBeGreaterThan(0)
    expect(row.retention).toBeLessThanOrEqual(100)
  })

  it('gives a zero totals row for an empty range', () => {
    const result = interactionAggregates(
      interactions,
      request({ time_range: { start: '2020-01-01T00:00:00Z', end: '2020-02-01T00:00:00Z' } }),
    )
    expect(result.total).toBe(1)
    expect(result.data[0]).toMatchObject({ group_name: null, n_interactions: 0, n_users: 0, cost: 0, latency_seconds: 0, retention: 0 })
  })

  const SINGLE_VALUED: { kind: GroupByKind; tag?: string }[] = [
    { kind: 'user_intent' },
    { kind: 'negative_user_intent' },
    { kind: 'user_feedback' },
    { kind: 'data_source' },
    { kind: 'language' },
    { kind: 'pii' },
    { kind: 'tag', tag: 'plan' },
    { kind: 'tag', tag: 'no_such_tag' },
    { kind: 'type_of_problem' },
    { kind: 'topic' },
    { kind: 'user' },
    { kind: 'day' },
    { kind: 'cohort' },
    { kind: 'conversation_id' },
  ]
  it.each(SINGLE_VALUED)('group_by $kind $tag: rows add up to the totals, biggest first', (groupBy) => {
    const result = interactionAggregates(interactions, request({ group_by: groupBy }))
    expect(result.total).toBe(result.data.length)
    expect(result.data.reduce((a, r) => a + r.n_interactions!, 0)).toBe(inRange.length)
    expect(new Set(result.data.map((r) => r.group_name)).size).toBe(result.data.length)
    for (const [i, row] of result.data.entries()) {
      if (i > 0) expect(result.data[i - 1]!.n_interactions!).toBeGreaterThanOrEqual(row.n_interactions!)
    }
  })

  it('puts interactions without the value in the null group', () => {
    const result = interactionAggregates(interactions, request({ group_by: { kind: 'negative_user_intent' } }))
    const nullRow = result.data.find((r) => r.group_name === null)!
    expect(nullRow.n_interactions).toBe(inRange.filter((i) => i.negative_user_intent === null).length)
    expect(
      interactionAggregates(interactions, request({ group_by: { kind: 'pii' } }))
        .data.map((r) => r.group_name)
        .sort(),
    ).toEqual(['false', 'true'])
  })

  it('splits an interaction into each of its keywords', () => {
    const result = interactionAggregates(interactions, request({ group_by: { kind: 'keyword' } }))
    expect(result.data.reduce((a, r) => a + r.n_interactions!, 0)).toBe(inRange.reduce((a, i) => a + new Set(i.keywords).size, 0))
    const keyword = result.data[0]!.group_name!
    expect(result.data[0]!.n_interactions).toBe(inRange.filter((i) => i.keywords.includes(keyword)).length)
  })

  it('groups by UTC day', () => {
    const result = interactionAggregates(interactions, request({ group_by: { kind: 'day' } }))
    for (const row of result.data) {
      expect(row.group_name).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(row.group_name! >= '2026-01-01' && row.group_name! < '2026-03-01').toBe(true)
      expect(row.n_interactions).toBe(inRange.filter((i) => i.timestamp.startsWith(row.group_name!)).length)
    }
    expect(result.total).toBe(new Set(inRange.map((i) => i.timestamp.slice(0, 10))).size)
  })

  it('splits rows by the additional group-bys', () => {
    const grouped = interactionAggregates(interactions, request({ group_by: { kind: 'user_intent' } }))
    const split = interactionAggregates(
      interactions,
      request({ group_by: { kind: 'user_intent' }, additional_group_bys: [{ kind: 'language' }, { kind: 'tag', tag: 'region' }] }),
    )
    expect(split.total).toBeGreaterThan(grouped.total)
    const keys = new Set(split.data.map((r) => JSON.stringify([r.group_name, ...r.additional_groups])))
    expect(keys.size).toBe(split.data.length)
    for (const row of split.data) {
      expect(row.additional_groups).toHaveLength(2)
      const [language, region] = row.additional_groups
      expect(row.n_interactions).toBe(
        inRange.filter((i) => i.user_intent === row.group_name && i.language === language && i.tags.region === region).length,
      )
    }
    for (const row of grouped.data) {
      const parts = split.data.filter((r) => r.group_name === row.group_name)
      expect(parts.reduce((a, r) => a + r.n_interactions!, 0)).toBe(row.n_interactions)
    }
  })

  it('returns only the requested variables', () => {
    const result = interactionAggregates(interactions, request({ group_by: { kind: 'topic' }, variables: ['n_users', 'cost'] }))
    for (const row of result.data) expect(Object.keys(row)).toEqual(['group_name', 'additional_groups', 'n_users', 'cost'])
    const feedback = interactionAggregates(interactions, request({ variables: ['user_feedback'] })).data[0]!
    expect(Object.keys(feedback)).toEqual([
      'group_name',
      'additional_groups',
      'n_positive_implicit_user_feedback',
      'n_negative_implicit_user_feedback',
      'n_positive_explicit_user_feedback',
      'n_negative_explicit_user_feedback',
      'n_feedback',
    ])
    // Rows are still ordered by n_interactions even when it is not returned.
    const ordered = interactionAggregates(interactions, request({ group_by: { kind: 'topic' } })).data.map((r) => r.group_name)
    expect(result.data.map((r) => r.group_name)).toEqual(ordered)
  })

  it('pages through every row exactly once', () => {
    const all = interactionAggregates(interactions, request({ group_by: { kind: 'user' } }))
    expect(all.total).toBeGreaterThan(20)
    const pages: AggregateRow[] = []
    for (let offset = 0; offset < all.total; offset += 7) {
      const page = interactionAggregates(interactions, request({ group_by: { kind: 'user' }, limit: 7, offset }))
      expect(page).toMatchObject({ total: all.total, limit: 7, offset })
      expect(page.data.length).toBeLessThanOrEqual(7)
      pages.push(...page.data)
    }
    expect(pages).toEqual(all.data)
    expect(interactionAggregates(interactions, request({ group_by: { kind: 'user' }, limit: 7, offset: all.total })).data).toEqual([])
    expect(interactionAggregates(interactions, request({ group_by: { kind: 'user' }, limit: 0 })).data).toEqual([])
  })
})

describe('interactionAggregates: filters', () => {
  it.each(FILTER_CASES)('filter $kind narrows to the matching interactions; is_exclude complements', (c) => {
    const filter: AggregateFilter = { kind: c.kind, values: [c.value], ...(c.tag ? { tag: c.tag } : {}) }
    const included = count([filter])
    const expected = inRange.filter(c.has).length
    expect(included).toBe(expected)
    expect(expected).toBeGreaterThan(0)
    expect(expected).toBeLessThan(inRange.length)
    const excluded = count([{ ...filter, is_exclude: true }])
    expect(excluded).toBe(inRange.length - expected)
  })

  it('ORs the values of one filter and ANDs filters together', () => {
    expect(count([{ kind: 'language', values: ['en', 'fr'] }])).toBe(
      inRange.filter((i) => i.language === 'en' || i.language === 'fr').length,
    )
    expect(
      count([
        { kind: 'language', values: ['en'] },
        { kind: 'tag', tag: 'plan', values: ['pro'] },
      ]),
    ).toBe(inRange.filter((i) => i.language === 'en' && i.tags.plan === 'pro').length)
    expect(count([{ kind: 'user_feedback', values: ['positive_implicit', 'positive_explicit'] }])).toBe(
      inRange.filter((i) => i.user_feedback?.startsWith('positive')).length,
    )
  })

  it('ignores a filter without values', () => {
    expect(count([{ kind: 'topic', values: [] }])).toBe(inRange.length)
    expect(count([{ kind: 'topic' }])).toBe(inRange.length)
  })

  it('matches user_query as a case-insensitive substring', () => {
    const records = [
      interaction({ id: 'a', user_query: 'My VPN is down' }),
      interaction({ id: 'b', user_query: 'vpn error' }),
      interaction({ id: 'c' }),
    ]
    const result = interactionAggregates(records, {
      time_range: { start: '2026-03-01T00:00:00Z', end: '2026-04-01T00:00:00Z' },
      filters: [{ kind: 'user_query', values: ['Vpn'] }],
      limit: 10,
      offset: 0,
    })
    expect(result.data[0]!.n_interactions).toBe(2)
  })
})

describe('interactionAggregates: edges and definitions', () => {
  const range = { start: '2026-03-02T00:00:00Z', end: '2026-03-05T00:00:00Z' }

  it('includes an interaction exactly at start and excludes one exactly at end', () => {
    const records = [
      interaction({ id: 'at-start', timestamp: '2026-03-02T00:00:00.000Z' }),
      interaction({ id: 'at-end', timestamp: '2026-03-05T00:00:00.000Z' }),
      interaction({ id: 'before', timestamp: '2026-03-01T23:59:59.999Z' }),
    ]
    const result = interactionAggregates(records, { time_range: range, filters: [], limit: 10, offset: 0 })
    expect(result.data[0]!.n_interactions).toBe(1)
  })

  it('counts as retained the users seen again on a later day of the range', () => {
    const records = [
      interaction({ id: '1', end_user: 'back-later', timestamp: '2026-03-02T10:00:00.000Z' }),
      interaction({ id: '2', end_user: 'back-later', timestamp: '2026-03-04T10:00:00.000Z' }),
      interaction({ id: '3', end_user: 'same-day', timestamp: '2026-03-02T10:00:00.000Z' }),
      interaction({ id: '4', end_user: 'same-day', timestamp: '2026-03-02T18:00:00.000Z' }),
      interaction({
        id: '5',
        end_user: 'once',
        timestamp: '2026-03-03T10:00:00.000Z',
        user_feedback: 'negative_explicit',
        cost: 0.002,
        latency_seconds: 2.5,
      }),
    ]
    const row = interactionAggregates(records, { time_range: range, filters: [], limit: 10, offset: 0 }).data[0]!
    expect(row).toMatchObject({
      n_interactions: 5,
      n_users: 3,
      retention: 33.3,
      n_feedback: 1,
      n_negative_explicit_user_feedback: 1,
      cost: 0.006,
      latency_seconds: 1.3,
    })
  })

  it('reports what the schema cannot check', () => {
    expect(checkAggregatesRequest(request())).toEqual([])
    const issues = checkAggregatesRequest({
      time_range: { start: 'soon', end: '2026-01-01T00:00:00Z' },
      filters: [{ kind: 'tag', values: ['pro'] }],
      group_by: { kind: 'tag' },
      additional_group_bys: [{ kind: 'day' }, { kind: 'tag' }],
      limit: 10,
      offset: 0,
    })
    expect(issues.map((i) => i.loc)).toEqual([
      ['body', 'time_range', 'start'],
      ['body', 'filters', 0, 'tag'],
      ['body', 'group_by', 'tag'],
      ['body', 'additional_group_bys', 1, 'tag'],
    ])
    expect(checkAggregatesRequest(request({ time_range: { start: TIME_RANGE.end, end: TIME_RANGE.start } }))[0]!.loc).toEqual([
      'body',
      'time_range',
    ])
  })
})
