// GET /api/v2/analytics/conversations/sla-compliance (seed 001 of docs/sources.md).
// `first_response` and `resolution` each use their own SLA step. `by_priority` and `by_team` use the
// resolution SLA: it is the commitment a priority or a team is held to, and the insights' sla_breach_trend
// uses the same step (decision 0001), so the breakdowns and the trend add up to the `resolution` bucket.
import { PRIORITIES } from '../../../generators/aurion/model.ts'
import type { Conversation } from '../../../generators/aurion/model.ts'
import { SLA_MET, SLA_NOT_TRACKED, compareStrings, countedSpan, teamName } from '../view.ts'
import type { DateRange, TenantView } from '../view.ts'
import { percent } from '../../lib/rounding.ts'
import { runSteps, slices, type Steps } from '../../lib/steps.ts'

export type Priority = Conversation['priority']

export interface SlaBucket {
  tracked: number
  met: number
  breached: number
  compliance_rate: number
}

interface SlaPriorityBucket extends SlaBucket {
  priority: Priority
}

interface SlaTeamBucket extends SlaBucket {
  team_id: string
  team_name: string
}

export interface AurionSlaCompliance {
  first_response: SlaBucket
  resolution: SlaBucket
  by_priority: SlaPriorityBucket[]
  by_team: SlaTeamBucket[]
}

export function slaBucket(tracked: number, met: number): SlaBucket {
  return { tracked, met, breached: tracked - met, compliance_rate: percent(met, tracked) }
}

export function aurionSlaCompliance(view: TenantView, range: DateRange): AurionSlaCompliance {
  return runSteps(aurionSlaComplianceSteps(view, range))
}

/** The same in slices (see lib/steps.ts). */
export function* aurionSlaComplianceSteps(view: TenantView, range: DateRange): Steps<AurionSlaCompliance> {
  const { start, end } = countedSpan(view, range)
  const { slaFirstResponse, slaResolution, priority, assigneeTeam } = view.columns
  const index = view.countedIndex
  let frTracked = 0
  let frMet = 0
  let resTracked = 0
  let resMet = 0
  // Resolution SLA per priority code and per team code.
  const priorityTracked = new Float64Array(priority.values.size)
  const priorityMet = new Float64Array(priority.values.size)
  const teamTracked = new Float64Array(assigneeTeam.values.size)
  const teamMet = new Float64Array(assigneeTeam.values.size)
  yield* slices(start, end, (from, to) => {
    for (let k = from; k < to; k++) {
      const i = index[k]!
      const fr = slaFirstResponse[i]!
      if (fr !== SLA_NOT_TRACKED) {
        frTracked += 1
        if (fr === SLA_MET) frMet += 1
      }
      const res = slaResolution[i]!
      if (res === SLA_NOT_TRACKED) continue
      const met = res === SLA_MET ? 1 : 0
      resTracked += 1
      resMet += met
      const p = priority.codes[i]!
      priorityTracked[p]! += 1
      priorityMet[p]! += met
      const t = assigneeTeam.codes[i]!
      if (t >= 0) {
        teamTracked[t]! += 1
        teamMet[t]! += met
      }
    }
  })
  const byTeam: SlaTeamBucket[] = []
  teamTracked.forEach((tracked, code) => {
    const teamId = assigneeTeam.values.values[code]
    if (tracked > 0 && teamId !== undefined) {
      byTeam.push({ team_id: teamId, team_name: teamName(view, teamId), ...slaBucket(tracked, teamMet[code] ?? 0) })
    }
  })
  return {
    first_response: slaBucket(frTracked, frMet),
    resolution: slaBucket(resTracked, resMet),
    // urgent, high, medium, low; priorities without a tracked conversation are left out.
    by_priority: PRIORITIES.flatMap((p) => {
      const code = priority.values.codeOf(p)
      const tracked = priorityTracked[code] ?? 0
      return tracked > 0 ? [{ priority: p, ...slaBucket(tracked, priorityMet[code] ?? 0) }] : []
    }),
    // Teams with tracked conversations, most tracked first, ties by name then id.
    by_team: byTeam.sort(
      (a, b) => b.tracked - a.tracked || compareStrings(a.team_name, b.team_name) || compareStrings(a.team_id, b.team_id),
    ),
  }
}
