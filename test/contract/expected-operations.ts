// The 22 operations the kit mocks (issue 2), hard-coded on purpose: a contract that loses or gains an
// operation must fail the contract tests instead of silently changing what the kit serves.
import type { Api } from '../../scripts/generated-files.ts'

export const EXPECTED_OPERATIONS: Record<Api, readonly string[]> = {
  aurion: [
    'GET /api/v2/analytics/conversations/overview',
    'GET /api/v2/analytics/conversations/sla-compliance',
    'GET /api/v2/analytics/conversations/csat',
    'GET /api/v2/analytics/conversations/csat/responses',
    'GET /api/v2/analytics/conversations/resolution-rates',
    'GET /api/v2/analytics/conversations/teams',
    'GET /api/v2/analytics/conversations/insights',
    'GET /api/v2/analytics/conversations/aggregation-health',
    'GET /api/v2/analytics/unified-overview',
    'GET /api/v1/analytics/call-metrics',
    'GET /api/v1/analytics/resolution-rates',
    'GET /api/v1/analytics/usage-patterns',
    'GET /api/v1/analytics/search',
    'POST /api/v1/analytics/export',
    'GET /api/v1/analytics/exports',
    'GET /api/v1/analytics/export/{export_id}/download',
    'GET /api/v2/conversations',
  ],
  chatlayer: [
    'GET /v1/bots/{bot_id}/conversations',
    'GET /v1/bots/{bot_id}/conversations/insights',
    'GET /v1/bots/{bot_id}/conversations/{conversation_id}/flow',
    'GET /v1/teams/{team_id}/conversations',
  ],
  nebuly: ['POST /api/external/get-interaction-aggregates'],
}
