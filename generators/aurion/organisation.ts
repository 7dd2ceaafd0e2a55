// Teams and users of a tenant: one user per role (so every RBAC branch can be exercised) plus agents.
import { ROLES } from './model.ts'
import type { Role, Team, User } from './model.ts'
import { TEAM_NAMES } from './catalog.ts'
import type { NamePool } from './people.ts'
import { emailLocal, pickName } from './people.ts'
import type { Rng } from './random.ts'
import type { TenantInfo } from './tenants.ts'

export interface Organisation {
  teams: Team[]
  users: User[]
  /** Users a conversation can be assigned to, per team index (agents, plus the supervisor). */
  assignableByTeam: User[][]
  /** Every agent or supervisor of the tenant. */
  assignable: User[]
}

/** Roles that work the queue: they get a team. */
const TEAM_ROLES: ReadonlySet<Role> = new Set(['agent', 'supervisor'])

/** New conversations (plus escalated calls) one agent takes a day: seed 001's "Jane Doe" has 60 in 8 days. */
export const CONVERSATIONS_PER_AGENT_DAY = 7.5
/** Share of the work that reaches a person (human resolutions, escalations, follow-ups). */
const HUMAN_SHARE = 0.6
/** Share of calls that end with a human (escalations). */
const CALL_ESCALATION_SHARE = 0.2

export function buildOrganisation(rng: Rng, info: TenantInfo, names: NamePool, usedTokens: Set<string>, days: number): Organisation {
  const tenantId = info.tenant.id
  // "Tier 1" always exists (seed examples use it); 2-5 more from the pool.
  const extra = rng.shuffle(TEAM_NAMES).slice(0, rng.int(2, 5))
  const teams: Team[] = ['Tier 1', ...extra].map((name) => ({
    id: rng.uuid(),
    tenant_id: tenantId,
    name,
    department_id: rng.uuid(),
  }))

  const usedEmails = new Set<string>()
  const users: User[] = []
  const assignableByTeam: User[][] = teams.map(() => [])

  const addUser = (role: Role, team: Team | null, teamIndex: number): void => {
    const name = pickName(rng, names)
    let local = emailLocal(name)
    for (let n = 2; usedEmails.has(local); n++) local = `${emailLocal(name)}${n}`
    usedEmails.add(local)
    let token = ''
    do token = `sess_${info.plan.slug}_${role}_${rng.hex(24)}`
    while (usedTokens.has(token))
    usedTokens.add(token)
    const user: User = {
      id: rng.uuid(),
      tenant_id: tenantId,
      name: name.full,
      email: `${local}@${info.domain}`,
      role,
      team_id: team?.id ?? null,
      session_token: token,
    }
    users.push(user)
    if (team && TEAM_ROLES.has(role)) assignableByTeam[teamIndex]?.push(user)
  }

  // One user per role; queue roles sit in Tier 1.
  for (const role of ROLES) {
    if (TEAM_ROLES.has(role)) addUser(role, teams[0] ?? null, 0)
    else addUser(role, null, -1)
  }
  // Staff sized to the daily volume (at least one agent a team), round-robin over teams so every team has
  // people to assign.
  const daily = (info.conversations * HUMAN_SHARE + info.calls * CALL_ESCALATION_SHARE) / Math.max(1, days)
  const agentCount = Math.max(teams.length, Math.round((daily / CONVERSATIONS_PER_AGENT_DAY) * rng.between(0.9, 1.2)))
  for (let i = 0; i < agentCount; i++) {
    const teamIndex = (i + 1) % teams.length
    addUser('agent', teams[teamIndex] ?? null, teamIndex)
  }

  return { teams, users, assignableByTeam, assignable: assignableByTeam.flat() }
}
