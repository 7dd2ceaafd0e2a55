// GET /api/v2/conversations: the filtered, sorted, paged list of seed 003 of docs/sources.md.
import { listConversationsSteps } from '../reports/conversations-list.ts'
import { aurionRoute, runReport, type AurionContext } from '../context.ts'

export function conversationsRoutes(context: AurionContext) {
  return [
    aurionRoute(context, 'list_conversations_v2_api_v2_conversations_get', ({ view, query }) =>
      runReport(context, listConversationsSteps(view, query)),
    ),
  ]
}
