// The seeded Nebuly world: two projects and the LLM interactions their end users had over the 13 months
// before `now`. A pure function of (seed, now, size): one Faker instance per build, time derived from
// `now` only. End users come back (several conversations over weeks), so n_users, cohorts and
// retention have something to measure.
import { runSteps } from '../lib/steps.ts'
import type { Interaction, NebulyCollections, NebulyRecords, Project, UserFeedback } from './model.ts'
import {
  DAY_MS,
  HOUR_MS,
  checkWorldOptions,
  createSeededFaker,
  type SeededFaker,
  fillCollection,
  weightedPick,
  type SeededStream,
  type WorldOptions,
} from '../lib/seeded.ts'
import { worldStart } from '../lib/history.ts'
import { randomUuid } from '../lib/ids.ts'

/**
 * `size`: interactions in the whole world (all projects together, the 13 months before `now`), like
 * AurionAI's size. Default 3,000: about 7.5 a day.
 */
export type NebulyWorldOptions = WorldOptions

export const DEFAULT_INTERACTIONS = 3000

/** Relative activity per UTC hour (office hours in Europe and the US east coast). */
const HOUR_WEIGHTS = [
  0.3, 0.2, 0.15, 0.1, 0.1, 0.15, 0.3, 0.6, 1.2, 1.6, 1.8, 1.8, 1.6, 1.8, 1.9, 1.9, 1.7, 1.4, 1.1, 0.9, 0.8, 0.7, 0.5, 0.4,
]

const HOUR_CHOICES = HOUR_WEIGHTS.map((weight, value) => ({ value, weight }))
const TURNS_PER_CONVERSATION = [
  { value: 1, weight: 50 },
  { value: 2, weight: 30 },
  { value: 3, weight: 15 },
  { value: 4, weight: 5 },
]

interface IntentSpec {
  intent: string
  topic: string
  keywords: string[]
  /** `{n}` is replaced by a number (order, ticket ...). */
  queries: string[]
  weight: number
}

interface ProjectSpec {
  name: string
  intents: IntentSpec[]
  negativeIntents: string[]
  languages: [string, number][]
  dataSources: [string, number][]
  /** Extra tag every user of the project carries, besides plan and region. */
  extraTag: { key: string; values: string[] } | null
  /** Share of the world's interactions. */
  share: number
}

