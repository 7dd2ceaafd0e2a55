// generated: edit the contract (contracts/nebuly.yaml) and run npm run generate

export interface paths {
    "/api/external/get-interaction-aggregates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get Interaction Aggregates
         * @description This endpoint returns aggregate values among interactions: number of interactions, of users,
         *     of positive and negative implicit and explicit feedback. Using the optional group by field you
         *     can aggregate the interactions on different views, e.g. grouping by intent. Without `group_by`
         *     the response has one row of totals.
         */
        post: operations["get_interaction_aggregates_api_external_get_interaction_aggregates_post"];
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
        GetInteractionAggregatesRequest: {
            time_range: components["schemas"]["TimeRange"];
            /**
             * @description Filters you can use to get data based only on the interactions you are interested in.
             *     Filters are combined with AND; the values of one filter with OR. May be empty.
             */
            filters: components["schemas"]["Filter"][];
            /**
             * @description The view to aggregate on. If no value is given, the total aggregated values among the desired
             *     interactions are returned (one row). `null` is the same as absent.
             */
            group_by?: (null) | components["schemas"]["GroupBy"];
            /** @description The variables for which values are required. If not specified, all available variables are computed. */
            variables?: components["schemas"]["Variable"][];
            /**
             * @description Optional additional group bys: they split the rows of the main group by into more detailed
             *     categories (one entry of `additional_groups` per item, in order).
             */
            additional_group_bys?: components["schemas"]["GroupBy"][];
            /** @description Parameter needed for pagination. It indicates the number of rows per page. */
            limit: number;
            /** @description Parameter needed for pagination. It indicates the offset to be applied to the first rows returned. */
            offset: number;
        };
        /**
         * @description The time range to consider when computing the metrics and analytics to show. Kit's choice: `start`
         *     and `end` from 1970-01-01 to 9999-12-30, at most 366 days apart (422 `value_error` otherwise).
         */
        TimeRange: {
            /** Format: date-time */
            start: string;
            /** Format: date-time */
            end: string;
        };
        Filter: {
            /**
             * @description What the filter matches. `data_source`, `language` and `pii` come from the SDK.
             *     For `user_feedback` the values are positive_implicit, positive_explicit, negative_implicit, negative_explicit.
             * @enum {string}
             */
            kind: "user_intent" | "negative_user_intent" | "keyword" | "user_feedback" | "tag" | "type_of_problem" | "topic" | "user" | "user_query" | "data_source" | "language" | "pii";
            /** @description The tag name, when kind is `tag`. */
            tag?: string;
            /** @description Matches any of these values (OR). */
            values?: string[];
            /**
             * @description Negates the filter.
             * @default false
             */
            is_exclude: boolean;
        };
        GroupBy: {
            /**
             * @description What the rows are grouped by. `conversation_id` (one row per conversation) is what the vendor's
             *     guides group by to count interactions per conversation.
             * @enum {string}
             */
            kind: "user_intent" | "negative_user_intent" | "keyword" | "user_feedback" | "data_source" | "language" | "pii" | "tag" | "type_of_problem" | "topic" | "user" | "day" | "cohort" | "conversation_id";
            /** @description The tag name; required when kind is `tag`. */
            tag?: string;
            /** @description Undocumented by the vendor (present in the SDK types). */
            field?: string;
        };
        /** @enum {string} */
        Variable: "n_interactions" | "n_users" | "user_feedback" | "cost" | "latency_seconds" | "n_intents" | "retention";
        GetInteractionAggregatesResponse: {
            /** @description Needed for pagination. The total number of rows available. */
            total: number;
            /** @description Needed for pagination. It indicates the offset to be applied to the first rows returned. */
            offset: number;
            /** @description Needed for pagination. It indicates the number of rows per page. */
            limit: number;
            /** @description The data aggregated using the given group_by field. */
            data: components["schemas"]["InteractionAggregate"][];
        };
        /**
         * @description One row. Besides `group_name` (and `additional_groups`), only the properties of the requested
         *     variables appear: `user_feedback` gives the four `n_*_user_feedback` counts and `n_feedback`.
         *     Rows come ordered by `n_interactions`, largest first (kit's choice).
         */
        InteractionAggregate: {
            /** @description The value of the group_by field; null for the totals row or when the value is missing. */
            group_name: string | null;
            /** @description One value per additional group by, in order (null when missing). */
            additional_groups?: (string | null)[];
            n_interactions?: number;
            n_users?: number;
            n_positive_implicit_user_feedback?: number;
            n_negative_implicit_user_feedback?: number;
            n_positive_explicit_user_feedback?: number;
            n_negative_explicit_user_feedback?: number;
            n_feedback?: number;
            /**
             * @description Total cost of the row's interactions, in US dollars with up to 6 decimals (kit's choice: this
             *     endpoint documents no unit; the vendor's sibling endpoints give costs in micro-dollars. The kit
             *     keeps dollars, as the examples read, at micro-dollar precision: multiply by 1,000,000 for
             *     micro-dollars).
             */
            cost?: number;
            /** @description Mean latency of the row's interactions, in seconds. */
            latency_seconds?: number;
            /**
             * @description Share of the row's users who are returning users, in percent with one decimal (kit's choice: the
             *     vendor documents neither the definition nor the unit): a user counts when they had used the
             *     project on an earlier UTC day than their last day in the row, in the range or before it. So a day
             *     row gives the share of that day's users who had been seen before, and a longer row also counts
             *     users who came back within it.
             */
            retention?: number;
            n_intents?: number;
        };
        /** @description FastAPI's error body for HTTPException. */
        HTTPError: {
            detail: string;
        };
        HTTPValidationError: {
            detail?: components["schemas"]["ValidationError"][];
        };
        ValidationError: {
            loc: (string | number)[];
            msg: string;
            type: string;
            /** @description The rejected input (pydantic v2). */
            input?: unknown;
            /** @description The constraint that failed, for constraint errors (pydantic v2). */
            ctx?: {
                [key: string]: unknown;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    get_interaction_aggregates_api_external_get_interaction_aggregates_post: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GetInteractionAggregatesRequest"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetInteractionAggregatesResponse"];
                };
            };
            /**
             * @description The Authorization header is missing, or the key is unknown or revoked.
             *     Kit's guess (not documented by the vendor): FastAPI's `{"detail": ...}` with `WWW-Authenticate: Bearer`.
             */
            401: {
                headers: {
                    /**
                     * @description The authentication scheme to use.
                     * @example Bearer
                     */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /**
             * @description The key is valid but may not read this project's analytics (for example a disabled project).
             *     Kit's guess (not documented by the vendor).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "detail": "The API key does not grant access to this project"
                     *     }
                     */
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
            /**
             * @description Validation Error: a required field is missing (such as `time_range`), a value breaks its
             *     constraint (a negative `limit`), an unknown filter or group-by kind, a body that is not JSON.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPValidationError"];
                };
            };
        };
    };
}
