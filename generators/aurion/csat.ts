// CSAT surveys: sent 1-24 h after most resolutions (the vendor's CSAT guide), answered by about 70% of
// contacts, ratings skewed positive.
import type { CsatTable } from './csat-table.ts'
import { CSAT_COMMENTS, CSAT_FOLLOWUPS } from './catalog.ts'
import { MINUTE_MS } from '../lib/seeded.ts'
import type { Rng } from './random.ts'
import { Weighted } from './random.ts'

const SURVEY_RATE = 0.85
/** Minutes between the resolution and the survey: 1 to 24 hours. */
export const SURVEY_DELAY_MIN = { from: 60, to: 24 * 60 } as const
const ANSWER_RATE = 0.7
const RATED_RATE = 0.93

/** Unhappy conversations rate lower; overall this gives about 5: 57%, 4: 29%, 3: 9%, 2: 3.5%, 1: 1.5%. */
const RATINGS = new Weighted([
  [5, 60],
  [4, 29],
  [3, 7.5],
  [2, 2.5],
  [1, 1],
] as const)
const RATINGS_UNHAPPY = new Weighted([
  [5, 30],
  [4, 30],
  [3, 20],
  [2, 12],
  [1, 8],
] as const)

function commentFor(rng: Rng, rating: number | null): string {
  if (rating === null) return rng.pick(CSAT_COMMENTS.unrated)
  if (rating >= 4) return rng.pick(CSAT_COMMENTS.good)
  if (rating === 3) return rng.pick(CSAT_COMMENTS.mixed)
  return rng.pick(CSAT_COMMENTS.bad)
}

/** Appends the surveys of the conversation rows [first, end) to `csat`. */
export function buildCsat(rng: Rng, csat: CsatTable, rows: { first: number; end: number }, now: number): void {
  const table = csat.conversations
  const { resolved_at: resolvedAt, deleted_at: deletedAt } = table.instants
  const { text } = table
  const drawId = (words: Uint32Array, offset: number) => rng.uuidWords(words, offset)
  for (let i = rows.first; i < rows.end; i++) {
    // Only real, live, resolved conversations get a survey.
    if (Number.isNaN(resolvedAt[i]!) || table.isSpam[i] === 1 || !Number.isNaN(deletedAt[i]!) || text.merged_into_id.get(i) !== null)
      continue
    if (!rng.chance(SURVEY_RATE)) continue
    const sentAt = (resolvedAt[i] as number) + rng.int(SURVEY_DELAY_MIN.from, SURVEY_DELAY_MIN.to) * MINUTE_MS
    if (sentAt > now) continue
    const row = csat.addRow(drawId)
    let respondedAt: number | null = null
    let rating: number | null = null
    let comment: string | null = null
    let followup: string | null = null
    if (rng.chance(ANSWER_RATE)) {
      const at = sentAt + Math.round(Math.min(7 * 24 * 60, rng.logNormal(45, 1.2) + 1)) * MINUTE_MS
      if (at <= now) {
        respondedAt = at
        if (rng.chance(RATED_RATE)) {
          rating = (text.current_sentiment_label.get(i) === 'negative' ? RATINGS_UNHAPPY : RATINGS).sample(rng)
          if (rng.chance(0.35)) comment = commentFor(rng, rating)
        } else {
          // Answered without a rating: they wrote something instead.
          comment = commentFor(rng, null)
        }
        if (rng.chance(0.04)) followup = rng.pick(CSAT_FOLLOWUPS)
      }
    }
    csat.set(row, { conversation: i, sentMs: sentAt, respondedMs: respondedAt, rating, comment, followup })
  }
}
