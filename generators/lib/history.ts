// The window every generated world covers: the HISTORY_MONTHS calendar months before `now`, so a
// year-on-year comparison has data in AurionAI, Chatlayer and Nebuly alike.

/** The worlds cover the HISTORY_MONTHS calendar months before `now`. */
const HISTORY_MONTHS = 13

/** The first instant of a world: `now` minus HISTORY_MONTHS calendar months (UTC, day clamped to the month). */
export function worldStart(now: number): number {
  const d = new Date(now)
  const day = d.getUTCDate()
  d.setUTCDate(1)
  d.setUTCMonth(d.getUTCMonth() - HISTORY_MONTHS)
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate()
  d.setUTCDate(Math.min(day, lastDay))
  return d.getTime()
}
