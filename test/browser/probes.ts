// The requests the browser entry sends through the service worker, shared with the Node side of the test
// so both resolve exactly the same Request through the same handlers. Browser-safe: no Node imports.
import type { MockOptions } from '../../mocks/index.ts'

export const OVERVIEW_PATH = '/api/v2/analytics/conversations/overview?date_from=2026-03-01T00:00:00Z&date_to=2026-03-08T23:59:59Z'

const CSAT_RESPONSES_LIMIT_0_PATH =
  '/api/v2/analytics/conversations/csat/responses?date_from=2026-03-01T00:00:00Z&date_to=2026-03-08T23:59:59Z&limit=0'

export type ProbeName = 'overview' | 'unauthenticated' | 'prefer-429' | 'limit-0' | 'prefer-503' | 'query-code-500'

export interface Probe {
  name: ProbeName
  path: string
  /** Send the default tenant's session token as a Bearer token. */
  authenticated: boolean
  headers: Record<string, string>
}

export const PROBES: readonly Probe[] = [
  { name: 'overview', path: OVERVIEW_PATH, authenticated: true, headers: {} },
  { name: 'unauthenticated', path: OVERVIEW_PATH, authenticated: false, headers: {} },
  { name: 'prefer-429', path: OVERVIEW_PATH, authenticated: true, headers: { Prefer: 'code=429' } },
  { name: 'limit-0', path: CSAT_RESPONSES_LIMIT_0_PATH, authenticated: true, headers: {} },
  { name: 'prefer-503', path: OVERVIEW_PATH, authenticated: false, headers: { Prefer: 'code=503' } },
  { name: 'query-code-500', path: `${OVERVIEW_PATH}&__code=500`, authenticated: true, headers: {} },
]

/** What the in-process QA controls did in the page (worker-entry.ts). */
export interface ControlsResult {
  /** Three requests after `mock.scenarios.add({ ..., times: 2 })`. */
  statuses: number[]
  /** `Prefer: fault=reset`: the error fetch threw. */
  reset: string
  /** Journal entries of the overview after the three requests. */
  journaled: number
  /** The journal after `mock.reset()`. */
  afterReset: number
}

export interface ProbeResult {
  name: ProbeName
  status: number
  /** Every response header, names lower-cased. */
  headers: Record<string, string>
  /** The body bytes as strictly decoded UTF-8. */
  body: string
}

/** A fresh options object each call: both sides build identical mocks, nothing shared. */
export function probeMockOptions(): MockOptions {
  return { seed: 42, now: new Date('2026-03-09T12:00:00Z'), size: 500, timer: () => 0 }
}

export function probeRequest(probe: Probe, origin: string, token: string): Request {
  const headers = new Headers(probe.headers)
  if (probe.authenticated) headers.set('Authorization', `Bearer ${token}`)
  return new Request(new URL(probe.path, origin), { headers })
}

export async function readProbeResult(name: ProbeName, response: Response): Promise<ProbeResult> {
  const headers: Record<string, string> = {}
  response.headers.forEach((value, key) => {
    headers[key.toLowerCase()] = value
  })
  // Strict UTF-8 that keeps a BOM: decoding is then one-to-one, so equal strings mean equal bytes.
  const body = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(await response.arrayBuffer())
  return { name, status: response.status, headers, body }
}