const PROJECTS: ProjectSpec[] = [
  {
    name: 'Storefront Assistant',
    share: 0.55,
    intents: [
      {
        intent: 'Track order',
        topic: 'Orders',
        keywords: ['order status', 'tracking', 'delivery'],
        queries: ['Where is my order {n}?', 'Can you track order #{n} for me?', "My package hasn't arrived yet, order {n}"],
        weight: 10,
      },
      {
        intent: 'Return an item',
        topic: 'Returns',
        keywords: ['return', 'refund', 'return label'],
        queries: ['How do I return the shoes I bought?', 'I want to send back order {n}', 'Can I get a return label?'],
        weight: 7,
      },
      {
        intent: 'Reset password',
        topic: 'Account',
        keywords: ['password', 'login', 'account'],
        queries: ['I forgot my password', "I can't log in to my account", 'How do I reset my password?'],
        weight: 5,
      },
      {
        intent: 'Change shipping address',
        topic: 'Orders',
        keywords: ['address', 'shipping'],
        queries: ['Can I change the delivery address of order {n}?', 'I moved, how do I update my shipping address?'],
        weight: 3,
      },
      {
        intent: 'Check product availability',
        topic: 'Products',
        keywords: ['stock', 'size', 'availability'],
        queries: ['Is the blue jacket available in size M?', 'When will the running shoes be back in stock?'],
        weight: 6,
      },
      {
        intent: 'Apply discount code',
        topic: 'Billing',
        keywords: ['discount', 'promo code', 'checkout'],
        queries: ["My promo code doesn't work", 'How do I use a discount code at checkout?'],
        weight: 3,
      },
      {
        intent: 'Payment failed',
        topic: 'Billing',
        keywords: ['payment', 'card', 'checkout'],
        queries: ['My card payment was declined', 'Why did my payment fail for order {n}?'],
        weight: 2,
      },
      {
        intent: 'Cancel order',
        topic: 'Orders',
        keywords: ['cancel', 'order status'],
        queries: ['Please cancel order {n}', 'Can I still cancel my order?'],
        weight: 2,
      },
    ],
    negativeIntents: [
      'Complain about delivery delay',
      'Request refund after bad experience',
      'Frustrated with assistant answers',
      'Threaten to close account',
    ],
    languages: [
      ['en', 60],
      ['it', 15],
      ['fr', 10],
      ['de', 10],
      ['es', 5],
    ],
    dataSources: [
      ['web_chat', 6],
      ['mobile_app', 3],
      ['api', 1],
    ],
    extraTag: null,
  },
  {
    name: 'Workplace Copilot',
    share: 0.45,
    intents: [
      {
        intent: 'Reset password',
        topic: 'Accounts & Access',
        keywords: ['password', 'sso', 'mfa'],
        queries: ['My SSO password expired', 'How do I reset my MFA device?', 'Locked out of my laptop account'],
        weight: 6,
      },
      {
        intent: 'Request software license',
        topic: 'IT Requests',
        keywords: ['license', 'software', 'install'],
        queries: ['I need a Figma license', 'How do I request software installation?', 'Can I get access to Tableau?'],
        weight: 4,
      },
      {
        intent: 'Fix VPN connection',
        topic: 'Network',
        keywords: ['vpn', 'connection', 'remote work'],
        queries: ['VPN keeps disconnecting', "I can't connect to the VPN from home", 'VPN error code {n}'],
        weight: 5,
      },
      {
        intent: 'Book time off',
        topic: 'HR',
        keywords: ['vacation', 'leave', 'pto'],
        queries: ['How many vacation days do I have left?', 'I want to book leave next Friday', 'What is the parental leave policy?'],
        weight: 4,
      },
      {
        intent: 'Submit expense',
        topic: 'Finance',
        keywords: ['expense', 'receipt', 'reimbursement'],
        queries: ['How do I submit a taxi receipt?', 'When will my expense report {n} be reimbursed?'],
        weight: 3,
      },
      {
        intent: 'Summarize document',
        topic: 'Productivity',
        keywords: ['summary', 'document', 'pdf'],
        queries: ['Summarize the attached quarterly report', 'Give me the key points of this PDF'],
        weight: 7,
      },
      {
        intent: 'Draft email',
        topic: 'Productivity',
        keywords: ['email', 'writing', 'draft'],
        queries: ['Draft a polite follow-up email to a supplier', 'Rewrite this email to sound more formal'],
        weight: 6,
      },
    ],
    negativeIntents: ['Complain about IT response time', 'Frustrated with assistant answers', 'Escalate to a human'],
    languages: [
      ['en', 70],
      ['de', 20],
      ['fr', 10],
    ],
    dataSources: [
      ['slack', 5],
      ['teams', 4],
      ['web_app', 2],
    ],
    extraTag: { key: 'department', values: ['engineering', 'sales', 'marketing', 'finance', 'hr'] },
  },
]

const PROBLEM_TYPES = ['Wrong answer', 'Incomplete answer', 'Question not understood', 'Outdated information', 'Hallucination', 'Too slow']

/** Most interactions get no feedback; satisfied users outnumber unhappy ones. */
const FEEDBACK_WEIGHTS: { value: UserFeedback | null; weight: number }[] = [
  { value: null, weight: 78 },
  { value: 'positive_implicit', weight: 10 },
  { value: 'positive_explicit', weight: 5 },
  { value: 'negative_implicit', weight: 4.5 },
  { value: 'negative_explicit', weight: 2.5 },
]

/** An end user stays active for 1 to ACTIVE_DAYS days after arriving. */
const ACTIVE_DAYS = 120

