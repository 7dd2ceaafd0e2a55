// Nebuly's POST /api/external/get-interaction-aggregates as a pure function: a project's interactions
// and the request body in, the paged rows out (vendor notes, section 3).
//
// Semantics the docs leave open (kit's choices):
// - time_range is [start, end): start included, end excluded, like every range in the kit; a date-time
//   without an offset is read as UTC.
// - Filters: values OR-ed within a filter, filters AND-ed; is_exclude keeps exactly the interactions the
//   same filter without it would drop (so a null field, e.g. no negative intent, is kept by an exclude).
//   A filter without values (the contract makes them optional) constrains nothing. Matching is exact, except user_query (case-insensitive
//   substring of any value) and pii ("true" / "false", any case). keyword matches when any of the
//   interaction's keywords is among the values. A tag filter without `tag` matches on any tag's value.
// - No group_by: rows are not split by a main group and group_name is null; without additional group-bys
//   that is one row of totals, present even when nothing matched (n_interactions 0).
// - A group_by whose value is missing on an interaction (no negative intent, no feedback, no such tag)
//   puts it in the group null, so the rows of a single-valued group_by add up to the totals. keyword is
//   multi-valued: an interaction counts once in each of its keywords' rows, so keyword rows add up to
//   more than the totals.
// - additional_group_bys split each row further; `additional_groups` holds their values in request
//   order, [] when there are none (every row carries it, as in the contract's examples).
// - variables absent or empty: all of them. user_feedback expands to the four n_*_user_feedback counts
//   and n_feedback (interactions with any feedback). cost is a sum in US dollars rounded to 6 decimals
//   (kit's choice of unit, decision 0003: micro-dollar precision, dollars as the examples read);
//   latency_seconds a mean with 3 decimals;
//   n_users and n_intents distinct counts; retention see below.
// - Rows are sorted by n_interactions desc, then group_name, then additional_groups (null after
//   strings), whatever variables were asked for; total counts the rows before paging.
import type { Interaction, UserFeedback } from '../../../generators/nebuly/model.ts'
import { percent } from '../../lib/rounding.ts'
import { parseInstant, utcDayNumber } from '../../lib/time.ts'

const FILTER_KINDS = [
  'user_intent',
  'negative_user_intent',
  'keyword',
  'user_feedback',
  'tag',
  'type_of_problem',
  'topic',
  'user',
  'user_query',
  'data_source',
  'language',
  'pii',
] as const
const GROUP_BY_KINDS = [
  'user_intent',
  'negative_user_intent',
  'keyword',
  'user_feedback',
  'data_source',
  'language',
  'pii',
  'tag',
  'type_of_problem',
  'topic',
  'user',
  'day',
  'cohort',
  'conversation_id',
] as const
const VARIABLES = ['n_interactions', 'n_users', 'user_feedback', 'cost', 'latency_seconds', 'n_intents', 'retention'] as const

export type FilterKind = (typeof FILTER_KINDS)[number]
export type GroupByKind = (typeof GROUP_BY_KINDS)[number]
type AggregateVariable = (typeof VARIABLES)[number]

export interface AggregateFilter {
  kind: FilterKind
  /** Optional in the contract; absent or empty constrains nothing. */
  values?: readonly string[] | null | undefined
  /** The tag key, for kind "tag". */
  tag?: string | null | undefined
  is_exclude?: boolean | null | undefined
}

interface AggregateGroupBy {
  kind: GroupByKind
  /** The tag key, required for kind "tag". */
  tag?: string | null | undefined
  /** Undocumented in the vendor's API; accepted and ignored. */
  field?: string | null | undefined
}

export interface AggregatesRequest {
  time_range: { start: string; end: string }
  filters: readonly AggregateFilter[]
  group_by?: AggregateGroupBy | null | undefined
  additional_group_bys?: readonly AggregateGroupBy[] | null | undefined
  variables?: readonly AggregateVariable[] | null | undefined
  limit: number
  offset: number
}

