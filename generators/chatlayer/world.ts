// The seeded Chatlayer world: teams with API tokens, bots with a dialog graph each, and conversations
// that walk those graphs. A pure function of (seed, now, size): one Faker instance per build, time
// derived from `now` only.
import { runSteps } from '../lib/steps.ts'
import {
  DROPOFF_STEP,
  type ApiToken,
  type Bot,
  type BotVersion,
  type ChatlayerCollections,
  type ChatlayerRecords,
  type Conversation,
  type Step,
  type Team,
  type Transition,
} from './model.ts'
import {
  HOUR_MS,
  checkWorldOptions,
  createSeededFaker,
  fillCollection,
  type SeededFaker,
  weightedPick,
  type WorldOptions,
} from '../lib/seeded.ts'
import { worldStart } from '../lib/history.ts'
import { randomUuid } from '../lib/ids.ts'

/**
 * `size`: conversations in the whole world (all teams together, the 13 months before `now`), like AurionAI's
 * size. Default 3,000: about 7.5 a day.
 */
export type ChatlayerWorldOptions = WorldOptions

export const DEFAULT_CONVERSATIONS = 3000

/** Relative traffic per UTC hour: quiet nights, a morning peak and a long afternoon (European teams). */
const HOUR_WEIGHTS = [
  0.15, 0.1, 0.08, 0.08, 0.1, 0.2, 0.45, 0.9, 1.5, 1.9, 2.0, 1.85, 1.6, 1.75, 1.8, 1.7, 1.5, 1.2, 0.95, 0.8, 0.7, 0.55, 0.4, 0.25,
]
const WEEKEND_FACTOR = 0.45

interface IntentTemplate {
  slug: string
  /** Questions the bot asks before it can answer (each one waits for the user). */
  asks: string[]
  /** The bot calls a back end (order lookup, CRM, ...) before answering. */
  action: boolean
  /** The intent ends with a handover to a human agent instead of "anything else?". */
  handover?: boolean
}

interface BotTemplate {
  name: string
  intents: IntentTemplate[]
}

const BOT_TEMPLATES: BotTemplate[] = [
  {
    name: 'Customer Service Assistant',
    intents: [
      { slug: 'track_order', asks: ['order_number'], action: true },
      { slug: 'return_item', asks: ['order_number', 'return_reason'], action: true },
      { slug: 'opening_hours', asks: [], action: false },
      { slug: 'delivery_options', asks: ['postcode'], action: true },
      { slug: 'talk_to_agent', asks: [], action: false, handover: true },
    ],
  },
  {
    name: 'Banking Bot',
    intents: [
      { slug: 'block_card', asks: ['card_last_digits'], action: true },
      { slug: 'check_balance', asks: ['account'], action: true },
      { slug: 'report_fraud', asks: ['description'], action: false, handover: true },
      { slug: 'loan_information', asks: [], action: false },
    ],
  },
  {
    name: 'Telecom Helper',
    intents: [
      { slug: 'top_up', asks: ['phone_number', 'amount'], action: true },
      { slug: 'invoice_question', asks: ['invoice_number'], action: true },
      { slug: 'roaming', asks: ['destination'], action: false },
      { slug: 'change_plan', asks: [], action: false, handover: true },
    ],
  },
  {
    name: 'HR Helpdesk',
    intents: [
      { slug: 'leave_request', asks: ['start_date', 'end_date'], action: true },
      { slug: 'payslip', asks: ['month'], action: true },
      { slug: 'expense_policy', asks: [], action: false },
    ],
  },
  {
    name: 'Insurance Claims Bot',
    intents: [
      { slug: 'file_claim', asks: ['policy_number', 'incident_date', 'description'], action: true },
      { slug: 'claim_status', asks: ['claim_number'], action: true },
      { slug: 'coverage_question', asks: [], action: false },
    ],
  },
  {
    name: 'Travel Companion',
    intents: [
      { slug: 'change_booking', asks: ['booking_reference', 'new_date'], action: true },
      { slug: 'baggage_allowance', asks: [], action: false },
      { slug: 'online_check_in', asks: ['booking_reference'], action: true },
      { slug: 'flight_status', asks: ['flight_number'], action: true },
    ],
  },
]

/** Where a team's users are: languages and channels with weights. */
interface TeamProfile {
  languages: [string, number][]
  channels: [string, number][]
}

