// GET /api/v1/analytics/search (seed 001): calls by phone number, redacted, audit-logged, and limited to
// 10 searches a minute per user ("enforced via Redis" in the product; a window on the mock clock here).
//
// Rate-limit headers (kit's choice): a successful search by a dashboard session carries the search limit's
// X-RateLimit-Limit / X-RateLimit-Remaining. An API-key caller already gets the API-key limit's headers
// from authentication, and those win on a success: one pair of headers per response, describing the limit
// that applies to every request of that caller. A search 429 always describes the search limit, so its
// headers match its body's `limit`.
import { searchCalls } from '../phone.ts'
import { createWindowLimiter } from '../../core/rate-limit.ts'
import { json } from '../../core/errors.ts'
import type { AuditLog } from '../audit.ts'
import { rateLimited } from '../access.ts'
import { aurionRoute, type AurionContext, type AurionOk } from '../context.ts'
import { voiceCalls, voiceRange } from './voice.ts'

export const SEARCH_LIMIT_PER_MINUTE = 10
export const SEARCH_RATE_LIMITED = 'Search rate limit exceeded'

const SEARCH = 'search_calls_by_phone_api_v1_analytics_search_get'

export function searchHandlers(context: AurionContext, audit: AuditLog) {
  // Owned by this mock (not module state): each createMock() starts with fresh windows.
  const limiter = createWindowLimiter({ limit: SEARCH_LIMIT_PER_MINUTE, windowMs: 60_000, clock: context.clock })
  context.onReset(() => limiter.reset())
  return [
    aurionRoute(context, SEARCH, async ({ ctx, view, query }) => {
      // Validated before counting: a request the API rejects with 422 is not a search.
      const range = voiceRange(query, 'query')
      const { principal } = ctx
      const decision = await limiter.consume(principal.actorId)
      if (!decision.allowed) throw rateLimited(SEARCH_RATE_LIMITED, decision.limit, decision.retryAfterSeconds)

      // Typed as the contract's 200 body: returned as a Response for the headers, still checked here.
      const result: AurionOk<typeof SEARCH> = searchCalls(voiceCalls(view, range), query.phone, query.limit ?? 50)
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
      return json(result, 200, headers)
    }),
  ]
}
