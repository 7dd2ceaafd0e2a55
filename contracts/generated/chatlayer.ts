// generated: edit the contract (contracts/chatlayer.yaml) and run npm run generate

export interface paths {
    "/v1/bots/{bot_id}/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get conversation analytics
         * @description Number of conversations of a bot version over time, optionally grouped by channel or language.
         */
        get: operations["Analytics_GetConversations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bots/{bot_id}/conversations/insights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get conversation insights
         * @description One statistic of a bot version's conversations over the range.
         *     Kit's choice (the vendor documents no bucket here): `x_values` are the days of the range
         *     (1d buckets) and the single series is labelled `{stat: <stat>}`.
         */
        get: operations["Analytics_GetConversationsInsights"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/bots/{bot_id}/conversations/{conversation_id}/flow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get conversation flow
         * @description The steps one conversation went through, in order. A final step with id `DROPOFF` means the user left.
         */
        get: operations["Analytics_GetConversationFlow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/teams/{team_id}/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get team conversations usage
         * @description Conversations of every bot of a team over time, grouped by any combination of fields.
         */
        get: operations["Analytics_GetTeamConversationsUsage"];
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
        /** @description The wrapper of the series endpoints (the seed's response samples show `data`). */
        SeriesDataResponse: {
            data: components["schemas"]["SeriesData"];
        };
        /**
         * @description The `required` lists of these schemas are the kit's choice: the kit writes every field, zeros and
         *     empty lists included (grpc-gateway with EmitUnpopulated); a gateway without it omits zero values.
         */
        SeriesData: {
            series: components["schemas"]["Serie"][];
            /**
             * @description Kit's choice: one legend label per series, in the order of `series`: the series' label
             *     values joined with ", ", or the stat name on insights, or "total" when not grouped.
             */
            series_labels: string[];
            /** @description Kit's choice - the start of each bucket, RFC 3339 in UTC, in the order of `values`. */
            x_values: string[];
        };
        Serie: {
            /** @description One value per entry of `x_values`. */
            values: number[];
            /**
             * Format: int32
             * @description Mean of `values`, rounded to the nearest integer (kit's choice; the vendor types it int32).
             */
            mean: number;
            /** Format: int32 */
            max: number;
            /** Format: int32 */
            min: number;
            /** Format: int32 */
            sum: number;
            /** @description The group_by fields of this series and their values. */
            labels: {
                [key: string]: string;
            };
        };
        GetConversationFlowResponse: {
            bot_id: string;
            conversation_id: string;
            user_id: string;
            transitions: components["schemas"]["FlowTransition"][];
        };
        FlowTransition: {
            id: string;
            from_step: components["schemas"]["Step"];
            to_step: components["schemas"]["Step"];
            /**
             * Format: int64
             * @description int64 in the proto; grpc-gateway's JSON marshalling writes it as a string.
             */
            depth: string;
            /** Format: date-time */
            timestamp: string;
        };
        Step: {
            /** @description The step id; `DROPOFF` when the user left the conversation. */
            id: string;
            /** @description The kind of step (BOT_DIALOG, INPUT_VALIDATION, ACTION, GO_TO; DROPOFF for the drop-off step). Values are the kit's choice. */
            type: string;
        };
        /** @description grpc-gateway's error body (google.rpc.Status). Kit's choice (not in the vendor spec). */
        rpcStatus: {
            /**
             * Format: int32
             * @description The gRPC status code.
             */
            code: number;
            message: string;
            details: components["schemas"]["protobufAny"][];
        };
        protobufAny: {
            "@type"?: string;
        } & {
            [key: string]: unknown;
        };
    };
    responses: {
        /**
         * @description INVALID_ARGUMENT (gRPC code 3): a required parameter is missing (such as `version`), a time
         *     cannot be parsed, `end_time` is not after `start_time`, the bucket is not smaller than the range,
         *     or an enum value (`stat`, `bucket`, `group_by`, `version`) is unknown.
         *     Kit's choice (not in the vendor spec).
         */
        InvalidArgument: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["rpcStatus"];
            };
        };
        /**
         * @description UNAUTHENTICATED (gRPC code 16): no credentials, or the token id and secret do not match.
         *     Kit's choice (not in the vendor spec).
         */
        Unauthenticated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": 16,
                 *       "message": "invalid credentials",
                 *       "details": []
                 *     }
                 */
                "application/json": components["schemas"]["rpcStatus"];
            };
        };
        /**
         * @description PERMISSION_DENIED (gRPC code 7): the bot belongs to another team than the token's.
         *     Kit's choice (not in the vendor spec).
         */
        PermissionDenied: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": 7,
                 *       "message": "permission denied on bot bot-b0d417",
                 *       "details": []
                 *     }
                 */
                "application/json": components["schemas"]["rpcStatus"];
            };
        };
        /**
         * @description RESOURCE_EXHAUSTED (gRPC code 8): too many requests for this token.
         *     Kit's choice (not in the vendor spec), including the `Retry-After` header.
         */
        ResourceExhausted: {
            headers: {
                /**
                 * @description Seconds to wait before retrying.
                 * @example 30
                 */
                "Retry-After": number;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "code": 8,
                 *       "message": "rate limit exceeded",
                 *       "details": []
                 *     }
                 */
                "application/json": components["schemas"]["rpcStatus"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    Analytics_GetConversations: {
        parameters: {
            query: {
                /**
                 * @description Identifies the bot version.
                 * @example LIVE
                 */
                version: "DRAFT" | "LIVE";
                /**
                 * @description The starting date for the time range of the data series. Kit's choice: from 1970-01-01 to 9999-12-30, at most 366 days from start_time to end_time.
                 * @example 2026-03-01T00:00:00Z
                 */
                start_time: string;
                /**
                 * @description The ending date for the time range of the data series, exclusive. Kit's choice: from 1970-01-01 to 9999-12-30, at most 366 days from start_time to end_time.
                 * @example 2026-03-04T00:00:00Z
                 */
                end_time: string;
                /**
                 * @description Filter by specific channels, multiple values separated by comma (`channel_type=WEBCHAT,WHATSAPP`).
                 *     The repeated form (`channel_type=WEBCHAT&channel_type=WHATSAPP`) is also accepted.
                 * @example [
                 *       "WEBCHAT",
                 *       "WHATSAPP"
                 *     ]
                 */
                channel_type?: string[];
                /**
                 * @description Filter by specific languages, multiple values separated by comma (`language=en,nl`).
                 *     The repeated form (`language=en&language=nl`) is also accepted.
                 * @example [
                 *       "en",
                 *       "nl"
                 *     ]
                 */
                language?: string[];
                /**
                 * @description Time interval in which results will be grouped. Supported values are 1h,1d,1w. The interval
                 *     should be smaller than the range specified in the [start_time,end_time).
                 *     Kit's choice: at most 3,000 buckets a serie (1h covers at most 125 days).
                 * @example 1d
                 */
                bucket?: "1h" | "1d" | "1w";
                /**
                 * @description Group by a specific category. Can be channel_type or language
                 * @example channel_type
                 */
                group_by?: "channel_type" | "language";
            };
            header?: never;
            path: {
                /**
                 * @description Identifies the bot.
                 * @example bot-3f9a2c
                 */
                bot_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A successful response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SeriesDataResponse"];
                };
            };
            400: components["responses"]["InvalidArgument"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["PermissionDenied"];
            /** @description NOT_FOUND (gRPC code 5): the bot does not exist. Kit's choice (not in the vendor spec). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 5,
                     *       "message": "bot bot-000000 not found",
                     *       "details": []
                     *     }
                     */
                    "application/json": components["schemas"]["rpcStatus"];
                };
            };
            429: components["responses"]["ResourceExhausted"];
        };
    };
    Analytics_GetConversationsInsights: {
        parameters: {
            query: {
                /**
                 * @description Identifies the bot version.
                 * @example LIVE
                 */
                version: "DRAFT" | "LIVE";
                /**
                 * @description The starting date for the time range of the data series. Kit's choice: from 1970-01-01 to 9999-12-30, at most 366 days from start_time to end_time.
                 * @example 2026-03-01T00:00:00Z
                 */
                start_time: string;
                /**
                 * @description The ending date for the time range of the data series, exclusive. Kit's choice: from 1970-01-01 to 9999-12-30, at most 366 days from start_time to end_time.
                 * @example 2026-03-04T00:00:00Z
                 */
                end_time: string;
                /**
                 * @description The stat to return, one of 'num_conversations', 'duration_seconds', 'num_messages'.
                 *     Per bucket (kit's choice): the number of conversations, the mean duration of a conversation in
                 *     seconds, the number of messages.
                 * @example num_messages
                 */
                stat: "num_conversations" | "duration_seconds" | "num_messages";
                /**
                 * @description Filter by specific channels, multiple values separated by comma.
                 * @example WEBCHAT,WHATSAPP
                 */
                channel_type?: string;
                /**
                 * @description Filter by specific languages, multiple values separated by comma.
                 * @example en,nl
                 */
                language?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Identifies the bot.
                 * @example bot-3f9a2c
                 */
                bot_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A successful response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SeriesDataResponse"];
                };
            };
            400: components["responses"]["InvalidArgument"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["PermissionDenied"];
            /** @description NOT_FOUND (gRPC code 5): the bot does not exist. Kit's choice (not in the vendor spec). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 5,
                     *       "message": "bot bot-000000 not found",
                     *       "details": []
                     *     }
                     */
                    "application/json": components["schemas"]["rpcStatus"];
                };
            };
            429: components["responses"]["ResourceExhausted"];
        };
    };
    Analytics_GetConversationFlow: {
        parameters: {
            query: {
                /**
                 * @description Identifies the bot version.
                 * @example LIVE
                 */
                version: "DRAFT" | "LIVE";
                /**
                 * @description The starting date of the a range containing the conversation Kit's choice: from 1970-01-01 to 9999-12-30, at most 366 days from start_time to end_time.
                 * @example 2026-03-01T00:00:00Z
                 */
                start_time: string;
                /**
                 * @description The end date of the a range containing the conversation (exclusive). Kit's choice: from 1970-01-01 to 9999-12-30, at most 366 days from start_time to end_time.
                 * @example 2026-03-04T00:00:00Z
                 */
                end_time: string;
                /**
                 * @description Identifies a message withing a conversation. Optional. When specified only the transitions
                 *     for the given message will be included
                 * @example 5d2c1b0a-8f7e-4d6c-9b5a-4f3e2d1c0b9a
                 */
                message_id?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Identifies the bot
                 * @example bot-3f9a2c
                 */
                bot_id: string;
                /**
                 * @description Identifies the conversation
                 * @example conv-8d41e07b
                 */
                conversation_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A successful response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "bot_id": "bot-3f9a2c",
                     *       "conversation_id": "conv-8d41e07b",
                     *       "user_id": "user-51c0",
                     *       "transitions": [
                     *         {
                     *           "id": "6f1c2a9e-3b7d-4e58-9a0c-1d2e3f4a5b6c",
                     *           "from_step": {
                     *             "id": "welcome",
                     *             "type": "BOT_DIALOG"
                     *           },
                     *           "to_step": {
                     *             "id": "main_menu",
                     *             "type": "INPUT_VALIDATION"
                     *           },
                     *           "depth": "1",
                     *           "timestamp": "2026-03-02T09:15:04Z"
                     *         },
                     *         {
                     *           "id": "0b9e8d7c-6a5f-4e3d-8c2b-1a0f9e8d7c6b",
                     *           "from_step": {
                     *             "id": "main_menu",
                     *             "type": "INPUT_VALIDATION"
                     *           },
                     *           "to_step": {
                     *             "id": "track_order",
                     *             "type": "BOT_DIALOG"
                     *           },
                     *           "depth": "2",
                     *           "timestamp": "2026-03-02T09:15:31Z"
                     *         },
                     *         {
                     *           "id": "3c4d5e6f-7a8b-4c9d-8e0f-a1b2c3d4e5f6",
                     *           "from_step": {
                     *             "id": "track_order",
                     *             "type": "BOT_DIALOG"
                     *           },
                     *           "to_step": {
                     *             "id": "track_order_ask_order_number",
                     *             "type": "INPUT_VALIDATION"
                     *           },
                     *           "depth": "3",
                     *           "timestamp": "2026-03-02T09:15:32Z"
                     *         },
                     *         {
                     *           "id": "9a8b7c6d-5e4f-4a3b-9c2d-1e0f2a3b4c5d",
                     *           "from_step": {
                     *             "id": "track_order_ask_order_number",
                     *             "type": "INPUT_VALIDATION"
                     *           },
                     *           "to_step": {
                     *             "id": "DROPOFF",
                     *             "type": "DROPOFF"
                     *           },
                     *           "depth": "4",
                     *           "timestamp": "2026-03-02T09:15:33Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["GetConversationFlowResponse"];
                };
            };
            400: components["responses"]["InvalidArgument"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["PermissionDenied"];
            /**
             * @description NOT_FOUND (gRPC code 5): the bot or the conversation does not exist, the conversation is another
             *     bot's or of the other `version`, or it did not start within `[start_time, end_time)`.
             *     Kit's choice (not in the vendor spec).
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["rpcStatus"];
                };
            };
            429: components["responses"]["ResourceExhausted"];
        };
    };
    Analytics_GetTeamConversationsUsage: {
        parameters: {
            query: {
                /**
                 * @description The starting date for the time range of the data series. Kit's choice: from 1970-01-01 to 9999-12-30, at most 366 days from start_time to end_time.
                 * @example 2026-01-01T00:00:00Z
                 */
                start_time: string;
                /**
                 * @description The ending date for the time range of the data series, exclusive. Kit's choice: from 1970-01-01 to 9999-12-30, at most 366 days from start_time to end_time.
                 * @example 2026-03-01T00:00:00Z
                 */
                end_time: string;
                /**
                 * @description Time interval in which results will be grouped. Supported values are 1d, 1w, 1m. The interval
                 *     should be smaller than the range specified in the [start_time,end_time).
                 * @example 1m
                 */
                bucket: "1d" | "1w" | "1m";
                /**
                 * @description Group data by field, comma separated. Can be any of [bot_id, bot_version, team_id,
                 *     channel_type, language, campaign_id, campaign_source]
                 * @example bot_id,channel_type
                 */
                group_by?: string;
            };
            header?: never;
            path: {
                /**
                 * @description Identifies the team.
                 * @example team-7e21
                 */
                team_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A successful response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": {
                     *         "series": [
                     *           {
                     *             "values": [
                     *               1240,
                     *               1105
                     *             ],
                     *             "mean": 1172,
                     *             "max": 1240,
                     *             "min": 1105,
                     *             "sum": 2345,
                     *             "labels": {
                     *               "bot_id": "bot-3f9a2c",
                     *               "channel_type": "WEBCHAT"
                     *             }
                     *           },
                     *           {
                     *             "values": [
                     *               310,
                     *               352
                     *             ],
                     *             "mean": 331,
                     *             "max": 352,
                     *             "min": 310,
                     *             "sum": 662,
                     *             "labels": {
                     *               "bot_id": "bot-3f9a2c",
                     *               "channel_type": "WHATSAPP"
                     *             }
                     *           },
                     *           {
                     *             "values": [
                     *               87,
                     *               95
                     *             ],
                     *             "mean": 91,
                     *             "max": 95,
                     *             "min": 87,
                     *             "sum": 182,
                     *             "labels": {
                     *               "bot_id": "bot-b0d417",
                     *               "channel_type": "WEBCHAT"
                     *             }
                     *           }
                     *         ],
                     *         "series_labels": [
                     *           "bot-3f9a2c, WEBCHAT",
                     *           "bot-3f9a2c, WHATSAPP",
                     *           "bot-b0d417, WEBCHAT"
                     *         ],
                     *         "x_values": [
                     *           "2026-01-01T00:00:00Z",
                     *           "2026-02-01T00:00:00Z"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SeriesDataResponse"];
                };
            };
            400: components["responses"]["InvalidArgument"];
            401: components["responses"]["Unauthenticated"];
            /**
             * @description PERMISSION_DENIED (gRPC code 7): the team is not the team of the token.
             *     Kit's choice (not in the vendor spec).
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 7,
                     *       "message": "permission denied on team team-0000",
                     *       "details": []
                     *     }
                     */
                    "application/json": components["schemas"]["rpcStatus"];
                };
            };
            /** @description NOT_FOUND (gRPC code 5): the team does not exist. Kit's choice (not in the vendor spec). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": 5,
                     *       "message": "team team-0000 not found",
                     *       "details": []
                     *     }
                     */
                    "application/json": components["schemas"]["rpcStatus"];
                };
            };
            429: components["responses"]["ResourceExhausted"];
        };
    };
}
