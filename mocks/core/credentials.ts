// Reading credentials from an Authorization header: Bearer, as FastAPI's HTTPBearer reads it (AurionAI
// sessions, Nebuly project keys), and Basic (Chatlayer's tokenId:tokenSecret). Which token is valid is
// each API's access.ts.
import { ApiError } from './errors.ts'

/** The token of an `Authorization: Bearer <token>` header; null when absent or another scheme. */
export function bearerToken(authorization: string | null): string | null {
  return /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1] ?? null
}

/** `id:secret` from an `Authorization: Basic <base64>` header; null when absent, another scheme or unreadable. */
export function basicCredentials(authorization: string | null): { id: string; secret: string } | null {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(authorization ?? '')
  if (!match) return null
  let decoded: string
  try {
    decoded = atob(match[1]!) // atob, not Buffer: this runs in a browser too
  } catch {
    return null
  }
  const colon = decoded.indexOf(':')
  if (colon < 0) return null
  return { id: decoded.slice(0, colon), secret: decoded.slice(colon + 1) }
}

/** 401 with the `WWW-Authenticate: Bearer` challenge a bearer-protected FastAPI route sends. */
export function unauthorized(detail: string): ApiError {
  return new ApiError(401, detail, { headers: { 'WWW-Authenticate': 'Bearer' } })
}
