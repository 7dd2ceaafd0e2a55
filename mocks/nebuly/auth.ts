// Nebuly access control (seed 004): `Authorization: Bearer <project API key>`; the key selects the project.
// The vendor documents no error bodies; the kit answers as FastAPI's HTTPBearer does: 401 {"detail"}.
import { ApiError } from '../behaviours/errors.ts'
import type { AuthResult } from '../behaviours/operation.ts'
import type { Project } from '../models/nebuly.ts'

export interface NebulyPrincipal {
  project: Project
}

export function unauthorized(detail: string): ApiError {
  return new ApiError(401, detail, { headers: { 'WWW-Authenticate': 'Bearer' } })
}

export function createNebulyAuthenticator(projects: readonly Project[]) {
  const byKey = new Map(projects.map((p) => [p.api_key, p]))
  return function authenticate(request: Request): AuthResult<NebulyPrincipal> {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '')
    // FastAPI's HTTPBearer says "Not authenticated" for a missing header and for another scheme alike.
    if (!match) throw unauthorized('Not authenticated')
    const project = byKey.get(match[1]!)
    if (!project) throw unauthorized('Invalid API key')
    return { principal: { project } }
  }
}