const TEAM_PROFILES: TeamProfile[] = [
  {
    languages: [
      ['nl', 5],
      ['fr', 3.5],
      ['en', 1.5],
    ],
    channels: [
      ['WEBCHAT', 5],
      ['WHATSAPP', 4],
      ['MESSENGER', 1.5],
      ['SMS', 0.5],
    ],
  },
  {
    languages: [
      ['en', 6],
      ['es', 3],
      ['fr', 1],
    ],
    channels: [
      ['WEBCHAT', 4],
      ['WHATSAPP', 3],
      ['MESSENGER', 2],
      ['INSTAGRAM', 1],
      ['RCS', 0.5],
    ],
  },
  {
    languages: [
      ['de', 6],
      ['en', 3],
      ['fr', 1],
    ],
    channels: [
      ['WEBCHAT', 5],
      ['TEAMS', 3],
      ['WHATSAPP', 2],
      ['SMS', 1],
    ],
  },
]

const CAMPAIGN_SOURCES = ['facebook_ads', 'google_ads', 'qr_code', 'newsletter', 'whatsapp_template']
const CAMPAIGN_NAMES = ['spring_sale', 'black_friday', 'onboarding', 'summer_promo', 'winback', 'survey']

/** One bot's dialog graph, reduced to what the flows need. */
interface DialogGraph {
  welcome: Step
  mainMenu: Step
  notUnderstood: Step
  anythingElse: Step
  backToMenu: Step
  goodbye: Step
  handover: Step
  intents: {
    entry: Step
    asks: Step[]
    lookup: Step | null
    answer: Step
    handover: boolean
    weight: number
  }[]
}

function dialogGraph(template: BotTemplate): DialogGraph {
  const step = (id: string, type: string): Step => ({ id, type })
  return {
    welcome: step('welcome', 'BOT_DIALOG'),
    mainMenu: step('main_menu', 'INPUT_VALIDATION'),
    notUnderstood: step('not_understood', 'BOT_DIALOG'),
    anythingElse: step('anything_else', 'INPUT_VALIDATION'),
    backToMenu: step('back_to_menu', 'GO_TO'),
    goodbye: step('goodbye', 'BOT_DIALOG'),
    handover: step('handover_to_agent', 'ACTION'),
    intents: template.intents.map((intent, i) => ({
      entry: step(intent.slug, 'BOT_DIALOG'),
      asks: intent.asks.map((ask) => step(`${intent.slug}_ask_${ask}`, 'INPUT_VALIDATION')),
      lookup: intent.action ? step(`${intent.slug}_lookup`, 'ACTION') : null,
      answer: step(`${intent.slug}_answer`, 'BOT_DIALOG'),
      handover: intent.handover === true,
      // The first intents of a template are the common ones.
      weight: 1 / (i + 1),
    })),
  }
}

/**
 * The steps a conversation reaches, cut into the user messages that made the bot move. Every
 * segment but the last ends on a step that waits for the user (INPUT_VALIDATION).
 */
function plannedSegments(faker: SeededFaker, graph: DialogGraph): Step[][] {
  const segments: Step[][] = [[graph.mainMenu]] // opening message: welcome -> main menu
  const intentCount = faker.helpers.weightedArrayElement([
    { value: 1, weight: 70 },
    { value: 2, weight: 25 },
    { value: 3, weight: 5 },
  ])
  for (let k = 0; k < intentCount; k++) {
    if (faker.datatype.boolean({ probability: 0.15 })) segments.push([graph.notUnderstood, graph.mainMenu])
    const intent = faker.helpers.weightedArrayElement(graph.intents.map((value) => ({ value, weight: value.weight })))
    let segment: Step[] = [intent.entry]
    for (const ask of intent.asks) {
      segment.push(ask)
      segments.push(segment)
      segment = []
    }
    if (intent.lookup) segment.push(intent.lookup)
    segment.push(intent.answer)
    if (intent.handover) {
      segment.push(graph.handover)
      segments.push(segment)
      return segments
    }
    segment.push(graph.anythingElse)
    segments.push(segment)
    segments.push(k + 1 < intentCount ? [graph.backToMenu, graph.mainMenu] : [graph.goodbye])
  }
  return segments
}