export interface AggregateRow {
  group_name: string | null
  additional_groups: (string | null)[]
  n_interactions?: number
  n_users?: number
  n_positive_implicit_user_feedback?: number
  n_negative_implicit_user_feedback?: number
  n_positive_explicit_user_feedback?: number
  n_negative_explicit_user_feedback?: number
  n_feedback?: number
  cost?: number
  latency_seconds?: number
  n_intents?: number
  retention?: number
}

export interface AggregatesResponse {
  total: number
  offset: number
  limit: number
  data: AggregateRow[]
}

/** A problem with a request that its JSON schema cannot express, in FastAPI's 422 item terms. */
export interface AggregatesIssue {
  loc: (string | number)[]
  msg: string
  type: string
}

/**
 * Checks beyond the schema: readable times, end after start, `tag` given wherever kind is "tag". The
 * handler answers 422 with these; an empty list means the request can be computed.
 */
export function checkAggregatesRequest(request: AggregatesRequest): AggregatesIssue[] {
  const issues: AggregatesIssue[] = []
  const start = parseInstant(request.time_range.start)
  const end = parseInstant(request.time_range.end)
  if (start === null) {
    issues.push({ loc: ['body', 'time_range', 'start'], msg: 'Input should be a valid datetime', type: 'datetime_parsing' })
  }
  if (end === null) {
    issues.push({ loc: ['body', 'time_range', 'end'], msg: 'Input should be a valid datetime', type: 'datetime_parsing' })
  }
  if (start !== null && end !== null && end <= start) {
    issues.push({ loc: ['body', 'time_range'], msg: 'Value error, end must be after start', type: 'value_error' })
  }
  request.filters.forEach((filter, i) => {
    if (filter.kind === 'tag' && !filter.tag) {
      issues.push({ loc: ['body', 'filters', i, 'tag'], msg: 'Value error, tag is required when kind is tag', type: 'value_error' })
    }
  })
  const groupBys: [AggregateGroupBy, (string | number)[]][] = []
  if (request.group_by) groupBys.push([request.group_by, ['body', 'group_by']])
  for (const [i, g] of (request.additional_group_bys ?? []).entries()) {
    groupBys.push([g, ['body', 'additional_group_bys', i]])
  }
  for (const [g, loc] of groupBys) {
    if (g.kind === 'tag' && !g.tag) {
      issues.push({ loc: [...loc, 'tag'], msg: 'Value error, tag is required when kind is tag', type: 'value_error' })
    }
  }
  return issues
}

/** The interaction's value of a tag; own keys only, so `__proto__` or `toString` name no tag. */
function tagValue(interaction: Interaction, tag: string): string | null {
  return Object.hasOwn(interaction.tags, tag) ? (interaction.tags[tag] ?? null) : null
}

/** The value(s) a filter kind looks at; arrays for keyword, strings or null otherwise. */
function filterField(interaction: Interaction, filter: AggregateFilter): string | null | readonly string[] {
  switch (filter.kind) {
    case 'user_intent':
      return interaction.user_intent
    case 'negative_user_intent':
      return interaction.negative_user_intent
    case 'keyword':
      return interaction.keywords
    case 'user_feedback':
      return interaction.user_feedback
    case 'tag':
      return filter.tag ? tagValue(interaction, filter.tag) : Object.values(interaction.tags)
    case 'type_of_problem':
      return interaction.type_of_problem
    case 'topic':
      return interaction.topic
    case 'user':
      return interaction.end_user
    case 'user_query':
      return interaction.user_query
    case 'data_source':
      return interaction.data_source
    case 'language':
      return interaction.language
    case 'pii':
      return String(interaction.pii)
    default:
      return null // a kind the contract does not know: validation rejects it, never crash on it
  }
}

type Predicate = (interaction: Interaction) => boolean