/** Conversations an end user has over the period: many come once, a few are regulars. */
const CONVERSATIONS_PER_USER = [
  { value: [1, 1], weight: 40 },
  { value: [2, 2], weight: 20 },
  { value: [3, 3], weight: 12 },
  { value: [4, 6], weight: 15 },
  { value: [7, 15], weight: 10 },
  { value: [16, 40], weight: 3 },
]

/** A moment in [fromMs, toMs], on a weighted hour of a uniformly chosen day. */
function activityTime(faker: SeededFaker, fromMs: number, toMs: number): number {
  const uniform = faker.number.int({ min: fromMs, max: toMs })
  const dayStart = Math.floor(uniform / DAY_MS) * DAY_MS
  const hour = faker.helpers.weightedArrayElement(HOUR_CHOICES)
  const t = dayStart + hour * HOUR_MS + faker.number.int(HOUR_MS - 1)
  // The weighted hour can fall outside the user's active span on its first and last day.
  return t >= fromMs && t <= toMs ? t : uniform
}

function* buildProject(
  { faker, next }: SeededStream,
  spec: ProjectSpec,
  target: number,
  fromMs: number,
  toMs: number,
): Generator<void, { project: Project; interactions: Interaction[] }, void> {
  const project: Project = {
    id: randomUuid(next),
    name: spec.name,
    api_key: `nb_${faker.string.hexadecimal({ length: 40, casing: 'lower', prefix: '' })}`,
  }
  const interactions: Interaction[] = []
  const intentChoices = spec.intents.map((value) => ({ value, weight: value.weight }))
  while (interactions.length < target) {
    yield
    // One end user: fixed traits, an arrival time, a span of activity, some conversations.
    const endUser = `usr_${faker.string.hexadecimal({ length: 12, casing: 'lower', prefix: '' })}`
    const tags: Record<string, string> = {
      plan: faker.datatype.boolean({ probability: 0.35 }) ? 'pro' : 'free',
      region: faker.datatype.boolean({ probability: 0.6 }) ? 'eu' : 'us',
    }
    if (spec.extraTag) tags[spec.extraTag.key] = faker.helpers.arrayElement(spec.extraTag.values)
    const language = weightedPick(faker, spec.languages)
    const dataSource = weightedPick(faker, spec.dataSources)
    const [minConv, maxConv] = faker.helpers.weightedArrayElement(CONVERSATIONS_PER_USER)
    const conversationCount = faker.number.int({ min: minConv ?? 1, max: maxConv ?? 1 })
    // Users arrive from ACTIVE_DAYS before the window on, so its first weeks are as busy as the rest;
    // conversations before the window or after `now` are not in the world.
    const arrival = faker.number.int({ min: fromMs - ACTIVE_DAYS * DAY_MS, max: toMs })
    const lastActive = arrival + faker.number.int({ min: 1, max: ACTIVE_DAYS }) * DAY_MS

    for (let c = 0; c < conversationCount; c++) {
      let clock = c === 0 ? arrival : activityTime(faker, arrival, lastActive)
      if (clock < fromMs || clock > toMs) continue
      const conversationId = randomUuid(next)
      const mainIntent = faker.helpers.weightedArrayElement(intentChoices)
      const turns = faker.helpers.weightedArrayElement(TURNS_PER_CONVERSATION)
      for (let turn = 0; turn < turns; turn++) {
        if (turn > 0) clock += faker.number.int({ min: 20_000, max: 180_000 })
        // Follow-up questions mostly stay on the conversation's intent.
        const intent =
          turn === 0 || faker.datatype.boolean({ probability: 0.75 }) ? mainIntent : faker.helpers.weightedArrayElement(intentChoices)
        const feedback = faker.helpers.weightedArrayElement(FEEDBACK_WEIGHTS)
        const unhappy = feedback === 'negative_implicit' || feedback === 'negative_explicit'
        const negativeIntent = faker.datatype.boolean({ probability: unhappy ? 0.6 : 0.08 })
          ? faker.helpers.arrayElement(spec.negativeIntents)
          : null
        const problem = faker.datatype.boolean({ probability: unhappy || negativeIntent ? 0.7 : 0.03 })
          ? faker.helpers.arrayElement(PROBLEM_TYPES)
          : null
        const pii = faker.datatype.boolean({ probability: 0.06 })
        let query = faker.helpers.arrayElement(intent.queries).replace('{n}', String(faker.number.int({ min: 10000, max: 99999 })))
        if (pii) query += ` You can reach me at ${faker.internet.email().toLowerCase()}`
        const inputTokens = faker.number.int({ min: 150, max: 3000 })
        const outputTokens = faker.number.int({ min: 40, max: 800 })
        interactions.push({
          id: randomUuid(next),
          project_id: project.id,
          timestamp: new Date(Math.min(clock, toMs)).toISOString(),
          end_user: endUser,
          conversation_id: conversationId,
          user_intent: intent.intent,
          negative_user_intent: negativeIntent,
          topic: intent.topic,
          keywords: faker.helpers.arrayElements(intent.keywords, { min: 1, max: Math.min(3, intent.keywords.length) }),
          type_of_problem: problem,
          user_feedback: feedback,
          tags: { ...tags },
          data_source: dataSource,
          language,
          pii,
          user_query: query,
          // GPT-4o-like prices ($2.50 / $10 per million tokens), in whole micro-dollars.
          cost: Math.round(inputTokens * 2.5 + outputTokens * 10) / 1_000_000,
          latency_seconds: Math.round((0.4 + outputTokens * 0.004 + faker.number.float({ min: 0, max: 1.5 })) * 1000) / 1000,
          cohort: '', // set below, once the user's first interaction is known
        })
      }
    }
  }

  interactions.sort((a, b) => (a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : a.id < b.id ? -1 : 1))
  // Cohort: the month an end user was first seen in this project.
  const firstSeen = new Map<string, string>()
  for (const i of interactions) {
    if (!firstSeen.has(i.end_user)) firstSeen.set(i.end_user, i.timestamp.slice(0, 7))
    i.cohort = firstSeen.get(i.end_user) ?? i.timestamp.slice(0, 7)
  }
  return { project, interactions }
}

