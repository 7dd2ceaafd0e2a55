// GET /api/v1/analytics/search (seed 001): calls by phone number, redacted, audit-logged, and limited to
// 10 searches a minute per user ("enforced via Redis" in the product; a window on the mock clock here).
//
// Rate-limit headers (kit's choice): a successful search by a dashboard session carries the search limit's
// X-RateLimit-Limit / X-RateLimit-Remaining. An API-key caller already gets the API-key limit's headers
// from authentication, and those win on a success: one pair of headers per response, describing the limit
// that applies to every request of that caller. A search 429 always describes the search limit, so its
// headers match its body's `limit`.
import { searchCalls } from '../phone.ts'
import { getOperation } from '../../core/contract.ts'
import type { AuditLog } from '../audit.ts'
import { createOperationLimit } from '../access.ts'
import { aurionRoute, type AurionContext } from '../context.ts'
import { voiceCalls, voiceRange } from './voice.ts'

const SEARCH = 'search_calls_by_phone_api_v1_analytics_search_get'

export function searchRoutes(context: AurionContext, audit: AuditLog) {
  // The limit is the operation's x-rate-limit in the contract (10 a minute per user); access.ts throws its 429.
  // Owned by this mock (not module state): each createMock() starts with fresh windows.
  const search = createOperationLimit(getOperation(context.api.contract, SEARCH), context.clock)
  context.onReset(() => search.reset())
  return [
    aurionRoute(context, SEARCH, async ({ principal, view, query, reply }) => {
      // Validated before counting: a request the API rejects with 422 is not a search.
      const range = voiceRange(query, 'query')
      const decision = await search.consume(principal.actorId)

      const result = searchCalls(voiceCalls(view, range), query.phone, query.limit ?? 50)
      // The audit log never holds the full number either.
      await audit.record({
        tenant_id: principal.tenant.id,
        actor: principal.actorId,
        action: 'phone_search',
        details: {
          search_term_redacted: result.search_term_redacted,
          result_count: result.total_count,
          start_date: range.startDate,
          end_date: range.endDate,
          tz: range.tz,
        },
      })
      const headers: Record<string, string> =
        principal.via === 'session'
          ? { 'X-RateLimit-Limit': String(decision.limit), 'X-RateLimit-Remaining': String(decision.remaining) }
          : {}
      // reply() checks the body against the contract's 200 schema, as a returned plain object would be.
      return reply(200, result, headers)
    }),
  ]
}
