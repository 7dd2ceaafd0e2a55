// GET /api/v1/analytics/search (seed 001 of docs/sources.md) and the PII redaction every export applies: phone numbers keep
// only their last 4 digits, e-mail addresses and names only their first letter.
import type { Call } from '../../generators/aurion/model.ts'

interface PhoneSearchResult {
  call_id: string
  phone_number_redacted: string
  start_time: string
  duration_seconds: number
  outcome: Call['outcome']
  status: Call['status']
}

export interface PhoneSearch {
  results: PhoneSearchResult[]
  total_count: number
  search_term_redacted: string
}

/** The digits of a phone number or search term: "+33 6 12-34" -> "3361234". */
export function phoneDigits(s: string): string {
  return s.replace(/\D/g, '')
}

/** "+33612345678" -> "***-***-5678" (the seed's format); fewer than 4 digits -> "***". */
export function redactPhone(s: string): string {
  const digits = phoneDigits(s)
  return digits.length < 4 ? '***' : `***-***-${digits.slice(-4)}`
}

/** "jane.doe@acme.example" -> "j***@acme.example"; not an address -> "***". */
export function redactEmail(s: string): string {
  const at = s.lastIndexOf('@')
  if (at <= 0) return '***'
  const first = String.fromCodePoint(s.codePointAt(0) ?? 42)
  return `${first}***${s.slice(at)}`
}

/** "Jane Doe" -> "J*** D***": the first letter of every word. */
export function redactName(s: string): string {
  return s
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .map((word) => `${String.fromCodePoint(word.codePointAt(0) ?? 42)}***`)
    .join(' ')
}

const EMAIL_IN_TEXT = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g
// A run of digits with the separators people write in numbers: "+33 6 12 34 56 78", "(555) 123-4567".
const PHONE_IN_TEXT = /[+(]?\d[\d ().\u00a0-]*\d/g
// Phone numbers have at least 7 digits; shorter runs (times, amounts, ticket numbers) stay readable.
const MIN_PHONE_DIGITS = 7
// Dates in transcripts ("2026-03-02", "2026-03-02 10") are not phone numbers.
const DATE_LIKE = /^\d{4}-\d{2}-\d{2}(?:[ T]\d{1,2})?$/

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** `text` with the whole-word, case-insensitive occurrences of `word` (not inside a longer word) replaced. */
function replaceWord(text: string, word: string, replacement: string): string {
  const literal = escapeRegExp(word)
  // The bare word first, with the same flags: it compiles fast and rules out most texts, so that the
  // word-boundary pattern (Unicode classes, a millisecond to compile for each new name) is built only
  // for a text that holds the word.
  if (!new RegExp(literal, 'iu').test(text)) return text
  return text.replace(new RegExp(`(?<![\\p{L}\\p{N}])${literal}(?![\\p{L}\\p{N}])`, 'giu'), replacement)
}

// Name parts shorter than this ("de", "la") are common words; the full name still goes.
const MIN_NAME_PART = 3

/**
 * Free text (transcripts) with the phone numbers and e-mail addresses in it redacted, and the given known
 * names (the caller's) replaced by their initials: the full name, then each part of it said alone
 * ("Hi Jane" -> "Hi J***").
 */
export function redactText(text: string, knownNames: readonly string[] = []): string {
  let out = text
    .replace(EMAIL_IN_TEXT, (email) => redactEmail(email))
    .replace(PHONE_IN_TEXT, (run) => {
      if (DATE_LIKE.test(run)) return run
      return phoneDigits(run).length >= MIN_PHONE_DIGITS ? redactPhone(run) : run
    })
  for (const name of knownNames) {
    const parts = name.split(/\s+/).filter((p) => p.length > 0)
    if (parts.length === 0) continue
    out = replaceWord(out, parts.join(' '), redactName(name))
    for (const part of parts) {
      if ([...part].length >= MIN_NAME_PART) out = replaceWord(out, part, redactName(part))
    }
  }
  return out
}

/**
 * Calls whose number contains the digits of `phone` ("5678" and "+33612345678" both find +33612345678),
 * newest first (ties by id). `calls` are the tenant's calls in the searched range; total_count counts every
 * match, results hold the first `limit`. A term without digits matches nothing.
 */
export function searchCalls(calls: readonly Call[], phone: string, limit: number): PhoneSearch {
  const term = phoneDigits(phone)
  const matches: { call: Call; ms: number }[] = []
  if (term.length > 0) {
    for (const call of calls) {
      if (phoneDigits(call.phone_number).includes(term)) matches.push({ call, ms: Date.parse(call.start_time) })
    }
  }
  matches.sort((a, b) => b.ms - a.ms || (a.call.id < b.call.id ? -1 : a.call.id > b.call.id ? 1 : 0))
  return {
    results: matches.slice(0, Math.max(0, limit)).map(({ call }) => ({
      call_id: call.id,
      phone_number_redacted: redactPhone(call.phone_number),
      start_time: call.start_time,
      duration_seconds: call.duration_seconds,
      outcome: call.outcome,
      status: call.status,
    })),
    total_count: matches.length,
    search_term_redacted: redactPhone(phone),
  }
}