export function buildNebulyWorld(options: NebulyWorldOptions): NebulyRecords {
  return runSteps(nebulyWorldSteps(options))
}

/**
 * The same build as steps: it pauses (`yield`) after each end user's interactions, so a server that answers
 * while it builds this world (after AurionAI's) keeps answering. Pausing moves no byte.
 */
export function* nebulyWorldSteps(options: NebulyWorldOptions): Generator<void, NebulyRecords, void> {
  const { nowMs, size } = checkWorldOptions(options, DEFAULT_INTERACTIONS)
  yield // the options are checked: a caller that runs the first step alone learns that before any work
  const stream = createSeededFaker(options.seed)
  // Interactions end an hour before now, so that "the last hour" is never half generated.
  const toMsExclusive = nowMs - HOUR_MS
  const fromMs = worldStart(nowMs)
  const projects: Project[] = []
  const interactions: Interaction[] = []
  for (const spec of PROJECTS) {
    const target = Math.round(size * spec.share)
    const built = yield* buildProject(stream, spec, target, fromMs, toMsExclusive - 1)
    projects.push(built.project)
    for (const interaction of built.interactions) interactions.push(interaction) // push(...x) overflows at 100k
  }
  return { projects, interactions }
}

/** Load a world's records into (new, or the given) @msw/data collections. */
export async function seedNebulyCollections(records: NebulyRecords, given?: NebulyCollections): Promise<NebulyCollections> {
  // collections.ts (zod and @msw/data) is loaded by the first call only.
  const collections = given ?? (await import('./collections.ts')).createNebulyCollections()
  await fillCollection(collections.projects, records.projects)
  await fillCollection(collections.interactions, records.interactions)
  return collections
}
