import { describe, expect, it } from 'vitest'
import { buildChatlayerWorld, seedChatlayerCollections } from '../../generators/chatlayer/world.ts'
import { buildNebulyWorld, seedNebulyCollections } from '../../generators/nebuly/world.ts'
import { indexTransitionsByConversation } from '../../mocks/chatlayer/reports/series.ts'
import { interactionAggregates } from '../../mocks/nebuly/reports/aggregates.ts'
import { nebulyDocument } from '../../contracts/generated/nebuly-document.ts'
import { worldStart } from '../../generators/lib/history.ts'

const NOW = new Date('2026-03-15T12:00:00Z')
const DAY_MS = 86_400_000
const START = worldStart(NOW.getTime())

/**
 * No cliff: the first record within two days of the 13-month window's start, and every full week (Monday
 * to Sunday) within 30% of the weekly mean.
 */
function expectSteadyHistory(times: number[]) {
  expect(Math.min(...times)).toBeGreaterThanOrEqual(START)
  expect(Math.min(...times)).toBeLessThan(START + 2 * DAY_MS)
  const firstMonday = START + ((8 - new Date(START).getUTCDay()) % 7) * DAY_MS
  const weeks = Math.floor((NOW.getTime() - firstMonday) / (7 * DAY_MS))
  expect(weeks).toBeGreaterThanOrEqual(55)
  const counts = new Array<number>(weeks).fill(0)
  for (const t of times) {
    const w = Math.floor((t - firstMonday) / (7 * DAY_MS))
    if (w >= 0 && w < weeks) counts[w]! += 1
  }
  const mean = counts.reduce((a, b) => a + b, 0) / weeks
  const worst = Math.max(...counts.map((n) => Math.abs(n - mean) / mean))
  expect(worst, counts.join(' ')).toBeLessThan(0.3)
}

