// GET /api/v2/analytics/conversations/teams (seed 001 of docs/sources.md): the team filter dropdown.
import { compareStrings } from '../view.ts'
import type { TenantView } from '../view.ts'

interface TeamOption {
  team_id: string
  team_name: string
}

export interface AurionTeams {
  teams: TeamOption[]
}

/** Every team of the tenant, by name then id. */
export function aurionTeams(view: TenantView): AurionTeams {
  return {
    teams: [...view.teams.values()]
      .map((t) => ({ team_id: t.id, team_name: t.name }))
      .sort((a, b) => compareStrings(a.team_name, b.team_name) || compareStrings(a.team_id, b.team_id)),
  }
}