function compileFilter(filter: AggregateFilter): Predicate | null {
  const values = filter.values ?? []
  if (values.length === 0) return null
  let matches: Predicate
  if (filter.kind === 'user_query') {
    const needles = values.map((v) => v.toLowerCase())
    matches = (i) => {
      const text = i.user_query.toLowerCase()
      return needles.some((n) => text.includes(n))
    }
  } else {
    const wanted = new Set(filter.kind === 'pii' ? values.map((v) => v.toLowerCase()) : values)
    matches = (i) => {
      const field = filterField(i, filter)
      if (field === null) return false
      if (typeof field === 'string') return wanted.has(field)
      return field.some((v) => wanted.has(v))
    }
  }
  return filter.is_exclude ? (i) => !matches(i) : matches
}

/** The group(s) an interaction falls in for one group-by: several for keyword, null when missing. */
function groupValues(interaction: Interaction, groupBy: AggregateGroupBy): (string | null)[] {
  switch (groupBy.kind) {
    case 'user_intent':
      return [interaction.user_intent]
    case 'negative_user_intent':
      return [interaction.negative_user_intent]
    case 'keyword':
      return interaction.keywords.length > 0 ? [...new Set(interaction.keywords)] : [null]
    case 'user_feedback':
      return [interaction.user_feedback]
    case 'data_source':
      return [interaction.data_source]
    case 'language':
      return [interaction.language]
    case 'pii':
      return [String(interaction.pii)]
    case 'tag':
      return [groupBy.tag ? tagValue(interaction, groupBy.tag) : null]
    case 'type_of_problem':
      return [interaction.type_of_problem]
    case 'topic':
      return [interaction.topic]
    case 'user':
      return [interaction.end_user]
    case 'day':
      return [interaction.timestamp.slice(0, 10)] // timestamps are UTC ISO strings: the UTC day
    case 'cohort':
      return [interaction.cohort]
    case 'conversation_id':
      return [interaction.conversation_id]
    default:
      return [null]
  }
}

interface Accumulator {
  keys: (string | null)[]
  n: number
  feedback: Record<UserFeedback, number>
  cost: number
  latency: number
  intents: Set<string>
  /** Per end user: first and last UTC day (as day numbers) of their interactions in this row. */
  userDays: Map<string, [number, number]>
}

function newAccumulator(keys: (string | null)[]): Accumulator {
  return {
    keys,
    n: 0,
    feedback: { positive_implicit: 0, positive_explicit: 0, negative_implicit: 0, negative_explicit: 0 },
    cost: 0,
    latency: 0,
    intents: new Set(),
    userDays: new Map(),
  }
}

function add(acc: Accumulator, i: Interaction, day: number): void {
  acc.n += 1
  if (i.user_feedback) acc.feedback[i.user_feedback] += 1
  acc.cost += i.cost
  acc.latency += i.latency_seconds
  acc.intents.add(i.user_intent)
  const days = acc.userDays.get(i.end_user)
  if (!days) acc.userDays.set(i.end_user, [day, day])
  else {
    if (day < days[0]) days[0] = day
    if (day > days[1]) days[1] = day
  }
}

const NO_GROUP: (string | null)[] = [null]

/** A row's map key: values joined by a separator no value contains; null gets its own marker. */
function rowId(keys: readonly (string | null)[]): string {
  return keys.map((k) => (k === null ? '\u0000' : `=${k}`)).join('\u0001')
}

/** Every combination of one value per group-by (cartesian product). */
function combinations(lists: (string | null)[][]): (string | null)[][] {
  let result: (string | null)[][] = [[]]
  for (const list of lists) result = result.flatMap((prefix) => list.map((v) => [...prefix, v]))
  return result
}

/** Ascending, null after every string; plain code-unit order so the result never depends on a locale. */
function compareNullable(a: string | null, b: string | null): number {
  if (a === b) return 0
  if (a === null) return 1
  if (b === null) return -1
  return a < b ? -1 : 1
}

const roundTo = (value: number, decimals: number) => {
  const f = 10 ** decimals
  return Math.round(value * f) / f
}

