// HTTP bearer credentials, as FastAPI's HTTPBearer reads them (AurionAI sessions, Nebuly project keys).
import { ApiError } from './errors.ts'

/** The token of an `Authorization: Bearer <token>` header; null when absent or another scheme. */
export function bearerToken(authorization: string | null): string | null {
  return /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1] ?? null
}

/** 401 with the `WWW-Authenticate: Bearer` challenge a bearer-protected FastAPI route sends. */
export function unauthorized(detail: string): ApiError {
  return new ApiError(401, detail, { headers: { 'WWW-Authenticate': 'Bearer' } })
}
