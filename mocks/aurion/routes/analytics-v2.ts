// The nine v2 conversation-analytics operations and the unified overview: validate, pick the range,
// compute from the caller's tenant. All figures come from ../reports/.
import { aurionCsatResponses } from '../reports/csat-responses.ts'
import { aurionCsatSteps } from '../reports/csat.ts'
import { aggregationHealthSteps } from '../reports/aggregation-health.ts'
import { aurionInsightsSteps } from '../reports/insights.ts'
import { aurionOverviewSteps } from '../reports/overview.ts'
import { aurionResolutionRatesSteps } from '../reports/resolution-rates.ts'
import { aurionSlaComplianceSteps } from '../reports/sla-compliance.ts'
import { aurionTeams } from '../reports/teams.ts'
import { aurionUnifiedOverviewSteps } from '../reports/unified-overview.ts'
import { aurionRoute, requireTeam, runReport, v2Range, type AurionContext } from '../context.ts'

export function analyticsV2Routes(context: AurionContext) {
  const { clock, timer } = context
  return [
    aurionRoute(context, 'get_conversation_overview_api_v2_analytics_conversations_overview_get', ({ view, query, remember }) => {
      const range = v2Range(query, clock)
      return remember([range], () => runReport(context, aurionOverviewSteps(view, range)))
    }),
    aurionRoute(context, 'get_sla_compliance_api_v2_analytics_conversations_sla_compliance_get', ({ view, query, remember }) => {
      const range = v2Range(query, clock)
      return remember([range], () => runReport(context, aurionSlaComplianceSteps(view, range)))
    }),
    aurionRoute(context, 'get_csat_analytics_api_v2_analytics_conversations_csat_get', ({ view, query, remember }) => {
      requireTeam(view, query.team_id)
      const range = v2Range(query, clock)
      const filters = { agent_id: query.agent_id, team_id: query.team_id }
      return remember([range, filters], () => runReport(context, aurionCsatSteps(view, range, filters)))
    }),
    aurionRoute(context, 'list_csat_responses_api_v2_analytics_conversations_csat_responses_get', ({ view, query }) => {
      requireTeam(view, query.team_id)
      return aurionCsatResponses(view, v2Range(query, clock), query)
    }),
    aurionRoute(context, 'get_cs_resolution_rates_api_v2_analytics_conversations_resolution_rates_get', ({ view, query, remember }) => {
      requireTeam(view, query.team_id)
      const range = v2Range(query, clock)
      const filters = { team_id: query.team_id }
      return remember([range, filters], () => runReport(context, aurionResolutionRatesSteps(view, range, filters)))
    }),
    aurionRoute(context, 'list_analytics_teams_api_v2_analytics_conversations_teams_get', ({ view, remember }) =>
      remember([], () => aurionTeams(view)),
    ),
    aurionRoute(context, 'get_conversation_insights_api_v2_analytics_conversations_insights_get', ({ view, query, remember }) => {
      const range = v2Range(query, clock)
      const compute = () => runReport(context, aurionInsightsSteps(view, range, timer))
      // Measured timings are real run times: no two answers are the same, none is remembered.
      return timer ? compute() : remember([range], compute)
    }),
    aurionRoute(context, 'get_aggregation_health_api_v2_analytics_conversations_aggregation_health_get', ({ view, query, remember }) => {
      const range = v2Range(query, clock)
      const compute = () => runReport(context, aggregationHealthSteps(view, range, timer))
      return timer ? compute() : remember([range], compute)
    }),
    aurionRoute(context, 'get_unified_overview_api_v2_analytics_unified_overview_get', ({ view, query, remember }) => {
      const range = v2Range(query, clock)
      return remember([range], () => runReport(context, aurionUnifiedOverviewSteps(view, range)))
    }),
  ]
}