describe('Chatlayer world', () => {
  const world = buildChatlayerWorld({ seed: 11, now: NOW })

  it('is a pure function of seed, now and size', () => {
    const again = buildChatlayerWorld({ seed: 11, now: new Date(NOW) })
    expect(JSON.stringify(again)).toBe(JSON.stringify(world))
    // Building another world in between changes nothing: no shared state.
    buildChatlayerWorld({ seed: 12, now: NOW, size: 50 })
    expect(JSON.stringify(buildChatlayerWorld({ seed: 11, now: NOW }))).toBe(JSON.stringify(world))
    const other = buildChatlayerWorld({ seed: 12, now: NOW })
    expect(other.conversations[0]!.id).not.toBe(world.conversations[0]!.id)
  })

  it('drops users off after a human pause, not a fixed second after their last step', () => {
    const byConversation = indexTransitionsByConversation(world.transitions)
    const pauses: number[] = []
    for (const path of byConversation.values()) {
      const last = path.at(-1)
      if (last?.to_step.id !== 'DROPOFF' || path.length < 2) continue
      pauses.push((Date.parse(last.timestamp) - Date.parse(path.at(-2)!.timestamp)) / 1000)
    }
    expect(pauses.length).toBeGreaterThan(100)
    expect(new Set(pauses).size).toBeGreaterThan(pauses.length / 2)
    expect(Math.min(...pauses)).toBeGreaterThanOrEqual(3)
    expect(pauses.filter((p) => p > 60).length).toBeGreaterThan(0)
  })

  it('has 2-3 teams, one token each, 2-4 bots per team', () => {
    expect(world.teams.length).toBeGreaterThanOrEqual(2)
    expect(world.teams.length).toBeLessThanOrEqual(3)
    for (const team of world.teams) {
      expect(world.apiTokens.filter((t) => t.team_id === team.id)).toHaveLength(1)
      const bots = world.bots.filter((b) => b.team_id === team.id).length
      expect(bots).toBeGreaterThanOrEqual(2)
      expect(bots).toBeLessThanOrEqual(4)
    }
  })

  it('spreads `size` conversations over the 13 months before now, mostly LIVE, busier in office hours', () => {
    expect(world.conversations).toHaveLength(3000)
    expect(buildChatlayerWorld({ seed: 11, now: NOW, size: 200 }).conversations).toHaveLength(200)
    const teamOfBot = new Map(world.bots.map((b) => [b.id, b.team_id]))
    const wrong = world.conversations.filter(
      (c) =>
        Date.parse(c.started_at) < START ||
        Date.parse(c.ended_at) > NOW.getTime() ||
        c.duration_seconds !== Math.round((Date.parse(c.ended_at) - Date.parse(c.started_at)) / 1000) ||
        teamOfBot.get(c.bot_id) !== c.team_id,
    )
    expect(wrong).toEqual([])
    const drafts = world.conversations.filter((c) => c.bot_version === 'DRAFT').length
    expect(drafts).toBeGreaterThan(0)
    expect(drafts).toBeLessThan(world.conversations.length * 0.2)
    const hour = (h: number) => world.conversations.filter((c) => new Date(c.started_at).getUTCHours() === h).length
    expect(hour(10)).toBeGreaterThan(hour(3) * 5)
  })

  it('covers 13 months at a steady volume: no cliff, every full week within 30% of the mean', () => {
    const big = buildChatlayerWorld({ seed: 7, now: NOW, size: 40_000 })
    expectSteadyHistory(big.conversations.map((c) => Date.parse(c.started_at)))
  })

  it('walks each conversation through its bot graph, about 20% dropping off', () => {
    const index = indexTransitionsByConversation(world.transitions)
    let dropped = 0
    // Collected, not asserted one by one: 30,000 expect() calls would dominate the run time.
    const problems: string[] = []
    for (const c of world.conversations) {
      const path = index.get(c.id) ?? []
      if (path.length < 2 || path[0]!.from_step.id !== 'welcome') problems.push(`${c.id}: bad start`)
      for (const [i, t] of path.entries()) {
        if (t.depth !== i + 1) problems.push(`${t.id}: depth ${t.depth} at ${i}`)
        if (i > 0 && t.from_step.id !== path[i - 1]!.to_step.id) problems.push(`${t.id}: broken path`)
        if (t.timestamp < c.started_at || t.timestamp > c.ended_at) problems.push(`${t.id}: outside the conversation`)
        if (t.to_step.id === 'DROPOFF' && i !== path.length - 1) problems.push(`${t.id}: DROPOFF not last`)
      }
      if (path.at(-1)?.to_step.id === 'DROPOFF') dropped += 1
      const userMessages = new Set(path.map((t) => t.message_id)).size
      const botMessages = path.filter((t) => t.to_step.type === 'BOT_DIALOG' || t.to_step.type === 'INPUT_VALIDATION').length
      if (c.num_messages !== userMessages + botMessages) problems.push(`${c.id}: num_messages`)
    }
    expect(problems).toEqual([])
    expect(dropped / world.conversations.length).toBeGreaterThan(0.15)
    expect(dropped / world.conversations.length).toBeLessThan(0.25)
  })

  it('seeds @msw/data collections with every record', async () => {
    const small = buildChatlayerWorld({ seed: 3, now: NOW, size: 100 })
    const collections = await seedChatlayerCollections(small)
    expect(collections.teams.count()).toBe(small.teams.length)
    expect(collections.apiTokens.count()).toBe(small.apiTokens.length)
    expect(collections.bots.count()).toBe(small.bots.length)
    expect(collections.conversations.count()).toBe(100)
    expect(collections.transitions.count()).toBe(small.transitions.length)
  })
})

