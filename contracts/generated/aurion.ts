// generated: edit the contract (contracts/aurion.yaml) and run npm run generate

export interface paths {
    "/api/v2/analytics/conversations/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Conversation Overview
         * @description High-level conversation metrics for the range: volume, AI vs human resolution, escalation rate,
         *     response and resolution times, and the channel distribution.
         *
         *     Counted conversations: created in the range, not deleted, not spam, not merged into another
         *     (kit's choice). `ai_resolved_count + human_resolved_count` is the number of resolved conversations;
         *     `channel_distribution` lists every channel with conversations, count descending (kit's choice).
         *     Averages and medians over an empty set are 0 (kit's choice).
         *
         *     **Access:** dashboard session with role super_admin, tenant_owner, tenant_admin, agent, supervisor,
         *     tenant_user or tenant_readonly; Professional plan or higher. `X-API-Key` gets 403 today (preview);
         *     the documented future contract is 300 requests a minute per key (429 with `X-RateLimit-*` headers).
         */
        get: operations["get_conversation_overview_api_v2_analytics_conversations_overview_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/conversations/sla-compliance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Sla Compliance
         * @description First-response and resolution SLA compliance, overall and broken down by priority and by team.
         *     Each bucket reports `tracked` (conversations with an SLA target for that step), `met`, `breached`
         *     and a `compliance_rate` percentage (`met / tracked * 100`, one decimal; 0 when nothing is tracked,
         *     kit's choice). `by_priority` and `by_team` are lists of buckets, not keyed maps; their buckets use
         *     the resolution SLA (kit's choice): `by_priority` adds up to `resolution`, `by_team` need not (conversations
         *     assigned to no team are in no team bucket). Kit's choice of order: `by_priority`
         *     urgent, high, medium, low; `by_team` by `tracked` descending, ties by name; priorities and teams
         *     without a tracked conversation are left out.
         *
         *     **Access:** dashboard session with role super_admin, tenant_owner, tenant_admin, agent, supervisor,
         *     tenant_user or tenant_readonly; Professional plan or higher. `X-API-Key` gets 403 today (preview);
         *     the documented future contract is 300 requests a minute per key (429 with `X-RateLimit-*` headers).
         */
        get: operations["get_sla_compliance_api_v2_analytics_conversations_sla_compliance_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/conversations/csat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Csat Analytics
         * @description CSAT aggregates, a daily trend (30 days by default: the default range) and a per-agent breakdown.
         *     Optional `agent_id` and `team_id` scope the metrics to conversations assigned to that agent or team.
         *
         *     A response counts in `total_responses` when answered in the range (`responded_at`), in
         *     `rated_responses` when it also has a rating; positive means a rating of 4 or 5 and
         *     `positive_rate = positive_responses / rated_responses * 100` (kit's choice). Kit's choice of rows:
         *     `distribution` has one row per rating 5..1, zeros included; `trend` one row per UTC day with rated
         *     responses, oldest first; `per_agent` one row per agent with rated responses, most first. An unknown `team_id` gives 404
         *     `Team not found` (kit's choice).
         *
         *     **Access:** dashboard session with role super_admin, tenant_owner, tenant_admin, agent, supervisor,
         *     tenant_user or tenant_readonly; Professional plan or higher. `X-API-Key` gets 403 today (preview);
         *     the documented future contract is 300 requests a minute per key (429 with `X-RateLimit-*` headers).
         */
        get: operations["get_csat_analytics_api_v2_analytics_conversations_csat_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/conversations/csat/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Csat Responses
         * @description Individual CSAT responses joined with conversation and agent context (drilldown), with offset
         *     pagination. The list holds the rated responses answered in the range, so `total` equals the csat
         *     endpoint's `rated_responses` for the same filters; newest `responded_at` first (kit's choice).
         *     An unknown `team_id` gives 404 `Team not found` (kit's choice).
         *
         *     **Access:** dashboard session with role super_admin, tenant_owner, tenant_admin, agent, supervisor,
         *     tenant_user or tenant_readonly; Professional plan or higher. `X-API-Key` gets 403 today (preview);
         *     the documented future contract is 300 requests a minute per key (429 with `X-RateLimit-*` headers).
         */
        get: operations["list_csat_responses_api_v2_analytics_conversations_csat_responses_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/conversations/resolution-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Cs Resolution Rates
         * @description CS-side AI-vs-human resolution split and a resolution-by-priority breakdown. Optional `team_id`
         *     scopes it to conversations assigned to that team; an unknown `team_id` gives 404 `Team not found`
         *     (kit's choice). `resolved_count = ai_resolved_count + human_resolved_count`; the three rates are
         *     shares of `total_conversations`. `by_priority` is ordered urgent, high, medium, low and leaves out
         *     priorities without conversations (kit's choice).
         *
         *     **Access:** dashboard session with role super_admin, tenant_owner, tenant_admin, agent, supervisor,
         *     tenant_user or tenant_readonly; Professional plan or higher. `X-API-Key` gets 403 today (preview);
         *     the documented future contract is 300 requests a minute per key (429 with `X-RateLimit-*` headers).
         */
        get: operations["get_cs_resolution_rates_api_v2_analytics_conversations_resolution_rates_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/conversations/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Analytics Teams
         * @description The teams available as a filter on the Resolution Rates and CSAT views (the tenant's teams, by
         *     name, kit's choice). Takes no query parameters, so there is no 422.
         *
         *     **Access:** dashboard session with role super_admin, tenant_owner, tenant_admin, agent, supervisor,
         *     tenant_user or tenant_readonly; Professional plan or higher. `X-API-Key` gets 403 today (preview);
         *     the documented future contract is 300 requests a minute per key (429 with `X-RateLimit-*` headers).
         */
        get: operations["list_analytics_teams_api_v2_analytics_conversations_teams_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/conversations/insights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Conversation Insights
         * @description AI insights from conversation patterns: CSAT, busiest hours, top topics, agent and team performance,
         *     Help Center deflection, the SLA-breach trend, email-channel metrics and aggregation health, plus a
         *     `metadata` echo of the range.
         *
         *     The figures agree with the other endpoints for the same range: `csat` equals the csat endpoint
         *     (the published insights schema lists only its six summary fields, so `trend` and `per_agent` are
         *     optional here; the kit sends them), `aggregation_health` equals the aggregation-health endpoint.
         *     Kit's choices: `busiest_hours` holds the 5 busiest UTC hours (by conversations created), count
         *     descending; `top_topics` every topic with conversations, count descending, `share` of the counted
         *     conversations adding up to 100; `agent_performance` and `team_performance` most assigned first;
         *     `help_center_deflection` sums the published articles' lifetime counters, its `deflection_rate` is
         *     the share of counted conversations the AI resolved by citing an article, `top_articles` the 5 most
         *     viewed; `sla_breach_trend` one row per UTC day of creation with a tracked conversation (resolution
         *     SLA, adding up to the sla-compliance `resolution` bucket); `email_channel_metrics` lists every email
         *     address of the tenant, busiest first.
         *
         *     **Access:** dashboard session with role super_admin, tenant_owner, tenant_admin, agent, supervisor,
         *     tenant_user or tenant_readonly; Professional plan or higher. `X-API-Key` gets 403 today (preview);
         *     the documented future contract is 300 requests a minute per key (429 with `X-RateLimit-*` headers).
         */
        get: operations["get_conversation_insights_api_v2_analytics_conversations_insights_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/conversations/aggregation-health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Aggregation Health
         * @description Health of the analytics aggregation pipeline: the time budget per query and in total, the runtime
         *     of the last aggregation over the range and whether it met the budget at the target volume.
         *     Kit's choice: by default the run times are modelled, deterministically, as a fixed cost plus a cost
         *     per conversation scanned for the range (scanning the 100,000-row target volume takes 120, 160 and
         *     200 ms, as in the vendor's example), so the same seed gives the same bytes. Started with
         *     `--measured-timings` the kit reports the measured run times of its own overview, SLA-compliance and
         *     agent-performance computations instead.
         *
         *     **Access:** dashboard session with role super_admin, tenant_owner, tenant_admin, agent, supervisor,
         *     tenant_user or tenant_readonly; Professional plan or higher. `X-API-Key` gets 403 today (preview);
         *     the documented future contract is 300 requests a minute per key (429 with `X-RateLimit-*` headers).
         */
        get: operations["get_aggregation_health_api_v2_analytics_conversations_aggregation_health_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/analytics/unified-overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Unified Overview
         * @description Cross-product analytics combining voice agent, CS helpdesk and knowledge base metrics. `profile` is
         *     the tenant's product profile; the `voice`, `cs`, `cross_product` and `kb` blocks are present only
         *     for the products the tenant has enabled, otherwise `null`. Kit's choice for which blocks a profile
         *     enables: `voice` → voice only; `platform` → cs and kb; `complete` → all four (`cross_product` needs
         *     both voice and cs). `voice` covers the calls started between `date_from` and `date_to`; `cs` equals
         *     the overview endpoint plus `csat_avg` (the csat endpoint's `avg_rating`); `kb.ai_resolutions` counts
         *     the AI resolutions of the range that cite an article; `voice_share + cs_share = 100` (kit's choice).
         *
         *     **Access:** dashboard session with role super_admin, tenant_owner, tenant_admin, agent, supervisor,
         *     tenant_user or tenant_readonly; Professional plan or higher. `X-API-Key` gets 403 today (preview);
         *     the documented future contract is 300 requests a minute per key (429 with `X-RateLimit-*` headers).
         */
        get: operations["get_unified_overview_api_v2_analytics_unified_overview_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/call-metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Call Metrics
         * @description KPIs, a daily call-volume trend, an outcome breakdown and a peak-hours heatmap for the calls of
         *     `start_date` .. `end_date` (both days included, bucketed in `tz`). Optional `outcome` filters to a
         *     single call outcome.
         *
         *     Kit's choices: a call is `failed` exactly when its outcome is `abandoned`;
         *     `first_call_resolution_rate` = calls resolved on the first call / total calls * 100;
         *     `call_volume` has one row per day of the range, zeros included; `outcome_breakdown` lists outcomes
         *     with calls, count descending, percentages adding up to 100; `peak_hours` has one row per non-empty
         *     (day_of_week, hour) cell, count descending, `day_of_week` 0 = Monday .. 6 = Sunday.
         *
         *     **Access:** dashboard session with role super_admin, tenant_owner, tenant_admin, agent, supervisor,
         *     tenant_user or tenant_readonly; Professional plan or higher. `X-API-Key` gets 403 today (preview);
         *     the documented future contract is 300 requests a minute per key (429 with `X-RateLimit-*` headers).
         */
        get: operations["get_call_metrics_api_v1_analytics_call_metrics_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/resolution-rates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Resolution Rates
         * @description Voice first-call-resolution trend, resolution by call category, the average resolution time and a
         *     comparison with the previous period.
         *
         *     Kit's choices: `fcr_trend` has one row per day of the range; `resolution_by_category` is ordered by
         *     `total_calls` descending; `avg_resolution_time_seconds` is the mean over calls with a resolution time
         *     (0 when there are none); `period_comparison` compares with the same-length period just before the
         *     range and is `null` when that period has no calls.
         *
         *     **Access:** dashboard session with role super_admin, tenant_owner, tenant_admin, agent, supervisor,
         *     tenant_user or tenant_readonly; Professional plan or higher. `X-API-Key` gets 403 today (preview);
         *     the documented future contract is 300 requests a minute per key (429 with `X-RateLimit-*` headers).
         */
        get: operations["get_resolution_rates_api_v1_analytics_resolution_rates_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/usage-patterns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Usage Patterns
         * @description Call distribution by hour, weekday and month, and LLM usage per provider.
         *
         *     Kit's choices: `hourly_distribution` has 24 rows (hour 0..23 in `tz`); `weekly_distribution` has
         *     7 rows (0 = Monday .. 6 = Sunday, English day names); `monthly_trends` has one row per calendar month
         *     the range touches (`YYYY-MM`); `llm_usage` has one row per provider with usage;
         *     `avg_tokens_per_call` = (input + output tokens) / calls with usage (0 when none).
         *
         *     **Access:** dashboard session with role super_admin, tenant_owner, tenant_admin, agent, supervisor,
         *     tenant_user or tenant_readonly; Professional plan or higher. `X-API-Key` gets 403 today (preview);
         *     the documented future contract is 300 requests a minute per key (429 with `X-RateLimit-*` headers).
         */
        get: operations["get_usage_patterns_api_v1_analytics_usage_patterns_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search Calls By Phone
         * @description Search call records by phone number. Rate-limited to 10 searches a minute per user (429
         *     `{"detail": "Search rate limit exceeded", "limit": 10}`, kit's message). Every search is audit-logged
         *     and the phone number is redacted in the response (`***-***-` and the last four digits).
         *
         *     Kit's choices: the digits of `phone` must occur in the digits of the call's number (so `5678` and
         *     `+33 6 12 34 56 78` both match `+33612345678`; a term without digits matches nothing); results are
         *     the newest `limit` matches; `total_count` counts every match.
         *
         *     **Access:** dashboard session with role super_admin, tenant_owner, tenant_admin, agent, supervisor,
         *     tenant_user or tenant_readonly; Professional plan or higher. `X-API-Key` gets 403 today (preview);
         *     the documented future contract is 300 requests a minute per key (429 with `X-RateLimit-*` headers).
         */
        get: operations["search_calls_by_phone_api_v1_analytics_search_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Request Export
         * @description Create an export of analytics data. All exports apply server-side PII redaction and the request is
         *     logged to the audit log. The response points to the download; the export expires 24 hours after
         *     creation (kit's choice, consistent with the seed's example and the 24-hour export list).
         *     `start_date` after `end_date` gives 422 (kit's choice). Kit's choice, to keep a shared mock's memory
         *     bounded: a tenant keeps at most 200 live exports (a new one drops the tenant's oldest), expired
         *     exports are deleted, and export ids are a per-tenant number hashed with a per-tenant secret.
         *
         *     **Access:** dashboard session with role super_admin or tenant_admin only (admin roles); Professional
         *     plan or higher. `X-API-Key` gets 403 today (preview); the documented future contract is 300 requests
         *     a minute per key (429 with `X-RateLimit-*` headers).
         */
        post: operations["request_export_api_v1_analytics_export_post"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Exports
         * @description The tenant's exports of the last 24 hours, newest first, at most 200 (kit's choice). Takes no parameters, so
         *     there is no 422 (FastAPI declares 422 only for operations with parameters).
         *
         *     **Access:** dashboard session with role super_admin or tenant_admin only (admin roles); Professional
         *     plan or higher. `X-API-Key` gets 403 today (preview); the documented future contract is 300 requests
         *     a minute per key (429 with `X-RateLimit-*` headers).
         */
        get: operations["list_exports_api_v1_analytics_exports_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/analytics/export/{export_id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download Export
         * @description Download a completed export. The seed only shows `curl ... -o export.csv`; the body is the kit's
         *     choice: the file itself in the export's format (`text/csv`, `application/json` or `application/pdf`),
         *     PII-redacted, with `Content-Disposition: attachment; filename="..."`. The query parameters that the
         *     `download_url` carries are informative: the export's own format and range win (kit's choice).
         *     An unknown or expired export id, or another tenant's, gives 404. Kit's choice, to bound the work of
         *     one download: the detail tables (`calls`, `conversations`) hold the first 1,000 rows of the range in
         *     time order; every other table covers the whole range.
         *
         *     **Access:** dashboard session with role super_admin, tenant_owner, tenant_admin, agent, supervisor,
         *     tenant_user or tenant_readonly (the guide's rule for analytics GETs; kit's choice since the guide
         *     names only create and list as admin-only); Professional plan or higher. `X-API-Key` gets 403 today
         *     (preview); the documented future contract is 300 requests a minute per key (429 with
         *     `X-RateLimit-*` headers).
         */
        get: operations["download_export_api_v1_analytics_export__export_id__download_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v2/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Conversations V2
         * @description The tenant's conversations, filtered and paginated (`{items, total, limit, offset}`). Every filter is
         *     a plain string in the published schema (no enums); the values used in the guides are listed per
         *     parameter. Filters combine with AND; an unknown value matches nothing (kit's choice).
         *     Merged conversations are listed like any other (kit's choice); deleted ones only with
         *     `include_deleted=true`.
         *
         *     **Access (kit's choice: gated like the analytics reads; the seed shows only bearer auth):** dashboard
         *     session with role super_admin, tenant_owner, tenant_admin, agent, supervisor, tenant_user or
         *     tenant_readonly; Professional plan or higher. `X-API-Key` gets 403 in the preview behaviour; with the
         *     documented future contract, 300 requests a minute per key (429 with `X-RateLimit-*` headers).
         */
        get: operations["list_conversations_v2_api_v2_conversations_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description FastAPI error body. */
        ErrorDetail: {
            detail: string;
        };
        RateLimitError: {
            detail: string;
            /** @description Requests allowed per minute. */
            limit: number;
        };
        SearchRateLimitError: components["schemas"]["RateLimitError"];
        ValidationError: {
            loc: (string | number)[];
            msg: string;
            type: string;
            /** @description The offending input, any JSON value (null when the parameter is missing). */
            input?: unknown;
            /** @description Constraint context, e.g. `{"ge": 1}`. */
            ctx?: {
                [key: string]: unknown;
            };
        };
        HTTPValidationError: {
            detail: components["schemas"]["ValidationError"][];
        };
        ChannelCount: {
            channel: string;
            conversation_count: number;
        };
        ConversationOverview: {
            total_conversations: number;
            ai_resolved_count: number;
            /** @description Percentage of total_conversations. */
            ai_resolution_rate: number;
            human_resolved_count: number;
            /** @description Percentage of total_conversations. */
            escalation_rate: number;
            first_response_minutes_avg: number;
            resolution_minutes_median: number;
            channel_distribution: components["schemas"]["ChannelCount"][];
        };
        SlaBucket: {
            /** @description Conversations with an SLA target for this step. */
            tracked: number;
            met: number;
            breached: number;
            /** @description Percentage, met / tracked. */
            compliance_rate: number;
        };
        SlaPriorityBucket: {
            priority: string;
            tracked: number;
            met: number;
            breached: number;
            compliance_rate: number;
        };
        SlaTeamBucket: {
            team_id: string;
            team_name: string;
            tracked: number;
            met: number;
            breached: number;
            compliance_rate: number;
        };
        SlaCompliance: {
            first_response: components["schemas"]["SlaBucket"];
            resolution: components["schemas"]["SlaBucket"];
            by_priority: components["schemas"]["SlaPriorityBucket"][];
            by_team: components["schemas"]["SlaTeamBucket"][];
        };
        CsatDistributionItem: {
            rating: number;
            response_count: number;
        };
        CsatTrendItem: {
            /** Format: date */
            day: string;
            /** @description Rated responses that day. */
            count: number;
            avg_rating: number;
        };
        CsatAgentItem: {
            assignee_user_id: string;
            assignee_name: string;
            response_count: number;
            avg_rating: number;
            positive_rate: number;
        };
        CsatAnalytics: {
            total_responses: number;
            rated_responses: number;
            avg_rating: number;
            positive_responses: number;
            /** @description Percentage of rated responses with a rating of 4 or 5. */
            positive_rate: number;
            distribution: components["schemas"]["CsatDistributionItem"][];
            /** @description One row per UTC day with rated responses, oldest first (kit's choice). */
            trend: components["schemas"]["CsatTrendItem"][];
            /** @description Agents with rated responses, response_count descending, ties by name (kit's choice). */
            per_agent: components["schemas"]["CsatAgentItem"][];
        };
        /**
         * @description The insights' csat block. The published insights schema lists the six summary fields; the guide's
         *     example also has `trend` and `per_agent`, so they are declared but optional. The kit sends all eight,
         *     equal to the csat endpoint for the same range.
         */
        InsightsCsat: {
            total_responses: number;
            rated_responses: number;
            avg_rating: number;
            positive_responses: number;
            positive_rate: number;
            distribution: components["schemas"]["CsatDistributionItem"][];
            trend?: components["schemas"]["CsatTrendItem"][];
            per_agent?: components["schemas"]["CsatAgentItem"][];
        };
        CsatResponseItem: {
            id: string;
            conversation_id: string;
            contact_id: string;
            rating: number;
            comment: string | null;
            followup_answer: string | null;
            channel: string;
            /** Format: date-time */
            sent_at: string;
            /** Format: date-time */
            responded_at: string;
            /** @description Null when the conversation has no subject (kit's choice). */
            conversation_subject: string | null;
            /** @description Null when the conversation is unassigned (kit's choice). */
            assignee_user_id: string | null;
            assignee_name: string | null;
            assignee_team_id: string | null;
            assignee_team_name: string | null;
        };
        CsatResponsesPage: {
            items: components["schemas"]["CsatResponseItem"][];
            total: number;
            limit: number;
            offset: number;
        };
        ResolutionPriorityItem: {
            priority: string;
            total: number;
            resolved: number;
            ai_resolved: number;
            human_resolved: number;
            resolution_rate: number;
        };
        ResolutionRates: {
            total_conversations: number;
            resolved_count: number;
            ai_resolved_count: number;
            human_resolved_count: number;
            ai_resolution_rate: number;
            human_resolution_rate: number;
            resolution_rate: number;
            by_priority: components["schemas"]["ResolutionPriorityItem"][];
        };
        TeamOption: {
            team_id: string;
            team_name: string;
        };
        TeamsList: {
            teams: components["schemas"]["TeamOption"][];
        };
        BusiestHourItem: {
            hour_utc: number;
            conversation_count: number;
        };
        TopTopicItem: {
            topic: string;
            conversation_count: number;
            /** @description Percentage of the counted conversations. */
            share: number;
        };
        AgentPerformanceItem: {
            assignee_user_id: string;
            assignee_name: string;
            assigned_count: number;
            resolved_count: number;
            resolution_rate: number;
            avg_first_response_minutes: number;
            avg_resolution_minutes: number;
        };
        TeamPerformanceItem: {
            team_id: string;
            team_name: string;
            assigned_count: number;
            resolved_count: number;
            resolution_rate: number;
            avg_resolution_minutes: number;
        };
        HelpCenterArticleItem: {
            article_id: string;
            title: string;
            slug: string;
            /** @description Views of the article in the range (kit's choice: the lifetime count spread over time like the tenant's conversation volume). */
            view_count: number;
            helpful_count: number;
            not_helpful_count: number;
        };
        HelpCenterDeflection: {
            /** @description Snapshot at now: published articles, whatever the range. */
            article_count: number;
            /** @description Views of the published articles in the range (kit's choice: lifetime views spread like the conversation volume; 0 for a range without conversations). */
            total_views: number;
            /** @description Helpful votes in the range (spread like total_views). */
            helpful_feedback: number;
            /** @description Not-helpful votes in the range (spread like total_views). */
            not_helpful_feedback: number;
            /** @description Percentage of the counted conversations the AI resolved by citing an article (kit's choice). */
            deflection_rate: number;
            /** @description The most viewed published articles, at most 5 (kit's choice). */
            top_articles: components["schemas"]["HelpCenterArticleItem"][];
        };
        SlaBreachTrendItem: {
            /** Format: date */
            day: string;
            tracked: number;
            breached: number;
            met: number;
            compliance_rate: number;
        };
        EmailChannelItem: {
            channel_id: string;
            address: string;
            /** @description `active` or `inactive` (kit's values). */
            status: string;
            conversation_count: number;
        };
        EmailChannelMetrics: {
            /** @description Snapshot at now: the tenant's e-mail channels, whatever the range. */
            total_channels: number;
            /** @description Snapshot at now: channels active today. */
            active_channels: number;
            email_conversations: number;
            inbound_messages: number;
            outbound_messages: number;
            /** @description Contacts e-mailed in the range whose address bounced, each counted once. */
            bounced_contacts: number;
            /** @description Contacts e-mailed in the range who filed a spam complaint, each counted once. */
            complained_contacts: number;
            by_channel: components["schemas"]["EmailChannelItem"][];
        };
        AggregationHealth: {
            target_conversation_volume: number;
            per_query_budget_ms: number;
            total_budget_ms: number;
            total_runtime_ms: number;
            target_met: boolean;
            overview_ms: number;
            sla_compliance_ms: number;
            agent_performance_ms: number;
        };
        /** @description Echo of the resolved range in Python isoformat (`2026-03-01T00:00:00+00:00`); the defaults when the request omits it (kit's choice). */
        InsightsMetadata: {
            /** Format: date-time */
            date_from: string;
            /** Format: date-time */
            date_to: string;
        };
        ConversationInsights: {
            csat: components["schemas"]["InsightsCsat"];
            busiest_hours: components["schemas"]["BusiestHourItem"][];
            top_topics: components["schemas"]["TopTopicItem"][];
            agent_performance: components["schemas"]["AgentPerformanceItem"][];
            team_performance: components["schemas"]["TeamPerformanceItem"][];
            help_center_deflection: components["schemas"]["HelpCenterDeflection"];
            sla_breach_trend: components["schemas"]["SlaBreachTrendItem"][];
            email_channel_metrics: components["schemas"]["EmailChannelMetrics"];
            aggregation_health: components["schemas"]["AggregationHealth"];
            metadata: components["schemas"]["InsightsMetadata"];
        };
        /** @description The unified overview's `voice` block (the call-metrics KPIs without the period); null when the tenant has no voice product. */
        UnifiedVoice: {
            total_calls: number;
            completed_calls: number;
            failed_calls: number;
            avg_duration_seconds: number;
            first_call_resolution_rate: number;
            tickets_created: number;
            escalation_count: number;
        } | null;
        /** @description The unified overview's `cs` block (the conversation overview plus `csat_avg`); null when the tenant has no CS helpdesk product. */
        UnifiedCs: {
            total_conversations: number;
            ai_resolved_count: number;
            ai_resolution_rate: number;
            human_resolved_count: number;
            escalation_rate: number;
            first_response_minutes_avg: number;
            resolution_minutes_median: number;
            csat_avg: number;
            channel_distribution: components["schemas"]["ChannelCount"][];
        } | null;
        /** @description The unified overview's `cross_product` block; null unless the tenant has both voice and CS. */
        UnifiedCrossProduct: {
            /** @description Calls plus conversations. */
            total_interactions: number;
            /** @description First-call-resolved calls plus resolved conversations over all interactions, percentage (kit's choice). */
            blended_resolution_rate: number;
            voice_share: number;
            cs_share: number;
        } | null;
        /** @description The unified overview's `kb` block (published articles); null when the tenant has no knowledge base product. */
        UnifiedKb: {
            /** @description Snapshot at now: published articles, whatever the range. */
            total_published: number;
            /** @description Views of the published articles in the range (spread like the conversation volume, as in the insights). */
            total_views: number;
            /** @description helpful / (helpful + not helpful) feedback, percentage (kit's choice). */
            helpfulness_rate: number;
            ai_resolutions: number;
        } | null;
        UnifiedOverview: {
            /** @enum {string} */
            profile: "voice" | "platform" | "complete";
            voice: components["schemas"]["UnifiedVoice"];
            cs: components["schemas"]["UnifiedCs"];
            cross_product: components["schemas"]["UnifiedCrossProduct"];
            kb: components["schemas"]["UnifiedKb"];
        };
        CallKpis: {
            total_calls: number;
            completed_calls: number;
            failed_calls: number;
            avg_duration_seconds: number;
            first_call_resolution_rate: number;
            tickets_created: number;
            escalation_count: number;
            /** Format: date */
            period_start: string;
            /** Format: date */
            period_end: string;
        };
        CallVolumeItem: {
            /** Format: date */
            date: string;
            total_calls: number;
            completed_calls: number;
            failed_calls: number;
        };
        OutcomeBreakdownItem: {
            outcome: string;
            count: number;
            percentage: number;
        };
        PeakHourItem: {
            hour: number;
            /** @description 0 = Monday .. 6 = Sunday (kit's choice, Python weekday()). */
            day_of_week: number;
            call_count: number;
        };
        CallMetrics: {
            kpis: components["schemas"]["CallKpis"];
            call_volume: components["schemas"]["CallVolumeItem"][];
            outcome_breakdown: components["schemas"]["OutcomeBreakdownItem"][];
            peak_hours: components["schemas"]["PeakHourItem"][];
        };
        /** @description Kit's choice (the guide shows an empty list). */
        FcrTrendItem: {
            /** Format: date */
            date: string;
            total_calls: number;
            fcr_calls: number;
            fcr_rate: number;
        };
        /** @description Kit's choice (the guide shows an empty list). */
        ResolutionCategoryItem: {
            category: string;
            total_calls: number;
            resolved_calls: number;
            resolution_rate: number;
            avg_resolution_time_seconds: number;
        };
        /** @description Comparison with the same-length period just before the range; null when that period has no calls. Shape is the kit's choice (the guide shows only null). */
        PeriodComparison: {
            /** Format: date */
            previous_start: string;
            /** Format: date */
            previous_end: string;
            previous_total_calls: number;
            current_total_calls: number;
            previous_fcr_rate: number;
            current_fcr_rate: number;
            /** @description current_fcr_rate - previous_fcr_rate, percentage points. */
            fcr_rate_change: number;
            previous_avg_resolution_time_seconds: number;
            current_avg_resolution_time_seconds: number;
        } | null;
        VoiceResolutionRates: {
            fcr_trend: components["schemas"]["FcrTrendItem"][];
            resolution_by_category: components["schemas"]["ResolutionCategoryItem"][];
            avg_resolution_time_seconds: number;
            period_comparison: components["schemas"]["PeriodComparison"];
        };
        /** @description Kit's choice (the guide shows an empty list). */
        HourlyDistributionItem: {
            hour: number;
            call_count: number;
            avg_duration_seconds: number;
        };
        /** @description Kit's choice (the guide shows an empty list). */
        WeeklyDistributionItem: {
            /** @description 0 = Monday .. 6 = Sunday. */
            day_of_week: number;
            /** @description English day name, `Monday` .. `Sunday`. */
            day_name: string;
            call_count: number;
            avg_duration_seconds: number;
        };
        /** @description Kit's choice (the guide shows an empty list). */
        MonthlyTrendItem: {
            /** @description `YYYY-MM`. */
            month: string;
            total_calls: number;
            completed_calls: number;
            failed_calls: number;
            avg_duration_seconds: number;
        };
        LlmUsageItem: {
            provider: string;
            total_requests: number;
            total_input_tokens: number;
            total_output_tokens: number;
            avg_latency_ms: number;
            error_count: number;
        };
        UsagePatterns: {
            hourly_distribution: components["schemas"]["HourlyDistributionItem"][];
            weekly_distribution: components["schemas"]["WeeklyDistributionItem"][];
            monthly_trends: components["schemas"]["MonthlyTrendItem"][];
            llm_usage: components["schemas"]["LlmUsageItem"][];
            avg_tokens_per_call: number;
        };
        PhoneSearchItem: {
            call_id: string;
            phone_number_redacted: string;
            /** Format: date-time */
            start_time: string;
            duration_seconds: number;
            outcome: string;
            status: string;
        };
        PhoneSearchResult: {
            results: components["schemas"]["PhoneSearchItem"][];
            total_count: number;
            search_term_redacted: string;
        };
        ExportRequest: {
            /** @enum {string} */
            format: "csv" | "json" | "pdf";
            /** Format: date */
            start_date: string;
            /**
             * Format: date
             * @description Kit's choice, as on the v1 reads: dates from 1970-01-01 to 9999-12-30, at most 366 days from start_date.
             */
            end_date: string;
            /**
             * @default voice
             * @enum {string}
             */
            scope: "voice" | "conversations" | "all" | "sla_quality" | "resolution_rates" | "performance";
            /** @default true */
            include_call_details: boolean;
            /** @default false */
            include_transcripts: boolean;
            /** @default false */
            include_conversations: boolean;
            /** @description IANA time zone, e.g. `Europe/Paris` (default `UTC`). */
            tz?: string;
        };
        ExportCreated: {
            /** Format: uuid */
            export_id: string;
            /** @description Path of the download, with the export's format and range as query parameters. */
            download_url: string;
            /** Format: date-time */
            expires_at: string;
        };
        ExportListItem: {
            /** Format: uuid */
            export_id: string;
            /** @enum {string} */
            format: "csv" | "json" | "pdf";
            /** @enum {string} */
            scope: "voice" | "conversations" | "all" | "sla_quality" | "resolution_rates" | "performance";
            /** Format: date */
            start_date: string;
            /** Format: date */
            end_date: string;
            include_call_details: boolean;
            include_transcripts: boolean;
            include_conversations: boolean;
            download_url: string;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            expires_at: string;
        };
        ExportList: {
            exports: components["schemas"]["ExportListItem"][];
        };
        /**
         * @description Body of a `json` export download (kit's choice). `sections` maps each table of the export's scope
         *     (e.g. `call_volume`) to its rows, one object per row; the CSV and PDF files hold the same tables.
         */
        ExportDocument: {
            /** Format: uuid */
            export_id: string;
            scope: string;
            /** Format: date */
            start_date: string;
            /** Format: date */
            end_date: string;
            /** @description The export's IANA time zone. */
            tz?: string;
            /** Format: date-time */
            generated_at: string;
            sections: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
        };
        /**
         * @description One conversation of the v2 list. Nullability is the kit's choice where the published schema does
         *     not show it: timestamps of events that may not have happened, optional joins (assignee, company,
         *     contact details) and AI-derived fields that may not be computed yet are nullable.
         */
        ConversationListItem: {
            id: string;
            subject: string | null;
            last_message_snippet: string | null;
            channel: string;
            status: string;
            priority: string;
            urgency: string | null;
            impact: string | null;
            conversation_type: string;
            source: string;
            source_thread_id: string | null;
            category: string | null;
            tags: string[];
            detected_language: string | null;
            current_sentiment_label: string | null;
            /** @description -1.0 (negative) .. 1.0 (positive) (kit's scale). */
            current_sentiment_score: number | null;
            sentiment_trend: string | null;
            is_spam: boolean;
            is_read: boolean;
            /** Format: date-time */
            deleted_at: string | null;
            /** Format: date-time */
            archived_at: string | null;
            /** Format: date-time */
            merged_at: string | null;
            merged_by: string | null;
            merged_into_id: string | null;
            /** Format: date-time */
            snoozed_until: string | null;
            snoozed_by: string | null;
            assignee_user_id: string | null;
            assignee_user_name: string | null;
            assignee_team_id: string | null;
            assignee_team_name: string | null;
            /** Format: date-time */
            assigned_at: string | null;
            assignment_reason: string | null;
            department_id: string | null;
            contact_id: string;
            contact_name: string | null;
            contact_email: string | null;
            contact_phone: string | null;
            contact_role: string | null;
            company_name: string | null;
            ai_triage_hint: string | null;
            ai_triage_hint_type: string | null;
            /** Format: date-time */
            sla_first_response_due: string | null;
            /** Format: date-time */
            sla_resolution_due: string | null;
            /** Format: date-time */
            sla_last_escalation_at: string | null;
            sla_state: string | null;
            /** @description Optimistic-locking version, incremented on every update. */
            version: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        ConversationListPage: {
            items: components["schemas"]["ConversationListItem"][];
            /** @description Matching conversations before pagination. */
            total: number;
            limit: number;
            offset: number;
        };
    };
    responses: {
        /**
         * @description Missing, malformed, expired or unknown credentials. Messages: `Missing authentication credentials`,
         *     `Invalid API key` (documented); `Invalid authentication credentials` (not a bearer header) and
         *     `Invalid or expired session` (unknown token) are the kit's.
         */
        Unauthorized: {
            headers: {
                /**
                 * @description The authentication scheme to use (`Bearer`).
                 * @example Bearer
                 */
                "WWW-Authenticate"?: string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "Missing authentication credentials"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorDetail"];
            };
        };
        /**
         * @description Authenticated but not allowed. Reasons: the request used an API key on an analytics endpoint
         *     (preview behaviour: `API keys are not permitted for this endpoint`); the session's role is not
         *     allowed on this operation (kit's message: `Role '<role>' is not allowed; required role: one of ...`);
         *     the tenant's plan is below Professional (kit's message: `Analytics requires the Professional plan or
         *     higher (current plan: <plan>)`).
         */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "API keys are not permitted for this endpoint"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorDetail"];
            };
        };
        /** @description `team_id` is not a team of the tenant (kit's choice, using the documented `Team not found` message). */
        TeamNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "Team not found"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorDetail"];
            };
        };
        /** @description The export id is unknown, expired, or belongs to another tenant (kit's message). */
        ExportNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "Export not found"
                 *     }
                 */
                "application/json": components["schemas"]["ErrorDetail"];
            };
        };
        /** @description Request validation failed (FastAPI / pydantic v2 shape), e.g. a missing required parameter, a value out of range or an unparsable date. */
        ValidationFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": [
                 *         {
                 *           "type": "greater_than_equal",
                 *           "loc": [
                 *             "query",
                 *             "limit"
                 *           ],
                 *           "msg": "Input should be greater than or equal to 1",
                 *           "input": "0",
                 *           "ctx": {
                 *             "ge": 1
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["HTTPValidationError"];
            };
        };
        /** @description Per-API-key rate limit exceeded (300 requests a minute; documented future contract for API keys). */
        RateLimited: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                "X-RateLimit-Limit": components["headers"]["XRateLimitLimit"];
                "X-RateLimit-Remaining": components["headers"]["XRateLimitRemaining"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "API key rate limit exceeded",
                 *       "limit": 300
                 *     }
                 */
                "application/json": components["schemas"]["RateLimitError"];
            };
        };
        /**
         * @description The phone search allows 10 searches a minute per user (kit's message `Search rate limit exceeded`,
         *     `limit` 10, same headers: kit's choice). The per-API-key limit (`API key rate limit exceeded`,
         *     `limit` 300) gives the same shape. Only searches that pass validation count and are audit-logged;
         *     a successful search by a session carries `X-RateLimit-Limit` / `X-RateLimit-Remaining` of the search
         *     limit, one by an API key those of the key (kit's choice).
         */
        SearchRateLimited: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                /**
                 * @description Searches allowed per window.
                 * @example 10
                 */
                "X-RateLimit-Limit": number;
                /**
                 * @description Searches left in the current window (0 on a 429).
                 * @example 0
                 */
                "X-RateLimit-Remaining": number;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "Search rate limit exceeded",
                 *       "limit": 10
                 *     }
                 */
                "application/json": components["schemas"]["SearchRateLimitError"];
            };
        };
    };
    parameters: {
        /** @description Lower bound of the range, inclusive (ISO 8601 datetime; a value without offset is UTC). Default `date_to` minus 30 days (kit's choice). Kit's choice: from 1970-01-01 to 9999-12-30, at most 366 days before date_to. */
        DateFrom: string;
        /** @description Upper bound of the range, inclusive (ISO 8601 datetime; a value without offset is UTC). Default now (kit's choice). Before `date_from` gives 422 (kit's choice). Kit's choice: from 1970-01-01 to 9999-12-30, at most 366 days after date_from. */
        DateTo: string;
        /** @description Only conversations assigned to this team (UUID). */
        TeamId: string;
        /** @description Only conversations assigned to this agent (user UUID). */
        AgentId: string;
        /**
         * @description First day of the range, included (`YYYY-MM-DD`, in `tz`). Kit's choice: from 1970-01-01 to 9999-12-30.
         * @example 2026-03-01
         */
        StartDate: string;
        /**
         * @description Last day of the range, included (`YYYY-MM-DD`, in `tz`). Before `start_date` gives 422 (kit's choice). Kit's choice: from 1970-01-01 to 9999-12-30, at most 366 days from start_date (both included).
         * @example 2026-03-08
         */
        EndDate: string;
        /** @description IANA time zone that controls how days and hours are bucketed, e.g. `Europe/Paris`. Default `UTC`; an unknown zone gives 422 (kit's choice). */
        Tz: string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description Seconds until the rate-limit window resets.
         * @example 42
         */
        RetryAfter: number;
        /**
         * @description Requests allowed per window.
         * @example 300
         */
        XRateLimitLimit: number;
        /**
         * @description Requests left in the current window (0 on a 429).
         * @example 0
         */
        XRateLimitRemaining: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    get_conversation_overview_api_v2_analytics_conversations_overview_get: {
        parameters: {
            query?: {
                /** @description Lower bound of the range, inclusive (ISO 8601 datetime; a value without offset is UTC). Default `date_to` minus 30 days (kit's choice). Kit's choice: from 1970-01-01 to 9999-12-30, at most 366 days before date_to. */
                date_from?: components["parameters"]["DateFrom"];
                /** @description Upper bound of the range, inclusive (ISO 8601 datetime; a value without offset is UTC). Default now (kit's choice). Before `date_from` gives 422 (kit's choice). Kit's choice: from 1970-01-01 to 9999-12-30, at most 366 days after date_from. */
                date_to?: components["parameters"]["DateTo"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Conversation overview. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "total_conversations": 285,
                     *       "ai_resolved_count": 118,
                     *       "ai_resolution_rate": 41.4,
                     *       "human_resolved_count": 92,
                     *       "escalation_rate": 12.6,
                     *       "first_response_minutes_avg": 12.5,
                     *       "resolution_minutes_median": 252,
                     *       "channel_distribution": [
                     *         {
                     *           "channel": "email",
                     *           "conversation_count": 145
                     *         },
                     *         {
                     *           "channel": "chat",
                     *           "conversation_count": 80
                     *         },
                     *         {
                     *           "channel": "voice",
                     *           "conversation_count": 35
                     *         },
                     *         {
                     *           "channel": "whatsapp",
                     *           "conversation_count": 25
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ConversationOverview"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
        };
    };
    get_sla_compliance_api_v2_analytics_conversations_sla_compliance_get: {
        parameters: {
            query?: {
                /** @description Lower bound of the range, inclusive (ISO 8601 datetime; a value without offset is UTC). Default `date_to` minus 30 days (kit's choice). Kit's choice: from 1970-01-01 to 9999-12-30, at most 366 days before date_to. */
                date_from?: components["parameters"]["DateFrom"];
                /** @description Upper bound of the range, inclusive (ISO 8601 datetime; a value without offset is UTC). Default now (kit's choice). Before `date_from` gives 422 (kit's choice). Kit's choice: from 1970-01-01 to 9999-12-30, at most 366 days after date_from. */
                date_to?: components["parameters"]["DateTo"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description SLA compliance. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "first_response": {
                     *         "tracked": 285,
                     *         "met": 275,
                     *         "breached": 10,
                     *         "compliance_rate": 96.5
                     *       },
                     *       "resolution": {
                     *         "tracked": 285,
                     *         "met": 262,
                     *         "breached": 23,
                     *         "compliance_rate": 91.8
                     *       },
                     *       "by_priority": [
                     *         {
                     *           "priority": "urgent",
                     *           "tracked": 25,
                     *           "met": 22,
                     *           "breached": 3,
                     *           "compliance_rate": 88
                     *         },
                     *         {
                     *           "priority": "high",
                     *           "tracked": 50,
                     *           "met": 46,
                     *           "breached": 4,
                     *           "compliance_rate": 92
                     *         },
                     *         {
                     *           "priority": "medium",
                     *           "tracked": 150,
                     *           "met": 144,
                     *           "breached": 6,
                     *           "compliance_rate": 96
                     *         },
                     *         {
                     *           "priority": "low",
                     *           "tracked": 60,
                     *           "met": 59,
                     *           "breached": 1,
                     *           "compliance_rate": 98
                     *         }
                     *       ],
                     *       "by_team": [
                     *         {
                     *           "team_id": "f1e2d3c4-b5a6-7890-1234-567890abcdef",
                     *           "team_name": "Tier 1",
                     *           "tracked": 180,
                     *           "met": 171,
                     *           "breached": 9,
                     *           "compliance_rate": 95
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["SlaCompliance"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
        };
    };
    get_csat_analytics_api_v2_analytics_conversations_csat_get: {
        parameters: {
            query?: {
                /** @description Lower bound of the range, inclusive (ISO 8601 datetime; a value without offset is UTC). Default `date_to` minus 30 days (kit's choice). Kit's choice: from 1970-01-01 to 9999-12-30, at most 366 days before date_to. */
                date_from?: components["parameters"]["DateFrom"];
                /** @description Upper bound of the range, inclusive (ISO 8601 datetime; a value without offset is UTC). Default now (kit's choice). Before `date_from` gives 422 (kit's choice). Kit's choice: from 1970-01-01 to 9999-12-30, at most 366 days after date_from. */
                date_to?: components["parameters"]["DateTo"];
                /** @description Only conversations assigned to this agent (user UUID). */
                agent_id?: components["parameters"]["AgentId"];
                /** @description Only conversations assigned to this team (UUID). */
                team_id?: components["parameters"]["TeamId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSAT analytics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "total_responses": 120,
                     *       "rated_responses": 112,
                     *       "avg_rating": 4.3,
                     *       "positive_responses": 96,
                     *       "positive_rate": 85.7,
                     *       "distribution": [
                     *         {
                     *           "rating": 5,
                     *           "response_count": 64
                     *         },
                     *         {
                     *           "rating": 4,
                     *           "response_count": 32
                     *         },
                     *         {
                     *           "rating": 3,
                     *           "response_count": 10
                     *         },
                     *         {
                     *           "rating": 2,
                     *           "response_count": 4
                     *         },
                     *         {
                     *           "rating": 1,
                     *           "response_count": 2
                     *         }
                     *       ],
                     *       "trend": [
                     *         {
                     *           "day": "2026-03-01",
                     *           "count": 14,
                     *           "avg_rating": 4.4
                     *         }
                     *       ],
                     *       "per_agent": [
                     *         {
                     *           "assignee_user_id": "a1b2c3d4-e5f6-7890-1234-567890abcdef",
                     *           "assignee_name": "Jane Doe",
                     *           "response_count": 40,
                     *           "avg_rating": 4.5,
                     *           "positive_rate": 90
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CsatAnalytics"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["TeamNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
        };
    };
    list_csat_responses_api_v2_analytics_conversations_csat_responses_get: {
        parameters: {
            query?: {
                /** @description Lower bound of the range, inclusive (ISO 8601 datetime; a value without offset is UTC). Default `date_to` minus 30 days (kit's choice). Kit's choice: from 1970-01-01 to 9999-12-30, at most 366 days before date_to. */
                date_from?: components["parameters"]["DateFrom"];
                /** @description Upper bound of the range, inclusive (ISO 8601 datetime; a value without offset is UTC). Default now (kit's choice). Before `date_from` gives 422 (kit's choice). Kit's choice: from 1970-01-01 to 9999-12-30, at most 366 days after date_from. */
                date_to?: components["parameters"]["DateTo"];
                /** @description Only conversations assigned to this agent (user UUID). */
                agent_id?: components["parameters"]["AgentId"];
                /** @description Only conversations assigned to this team (UUID). */
                team_id?: components["parameters"]["TeamId"];
                /** @description Page size. */
                limit?: number;
                /** @description Number of items to skip. */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of CSAT responses. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "c0ffee00-1234-5678-9abc-def012345678",
                     *           "conversation_id": "11112222-3333-4444-5555-666677778888",
                     *           "contact_id": "99990000-aaaa-bbbb-cccc-ddddeeeeffff",
                     *           "rating": 5,
                     *           "comment": "Resolved quickly, thanks!",
                     *           "followup_answer": null,
                     *           "channel": "email",
                     *           "sent_at": "2026-03-02T09:15:00Z",
                     *           "responded_at": "2026-03-02T10:02:00Z",
                     *           "conversation_subject": "VPN cannot connect",
                     *           "assignee_user_id": "a1b2c3d4-e5f6-7890-1234-567890abcdef",
                     *           "assignee_name": "Jane Doe",
                     *           "assignee_team_id": "f1e2d3c4-b5a6-7890-1234-567890abcdef",
                     *           "assignee_team_name": "Tier 1"
                     *         }
                     *       ],
                     *       "total": 112,
                     *       "limit": 50,
                     *       "offset": 0
                     *     }
                     */
                    "application/json": components["schemas"]["CsatResponsesPage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["TeamNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
        };
    };
    get_cs_resolution_rates_api_v2_analytics_conversations_resolution_rates_get: {
        parameters: {
            query?: {
                /** @description Lower bound of the range, inclusive (ISO 8601 datetime; a value without offset is UTC). Default `date_to` minus 30 days (kit's choice). Kit's choice: from 1970-01-01 to 9999-12-30, at most 366 days before date_to. */
                date_from?: components["parameters"]["DateFrom"];
                /** @description Upper bound of the range, inclusive (ISO 8601 datetime; a value without offset is UTC). Default now (kit's choice). Before `date_from` gives 422 (kit's choice). Kit's choice: from 1970-01-01 to 9999-12-30, at most 366 days after date_from. */
                date_to?: components["parameters"]["DateTo"];
                /** @description Only conversations assigned to this team (UUID). */
                team_id?: components["parameters"]["TeamId"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Resolution rates. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "total_conversations": 285,
                     *       "resolved_count": 210,
                     *       "ai_resolved_count": 118,
                     *       "human_resolved_count": 92,
                     *       "ai_resolution_rate": 41.4,
                     *       "human_resolution_rate": 32.3,
                     *       "resolution_rate": 73.7,
                     *       "by_priority": [
                     *         {
                     *           "priority": "high",
                     *           "total": 50,
                     *           "resolved": 46,
                     *           "ai_resolved": 20,
                     *           "human_resolved": 26,
                     *           "resolution_rate": 92
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ResolutionRates"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["TeamNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
        };
    };
    list_analytics_teams_api_v2_analytics_conversations_teams_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Teams. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "teams": [
                     *         {
                     *           "team_id": "f1e2d3c4-b5a6-7890-1234-567890abcdef",
                     *           "team_name": "Tier 1"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TeamsList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    get_conversation_insights_api_v2_analytics_conversations_insights_get: {
        parameters: {
            query?: {
                /** @description Lower bound of the range, inclusive (ISO 8601 datetime; a value without offset is UTC). Default `date_to` minus 30 days (kit's choice). Kit's choice: from 1970-01-01 to 9999-12-30, at most 366 days before date_to. */
                date_from?: components["parameters"]["DateFrom"];
                /** @description Upper bound of the range, inclusive (ISO 8601 datetime; a value without offset is UTC). Default now (kit's choice). Before `date_from` gives 422 (kit's choice). Kit's choice: from 1970-01-01 to 9999-12-30, at most 366 days after date_from. */
                date_to?: components["parameters"]["DateTo"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Conversation insights. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "csat": {
                     *         "total_responses": 120,
                     *         "rated_responses": 112,
                     *         "avg_rating": 4.3,
                     *         "positive_responses": 96,
                     *         "positive_rate": 85.7,
                     *         "distribution": [
                     *           {
                     *             "rating": 5,
                     *             "response_count": 64
                     *           }
                     *         ],
                     *         "trend": [
                     *           {
                     *             "day": "2026-03-01",
                     *             "count": 14,
                     *             "avg_rating": 4.4
                     *           }
                     *         ],
                     *         "per_agent": [
                     *           {
                     *             "assignee_user_id": "a1b2c3d4-e5f6-7890-1234-567890abcdef",
                     *             "assignee_name": "Jane Doe",
                     *             "response_count": 40,
                     *             "avg_rating": 4.5,
                     *             "positive_rate": 90
                     *           }
                     *         ]
                     *       },
                     *       "busiest_hours": [
                     *         {
                     *           "hour_utc": 14,
                     *           "conversation_count": 38
                     *         }
                     *       ],
                     *       "top_topics": [
                     *         {
                     *           "topic": "VPN connectivity",
                     *           "conversation_count": 42,
                     *           "share": 14.7
                     *         }
                     *       ],
                     *       "agent_performance": [
                     *         {
                     *           "assignee_user_id": "a1b2c3d4-e5f6-7890-1234-567890abcdef",
                     *           "assignee_name": "Jane Doe",
                     *           "assigned_count": 60,
                     *           "resolved_count": 55,
                     *           "resolution_rate": 91.7,
                     *           "avg_first_response_minutes": 9.2,
                     *           "avg_resolution_minutes": 210
                     *         }
                     *       ],
                     *       "team_performance": [
                     *         {
                     *           "team_id": "f1e2d3c4-b5a6-7890-1234-567890abcdef",
                     *           "team_name": "Tier 1",
                     *           "assigned_count": 180,
                     *           "resolved_count": 171,
                     *           "resolution_rate": 95,
                     *           "avg_resolution_minutes": 198
                     *         }
                     *       ],
                     *       "help_center_deflection": {
                     *         "article_count": 120,
                     *         "total_views": 5400,
                     *         "helpful_feedback": 410,
                     *         "not_helpful_feedback": 60,
                     *         "deflection_rate": 22.5,
                     *         "top_articles": [
                     *           {
                     *             "article_id": "kb_001",
                     *             "title": "Reset your VPN client",
                     *             "slug": "reset-vpn-client",
                     *             "view_count": 320,
                     *             "helpful_count": 41,
                     *             "not_helpful_count": 3
                     *           }
                     *         ]
                     *       },
                     *       "sla_breach_trend": [
                     *         {
                     *           "day": "2026-03-01",
                     *           "tracked": 40,
                     *           "breached": 3,
                     *           "met": 37,
                     *           "compliance_rate": 92.5
                     *         }
                     *       ],
                     *       "email_channel_metrics": {
                     *         "total_channels": 3,
                     *         "active_channels": 2,
                     *         "email_conversations": 145,
                     *         "inbound_messages": 320,
                     *         "outbound_messages": 298,
                     *         "bounced_contacts": 4,
                     *         "complained_contacts": 1,
                     *         "by_channel": [
                     *           {
                     *             "channel_id": "ch_001",
                     *             "address": "support@acme.example",
                     *             "status": "active",
                     *             "conversation_count": 130
                     *           }
                     *         ]
                     *       },
                     *       "aggregation_health": {
                     *         "target_conversation_volume": 100000,
                     *         "per_query_budget_ms": 500,
                     *         "total_budget_ms": 2000,
                     *         "total_runtime_ms": 480,
                     *         "target_met": true,
                     *         "overview_ms": 120,
                     *         "sla_compliance_ms": 160,
                     *         "agent_performance_ms": 200
                     *       },
                     *       "metadata": {
                     *         "date_from": "2026-03-01T00:00:00+00:00",
                     *         "date_to": "2026-03-08T23:59:59+00:00"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ConversationInsights"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
        };
    };
    get_aggregation_health_api_v2_analytics_conversations_aggregation_health_get: {
        parameters: {
            query?: {
                /** @description Lower bound of the range, inclusive (ISO 8601 datetime; a value without offset is UTC). Default `date_to` minus 30 days (kit's choice). Kit's choice: from 1970-01-01 to 9999-12-30, at most 366 days before date_to. */
                date_from?: components["parameters"]["DateFrom"];
                /** @description Upper bound of the range, inclusive (ISO 8601 datetime; a value without offset is UTC). Default now (kit's choice). Before `date_from` gives 422 (kit's choice). Kit's choice: from 1970-01-01 to 9999-12-30, at most 366 days after date_from. */
                date_to?: components["parameters"]["DateTo"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Aggregation health. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "target_conversation_volume": 100000,
                     *       "per_query_budget_ms": 500,
                     *       "total_budget_ms": 2000,
                     *       "total_runtime_ms": 480,
                     *       "target_met": true,
                     *       "overview_ms": 120,
                     *       "sla_compliance_ms": 160,
                     *       "agent_performance_ms": 200
                     *     }
                     */
                    "application/json": components["schemas"]["AggregationHealth"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
        };
    };
    get_unified_overview_api_v2_analytics_unified_overview_get: {
        parameters: {
            query?: {
                /** @description Lower bound of the range, inclusive (ISO 8601 datetime; a value without offset is UTC). Default `date_to` minus 30 days (kit's choice). Kit's choice: from 1970-01-01 to 9999-12-30, at most 366 days before date_to. */
                date_from?: components["parameters"]["DateFrom"];
                /** @description Upper bound of the range, inclusive (ISO 8601 datetime; a value without offset is UTC). Default now (kit's choice). Before `date_from` gives 422 (kit's choice). Kit's choice: from 1970-01-01 to 9999-12-30, at most 366 days after date_from. */
                date_to?: components["parameters"]["DateTo"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unified overview. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "profile": "complete",
                     *       "voice": {
                     *         "total_calls": 156,
                     *         "completed_calls": 130,
                     *         "failed_calls": 26,
                     *         "avg_duration_seconds": 245,
                     *         "first_call_resolution_rate": 62.8,
                     *         "tickets_created": 98,
                     *         "escalation_count": 32
                     *       },
                     *       "cs": {
                     *         "total_conversations": 285,
                     *         "ai_resolved_count": 118,
                     *         "ai_resolution_rate": 41.4,
                     *         "human_resolved_count": 92,
                     *         "escalation_rate": 12.6,
                     *         "first_response_minutes_avg": 12.5,
                     *         "resolution_minutes_median": 252,
                     *         "csat_avg": 4.3,
                     *         "channel_distribution": [
                     *           {
                     *             "channel": "email",
                     *             "conversation_count": 145
                     *           }
                     *         ]
                     *       },
                     *       "cross_product": {
                     *         "total_interactions": 441,
                     *         "blended_resolution_rate": 70.5,
                     *         "voice_share": 35.4,
                     *         "cs_share": 64.6
                     *       },
                     *       "kb": {
                     *         "total_published": 120,
                     *         "total_views": 5400,
                     *         "helpfulness_rate": 87.2,
                     *         "ai_resolutions": 64
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["UnifiedOverview"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
        };
    };
    get_call_metrics_api_v1_analytics_call_metrics_get: {
        parameters: {
            query: {
                /**
                 * @description First day of the range, included (`YYYY-MM-DD`, in `tz`). Kit's choice: from 1970-01-01 to 9999-12-30.
                 * @example 2026-03-01
                 */
                start_date: components["parameters"]["StartDate"];
                /**
                 * @description Last day of the range, included (`YYYY-MM-DD`, in `tz`). Before `start_date` gives 422 (kit's choice). Kit's choice: from 1970-01-01 to 9999-12-30, at most 366 days from start_date (both included).
                 * @example 2026-03-08
                 */
                end_date: components["parameters"]["EndDate"];
                /**
                 * @description Only calls with this outcome: `ticket_created`, `resolved`, `escalated` or `abandoned`. A plain
                 *     string: another value matches no call (kit's choice).
                 */
                outcome?: string;
                /** @description IANA time zone that controls how days and hours are bucketed, e.g. `Europe/Paris`. Default `UTC`; an unknown zone gives 422 (kit's choice). */
                tz?: components["parameters"]["Tz"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Call metrics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "kpis": {
                     *         "total_calls": 156,
                     *         "completed_calls": 130,
                     *         "failed_calls": 26,
                     *         "avg_duration_seconds": 245,
                     *         "first_call_resolution_rate": 62.8,
                     *         "tickets_created": 98,
                     *         "escalation_count": 32,
                     *         "period_start": "2026-03-01",
                     *         "period_end": "2026-03-08"
                     *       },
                     *       "call_volume": [
                     *         {
                     *           "date": "2026-03-01",
                     *           "total_calls": 22,
                     *           "completed_calls": 18,
                     *           "failed_calls": 4
                     *         }
                     *       ],
                     *       "outcome_breakdown": [
                     *         {
                     *           "outcome": "ticket_created",
                     *           "count": 98,
                     *           "percentage": 62.8
                     *         },
                     *         {
                     *           "outcome": "escalated",
                     *           "count": 32,
                     *           "percentage": 20.5
                     *         },
                     *         {
                     *           "outcome": "abandoned",
                     *           "count": 26,
                     *           "percentage": 16.7
                     *         }
                     *       ],
                     *       "peak_hours": [
                     *         {
                     *           "hour": 14,
                     *           "day_of_week": 2,
                     *           "call_count": 12
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CallMetrics"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
        };
    };
    get_resolution_rates_api_v1_analytics_resolution_rates_get: {
        parameters: {
            query: {
                /**
                 * @description First day of the range, included (`YYYY-MM-DD`, in `tz`). Kit's choice: from 1970-01-01 to 9999-12-30.
                 * @example 2026-03-01
                 */
                start_date: components["parameters"]["StartDate"];
                /**
                 * @description Last day of the range, included (`YYYY-MM-DD`, in `tz`). Before `start_date` gives 422 (kit's choice). Kit's choice: from 1970-01-01 to 9999-12-30, at most 366 days from start_date (both included).
                 * @example 2026-03-08
                 */
                end_date: components["parameters"]["EndDate"];
                /** @description IANA time zone that controls how days and hours are bucketed, e.g. `Europe/Paris`. Default `UTC`; an unknown zone gives 422 (kit's choice). */
                tz?: components["parameters"]["Tz"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Voice resolution rates. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "fcr_trend": [],
                     *       "resolution_by_category": [],
                     *       "avg_resolution_time_seconds": 252,
                     *       "period_comparison": null
                     *     }
                     */
                    "application/json": components["schemas"]["VoiceResolutionRates"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
        };
    };
    get_usage_patterns_api_v1_analytics_usage_patterns_get: {
        parameters: {
            query: {
                /**
                 * @description First day of the range, included (`YYYY-MM-DD`, in `tz`). Kit's choice: from 1970-01-01 to 9999-12-30.
                 * @example 2026-03-01
                 */
                start_date: components["parameters"]["StartDate"];
                /**
                 * @description Last day of the range, included (`YYYY-MM-DD`, in `tz`). Before `start_date` gives 422 (kit's choice). Kit's choice: from 1970-01-01 to 9999-12-30, at most 366 days from start_date (both included).
                 * @example 2026-03-08
                 */
                end_date: components["parameters"]["EndDate"];
                /** @description IANA time zone that controls how days and hours are bucketed, e.g. `Europe/Paris`. Default `UTC`; an unknown zone gives 422 (kit's choice). */
                tz?: components["parameters"]["Tz"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Usage patterns. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "hourly_distribution": [],
                     *       "weekly_distribution": [],
                     *       "monthly_trends": [],
                     *       "llm_usage": [
                     *         {
                     *           "provider": "groq",
                     *           "total_requests": 1240,
                     *           "total_input_tokens": 410000,
                     *           "total_output_tokens": 96000,
                     *           "avg_latency_ms": 320,
                     *           "error_count": 3
                     *         }
                     *       ],
                     *       "avg_tokens_per_call": 412
                     *     }
                     */
                    "application/json": components["schemas"]["UsagePatterns"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
        };
    };
    search_calls_by_phone_api_v1_analytics_search_get: {
        parameters: {
            query: {
                /**
                 * @description The phone number, or part of it, to search for (at least 4 characters).
                 * @example +33612345678
                 */
                phone: string;
                /**
                 * @description First day of the range, included (`YYYY-MM-DD`, in `tz`). Kit's choice: from 1970-01-01 to 9999-12-30.
                 * @example 2026-03-01
                 */
                start_date: components["parameters"]["StartDate"];
                /**
                 * @description Last day of the range, included (`YYYY-MM-DD`, in `tz`). Before `start_date` gives 422 (kit's choice). Kit's choice: from 1970-01-01 to 9999-12-30, at most 366 days from start_date (both included).
                 * @example 2026-03-08
                 */
                end_date: components["parameters"]["EndDate"];
                /** @description Maximum number of results. */
                limit?: number;
                /** @description IANA time zone that controls how days and hours are bucketed, e.g. `Europe/Paris`. Default `UTC`; an unknown zone gives 422 (kit's choice). */
                tz?: components["parameters"]["Tz"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Matching calls, phone numbers redacted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "results": [
                     *         {
                     *           "call_id": "11112222-3333-4444-5555-666677778888",
                     *           "phone_number_redacted": "***-***-5678",
                     *           "start_time": "2026-03-02T09:15:00Z",
                     *           "duration_seconds": 245,
                     *           "outcome": "ticket_created",
                     *           "status": "completed"
                     *         }
                     *       ],
                     *       "total_count": 1,
                     *       "search_term_redacted": "***-***-5678"
                     *     }
                     */
                    "application/json": components["schemas"]["PhoneSearchResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["SearchRateLimited"];
        };
    };
    request_export_api_v1_analytics_export_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "format": "csv",
                 *       "start_date": "2026-03-01",
                 *       "end_date": "2026-03-08",
                 *       "scope": "voice",
                 *       "include_call_details": true,
                 *       "include_transcripts": false
                 *     }
                 */
                "application/json": components["schemas"]["ExportRequest"];
            };
        };
        responses: {
            /** @description Export created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "export_id": "c0ffee00-1234-5678-9abc-def012345678",
                     *       "download_url": "/api/v1/analytics/export/c0ffee00-1234-5678-9abc-def012345678/download?format=csv&start_date=2026-03-01&end_date=2026-03-08",
                     *       "expires_at": "2026-03-09T12:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ExportCreated"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
        };
    };
    list_exports_api_v1_analytics_exports_get: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Recent exports. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "exports": [
                     *         {
                     *           "export_id": "c0ffee00-1234-5678-9abc-def012345678",
                     *           "format": "csv",
                     *           "scope": "voice",
                     *           "start_date": "2026-03-01",
                     *           "end_date": "2026-03-08",
                     *           "include_call_details": true,
                     *           "include_transcripts": false,
                     *           "include_conversations": false,
                     *           "download_url": "/api/v1/analytics/export/c0ffee00-1234-5678-9abc-def012345678/download?format=csv&start_date=2026-03-01&end_date=2026-03-08",
                     *           "created_at": "2026-03-08T12:00:00Z",
                     *           "expires_at": "2026-03-09T12:00:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ExportList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            429: components["responses"]["RateLimited"];
        };
    };
    download_export_api_v1_analytics_export__export_id__download_get: {
        parameters: {
            query?: {
                /** @description Carried by `download_url`; informative only. */
                format?: "csv" | "json" | "pdf";
                /** @description Carried by `download_url` (`YYYY-MM-DD`); informative only. */
                start_date?: string;
                /** @description Carried by `download_url` (`YYYY-MM-DD`); informative only. */
                end_date?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The id returned by the export request.
                 * @example c0ffee00-1234-5678-9abc-def012345678
                 */
                export_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export file (body format is the kit's choice, see the operation description). */
            200: {
                headers: {
                    /**
                     * @description `attachment; filename="aurion-analytics-<scope>-<start_date>_<end_date>.<csv|json|pdf>"` (kit's choice of file name).
                     * @example attachment; filename="aurion-analytics-voice-2026-03-01_2026-03-08.csv"
                     */
                    "Content-Disposition": string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example section,export,AurionAI analytics export
                     *     export_id,scope,start_date,end_date,tz,generated_at
                     *     c0ffee00-1234-5678-9abc-def012345678,voice,2026-03-01,2026-03-08,UTC,2026-03-08T12:00:00.000Z
                     *
                     *     section,call_volume,Call volume per day
                     *     date,total_calls,completed_calls,failed_calls
                     *     2026-03-01,22,18,4
                     */
                    "text/csv": string;
                    /**
                     * @example {
                     *       "export_id": "c0ffee00-1234-5678-9abc-def012345678",
                     *       "scope": "voice",
                     *       "start_date": "2026-03-01",
                     *       "end_date": "2026-03-08",
                     *       "tz": "UTC",
                     *       "generated_at": "2026-03-08T12:00:00.000Z",
                     *       "sections": {
                     *         "call_volume": [
                     *           {
                     *             "date": "2026-03-01",
                     *             "total_calls": 22,
                     *             "completed_calls": 18,
                     *             "failed_calls": 4
                     *           }
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ExportDocument"];
                    "application/pdf": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["ExportNotFound"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
        };
    };
    list_conversations_v2_api_v2_conversations_get: {
        parameters: {
            query?: {
                /** @description Page size. */
                limit?: number;
                /** @description Number of items to skip. */
                offset?: number;
                /** @description `open`, `pending`, `resolved` or `closed`. Exact match; comma-separated values match any of them (kit's choice). */
                status?: string;
                /** @description `email`, `chat`, `whatsapp`, `voice` or `widget`. Exact match; comma-separated values match any of them (kit's choice). */
                channel?: string;
                /** @description Include soft-deleted conversations (`deleted_at` set). */
                include_deleted?: boolean;
                /** @description Full-text search over subject and messages. Kit's choice: every whitespace-separated term must occur, case-insensitively, in `subject` or `last_message_snippet`; at most 200 characters (422 `string_too_long`). */
                search?: string;
                /** @description Leave out the conversation with this id. */
                exclude_id?: string;
                /** @description `low`, `medium`, `high` or `urgent`. Exact match; comma-separated values match any of them (kit's choice). */
                priority?: string;
                /** @description Conversation type (the kit uses `question`, `incident`, `request`, `problem`). Exact match; comma-separated values match any of them (kit's choice). */
                conversation_type?: string;
                /** @description How the conversation started (the kit uses `inbound`, `outbound`, `api`, `widget`, `import`). Exact match; comma-separated values match any of them (kit's choice). */
                source?: string;
                /** @description Assigned agent id, exact match. */
                assignee_user_id?: string;
                /** @description Assigned team id, exact match. */
                assignee_team_id?: string;
                /** @description Department id, exact match. */
                department_id?: string;
                /** @description Category. Exact match; comma-separated values match any of them (kit's choice). */
                category?: string;
                /** @description SLA state; undocumented values, the kit uses `on_track`, `at_risk`, `breached`, `met`, `paused`. Exact match; comma-separated values match any of them (kit's choice). */
                sla_state?: string;
                /** @description Only spam (`true`) or only non-spam (`false`) conversations; absent means both. */
                is_spam?: boolean | null;
                /** @description Comma-separated tags; a conversation matches when it has any of them (kit's choice). */
                tags?: string;
                /** @description `created_at >= created_after` (ISO 8601; kit's choice: inclusive). */
                created_after?: string;
                /** @description `created_at < created_before` (ISO 8601; kit's choice: exclusive). */
                created_before?: string;
                /** @description `updated_at >= updated_after` (ISO 8601; kit's choice: inclusive). */
                updated_after?: string;
                /** @description `updated_at < updated_before` (ISO 8601; kit's choice: exclusive). */
                updated_before?: string;
                /** @description Sort field. Kit's choice: `created_at` (default), `updated_at`, `priority` (low < medium < high < urgent), `status`, `subject`, `sla_first_response_due`, `sla_resolution_due`; an unknown field falls back to `created_at`; ties by `id`; nulls last when ascending. */
                sort_by?: string;
                /** @description `asc` or `desc`. Kit's choice: default `desc`, any value other than `asc` means descending. */
                sort_order?: string;
                /** @description Current sentiment label (`current_sentiment_label`); undocumented values, the kit uses `positive`, `neutral`, `negative`. Exact match; comma-separated values match any of them (kit's choice). */
                sentiment?: string;
                /** @description Email channel id, exact match (the item does not show it). */
                email_channel_id?: string;
                /** @description Contact id, exact match. */
                contact_id?: string;
                /** @description Company id, exact match. */
                company_id?: string;
                /** @description Detected language (ISO 639-1, e.g. `en`), matched against `detected_language`. Exact match; comma-separated values match any of them (kit's choice). */
                language?: string;
                /** @description Only archived (`true`) or only non-archived (`false`) conversations; absent means both. */
                archived?: boolean | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of conversations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "11112222-3333-4444-5555-666677778888",
                     *           "subject": "VPN cannot connect",
                     *           "last_message_snippet": "Thanks, reinstalling the client fixed it.",
                     *           "channel": "email",
                     *           "status": "resolved",
                     *           "priority": "high",
                     *           "urgency": "high",
                     *           "impact": "medium",
                     *           "conversation_type": "incident",
                     *           "source": "inbound",
                     *           "source_thread_id": "<CAF1234@mail.acme.example>",
                     *           "category": "Network",
                     *           "tags": [
                     *             "vpn",
                     *             "remote-work"
                     *           ],
                     *           "detected_language": "en",
                     *           "current_sentiment_label": "positive",
                     *           "current_sentiment_score": 0.62,
                     *           "sentiment_trend": "improving",
                     *           "is_spam": false,
                     *           "is_read": true,
                     *           "deleted_at": null,
                     *           "archived_at": null,
                     *           "merged_at": null,
                     *           "merged_by": null,
                     *           "merged_into_id": null,
                     *           "snoozed_until": null,
                     *           "snoozed_by": null,
                     *           "assignee_user_id": "a1b2c3d4-e5f6-7890-1234-567890abcdef",
                     *           "assignee_user_name": "Jane Doe",
                     *           "assignee_team_id": "f1e2d3c4-b5a6-7890-1234-567890abcdef",
                     *           "assignee_team_name": "Tier 1",
                     *           "assigned_at": "2026-03-02T08:41:00Z",
                     *           "assignment_reason": "round_robin",
                     *           "department_id": "d0d0d0d0-1111-2222-3333-444455556666",
                     *           "contact_id": "99990000-aaaa-bbbb-cccc-ddddeeeeffff",
                     *           "contact_name": "Alex Martin",
                     *           "contact_email": "alex.martin@acme.example",
                     *           "contact_phone": "+33612345678",
                     *           "contact_role": "IT manager",
                     *           "company_name": "Acme Corp",
                     *           "ai_triage_hint": "Likely a VPN client configuration issue",
                     *           "ai_triage_hint_type": "suggested_category",
                     *           "sla_first_response_due": "2026-03-02T09:40:00Z",
                     *           "sla_resolution_due": "2026-03-02T16:40:00Z",
                     *           "sla_last_escalation_at": null,
                     *           "sla_state": "met",
                     *           "version": 7,
                     *           "created_at": "2026-03-02T08:40:00Z",
                     *           "updated_at": "2026-03-02T10:02:00Z"
                     *         }
                     *       ],
                     *       "total": 1,
                     *       "limit": 50,
                     *       "offset": 0
                     *     }
                     */
                    "application/json": components["schemas"]["ConversationListPage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["ValidationFailed"];
            429: components["responses"]["RateLimited"];
        };
    };
}
