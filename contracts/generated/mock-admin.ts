// generated: edit the contract (contracts/mock-admin.yaml) and run npm run generate

export interface paths {
    "/__mock/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore the state the mock started with
         * @description First in this contract so that `verify --contract mock-admin` starts from a known state.
         *
         *     Clock, exports and audit log, rate-limit windows, scenarios, the seeded generator and the journal
         *     go back to their start: the same requests give the same bytes again.
         */
        post: operations["resetMock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Health of the mock */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every credential of the seeded worlds */
        get: operations["getCredentials"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/operations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The operations the mock serves */
        get: operations["listOperations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/clock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The mock clock */
        get: operations["getClock"];
        put?: never;
        /**
         * Move the mock clock
         * @description Send `advance_seconds` (may be negative) or `now`; exports expire and rate-limit windows reset on
         *     this clock.
         */
        post: operations["setClock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/scenarios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Active sticky scenarios */
        get: operations["listScenarios"];
        put?: never;
        /**
         * Add a sticky scenario
         * @description Requests matching `match` get `respond` instead of (or, for a delay alone, before) the real
         *     answer. The most specific match wins; `times` counts down and then the scenario is removed;
         *     `probability` draws from the mock's seeded generator.
         */
        post: operations["createScenario"];
        /** Remove every scenario */
        delete: operations["clearScenarios"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/scenarios/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove one scenario */
        delete: operations["deleteScenario"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/scenarios/presets/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add the scenarios of a named preset
         * @description `outage`: 503 everywhere. `slow-network`: log-normal delays (median 800 ms, sigma 0.5).
         *     `flaky`: 5 % connection resets, then 10 % 500s. `rate-limited`: every operation that documents a
         *     429 answers it, with the real headers. An optional body narrows the preset with a `match`.
         */
        post: operations["applyPreset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The request journal
         * @description What the mock received, newest first, from a bounded ring (1,000 entries by default). Entries
         *     name the caller by tenant and role or key id, never by its secret.
         */
        get: operations["listRequests"];
        put?: never;
        post?: never;
        /** Empty the journal */
        delete: operations["clearRequests"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/__mock/requests/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The request journal, live
         * @description The journal as server-sent events (`text/event-stream`), for a page or a terminal to follow:
         *     first the entries already kept (oldest first, at most `limit`), then each request as it is
         *     recorded, as an `event: request` whose `data` is a JournalEntry and whose `id` is the entry's id.
         *     After a reconnection with `Last-Event-ID: <id>` only the entries after that id come first.
         *     `event: cleared` (with an empty `id`) says the journal was emptied or the mock reset. A comment
         *     line every 15 seconds keeps proxies from closing a quiet stream. Same filters and same admin
         *     token as `GET /__mock/requests`, and the same entries: never a header, so never a secret.
         *
         *     Kit's choice of bounds: at most 32 streams at once (a 33rd gets 503 with `Retry-After`), and a
         *     client that stops reading while more than 1 MiB waits for it is disconnected (it reconnects with
         *     `Last-Event-ID` and misses nothing the journal still holds).
         */
        get: operations["streamRequests"];
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
        HTTPError: {
            detail: string;
        };
        ValidationIssue: {
            type: string;
            loc: (string | number)[];
            msg: string;
            input?: unknown;
            ctx?: {
                [key: string]: unknown;
            };
        };
        HTTPValidationError: {
            detail: components["schemas"]["ValidationIssue"][];
        };
        Health: {
            /** @enum {string} */
            status: "ok";
            /** Format: date-time */
            now: string;
            seed: number;
        };
        /** @description The credentials of each API's seeded world (see each API's docs for their shapes). */
        Credentials: {
            aurion: {
                [key: string]: unknown;
            };
            chatlayer?: {
                [key: string]: unknown;
            };
            nebuly?: {
                [key: string]: unknown;
            };
        };
        /** @enum {string} */
        ApiName: "aurion" | "chatlayer" | "nebuly";
        OperationSummary: {
            api: components["schemas"]["ApiName"];
            operationId: string;
            method: string;
            path: string;
        };
        ClockState: {
            /** Format: date-time */
            now: string;
        };
        ClockChange: {
            /** @description Seconds to move by, at most ten years either way. */
            advance_seconds?: number;
            /** Format: date-time */
            now?: string;
        };
        /**
         * @description `reset` destroys the connection, `empty` closes it without a response, `malformed` sends a broken
         *     chunked body, `timeout` holds the request (30 s at most) and then drops it. In MSW, `reset`,
         *     `empty` and `timeout` are network errors and `malformed` is a truncated JSON body.
         * @enum {string}
         */
        Fault: "reset" | "empty" | "malformed" | "timeout";
        /**
         * @description One of three forms: `{"fixed_ms"}`, uniform `{"min_ms", "max_ms"}` or log-normal
         *     `{"median_ms", "sigma"}` (WireMock's). Every delay is capped at 30,000 ms.
         */
        Delay: {
            fixed_ms?: number;
            min_ms?: number;
            max_ms?: number;
            median_ms?: number;
            sigma?: number;
        };
        /** @description Every given criterion must hold; none matches every request. */
        ScenarioMatch: {
            /** @description An operationId of /__mock/operations. */
            operation?: string;
            /** @enum {string} */
            method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
            /** @description A path template (`/v1/bots/{bot_id}/conversations`) or a concrete path. */
            path?: string;
            api?: components["schemas"]["ApiName"];
            /** @description A bearer token, an X-API-Key or a Chatlayer token id. */
            credential?: string;
        };
        /**
         * @description At least one field. `status` is a status the operation documents or 500, 502, 503 or 504 (a
         *     scenario without `match.operation` skips operations that document neither); a 2xx status runs
         *     the real operation unless `example` names one.
         */
        ScenarioResponse: {
            status?: number;
            delay?: components["schemas"]["Delay"];
            fault?: components["schemas"]["Fault"];
            /** @description The name of an example of the contract's response. */
            example?: string;
        };
        ScenarioInput: {
            match?: components["schemas"]["ScenarioMatch"];
            respond: components["schemas"]["ScenarioResponse"];
            times?: number;
            probability?: number;
        };
        Scenario: {
            id: string;
            match: components["schemas"]["ScenarioMatch"];
            respond: components["schemas"]["ScenarioResponse"];
            /** @description Answers left before the scenario is removed; null for no limit. */
            times_left: number | null;
            probability: number;
            preset?: string | null;
        };
        ScenarioList: {
            scenarios: components["schemas"]["Scenario"][];
        };
        PresetOptions: {
            match?: components["schemas"]["ScenarioMatch"];
        };
        PresetResult: {
            preset: string;
            scenarios: components["schemas"]["Scenario"][];
        };
        JournalEntry: {
            id: number;
            /**
             * Format: date-time
             * @description The mock clock when the request arrived.
             */
            at: string;
            method: string;
            path: string;
            query: {
                [key: string]: string;
            };
            operation: string | null;
            /** @enum {string|null} */
            api: "aurion" | "chatlayer" | "nebuly" | null;
            /** @description Who called, never with the secret; null when the request was not authenticated. */
            caller: {
                /** @description AurionAI tenant, Chatlayer team or Nebuly project. */
                account: string;
                role?: string;
                /** @description Chatlayer token id, or the last four characters of an API key. */
                key_id?: string;
            } | null;
            /** @description 0 when a fault answered with no HTTP response. */
            status: number;
            duration_ms: number;
            /** @description The scenario that answered, or `prefer` for a Prefer header or query form. */
            scenario: string | null;
            /**
             * @description The fault that answered, if any.
             * @enum {string|null}
             */
            fault?: "reset" | "empty" | "malformed" | "timeout" | null;
        };
        JournalPage: {
            requests: components["schemas"]["JournalEntry"][];
        };
        Removed: {
            removed: number;
        };
    };
    responses: {
        /** @description The request breaks this contract; each item names the field. */
        ValidationError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["HTTPValidationError"];
            };
        };
        /** @description No such resource. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "detail": "Scenario not found"
                 *     }
                 */
                "application/json": components["schemas"]["HTTPError"];
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
    resetMock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mock after the reset. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClockState"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mock is up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    getCredentials: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sessions, API keys and tokens per API. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Credentials"];
                };
            };
        };
    };
    listOperations: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One entry per operation of the three APIs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OperationSummary"][];
                };
            };
        };
    };
    getClock: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mock's now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClockState"];
                };
            };
        };
    };
    setClock: {
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
                 *       "advance_seconds": 86400
                 *     }
                 */
                "application/json": components["schemas"]["ClockChange"];
            };
        };
        responses: {
            /** @description The clock after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClockState"];
                };
            };
            422: components["responses"]["ValidationError"];
        };
    };
    listScenarios: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every active scenario, most recently added first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScenarioList"];
                };
            };
        };
    };
    createScenario: {
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
                 *       "match": {
                 *         "operation": "get_csat_analytics_api_v2_analytics_conversations_csat_get"
                 *       },
                 *       "respond": {
                 *         "status": 503
                 *       },
                 *       "times": 3
                 *     }
                 */
                "application/json": components["schemas"]["ScenarioInput"];
            };
        };
        responses: {
            /** @description The scenario, with its id. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Scenario"];
                };
            };
            422: components["responses"]["ValidationError"];
        };
    };
    clearScenarios: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How many were removed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Removed"];
                };
            };
        };
    };
    deleteScenario: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example sc_1 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed (always 1). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Removed"];
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
    applyPreset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @example outage */
                name: "outage" | "slow-network" | "flaky" | "rate-limited";
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "match": {
                 *         "api": "chatlayer"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["PresetOptions"];
            };
        };
        responses: {
            /** @description The scenarios the preset added. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PresetResult"];
                };
            };
            422: components["responses"]["ValidationError"];
        };
    };
    listRequests: {
        parameters: {
            query?: {
                operation?: string;
                status?: number;
                /** @description Entries at or after this instant of the mock clock. */
                since?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Matching entries, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JournalPage"];
                };
            };
            422: components["responses"]["ValidationError"];
        };
    };
    clearRequests: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How many entries were removed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Removed"];
                };
            };
        };
    };
    streamRequests: {
        parameters: {
            query?: {
                operation?: string;
                status?: number;
                /** @description Entries already kept that are sent first. */
                limit?: number;
            };
            header?: {
                /** @description The id of the last entry received; the stream resumes after it. */
                "Last-Event-ID"?: number;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An endless stream of `request` and `cleared` events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example retry: 1000
                     *
                     *     id: 1
                     *     event: request
                     *     data: {"id":1,"at":"2026-03-09T12:00:00.000Z","api":"aurion","method":"GET","path":"/api/v2/analytics/conversations/csat","query":{},"operation":"get_csat_analytics_api_v2_analytics_conversations_csat_get","caller":{"account":"tn_001","role":"tenant_admin"},"status":200,"duration_ms":3,"scenario":null}
                     */
                    "text/event-stream": string;
                };
            };
            422: components["responses"]["ValidationError"];
            /** @description Already 32 streams open; try again after `Retry-After` seconds. */
            503: {
                headers: {
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HTTPError"];
                };
            };
        };
    };
}