/** Start of each UTC hour in [from, to) and its traffic weight, with a cumulative sum for sampling. */
function hourSlots(fromMs: number, toMs: number) {
  const starts: number[] = []
  const cumulative: number[] = []
  let total = 0
  for (let t = fromMs; t < toMs; t += HOUR_MS) {
    const d = new Date(t)
    const weekday = d.getUTCDay()
    const weekend = weekday === 0 || weekday === 6 ? WEEKEND_FACTOR : 1
    // Adoption grows a little over the period (20% in 13 months), as a bot in production usually does.
    const growth = 1 + (0.2 * (t - fromMs)) / (toMs - fromMs)
    total += (HOUR_WEIGHTS[d.getUTCHours()] ?? 1) * weekend * growth
    starts.push(t)
    cumulative.push(total)
  }
  return { starts, cumulative, total }
}

function sampleSlot(faker: SeededFaker, slots: ReturnType<typeof hourSlots>): number {
  const u = faker.number.float({ min: 0, max: slots.total })
  let lo = 0
  let hi = slots.cumulative.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (slots.cumulative[mid]! < u) lo = mid + 1
    else hi = mid
  }
  return slots.starts[lo]!
}

interface BotPlan {
  bot: Bot
  graph: DialogGraph
  profile: TeamProfile
  weight: number
  users: string[]
  testers: string[]
  campaigns: { id: string; source: string }[]
}

export function buildChatlayerWorld(options: ChatlayerWorldOptions): ChatlayerRecords {
  return runSteps(chatlayerWorldSteps(options))
}

/** Conversations built between two pauses of chatlayerWorldSteps: well under a millisecond of work. */
const CONVERSATIONS_PER_STEP = 16

/**
 * The same build as steps: it pauses (`yield`) every few conversations, so a server that answers while it
 * builds this world (after AurionAI's) keeps answering. Pausing moves no byte: the steps run in order.
 */
