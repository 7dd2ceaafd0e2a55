// GET /api/v2/analytics/conversations/csat (seed 001 of docs/sources.md, decision 0001).
// A response counts when answered in the range (responded_at); it is rated when it also has a rating;
// positive = 4 or 5. `trend` and `per_agent` are computed over rated responses, so their counts add up
// to rated_responses (responses answered without a rating have no average to show).
import type { CsatTable } from '../../../generators/aurion/csat-table.ts'
import { compareStrings, csatInRange, userName } from '../view.ts'
import { formatDay, utcDayNumber } from '../../lib/time.ts'
import type { DateRange, TenantView } from '../view.ts'
import { percent, round1 } from '../../lib/rounding.ts'
import { runSteps, slices, type Steps } from '../../lib/steps.ts'

/** Scope to responses whose assignee (at survey time) is this agent and/or team. */
export interface CsatFilters {
  agent_id?: string | undefined
  team_id?: string | undefined
}

interface CsatDistributionRow {
  rating: number
  response_count: number
}

interface CsatTrendRow {
  day: string
  count: number
  avg_rating: number
}

interface CsatAgentRow {
  assignee_user_id: string
  assignee_name: string
  response_count: number
  avg_rating: number
  positive_rate: number
}

export interface AurionCsat {
  total_responses: number
  rated_responses: number
  avg_rating: number
  positive_responses: number
  positive_rate: number
  distribution: CsatDistributionRow[]
  trend: CsatTrendRow[]
  per_agent: CsatAgentRow[]
}

/** Whether the response at `row` of `table` passes the filters. */
export function matchesCsatFilters(table: CsatTable, row: number, filters: CsatFilters | undefined): boolean {
  if (filters?.agent_id !== undefined && table.assigneeUser.get(row) !== filters.agent_id) return false
  if (filters?.team_id !== undefined && table.assigneeTeam.get(row) !== filters.team_id) return false
  return true
}

/** Sum and count of ratings; mean with one decimal. */
class RatingTally {
  count = 0
  sum = 0
  positive = 0

  add(rating: number): void {
    this.count += 1
    this.sum += rating
    if (rating >= 4) this.positive += 1
  }

  avg(): number {
    return this.count === 0 ? 0 : round1(this.sum / this.count)
  }
}

export function aurionCsat(view: TenantView, range: DateRange, filters?: CsatFilters): AurionCsat {
  return runSteps(aurionCsatSteps(view, range, filters))
}

/** The same in slices (see lib/steps.ts). */
export function* aurionCsatSteps(view: TenantView, range: DateRange, filters?: CsatFilters): Steps<AurionCsat> {
  const { rows, ms } = csatInRange(view, range)
  const table = view.csatTable
  let total = 0
  const overall = new RatingTally()
  const byRating = [0, 0, 0, 0, 0, 0]
  // Responses are sorted by responded_at, so days arrive in order.
  const trend: { day: number; tally: RatingTally }[] = []
  const byAgent = new Map<string, RatingTally>()
  yield* slices(0, rows.length, (from, to) => {
    for (let i = from; i < to; i++) {
      const r = rows[i]!
      if (!matchesCsatFilters(table, r, filters)) continue
      total += 1
      const rating = table.rating[r]!
      if (rating === 0) continue
      overall.add(rating)
      byRating[rating] = (byRating[rating] ?? 0) + 1
      const day = utcDayNumber(ms[i]!)
      let last = trend[trend.length - 1]
      if (!last || last.day !== day) {
        last = { day, tally: new RatingTally() }
        trend.push(last)
      }
      last.tally.add(rating)
      const agent = table.assigneeUser.get(r)
      if (agent !== null) {
        let tally = byAgent.get(agent)
        if (!tally) {
          tally = new RatingTally()
          byAgent.set(agent, tally)
        }
        tally.add(rating)
      }
    }
  })
  return {
    total_responses: total,
    rated_responses: overall.count,
    avg_rating: overall.avg(),
    positive_responses: overall.positive,
    positive_rate: percent(overall.positive, overall.count),
    // All five ratings, 5 first, zeros included.
    distribution: [5, 4, 3, 2, 1].map((rating) => ({ rating, response_count: byRating[rating] ?? 0 })),
    trend: trend.map(({ day, tally }) => ({ day: formatDay(day), count: tally.count, avg_rating: tally.avg() })),
    // Most responses first, ties by name then id.
    per_agent: [...byAgent]
      .map(([id, tally]) => ({
        assignee_user_id: id,
        assignee_name: userName(view, id),
        response_count: tally.count,
        avg_rating: tally.avg(),
        positive_rate: percent(tally.positive, tally.count),
      }))
      .sort(
        (a, b) =>
          b.response_count - a.response_count ||
          compareStrings(a.assignee_name, b.assignee_name) ||
          compareStrings(a.assignee_user_id, b.assignee_user_id),
      ),
  }
}
