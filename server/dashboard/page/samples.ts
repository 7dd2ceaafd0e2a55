// A ready-to-run request for each operation: a working credential of the default tenant/team/project and
// a range inside the data window (the last 7 days before the mock's now), so "copy curl" and "try it"
// answer with data rather than a 401 or an empty range.
import type { Credentials, OperationSummary } from '../../../mocks/index.ts'

export interface SampleRequest {
  method: string
  /** Path and query, relative to the mock's origin. */
  url: string
  headers: Record<string, string>
  body?: string
}

const DAY_MS = 86_400_000
/** Exports exist only once requested: until one is picked (exportDownloadUrl) the download names none. */
const EXPORT_ID_PLACEHOLDER = '00000000-0000-0000-0000-000000000000'
const EXPORTS_PATH = '/api/v1/analytics/exports'
const REQUEST_EXPORT_PATH = '/api/v1/analytics/export'

const isoSeconds = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
const isoDate = (ms: number): string => new Date(ms).toISOString().slice(0, 10)

/** `exportDownload`: the download_url of a real export, for the download operation. */
export function sampleRequest(op: OperationSummary, credentials: Credentials, nowIso: string, exportDownload?: string): SampleRequest {
  const nowMs = Math.floor(Date.parse(nowIso) / 3_600_000) * 3_600_000
  const weekAgo = nowMs - 7 * DAY_MS
  const method = op.method.toUpperCase()
  if (op.api === 'aurion') {
    const token = credentials.aurion.sessions[0]?.token ?? ''
    const headers = { Authorization: `Bearer ${token}` }
    const query = new URLSearchParams()
    let path = op.path
    // The v1 voice reads require their range; the v2 reads default to the last 30 days.
    if (op.path.startsWith('/api/v1/analytics/') && method === 'GET' && !op.path.includes('export')) {
      query.set('start_date', isoDate(weekAgo))
      query.set('end_date', isoDate(nowMs))
    }
    if (op.path.endsWith('/search')) query.set('phone', '+33612345678')
    if (op.path === '/api/v2/conversations') query.set('limit', '20')
    if (op.path.includes('{export_id}')) {
      if (exportDownload) return { method, url: exportDownload, headers }
      path = path.replace('{export_id}', EXPORT_ID_PLACEHOLDER)
    }
    if (method === 'POST') {
      const body = { format: 'csv', start_date: isoDate(weekAgo), end_date: isoDate(nowMs) }
      return {
        method,
        url: withQuery(path, query),
        headers: { ...headers, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      }
    }
    return { method, url: withQuery(path, query), headers }
  }
  if (op.api === 'chatlayer') {
    const token = credentials.chatlayer?.tokens[0]
    const conversation = token?.conversations[0]
    const botId = conversation?.bot_id ?? token?.bot_ids[0] ?? ''
    const path = op.path
      .replace('{bot_id}', botId)
      .replace('{team_id}', token?.team_id ?? '')
      .replace('{conversation_id}', conversation?.id ?? '')
    const startMs = conversation && op.path.includes('{conversation_id}') ? Date.parse(conversation.started_at) - DAY_MS : weekAgo
    const query = new URLSearchParams({ start_time: isoSeconds(startMs), end_time: isoSeconds(nowMs) })
    if (op.path.startsWith('/v1/bots/')) query.set('version', conversation?.version ?? 'LIVE')
    if (op.path.endsWith('/insights')) query.set('stat', 'num_messages')
    if (op.path.startsWith('/v1/teams/')) query.set('bucket', '1d')
    return { method, url: withQuery(path, query), headers: { Authorization: `Basic ${btoa(`${token?.token_id}:${token?.token_secret}`)}` } }
  }
  const key = credentials.nebuly?.api_keys.find((k) => !k.disabled)?.key ?? ''
  const body = {
    time_range: { start: isoSeconds(weekAgo), end: isoSeconds(nowMs) },
    filters: [],
    group_by: { kind: 'user_intent' },
    variables: ['n_interactions', 'n_users'],
    limit: 5,
    offset: 0,
  }
  return {
    method,
    url: op.path,
    headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  }
}

/**
 * A real export to download: the first one the default session lists, else one requested now (a CSV of
 * the last 7 days). Its download_url, relative to the mock's origin.
 */
export async function exportDownloadUrl(credentials: Credentials, nowIso: string): Promise<string> {
  const headers = { Authorization: `Bearer ${credentials.aurion.sessions[0]?.token ?? ''}` }
  const listed = await fetch(EXPORTS_PATH, { headers })
  if (!listed.ok) throw new Error(`GET ${EXPORTS_PATH}: ${listed.status}, so no export to download`)
  const [newest] = ((await listed.json()) as { exports: { download_url: string }[] }).exports
  if (newest) return newest.download_url
  const nowMs = Date.parse(nowIso)
  const body = JSON.stringify({ format: 'csv', start_date: isoDate(nowMs - 7 * DAY_MS), end_date: isoDate(nowMs) })
  const created = await fetch(REQUEST_EXPORT_PATH, { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body })
  if (!created.ok) throw new Error(`POST ${REQUEST_EXPORT_PATH}: ${created.status}, so no export to download`)
  return ((await created.json()) as { download_url: string }).download_url
}

function withQuery(path: string, query: URLSearchParams): string {
  const text = query.toString()
  return text ? `${path}?${text}` : path
}

/** Single quotes for a POSIX shell: the line pastes into bash or zsh as is. */
const shellQuote = (text: string): string => `'${text.replaceAll("'", `'\\''`)}'`

export function curlLine(sample: SampleRequest, origin: string): string {
  const parts = ['curl', '-sS']
  if (sample.method !== 'GET') parts.push('-X', sample.method)
  parts.push(shellQuote(origin + sample.url))
  for (const [name, value] of Object.entries(sample.headers)) parts.push('-H', shellQuote(`${name}: ${value}`))
  if (sample.body !== undefined) parts.push('--data', shellQuote(sample.body))
  return parts.join(' ')
}
