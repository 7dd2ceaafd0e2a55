// Chatlayer access control (seed 002 of docs/sources.md): HTTP Basic with `tokenId:tokenSecret`; a token is scoped to the
// team that created it and reads that team and its bots only. Errors in grpc-gateway's shape.
import { basicCredentials } from '../core/credentials.ts'
import { ApiError } from '../core/errors.ts'
import type { AuthResult } from '../core/pipeline.ts'
import type { ApiToken, Bot, Team } from '../../generators/chatlayer/model.ts'

export interface ChatlayerPrincipal {
  token: ApiToken
  team: Team
}

const BASIC_CHALLENGE = 'Basic realm="chatlayer"'

export function unauthenticated(message: string): ApiError {
  return new ApiError(401, message, { headers: { 'WWW-Authenticate': BASIC_CHALLENGE } })
}

export function createChatlayerAuthenticator(options: { tokens: readonly ApiToken[]; teams: readonly Team[] }) {
  const tokensById = new Map(options.tokens.map((t) => [t.token_id, t]))
  const teamsById = new Map(options.teams.map((t) => [t.id, t]))
  return function authenticate(request: Request): AuthResult<ChatlayerPrincipal> {
    const header = request.headers.get('authorization')
    if (!header) throw unauthenticated('missing credentials: use HTTP Basic with tokenId:tokenSecret')
    const credentials = basicCredentials(header)
    const token = credentials ? tokensById.get(credentials.id) : undefined
    const team = token ? teamsById.get(token.team_id) : undefined
    // One message for an unknown id and a wrong secret: the answer must not tell which token ids exist.
    if (!credentials || !token || !team || token.token_secret !== credentials.secret) {
      throw unauthenticated('invalid credentials')
    }
    return { principal: { token, team } }
  }
}

/** The bot, when the caller's team owns it: 404 (code 5) for no such bot, 403 (code 7) for another team's. */
export function botOfCaller(bots: ReadonlyMap<string, Bot>, principal: ChatlayerPrincipal, botId: string): Bot {
  const bot = bots.get(botId)
  if (!bot) throw new ApiError(404, `bot ${botId} not found`)
  if (bot.team_id !== principal.team.id) throw new ApiError(403, `permission denied on bot ${botId}`)
  return bot
}

/** The caller's own team: 404 for no such team, 403 for another team. */
export function teamOfCaller(teams: ReadonlyMap<string, Team>, principal: ChatlayerPrincipal, teamId: string): Team {
  const team = teams.get(teamId)
  if (!team) throw new ApiError(404, `team ${teamId} not found`)
  if (team.id !== principal.team.id) throw new ApiError(403, `permission denied on team ${teamId}`)
  return team
}