function toRow(acc: Accumulator, variables: ReadonlySet<AggregateVariable>, firstDays: ReadonlyMap<string, number>): AggregateRow {
  const row: AggregateRow = { group_name: acc.keys[0] ?? null, additional_groups: acc.keys.slice(1) }
  if (variables.has('n_interactions')) row.n_interactions = acc.n
  if (variables.has('n_users')) row.n_users = acc.userDays.size
  if (variables.has('user_feedback')) {
    row.n_positive_implicit_user_feedback = acc.feedback.positive_implicit
    row.n_negative_implicit_user_feedback = acc.feedback.negative_implicit
    row.n_positive_explicit_user_feedback = acc.feedback.positive_explicit
    row.n_negative_explicit_user_feedback = acc.feedback.negative_explicit
    row.n_feedback =
      acc.feedback.positive_implicit + acc.feedback.negative_implicit + acc.feedback.positive_explicit + acc.feedback.negative_explicit
  }
  if (variables.has('cost')) row.cost = roundTo(acc.cost, 6)
  if (variables.has('latency_seconds')) row.latency_seconds = acc.n > 0 ? roundTo(acc.latency / acc.n, 3) : 0
  if (variables.has('n_intents')) row.n_intents = acc.intents.size
  if (variables.has('retention')) {
    // Retention: the share of the row's returning users, who had used the project on a UTC day before their
    // last day in the row (in the range or before it, whatever the filters); % with one decimal. A day row
    // is then the share of that day's users seen before, not always 0.
    let retained = 0
    for (const [user, [, last]] of acc.userDays) if (last > (firstDays.get(user) ?? last)) retained += 1
    row.retention = percent(retained, acc.userDays.size)
  }
  return row
}

/**
 * The aggregates for one project. `interactions` are the project's (the API key selects it); the
 * request is assumed valid against the contract and checkAggregatesRequest().
 */
export function interactionAggregates(interactions: readonly Interaction[], request: AggregatesRequest): AggregatesResponse {
  const start = parseInstant(request.time_range.start)
  const end = parseInstant(request.time_range.end)
  if (start === null || end === null) throw new RangeError('Invalid time_range')
  const predicates = request.filters.map(compileFilter).filter((p): p is Predicate => p !== null)
  const additional = request.additional_group_bys ?? []
  const groupBy = request.group_by ?? null
  const variables = new Set<AggregateVariable>(request.variables && request.variables.length > 0 ? request.variables : VARIABLES)

  const rows = new Map<string, Accumulator>()
  if (groupBy === null && additional.length === 0) rows.set(rowId([null]), newAccumulator([null])) // the totals row
  for (const i of interactions) {
    const t = Date.parse(i.timestamp)
    if (!(t >= start && t < end)) continue
    if (!predicates.every((p) => p(i))) continue
    const day = utcDayNumber(t)
    const main = groupBy ? groupValues(i, groupBy) : NO_GROUP
    // Fast path (no additional group-bys): the main values are the rows' keys.
    const keyLists = additional.length === 0 ? main.map((v) => [v]) : combinations([main, ...additional.map((g) => groupValues(i, g))])
    for (const keys of keyLists) {
      const id = rowId(keys)
      let acc = rows.get(id)
      if (!acc) {
        acc = newAccumulator(keys)
        rows.set(id, acc)
      }
      add(acc, i, day)
    }
  }

  // Each user's first UTC day in the project, for retention.
  const firstDays = new Map<string, number>()
  if (variables.has('retention')) {
    for (const i of interactions) {
      const day = utcDayNumber(Date.parse(i.timestamp))
      const seen = firstDays.get(i.end_user)
      if (seen === undefined || day < seen) firstDays.set(i.end_user, day)
    }
  }
  const sorted = [...rows.values()].sort((a, b) => {
    if (a.n !== b.n) return b.n - a.n
    for (let k = 0; k < a.keys.length; k++) {
      const c = compareNullable(a.keys[k] ?? null, b.keys[k] ?? null)
      if (c !== 0) return c
    }
    return 0
  })
  const offset = Math.max(0, Math.trunc(request.offset))
  const limit = Math.max(0, Math.trunc(request.limit))
  return {
    total: sorted.length,
    offset: request.offset,
    limit: request.limit,
    data: sorted.slice(offset, offset + limit).map((acc) => toRow(acc, variables, firstDays)),
  }
}