describe('Nebuly world', () => {
  const world = buildNebulyWorld({ seed: 5, now: NOW })

  it('is a pure function of seed, now and size', () => {
    buildNebulyWorld({ seed: 6, now: NOW, size: 40 })
    expect(JSON.stringify(buildNebulyWorld({ seed: 5, now: new Date(NOW) }))).toBe(JSON.stringify(world))
    expect(buildNebulyWorld({ seed: 6, now: NOW }).projects[0]!.api_key).not.toBe(world.projects[0]!.api_key)
  })

  it('has two projects with distinct keys and about `size` interactions in the 13 months before now', () => {
    expect(world.projects).toHaveLength(2)
    expect(world.projects[0]!.api_key).toMatch(/^nb_[0-9a-f]{40}$/)
    expect(new Set(world.projects.map((p) => p.api_key)).size).toBe(2)
    expect(world.interactions.length).toBeGreaterThanOrEqual(3000)
    expect(world.interactions.length).toBeLessThan(3200)
    const outside = world.interactions.filter((i) => Date.parse(i.timestamp) < START || Date.parse(i.timestamp) >= NOW.getTime())
    expect(outside).toEqual([])
  })

  it('covers 13 months at a steady volume: no cliff, every full week within 30% of the mean', () => {
    const big = buildNebulyWorld({ seed: 7, now: NOW, size: 40_000 })
    expectSteadyHistory(big.interactions.map((i) => Date.parse(i.timestamp)))
  })

  it('has recurring users with a stable cohort, and mostly no feedback with positive above negative', () => {
    const byUser = new Map<string, string[]>()
    for (const i of world.interactions) byUser.set(i.end_user, [...(byUser.get(i.end_user) ?? []), i.timestamp])
    const recurring = [...byUser.values()].filter((times) => new Set(times.map((t) => t.slice(0, 10))).size > 1).length
    expect(recurring / byUser.size).toBeGreaterThan(0.3)
    const wrongCohort = world.interactions.filter((i) => i.cohort !== byUser.get(i.end_user)!.toSorted()[0]!.slice(0, 7))
    expect(wrongCohort).toEqual([])
    const feedback = (prefix: string) => world.interactions.filter((i) => i.user_feedback?.startsWith(prefix)).length
    expect(world.interactions.filter((i) => i.user_feedback === null).length / world.interactions.length).toBeGreaterThan(0.6)
    expect(feedback('positive')).toBeGreaterThan(feedback('negative'))
  })

  it("gives day rows a retention: the share of the day's users seen on an earlier day", () => {
    // About 25 interactions a day, so that most days have a returning user.
    const busy = buildNebulyWorld({ seed: 5, now: NOW, size: 10_000 })
    const project = busy.projects[0]!
    const interactions = busy.interactions.filter((i) => i.project_id === project.id)
    const days = interactionAggregates(interactions, {
      time_range: { start: '2026-02-01T00:00:00Z', end: '2026-03-01T00:00:00Z' },
      filters: [],
      group_by: { kind: 'day' },
      variables: ['n_users', 'retention'],
      limit: 100,
      offset: 0,
    }).data
    expect(days.length).toBeGreaterThan(20)
    const positive = days.filter((d) => (d.retention ?? 0) > 0).length
    expect(positive / days.length).toBeGreaterThan(0.8)
    const mean = days.reduce((sum, d) => sum + (d.retention ?? 0), 0) / days.length
    expect(mean).toBeGreaterThan(20)
    expect(mean).toBeLessThan(95)
  })

  it("has the tag of the contract's example in its data", () => {
    const example = JSON.stringify(nebulyDocument)
    const tag = /"kind":"tag","tag":"([a-z_]+)"/.exec(example)?.[1]
    expect(tag).toBeDefined()
    expect(world.interactions.every((i) => tag! in i.tags)).toBe(true)
  })

  it('seeds @msw/data collections with every record', async () => {
    const small = buildNebulyWorld({ seed: 3, now: NOW, size: 100 })
    const collections = await seedNebulyCollections(small)
    expect(collections.projects.count()).toBe(2)
    expect(collections.interactions.count()).toBe(small.interactions.length)
  })

  it('rejects a size that is not a whole number', () => {
    expect(() => buildNebulyWorld({ seed: 1, now: NOW, size: 1.5 })).toThrow(RangeError)
    expect(() => buildChatlayerWorld({ seed: 1, now: 'not a date' })).toThrow(RangeError)
  })
})
