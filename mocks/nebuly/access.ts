// Nebuly access control (seed 004 of docs/sources.md): `Authorization: Bearer <project API key>`; the key selects the project.
// The vendor documents no error bodies; the kit answers as FastAPI's HTTPBearer does: 401 {"detail"}.
import { bearerToken, unauthorized } from '../core/credentials.ts'
import { ApiError } from '../core/errors.ts'
import type { AuthResult } from '../core/pipeline.ts'
import type { Project } from '../../generators/nebuly/model.ts'
import { seededSecret } from '../../generators/lib/seeded.ts'

export interface NebulyPrincipal {
  project: Project
}

/**
 * Each project also has a disabled key: it authenticates but may not read, so the contract's 403 is one
 * request away. Derived from the live key, so the world's random draws stay as they are.
 */
export function disabledKeyOf(seed: number, project: Project): string {
  return `nb_disabled_${seededSecret(seed, `nebuly-disabled-key:${project.id}`, 40)}`
}

const NO_ACCESS = 'The API key does not grant access to this project'

export function createNebulyAuthenticator(seed: number, projects: readonly Project[]) {
  const byKey = new Map(projects.map((p) => [p.api_key, p]))
  const disabled = new Set(projects.map((p) => disabledKeyOf(seed, p)))
  return function authenticate(request: Request): AuthResult<NebulyPrincipal> {
    const token = bearerToken(request.headers.get('authorization'))
    // FastAPI's HTTPBearer says "Not authenticated" for a missing header and for another scheme alike.
    if (!token) throw unauthorized('Not authenticated')
    if (disabled.has(token)) throw new ApiError(403, NO_ACCESS)
    const project = byKey.get(token)
    if (!project) throw unauthorized('Invalid API key')
    return { principal: { project } }
  }
}
