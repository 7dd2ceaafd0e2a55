// How the page talks to the admin API. When the mock guards /__mock (bound beyond loopback), the page
// asks for the token once and keeps it for the tab (sessionStorage), sending it as the guard expects.
import { EventSourceParserStream, type EventSourceMessage } from 'eventsource-parser/stream'

const ADMIN_TOKEN_HEADER = 'Authorization'
const adminTokenValue = (token: string): string => `Bearer ${token}`
const TOKEN_KEY = 'analytics-mock.admin-token'

export class NeedsAdminToken extends Error {}

function storedToken(): string | null {
  return sessionStorage.getItem(TOKEN_KEY)
}

export function storeToken(token: string): void {
  sessionStorage.setItem(TOKEN_KEY, token)
}

/** A JSON call to /__mock; throws NeedsAdminToken on 401, an Error naming the status otherwise. */
export async function admin<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {}
  const token = storedToken()
  if (token) headers[ADMIN_TOKEN_HEADER] = adminTokenValue(token)
  if (body !== undefined) headers['Content-Type'] = 'application/json'
  const response = await fetch(`/__mock${path}`, { method, headers, ...(body !== undefined && { body: JSON.stringify(body) }) })
  if (response.status === 401) throw new NeedsAdminToken('the admin API needs a token')
  const text = await response.text()
  const parsed: unknown = text ? JSON.parse(text) : undefined
  if (!response.ok) throw new Error(`${method} /__mock${path}: ${response.status} ${describeError(parsed)}`)
  return parsed as T
}

function describeError(body: unknown): string {
  if (body && typeof body === 'object' && 'detail' in body) {
    const { detail } = body as { detail: unknown }
    if (Array.isArray(detail))
      return detail.map((d: { loc?: unknown[]; msg?: string }) => `${(d.loc ?? []).join('.')}: ${d.msg}`).join('; ')
    return String(detail)
  }
  return ''
}

/**
 * Follows an admin server-sent event stream (fetch rather than EventSource, which cannot send the admin
 * token's header). Resolves never: it throws when the stream cannot open, fails or ends.
 */
export async function adminEvents(
  path: string,
  signal: AbortSignal,
  on: { open: () => void; event: (event: EventSourceMessage) => void },
): Promise<never> {
  const headers: Record<string, string> = { Accept: 'text/event-stream' }
  const token = storedToken()
  if (token) headers[ADMIN_TOKEN_HEADER] = adminTokenValue(token)
  const response = await fetch(`/__mock${path}`, { headers, signal })
  if (response.status === 401) throw new NeedsAdminToken('the admin API needs a token')
  if (!response.ok || !response.body) throw new Error(`GET /__mock${path}: ${response.status}`)
  // Once the caller has moved on (another filter, another panel), events the parser had already queued must
  // not reach it: they would land in the list the new stream is filling.
  signal.throwIfAborted()
  on.open()
  const events = response.body.pipeThrough(new TextDecoderStream()).pipeThrough(new EventSourceParserStream()).getReader()
  for (;;) {
    const { value, done } = await events.read()
    signal.throwIfAborted()
    if (done) throw new Error(`GET /__mock${path}: the stream ended`)
    on.event(value)
  }
}
