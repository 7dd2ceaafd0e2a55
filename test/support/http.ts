// Small helpers for tests that talk to a real mock server over HTTP.
import type { AurionCredentials } from '../../mocks/aurion/index.ts'
import type { ChatlayerCredentials } from '../../mocks/chatlayer/index.ts'
import { startServer, type RunningServer, type ServeOptions } from '../../server/serve.ts'

export const NOW = new Date('2026-03-09T12:00:00Z')

export interface Reply {
  status: number
  headers: Headers
  contentType: string | null
  text: string
  body: unknown
}

export async function startTestServer(options: ServeOptions = {}): Promise<RunningServer> {
  return startServer({ port: 0, now: NOW, frozenClock: true, size: 5000, timer: () => 0, ...options })
}

export async function call(url: string, init: RequestInit = {}): Promise<Reply> {
  const response = await fetch(url, init)
  const text = await response.text()
  const contentType = response.headers.get('content-type')
  let body: unknown = text
  if (contentType?.startsWith('application/json')) body = text === '' ? null : (JSON.parse(text) as unknown)
  return { status: response.status, headers: response.headers, contentType, text, body }
}

export function bearer(token: string): Record<string, string> {
  return { Authorization: `Bearer ${token}` }
}

/** Chatlayer's Basic auth: the token id and secret of a team's API token. */
export function basic(token: Pick<ChatlayerCredentials['tokens'][number], 'token_id' | 'token_secret'>): Record<string, string> {
  return { Authorization: `Basic ${btoa(`${token.token_id}:${token.token_secret}`)}` }
}

/** One AurionAI session of the mock's credentials (`mock.credentials().aurion.sessions`). */
export type AurionSession = AurionCredentials['sessions'][number]

/** The tenant_readonly session of every tenant whose plan includes analytics (Professional and Enterprise). */
export function analyticsTenants(sessions: readonly AurionSession[]): AurionSession[] {
  return sessions.filter((s) => s.role === 'tenant_readonly' && (s.plan === 'professional' || s.plan === 'enterprise'))
}

/** The first session with this role on a tenant of this profile, Growth plan left out. */
export function sessionOf(sessions: readonly AurionSession[], role: string, profile = 'complete'): AurionSession {
  const session = sessions.find((s) => s.role === role && s.profile === profile && s.plan !== 'growth')
  if (!session) throw new Error(`no ${role} session on a ${profile} tenant`)
  return session
}

export function withQuery(base: string, query: Record<string, string | undefined>): string {
  const url = new URL(base)
  for (const [k, v] of Object.entries(query)) if (v !== undefined) url.searchParams.set(k, v)
  return url.toString()
}
