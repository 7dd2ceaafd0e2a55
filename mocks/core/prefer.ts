// `Prefer: code=429` picks a documented response, the convention Prism made common
// (https://docs.stoplight.io/docs/prism). Several preferences may share the header: `code=404, example=x`.
// The kit adds `delay=<ms>` or `delay=<min>-<max>` and `fault=reset|empty|malformed|timeout`, and reads
// Prism's query forms (`__code`, `__example`, plus the kit's `__delay`, `__fault`) for clients that
// cannot set headers. Invalid values are reported, not ignored: a QA engineer must see the typo.
import type { components } from '../../contracts/generated/mock-admin.ts'
import { MAX_DELAY_MS } from './delay.ts'

export type Fault = components['schemas']['Fault']
type DelaySpec = components['schemas']['Delay']

const FAULTS: readonly Fault[] = ['reset', 'empty', 'malformed', 'timeout']

export interface Preferences {
  code?: number
  example?: string
  delay?: DelaySpec
  fault?: Fault
  /** What could not be read, e.g. `delay=abc`; the pipeline answers 400 naming it. */
  invalid?: string[]
}

export function parsePrefer(header: string | null): Preferences {
  const preferences: Preferences = {}
  if (!header) return preferences
  for (const part of header.split(/[,;]/)) {
    const [rawKey, rawValue] = part.split('=')
    const key = rawKey?.trim().toLowerCase()
    const value = rawValue?.trim().replace(/^"|"$/g, '')
    if (!key || value === undefined) continue
    apply(preferences, key, value)
  }
  return preferences
}

const QUERY_FORMS = { __code: 'code', __example: 'example', __delay: 'delay', __fault: 'fault' } as const
// A query without `__` (or an escaped `_`) cannot hold a query form.
const QUERY_FORM_HINT = /__|%5f/i

/** What a request without any preference reads as: one shared object, nothing allocated per request. */
export const NO_PREFERENCES: Readonly<Preferences> = Object.freeze({})

/**
 * The Prefer header and the query forms together; a query form wins over the header. NO_PREFERENCES
 * itself when the request states none (the common case, checked without parsing anything).
 */
export function readPreferences(request: { headers: { get(name: string): string | null } }, url: URL): Readonly<Preferences> {
  const header = request.headers.get('prefer')
  if (header === null && !QUERY_FORM_HINT.test(url.search)) return NO_PREFERENCES
  const preferences = parsePrefer(header)
  for (const [param, key] of Object.entries(QUERY_FORMS)) {
    const value = url.searchParams.get(param)
    if (value !== null) apply(preferences, key, value.trim())
  }
  return hasPreferences(preferences) ? preferences : NO_PREFERENCES
}

function hasPreferences(p: Preferences): boolean {
  return p.code !== undefined || p.example !== undefined || p.delay !== undefined || p.fault !== undefined || p.invalid !== undefined
}

function apply(preferences: Preferences, key: string, value: string): void {
  const invalid = (message: string) => {
    preferences.invalid = [...(preferences.invalid ?? []), message]
  }
  if (key === 'code') {
    if (/^\d{3}$/.test(value)) preferences.code = Number(value)
    else invalid(`code=${value}: expected a three-digit status`)
  } else if (key === 'example') {
    if (value !== '') preferences.example = value
  } else if (key === 'delay') {
    const delay = parseDelay(value)
    if (typeof delay === 'string') invalid(`delay=${value}: ${delay}`)
    else preferences.delay = delay
  } else if (key === 'fault') {
    if ((FAULTS as readonly string[]).includes(value)) preferences.fault = value as Fault
    else invalid(`fault=${value}: expected one of ${FAULTS.join(', ')}`)
  }
}

/** `300` (fixed) or `100-500` (uniform), both within MAX_DELAY_MS; a message when neither. */
function parseDelay(value: string): DelaySpec | string {
  const match = /^(\d+)(?:-(\d+))?$/.exec(value)
  if (!match) return 'expected <ms> or <min>-<max>'
  const min = Number(match[1])
  const max = match[2] === undefined ? min : Number(match[2])
  if (max > MAX_DELAY_MS) return `at most ${MAX_DELAY_MS} ms`
  if (min > max) return 'min above max'
  return match[2] === undefined ? { fixed_ms: min } : { min_ms: min, max_ms: max }
}
