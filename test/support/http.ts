// Small helpers for tests that talk to a real mock server over HTTP.
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
  return startServer({ port: 0, now: NOW, frozenClock: true, size: 1500, timer: () => 0, ...options })
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

export function withQuery(base: string, query: Record<string, string | undefined>): string {
  const url = new URL(base)
  for (const [k, v] of Object.entries(query)) if (v !== undefined) url.searchParams.set(k, v)
  return url.toString()
}