export function* chatlayerWorldSteps(options: ChatlayerWorldOptions): Generator<void, ChatlayerRecords, void> {
  const { nowMs, size } = checkWorldOptions(options, DEFAULT_CONVERSATIONS)
  yield // the options are checked: a caller that runs the first step alone learns that before any work
  const { faker, next } = createSeededFaker(options.seed)

  const teams: Team[] = []
  const apiTokens: ApiToken[] = []
  const bots: Bot[] = []
  const plans: BotPlan[] = []

  const teamCount = faker.number.int({ min: 2, max: 3 })
  const templates = faker.helpers.shuffle([...BOT_TEMPLATES])
  for (let t = 0; t < teamCount; t++) {
    const team: Team = { id: randomUuid(next), name: faker.company.name() }
    teams.push(team)
    apiTokens.push({
      token_id: faker.string.alphanumeric({ length: 20, casing: 'lower' }),
      token_secret: faker.string.alphanumeric({ length: 40 }),
      team_id: team.id,
    })
    const profile = TEAM_PROFILES[t % TEAM_PROFILES.length]!
    const campaigns = Array.from({ length: faker.number.int({ min: 1, max: 3 }) }, () => ({
      id: `cmp_${faker.helpers.arrayElement(CAMPAIGN_NAMES)}_${faker.string.alphanumeric({ length: 6, casing: 'lower' })}`,
      source: faker.helpers.arrayElement(CAMPAIGN_SOURCES),
    }))
    const botCount = faker.number.int({ min: 2, max: 4 })
    for (let b = 0; b < botCount; b++) {
      // Templates are shared out round-robin so that bots of one team differ.
      const template = templates[(t * 4 + b) % templates.length]!
      const bot: Bot = {
        id: faker.string.alphanumeric({ length: 12, casing: 'lower' }),
        team_id: team.id,
        name: `${team.name.split(/[ ,]/)[0] ?? 'Acme'} ${template.name}`,
      }
      bots.push(bot)
      plans.push({
        bot,
        graph: dialogGraph(template),
        profile,
        weight: faker.number.float({ min: 0.5, max: 3 }),
        users: [],
        testers: Array.from({ length: 3 }, () => `tester-${faker.string.alphanumeric({ length: 8, casing: 'lower' })}`),
        campaigns,
      })
    }
  }

  yield
  // Start times first, in chronological order, then one conversation each: records come out sorted.
  const firstHour = Math.ceil(worldStart(nowMs) / HOUR_MS) * HOUR_MS
  // The last slot starts two hours before now's hour: a conversation (under an hour) ends before now.
  const slots = hourSlots(firstHour, Math.floor(nowMs / HOUR_MS) * HOUR_MS - HOUR_MS)
  yield
  const starts: number[] = []
  for (let i = 0; i < size; i++) {
    if (i > 0 && i % (CONVERSATIONS_PER_STEP * 16) === 0) yield
    starts.push(sampleSlot(faker, slots) + faker.number.int({ min: 0, max: HOUR_MS - 1 }))
  }
  yield
  starts.sort((a, b) => a - b)
  yield

  const conversations: Conversation[] = []
  const transitions: Transition[] = []
  const botChoices = plans.map((plan) => ({ value: plan, weight: plan.weight }))
  for (const [i, startedMs] of starts.entries()) {
    if (i > 0 && i % CONVERSATIONS_PER_STEP === 0) yield
    const plan = faker.helpers.weightedArrayElement(botChoices)
    const version: BotVersion = faker.datatype.boolean({ probability: 0.08 }) ? 'DRAFT' : 'LIVE'
    const draft = version === 'DRAFT'
    // Builders test DRAFT in the web emulator; LIVE users come through the team's channels.
    const channel = draft ? 'WEBCHAT' : weightedPick(faker, plan.profile.channels)
    const language = weightedPick(faker, plan.profile.languages)
    let userId: string
    if (draft) userId = faker.helpers.arrayElement(plan.testers)
    else if (plan.users.length > 0 && faker.datatype.boolean({ probability: 0.3 })) {
      userId = faker.helpers.arrayElement(plan.users) // a returning user
    } else {
      userId = randomUuid(next)
      plan.users.push(userId)
    }
    const campaign =
      !draft && channel !== 'TEAMS' && faker.datatype.boolean({ probability: 0.2 }) ? faker.helpers.arrayElement(plan.campaigns) : null

    const conversationId = randomUuid(next)
    let segments = plannedSegments(faker, plan.graph)
    const dropped = faker.datatype.boolean({ probability: 0.2 })
    if (dropped) segments = segments.slice(0, faker.number.int({ min: 1, max: segments.length - 1 }))

    let from: Step = plan.graph.welcome
    let depth = 0
    let clock = startedMs
    let messageId = ''
    let botMessages = 0
    const push = (to: Step) => {
      depth += 1
      transitions.push({
        id: randomUuid(next),
        conversation_id: conversationId,
        message_id: messageId,
        from_step: { ...from },
        to_step: { ...to },
        depth,
        timestamp: new Date(clock).toISOString(),
      })
      if (to.type === 'BOT_DIALOG' || to.type === 'INPUT_VALIDATION') botMessages += 1
      from = to
    }
    segments.forEach((segment, i) => {
      // The user takes a while to read and type before each message but the first.
      if (i > 0) clock += faker.number.int({ min: 4_000, max: faker.datatype.boolean({ probability: 0.7 }) ? 30_000 : 120_000 })
      messageId = randomUuid(next)
      for (const to of segment) {
        clock += faker.number.int({ min: 120, max: 900 })
        push(to)
      }
    })
    // A user who left: the session ends on the DROPOFF step, under the last message they sent, once they
    // have read the last answer and given up (seconds for most, minutes for some).
    if (dropped) {
      clock += faker.number.int({ min: 3_000, max: faker.datatype.boolean({ probability: 0.7 }) ? 45_000 : 600_000 })
      push(DROPOFF_STEP)
    }

    conversations.push({
      id: conversationId,
      bot_id: plan.bot.id,
      team_id: plan.bot.team_id,
      bot_version: version,
      user_id: userId,
      channel_type: channel,
      language,
      campaign_id: campaign?.id ?? null,
      campaign_source: campaign?.source ?? null,
      started_at: new Date(startedMs).toISOString(),
      ended_at: new Date(clock).toISOString(),
      duration_seconds: Math.round((clock - startedMs) / 1000),
      // User messages (one per message id) plus bot messages (one per dialog or question step reached).
      num_messages: segments.length + botMessages,
    })
  }

  return { teams, apiTokens, bots, conversations, transitions }
}

/** Load a world's records into (new, or the given) @msw/data collections. */
export async function seedChatlayerCollections(records: ChatlayerRecords, given?: ChatlayerCollections): Promise<ChatlayerCollections> {
  // collections.ts (zod and @msw/data) is loaded by the first call only.
  const collections = given ?? (await import('./collections.ts')).createChatlayerCollections()
  await fillCollection(collections.teams, records.teams)
  await fillCollection(collections.apiTokens, records.apiTokens)
  await fillCollection(collections.bots, records.bots)
  await fillCollection(collections.conversations, records.conversations)
  await fillCollection(collections.transitions, records.transitions)
  return collections
}
