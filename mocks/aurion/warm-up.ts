// A server's first request of each report was several times slower than the next ones (at 100,000
// conversations ~80-100 ms of CPU for the first v1 report against ~11 ms after): the report code ran
// unoptimised, and the first v1 range loaded the runtime's time-zone data. A server pays for that at start
// instead: every report runs once over the last week of the default tenant. Nothing is recorded or kept
// apart from the time-zone caches, which are pure memoization; the answers are the same bytes either way.
import { listConversations } from './reports/conversations-list.ts'
import { aurionCsatResponses } from './reports/csat-responses.ts'
import { aurionCsat } from './reports/csat.ts'
import { aurionInsights } from './reports/insights.ts'
import { aurionOverview } from './reports/overview.ts'
import { aurionResolutionRates } from './reports/resolution-rates.ts'
import { aurionSlaCompliance } from './reports/sla-compliance.ts'
import { aurionUnifiedOverview } from './reports/unified-overview.ts'
import { callMetricsReport, resolutionRatesReport, usagePatternsReport, voiceRange } from './routes/voice.ts'
import type { AurionIndex } from './view.ts'
import { runSteps } from '../lib/steps.ts'
import { DAY_MS } from '../lib/time.ts'

export function warmUpAurionReports(index: AurionIndex, now: Date): void {
  const view = index.defaultTenantId === null ? undefined : index.tenants.get(index.defaultTenantId)
  if (!view) return
  const week = { from: new Date(now.getTime() - 7 * DAY_MS), to: now }
  aurionOverview(view, week)
  aurionSlaCompliance(view, week)
  aurionCsat(view, week)
  aurionCsatResponses(view, week)
  aurionResolutionRates(view, week)
  aurionInsights(view, week)
  aurionUnifiedOverview(view, week)
  listConversations(view, { status: 'open', search: 'a', sort_by: 'priority', limit: 1 })
  const days = voiceRange({ start_date: isoDay(week.from), end_date: isoDay(now) }, 'query')
  runSteps(callMetricsReport(view, days, undefined))
  runSteps(resolutionRatesReport(view, days))
  runSteps(usagePatternsReport(view, days))
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10)
}
