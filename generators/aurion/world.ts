// buildAurionWorld: the whole AurionAI world as plain records, a pure function of (seed, now, size).
import { runSteps } from '../lib/steps.ts'
import { emptyAurionRecords, type AurionRecords } from './model.ts'
import { createSeededFaker, DAY_MS } from '../lib/seeded.ts'
import { buildCalls } from './calls.ts'
import { createIsoFormatter, worldStart } from './clock.ts'
import { buildContacts } from './contacts.ts'
import { buildConversations } from './conversations.ts'
import { buildCsat } from './csat.ts'
import type { IdCounters } from './help-center.ts'
import { buildArticles, buildEmailChannels, finishArticles } from './help-center.ts'
import { buildOrganisation } from './organisation.ts'
import { buildNamePool } from './people.ts'
import { Rng } from './random.ts'
import { buildTenants, hasHelpdesk } from './tenants.ts'

/**
 * Conversations of the default tenant over the whole world (13 months) when the caller does not choose a
 * size: about 35 a day, the volume of seed 001's example (285 in 8 days).
 */
export const DEFAULT_CONVERSATIONS = 14_000

export interface AurionWorldOptions {
  seed: number
  /** The world ends here: every event happened at or before `now`, none before worldStart(now) (13 months). */
  now: Date
  /**
   * Conversations of the default tenant over the whole 13 months (spread evenly, so a 120-day range holds
   * about 30% of them); other tenants and calls are shares of it (tenants.ts).
   */
  size: number
}

function checkOptions({ seed, now, size }: AurionWorldOptions): void {
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`)
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new RangeError('now must be a valid Date')
  if (!Number.isInteger(size) || size < 0) throw new RangeError(`size must be an integer >= 0, got ${size}`)
}

export function buildAurionWorld(options: AurionWorldOptions): AurionRecords {
  return runSteps(aurionWorldSteps(options))
}

/**
 * The same build as steps: it pauses (`yield`) between the parts of each tenant, so a browser can give the
 * page a turn between them (createLazyMock). Pausing moves no byte: the steps run in the same order.
 */
export function* aurionWorldSteps(options: AurionWorldOptions): Generator<void, AurionRecords, void> {
  checkOptions(options)
  const rng = new Rng(createSeededFaker(options.seed))
  const now = options.now.getTime()
  const start = worldStart(now)
  const iso = createIsoFormatter()

  const world = emptyAurionRecords()
  const names = buildNamePool(rng)
  const counters: IdCounters = { channel: 0, article: 0 }
  const usedTokens = new Set<string>()
  // push(...x) would overflow the stack for 100k records.
  const append = <T>(target: T[], items: readonly T[]) => {
    for (const item of items) target.push(item)
  }

  const tenants = buildTenants(rng, options.size)
  let conversations = 0
  for (const info of tenants) if (hasHelpdesk(info.tenant.profile)) conversations += info.conversations
  world.conversations.reserve(conversations)
  for (const info of tenants) {
    yield
    world.tenants.push(info.tenant)
    const org = buildOrganisation(rng, info, names, usedTokens, (now - start) / DAY_MS)
    const book = buildContacts(rng, info, names)
    append(world.teams, org.teams)
    append(world.users, org.users)
    append(world.companies, book.companies)
    append(world.contacts, book.contacts)

    if (hasHelpdesk(info.tenant.profile)) {
      const channels = buildEmailChannels(rng, info, counters)
      const articles = buildArticles(rng, info, counters)
      yield
      const batch = buildConversations(rng, { info, org, book, channels, articles, start, now }, world.conversations)
      yield
      // Views grow with traffic so a big world does not show 30 views per article.
      finishArticles(rng, articles, batch.citations, Math.max(1, info.conversations / 3000))
      append(world.emailChannels, channels.channels)
      append(world.articles, articles.articles)
      buildCsat(rng, world.csatResponses, batch, now)
    }
    yield
    buildCalls(rng, iso, info, book, org, { start, now }, world.calls, world.llmUsage)
  }
  world.llmUsage.trim()
  world.conversations.trim()
  world.csatResponses.trim()
  return world
}
