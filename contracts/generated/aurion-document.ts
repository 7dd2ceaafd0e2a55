// generated: edit the contract (contracts/aurion.yaml) and run npm run generate

import type { OpenApiDocument } from '../openapi.ts'

export const aurionDocument: OpenApiDocument = {
  "openapi": "3.0.3",
  "info": {
    "title": "AurionAI Analytics & Conversations API",
    "version": "1.0.0",
    "license": {
      "name": "MIT",
      "url": "https://opensource.org/licenses/MIT"
    },
    "description": "Contract of the AurionAI helpdesk analytics endpoints (v2 conversation analytics, unified overview,\nv1 voice call analytics, exports) and the v2 conversations list, as the analytics-mock-kit serves them.\nSources: the AurionAI insights reference, the Analytics & Reporting guide and the List Conversations V2\nreference. Where those are silent the text says \"kit's choice\": the most plausible behaviour of the\nreal FastAPI service, fixed here so that the mock, its tests and its users agree.\n\n## Authentication\n- **Dashboard session** (`DashboardSession`): `Authorization: Bearer <token>`. The only way in today.\n- **API key** (`ApiKey`): `X-API-Key: itsm_sk_live_…`. Analytics is a *preview*: `/api/v1/analytics` and\n  `/api/v2/analytics` are not on the API-key allowlist, so an API key gets **403**\n  `{\"detail\": \"API keys are not permitted for this endpoint\"}` today. The documented future contract is\n  300 requests a minute per key, with `Retry-After`, `X-RateLimit-Limit` and `X-RateLimit-Remaining` on 429.\n- Missing or unknown credentials give **401** `{\"detail\": \"...\"}` with `WWW-Authenticate: Bearer`.\n\n## Access control (dashboard RBAC)\n| Endpoints | Roles |\n|---|---|\n| Every analytics GET (v1 and v2), including the export download | super_admin, tenant_owner, tenant_admin, agent, supervisor, tenant_user, tenant_readonly |\n| `POST /api/v1/analytics/export`, `GET /api/v1/analytics/exports` | super_admin, tenant_admin |\n| `GET /api/v2/conversations` (kit's choice) | the seven read roles above |\n\nAny other role gets **403**. Analytics needs the **Professional plan or higher**; a tenant on a lower plan\ngets **403**. Kit's choice: the conversations list is gated the same way as the analytics reads (role,\nplan, API keys); the seeds document its authentication only as a bearer token.\n\nThe roles of each operation are machine-readable in its `x-roles` (the mock and `analytics-mock verify`\nread them from there).\n\n## Rate limits\n- 300 requests a minute per API key (production and staging): **429**\n  `{\"detail\": \"API key rate limit exceeded\", \"limit\": 300}` with `Retry-After`, `X-RateLimit-Limit`,\n  `X-RateLimit-Remaining`.\n- Phone search: 10 searches a minute per user: **429** with the same body shape and headers\n  (`\"limit\": 10`). An operation's own limit is machine-readable in its `x-rate-limit` (`limit` requests\n  per `window-seconds`, counted `per` user; `detail` is the 429's message, kit's wording).\n\n## Errors\nFastAPI shapes: `{\"detail\": \"<message>\"}` for 401, 403, 404; `{\"detail\": \"...\", \"limit\": n}` for 429;\n`{\"detail\": [ValidationError, ...]}` for 422 (pydantic v2 items with `type`, `loc`, `msg`, `input`, `ctx`).\n\n## Dates\n- v2 analytics take optional `date_from` / `date_to` (ISO 8601 datetimes). Both bounds are inclusive;\n  the default range is the last 30 days ending now (kit's choice).\n- v1 voice analytics take required `start_date` / `end_date` (`YYYY-MM-DD`, both days included) and an\n  optional IANA `tz` (default `UTC`) that controls how calls are bucketed into days and hours.\n- Bounds (kit's choice, so that no request can monopolise a shared mock): every range covers at most\n  366 days, and dates lie between 1970-01-01 and 9999-12-30; otherwise **422** `value_error` naming the limit.\n- Rates and averages carry one decimal; each breakdown share is rounded on its own, half away from zero, so equal counts get equal shares and a breakdown adds up to 100 within 0.05 a row (kit's choice).\n\n## Privacy\nPhone searches and export requests are audit-logged; phone numbers are redacted in search results and\nevery export is PII-redacted server-side.\n"
  },
  "servers": [
    {
      "url": "https://apps.aurionai.net",
      "description": "Production"
    },
    {
      "url": "https://apps-staging.aurionai.net",
      "description": "Staging (sandbox)"
    },
    {
      "url": "http://127.0.0.1:4010",
      "description": "analytics-mock-kit (local mock server)"
    }
  ],
  "security": [
    {
      "DashboardSession": []
    },
    {
      "ApiKey": []
    }
  ],
  "tags": [
    {
      "name": "v2 conversation analytics",
      "description": "Conversation (CS helpdesk) analytics over `date_from` / `date_to`."
    },
    {
      "name": "unified analytics",
      "description": "Cross-product overview (voice agent, CS helpdesk, knowledge base)."
    },
    {
      "name": "v1 voice analytics",
      "description": "Voice call analytics over `start_date` / `end_date` (dates) and an optional IANA `tz`."
    },
    {
      "name": "exports",
      "description": "Analytics exports (admin roles only to create and list; PII-redacted; audit-logged)."
    },
    {
      "name": "conversations",
      "description": "The v2 conversations list."
    }
  ],
  "paths": {
    "/api/v2/analytics/conversations/overview": {
      "get": {
        "tags": [
          "v2 conversation analytics"
        ],
        "operationId": "get_conversation_overview_api_v2_analytics_conversations_overview_get",
        "x-roles": [
          "super_admin",
          "tenant_owner",
          "tenant_admin",
          "agent",
          "supervisor",
          "tenant_user",
          "tenant_readonly"
        ],
        "summary": "Get Conversation Overview",
        "description": "High-level conversation metrics for the range: volume, AI vs human resolution, escalation rate,\nresponse and resolution times, and the channel distribution.\n\nCounted conversations: created in the range, not deleted, not spam, not merged into another\n(kit's choice). `ai_resolved_count + human_resolved_count` is the number of resolved conversations;\n`channel_distribution` lists every channel with conversations, count descending (kit's choice).\nAverages and medians over an empty set are 0 (kit's choice).\n\n**Access:** dashboard session with role super_admin, tenant_owner, tenant_admin, agent, supervisor,\ntenant_user or tenant_readonly; Professional plan or higher. `X-API-Key` gets 403 today (preview);\nthe documented future contract is 300 requests a minute per key (429 with `X-RateLimit-*` headers).\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/DateFrom"
          },
          {
            "$ref": "#/components/parameters/DateTo"
          }
        ],
        "responses": {
          "200": {
            "description": "Conversation overview.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ConversationOverview"
                },
                "example": {
                  "total_conversations": 285,
                  "ai_resolved_count": 118,
                  "ai_resolution_rate": 41.4,
                  "human_resolved_count": 92,
                  "escalation_rate": 12.6,
                  "first_response_minutes_avg": 12.5,
                  "resolution_minutes_median": 252,
                  "channel_distribution": [
                    {
                      "channel": "email",
                      "conversation_count": 145
                    },
                    {
                      "channel": "chat",
                      "conversation_count": 80
                    },
                    {
                      "channel": "voice",
                      "conversation_count": 35
                    },
                    {
                      "channel": "whatsapp",
                      "conversation_count": 25
                    }
                  ]
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/ValidationFailed"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/api/v2/analytics/conversations/sla-compliance": {
      "get": {
        "tags": [
          "v2 conversation analytics"
        ],
        "operationId": "get_sla_compliance_api_v2_analytics_conversations_sla_compliance_get",
        "x-roles": [
          "super_admin",
          "tenant_owner",
          "tenant_admin",
          "agent",
          "supervisor",
          "tenant_user",
          "tenant_readonly"
        ],
        "summary": "Get Sla Compliance",
        "description": "First-response and resolution SLA compliance, overall and broken down by priority and by team.\nEach bucket reports `tracked` (conversations with an SLA target for that step), `met`, `breached`\nand a `compliance_rate` percentage (`met / tracked * 100`, one decimal; 0 when nothing is tracked,\nkit's choice). `by_priority` and `by_team` are lists of buckets, not keyed maps; their buckets use\nthe resolution SLA (kit's choice): `by_priority` adds up to `resolution`, `by_team` need not (conversations\nassigned to no team are in no team bucket). Kit's choice of order: `by_priority`\nurgent, high, medium, low; `by_team` by `tracked` descending, ties by name; priorities and teams\nwithout a tracked conversation are left out.\n\n**Access:** dashboard session with role super_admin, tenant_owner, tenant_admin, agent, supervisor,\ntenant_user or tenant_readonly; Professional plan or higher. `X-API-Key` gets 403 today (preview);\nthe documented future contract is 300 requests a minute per key (429 with `X-RateLimit-*` headers).\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/DateFrom"
          },
          {
            "$ref": "#/components/parameters/DateTo"
          }
        ],
        "responses": {
          "200": {
            "description": "SLA compliance.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SlaCompliance"
                },
                "example": {
                  "first_response": {
                    "tracked": 285,
                    "met": 275,
                    "breached": 10,
                    "compliance_rate": 96.5
                  },
                  "resolution": {
                    "tracked": 285,
                    "met": 262,
                    "breached": 23,
                    "compliance_rate": 91.8
                  },
                  "by_priority": [
                    {
                      "priority": "urgent",
                      "tracked": 25,
                      "met": 22,
                      "breached": 3,
                      "compliance_rate": 88
                    },
                    {
                      "priority": "high",
                      "tracked": 50,
                      "met": 46,
                      "breached": 4,
                      "compliance_rate": 92
                    },
                    {
                      "priority": "medium",
                      "tracked": 150,
                      "met": 144,
                      "breached": 6,
                      "compliance_rate": 96
                    },
                    {
                      "priority": "low",
                      "tracked": 60,
                      "met": 59,
                      "breached": 1,
                      "compliance_rate": 98
                    }
                  ],
                  "by_team": [
                    {
                      "team_id": "f1e2d3c4-b5a6-7890-1234-567890abcdef",
                      "team_name": "Tier 1",
                      "tracked": 180,
                      "met": 171,
                      "breached": 9,
                      "compliance_rate": 95
                    }
                  ]
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/ValidationFailed"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/api/v2/analytics/conversations/csat": {
      "get": {
        "tags": [
          "v2 conversation analytics"
        ],
        "operationId": "get_csat_analytics_api_v2_analytics_conversations_csat_get",
        "x-roles": [
          "super_admin",
          "tenant_owner",
          "tenant_admin",
          "agent",
          "supervisor",
          "tenant_user",
          "tenant_readonly"
        ],
        "summary": "Get Csat Analytics",
        "description": "CSAT aggregates, a daily trend (30 days by default: the default range) and a per-agent breakdown.\nOptional `agent_id` and `team_id` scope the metrics to conversations assigned to that agent or team.\n\nA response counts in `total_responses` when answered in the range (`responded_at`), in\n`rated_responses` when it also has a rating; positive means a rating of 4 or 5 and\n`positive_rate = positive_responses / rated_responses * 100` (kit's choice). Kit's choice of rows:\n`distribution` has one row per rating 5..1, zeros included; `trend` one row per UTC day with rated\nresponses, oldest first; `per_agent` one row per agent with rated responses, most first. An unknown `team_id` gives 404\n`Team not found` (kit's choice).\n\n**Access:** dashboard session with role super_admin, tenant_owner, tenant_admin, agent, supervisor,\ntenant_user or tenant_readonly; Professional plan or higher. `X-API-Key` gets 403 today (preview);\nthe documented future contract is 300 requests a minute per key (429 with `X-RateLimit-*` headers).\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/DateFrom"
          },
          {
            "$ref": "#/components/parameters/DateTo"
          },
          {
            "$ref": "#/components/parameters/AgentId"
          },
          {
            "$ref": "#/components/parameters/TeamId"
          }
        ],
        "responses": {
          "200": {
            "description": "CSAT analytics.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CsatAnalytics"
                },
                "example": {
                  "total_responses": 120,
                  "rated_responses": 112,
                  "avg_rating": 4.3,
                  "positive_responses": 96,
                  "positive_rate": 85.7,
                  "distribution": [
                    {
                      "rating": 5,
                      "response_count": 64
                    },
                    {
                      "rating": 4,
                      "response_count": 32
                    },
                    {
                      "rating": 3,
                      "response_count": 10
                    },
                    {
                      "rating": 2,
                      "response_count": 4
                    },
                    {
                      "rating": 1,
                      "response_count": 2
                    }
                  ],
                  "trend": [
                    {
                      "day": "2026-03-01",
                      "count": 14,
                      "avg_rating": 4.4
                    }
                  ],
                  "per_agent": [
                    {
                      "assignee_user_id": "a1b2c3d4-e5f6-7890-1234-567890abcdef",
                      "assignee_name": "Jane Doe",
                      "response_count": 40,
                      "avg_rating": 4.5,
                      "positive_rate": 90
                    }
                  ]
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/TeamNotFound"
          },
          "422": {
            "$ref": "#/components/responses/ValidationFailed"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/api/v2/analytics/conversations/csat/responses": {
      "get": {
        "tags": [
          "v2 conversation analytics"
        ],
        "operationId": "list_csat_responses_api_v2_analytics_conversations_csat_responses_get",
        "x-roles": [
          "super_admin",
          "tenant_owner",
          "tenant_admin",
          "agent",
          "supervisor",
          "tenant_user",
          "tenant_readonly"
        ],
        "summary": "List Csat Responses",
        "description": "Individual CSAT responses joined with conversation and agent context (drilldown), with offset\npagination. The list holds the rated responses answered in the range, so `total` equals the csat\nendpoint's `rated_responses` for the same filters; newest `responded_at` first (kit's choice).\nAn unknown `team_id` gives 404 `Team not found` (kit's choice).\n\n**Access:** dashboard session with role super_admin, tenant_owner, tenant_admin, agent, supervisor,\ntenant_user or tenant_readonly; Professional plan or higher. `X-API-Key` gets 403 today (preview);\nthe documented future contract is 300 requests a minute per key (429 with `X-RateLimit-*` headers).\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/DateFrom"
          },
          {
            "$ref": "#/components/parameters/DateTo"
          },
          {
            "$ref": "#/components/parameters/AgentId"
          },
          {
            "$ref": "#/components/parameters/TeamId"
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "description": "Page size.",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 200,
              "default": 50
            }
          },
          {
            "name": "offset",
            "in": "query",
            "required": false,
            "description": "Number of items to skip.",
            "schema": {
              "type": "integer",
              "minimum": 0,
              "default": 0
            }
          }
        ],
        "responses": {
          "200": {
            "description": "A page of CSAT responses.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CsatResponsesPage"
                },
                "example": {
                  "items": [
                    {
                      "id": "c0ffee00-1234-5678-9abc-def012345678",
                      "conversation_id": "11112222-3333-4444-5555-666677778888",
                      "contact_id": "99990000-aaaa-bbbb-cccc-ddddeeeeffff",
                      "rating": 5,
                      "comment": "Resolved quickly, thanks!",
                      "followup_answer": null,
                      "channel": "email",
                      "sent_at": "2026-03-02T09:15:00Z",
                      "responded_at": "2026-03-02T10:02:00Z",
                      "conversation_subject": "VPN cannot connect",
                      "assignee_user_id": "a1b2c3d4-e5f6-7890-1234-567890abcdef",
                      "assignee_name": "Jane Doe",
                      "assignee_team_id": "f1e2d3c4-b5a6-7890-1234-567890abcdef",
                      "assignee_team_name": "Tier 1"
                    }
                  ],
                  "total": 112,
                  "limit": 50,
                  "offset": 0
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/TeamNotFound"
          },
          "422": {
            "$ref": "#/components/responses/ValidationFailed"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/api/v2/analytics/conversations/resolution-rates": {
      "get": {
        "tags": [
          "v2 conversation analytics"
        ],
        "operationId": "get_cs_resolution_rates_api_v2_analytics_conversations_resolution_rates_get",
        "x-roles": [
          "super_admin",
          "tenant_owner",
          "tenant_admin",
          "agent",
          "supervisor",
          "tenant_user",
          "tenant_readonly"
        ],
        "summary": "Get Cs Resolution Rates",
        "description": "CS-side AI-vs-human resolution split and a resolution-by-priority breakdown. Optional `team_id`\nscopes it to conversations assigned to that team; an unknown `team_id` gives 404 `Team not found`\n(kit's choice). `resolved_count = ai_resolved_count + human_resolved_count`; the three rates are\nshares of `total_conversations`. `by_priority` is ordered urgent, high, medium, low and leaves out\npriorities without conversations (kit's choice).\n\n**Access:** dashboard session with role super_admin, tenant_owner, tenant_admin, agent, supervisor,\ntenant_user or tenant_readonly; Professional plan or higher. `X-API-Key` gets 403 today (preview);\nthe documented future contract is 300 requests a minute per key (429 with `X-RateLimit-*` headers).\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/DateFrom"
          },
          {
            "$ref": "#/components/parameters/DateTo"
          },
          {
            "$ref": "#/components/parameters/TeamId"
          }
        ],
        "responses": {
          "200": {
            "description": "Resolution rates.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ResolutionRates"
                },
                "example": {
                  "total_conversations": 285,
                  "resolved_count": 210,
                  "ai_resolved_count": 118,
                  "human_resolved_count": 92,
                  "ai_resolution_rate": 41.4,
                  "human_resolution_rate": 32.3,
                  "resolution_rate": 73.7,
                  "by_priority": [
                    {
                      "priority": "high",
                      "total": 50,
                      "resolved": 46,
                      "ai_resolved": 20,
                      "human_resolved": 26,
                      "resolution_rate": 92
                    }
                  ]
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/TeamNotFound"
          },
          "422": {
            "$ref": "#/components/responses/ValidationFailed"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/api/v2/analytics/conversations/teams": {
      "get": {
        "tags": [
          "v2 conversation analytics"
        ],
        "operationId": "list_analytics_teams_api_v2_analytics_conversations_teams_get",
        "x-roles": [
          "super_admin",
          "tenant_owner",
          "tenant_admin",
          "agent",
          "supervisor",
          "tenant_user",
          "tenant_readonly"
        ],
        "summary": "List Analytics Teams",
        "description": "The teams available as a filter on the Resolution Rates and CSAT views (the tenant's teams, by\nname, kit's choice). Takes no query parameters, so there is no 422.\n\n**Access:** dashboard session with role super_admin, tenant_owner, tenant_admin, agent, supervisor,\ntenant_user or tenant_readonly; Professional plan or higher. `X-API-Key` gets 403 today (preview);\nthe documented future contract is 300 requests a minute per key (429 with `X-RateLimit-*` headers).\n",
        "responses": {
          "200": {
            "description": "Teams.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TeamsList"
                },
                "example": {
                  "teams": [
                    {
                      "team_id": "f1e2d3c4-b5a6-7890-1234-567890abcdef",
                      "team_name": "Tier 1"
                    }
                  ]
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/api/v2/analytics/conversations/insights": {
      "get": {
        "tags": [
          "v2 conversation analytics"
        ],
        "operationId": "get_conversation_insights_api_v2_analytics_conversations_insights_get",
        "x-roles": [
          "super_admin",
          "tenant_owner",
          "tenant_admin",
          "agent",
          "supervisor",
          "tenant_user",
          "tenant_readonly"
        ],
        "summary": "Get Conversation Insights",
        "description": "AI insights from conversation patterns: CSAT, busiest hours, top topics, agent and team performance,\nHelp Center deflection, the SLA-breach trend, email-channel metrics and aggregation health, plus a\n`metadata` echo of the range.\n\nThe figures agree with the other endpoints for the same range: `csat` equals the csat endpoint\n(the published insights schema lists only its six summary fields, so `trend` and `per_agent` are\noptional here; the kit sends them), `aggregation_health` equals the aggregation-health endpoint.\nKit's choices: `busiest_hours` holds the 5 busiest UTC hours (by conversations created), count\ndescending; `top_topics` every topic with conversations, count descending, `share` of the counted\nconversations adding up to 100; `agent_performance` and `team_performance` most assigned first;\n`help_center_deflection` sums the published articles' lifetime counters, its `deflection_rate` is\nthe share of counted conversations the AI resolved by citing an article, `top_articles` the 5 most\nviewed; `sla_breach_trend` one row per UTC day of creation with a tracked conversation (resolution\nSLA, adding up to the sla-compliance `resolution` bucket); `email_channel_metrics` lists every email\naddress of the tenant, busiest first.\n\n**Access:** dashboard session with role super_admin, tenant_owner, tenant_admin, agent, supervisor,\ntenant_user or tenant_readonly; Professional plan or higher. `X-API-Key` gets 403 today (preview);\nthe documented future contract is 300 requests a minute per key (429 with `X-RateLimit-*` headers).\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/DateFrom"
          },
          {
            "$ref": "#/components/parameters/DateTo"
          }
        ],
        "responses": {
          "200": {
            "description": "Conversation insights.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ConversationInsights"
                },
                "example": {
                  "csat": {
                    "total_responses": 120,
                    "rated_responses": 112,
                    "avg_rating": 4.3,
                    "positive_responses": 96,
                    "positive_rate": 85.7,
                    "distribution": [
                      {
                        "rating": 5,
                        "response_count": 64
                      }
                    ],
                    "trend": [
                      {
                        "day": "2026-03-01",
                        "count": 14,
                        "avg_rating": 4.4
                      }
                    ],
                    "per_agent": [
                      {
                        "assignee_user_id": "a1b2c3d4-e5f6-7890-1234-567890abcdef",
                        "assignee_name": "Jane Doe",
                        "response_count": 40,
                        "avg_rating": 4.5,
                        "positive_rate": 90
                      }
                    ]
                  },
                  "busiest_hours": [
                    {
                      "hour_utc": 14,
                      "conversation_count": 38
                    }
                  ],
                  "top_topics": [
                    {
                      "topic": "VPN connectivity",
                      "conversation_count": 42,
                      "share": 14.7
                    }
                  ],
                  "agent_performance": [
                    {
                      "assignee_user_id": "a1b2c3d4-e5f6-7890-1234-567890abcdef",
                      "assignee_name": "Jane Doe",
                      "assigned_count": 60,
                      "resolved_count": 55,
                      "resolution_rate": 91.7,
                      "avg_first_response_minutes": 9.2,
                      "avg_resolution_minutes": 210
                    }
                  ],
                  "team_performance": [
                    {
                      "team_id": "f1e2d3c4-b5a6-7890-1234-567890abcdef",
                      "team_name": "Tier 1",
                      "assigned_count": 180,
                      "resolved_count": 171,
                      "resolution_rate": 95,
                      "avg_resolution_minutes": 198
                    }
                  ],
                  "help_center_deflection": {
                    "article_count": 120,
                    "total_views": 5400,
                    "helpful_feedback": 410,
                    "not_helpful_feedback": 60,
                    "deflection_rate": 22.5,
                    "top_articles": [
                      {
                        "article_id": "kb_001",
                        "title": "Reset your VPN client",
                        "slug": "reset-vpn-client",
                        "view_count": 320,
                        "helpful_count": 41,
                        "not_helpful_count": 3
                      }
                    ]
                  },
                  "sla_breach_trend": [
                    {
                      "day": "2026-03-01",
                      "tracked": 40,
                      "breached": 3,
                      "met": 37,
                      "compliance_rate": 92.5
                    }
                  ],
                  "email_channel_metrics": {
                    "total_channels": 3,
                    "active_channels": 2,
                    "email_conversations": 145,
                    "inbound_messages": 320,
                    "outbound_messages": 298,
                    "bounced_contacts": 4,
                    "complained_contacts": 1,
                    "by_channel": [
                      {
                        "channel_id": "ch_001",
                        "address": "support@acme.example",
                        "status": "active",
                        "conversation_count": 130
                      }
                    ]
                  },
                  "aggregation_health": {
                    "target_conversation_volume": 100000,
                    "per_query_budget_ms": 500,
                    "total_budget_ms": 2000,
                    "total_runtime_ms": 480,
                    "target_met": true,
                    "overview_ms": 120,
                    "sla_compliance_ms": 160,
                    "agent_performance_ms": 200
                  },
                  "metadata": {
                    "date_from": "2026-03-01T00:00:00+00:00",
                    "date_to": "2026-03-08T23:59:59+00:00"
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/ValidationFailed"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/api/v2/analytics/conversations/aggregation-health": {
      "get": {
        "tags": [
          "v2 conversation analytics"
        ],
        "operationId": "get_aggregation_health_api_v2_analytics_conversations_aggregation_health_get",
        "x-roles": [
          "super_admin",
          "tenant_owner",
          "tenant_admin",
          "agent",
          "supervisor",
          "tenant_user",
          "tenant_readonly"
        ],
        "summary": "Get Aggregation Health",
        "description": "Health of the analytics aggregation pipeline: the time budget per query and in total, the runtime\nof the last aggregation over the range and whether it met the budget at the target volume.\nKit's choice: by default the run times are modelled, deterministically, as a fixed cost plus a cost\nper conversation scanned for the range (scanning the 100,000-row target volume takes 120, 160 and\n200 ms, as in the vendor's example), so the same seed gives the same bytes. Started with\n`--measured-timings` the kit reports the measured run times of its own overview, SLA-compliance and\nagent-performance computations instead.\n\n**Access:** dashboard session with role super_admin, tenant_owner, tenant_admin, agent, supervisor,\ntenant_user or tenant_readonly; Professional plan or higher. `X-API-Key` gets 403 today (preview);\nthe documented future contract is 300 requests a minute per key (429 with `X-RateLimit-*` headers).\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/DateFrom"
          },
          {
            "$ref": "#/components/parameters/DateTo"
          }
        ],
        "responses": {
          "200": {
            "description": "Aggregation health.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AggregationHealth"
                },
                "example": {
                  "target_conversation_volume": 100000,
                  "per_query_budget_ms": 500,
                  "total_budget_ms": 2000,
                  "total_runtime_ms": 480,
                  "target_met": true,
                  "overview_ms": 120,
                  "sla_compliance_ms": 160,
                  "agent_performance_ms": 200
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/ValidationFailed"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/api/v2/analytics/unified-overview": {
      "get": {
        "tags": [
          "unified analytics"
        ],
        "operationId": "get_unified_overview_api_v2_analytics_unified_overview_get",
        "x-roles": [
          "super_admin",
          "tenant_owner",
          "tenant_admin",
          "agent",
          "supervisor",
          "tenant_user",
          "tenant_readonly"
        ],
        "summary": "Get Unified Overview",
        "description": "Cross-product analytics combining voice agent, CS helpdesk and knowledge base metrics. `profile` is\nthe tenant's product profile; the `voice`, `cs`, `cross_product` and `kb` blocks are present only\nfor the products the tenant has enabled, otherwise `null`. Kit's choice for which blocks a profile\nenables: `voice` → voice only; `platform` → cs and kb; `complete` → all four (`cross_product` needs\nboth voice and cs). `voice` covers the calls started between `date_from` and `date_to`; `cs` equals\nthe overview endpoint plus `csat_avg` (the csat endpoint's `avg_rating`); `kb.ai_resolutions` counts\nthe AI resolutions of the range that cite an article; `voice_share + cs_share = 100` (kit's choice).\n\n**Access:** dashboard session with role super_admin, tenant_owner, tenant_admin, agent, supervisor,\ntenant_user or tenant_readonly; Professional plan or higher. `X-API-Key` gets 403 today (preview);\nthe documented future contract is 300 requests a minute per key (429 with `X-RateLimit-*` headers).\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/DateFrom"
          },
          {
            "$ref": "#/components/parameters/DateTo"
          }
        ],
        "responses": {
          "200": {
            "description": "Unified overview.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/UnifiedOverview"
                },
                "example": {
                  "profile": "complete",
                  "voice": {
                    "total_calls": 156,
                    "completed_calls": 130,
                    "failed_calls": 26,
                    "avg_duration_seconds": 245,
                    "first_call_resolution_rate": 62.8,
                    "tickets_created": 98,
                    "escalation_count": 32
                  },
                  "cs": {
                    "total_conversations": 285,
                    "ai_resolved_count": 118,
                    "ai_resolution_rate": 41.4,
                    "human_resolved_count": 92,
                    "escalation_rate": 12.6,
                    "first_response_minutes_avg": 12.5,
                    "resolution_minutes_median": 252,
                    "csat_avg": 4.3,
                    "channel_distribution": [
                      {
                        "channel": "email",
                        "conversation_count": 145
                      }
                    ]
                  },
                  "cross_product": {
                    "total_interactions": 441,
                    "blended_resolution_rate": 70.5,
                    "voice_share": 35.4,
                    "cs_share": 64.6
                  },
                  "kb": {
                    "total_published": 120,
                    "total_views": 5400,
                    "helpfulness_rate": 87.2,
                    "ai_resolutions": 64
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/ValidationFailed"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/api/v1/analytics/call-metrics": {
      "get": {
        "tags": [
          "v1 voice analytics"
        ],
        "operationId": "get_call_metrics_api_v1_analytics_call_metrics_get",
        "x-roles": [
          "super_admin",
          "tenant_owner",
          "tenant_admin",
          "agent",
          "supervisor",
          "tenant_user",
          "tenant_readonly"
        ],
        "summary": "Get Call Metrics",
        "description": "KPIs, a daily call-volume trend, an outcome breakdown and a peak-hours heatmap for the calls of\n`start_date` .. `end_date` (both days included, bucketed in `tz`). Optional `outcome` filters to a\nsingle call outcome.\n\nKit's choices: a call is `failed` exactly when its outcome is `abandoned`;\n`first_call_resolution_rate` = calls resolved on the first call / total calls * 100;\n`call_volume` has one row per day of the range, zeros included; `outcome_breakdown` lists outcomes\nwith calls, count descending, percentages adding up to 100; `peak_hours` has one row per non-empty\n(day_of_week, hour) cell, count descending, `day_of_week` 0 = Monday .. 6 = Sunday.\n\n**Access:** dashboard session with role super_admin, tenant_owner, tenant_admin, agent, supervisor,\ntenant_user or tenant_readonly; Professional plan or higher. `X-API-Key` gets 403 today (preview);\nthe documented future contract is 300 requests a minute per key (429 with `X-RateLimit-*` headers).\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/StartDate"
          },
          {
            "$ref": "#/components/parameters/EndDate"
          },
          {
            "name": "outcome",
            "in": "query",
            "required": false,
            "description": "Only calls with this outcome: `ticket_created`, `resolved`, `escalated` or `abandoned`. A plain\nstring: another value matches no call (kit's choice).\n",
            "schema": {
              "type": "string"
            }
          },
          {
            "$ref": "#/components/parameters/Tz"
          }
        ],
        "responses": {
          "200": {
            "description": "Call metrics.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CallMetrics"
                },
                "example": {
                  "kpis": {
                    "total_calls": 156,
                    "completed_calls": 130,
                    "failed_calls": 26,
                    "avg_duration_seconds": 245,
                    "first_call_resolution_rate": 62.8,
                    "tickets_created": 98,
                    "escalation_count": 32,
                    "period_start": "2026-03-01",
                    "period_end": "2026-03-08"
                  },
                  "call_volume": [
                    {
                      "date": "2026-03-01",
                      "total_calls": 22,
                      "completed_calls": 18,
                      "failed_calls": 4
                    }
                  ],
                  "outcome_breakdown": [
                    {
                      "outcome": "ticket_created",
                      "count": 98,
                      "percentage": 62.8
                    },
                    {
                      "outcome": "escalated",
                      "count": 32,
                      "percentage": 20.5
                    },
                    {
                      "outcome": "abandoned",
                      "count": 26,
                      "percentage": 16.7
                    }
                  ],
                  "peak_hours": [
                    {
                      "hour": 14,
                      "day_of_week": 2,
                      "call_count": 12
                    }
                  ]
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/ValidationFailed"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/api/v1/analytics/resolution-rates": {
      "get": {
        "tags": [
          "v1 voice analytics"
        ],
        "operationId": "get_resolution_rates_api_v1_analytics_resolution_rates_get",
        "x-roles": [
          "super_admin",
          "tenant_owner",
          "tenant_admin",
          "agent",
          "supervisor",
          "tenant_user",
          "tenant_readonly"
        ],
        "summary": "Get Resolution Rates",
        "description": "Voice first-call-resolution trend, resolution by call category, the average resolution time and a\ncomparison with the previous period.\n\nKit's choices: `fcr_trend` has one row per day of the range; `resolution_by_category` is ordered by\n`total_calls` descending; `avg_resolution_time_seconds` is the mean over calls with a resolution time\n(0 when there are none); `period_comparison` compares with the same-length period just before the\nrange and is `null` when that period has no calls.\n\n**Access:** dashboard session with role super_admin, tenant_owner, tenant_admin, agent, supervisor,\ntenant_user or tenant_readonly; Professional plan or higher. `X-API-Key` gets 403 today (preview);\nthe documented future contract is 300 requests a minute per key (429 with `X-RateLimit-*` headers).\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/StartDate"
          },
          {
            "$ref": "#/components/parameters/EndDate"
          },
          {
            "$ref": "#/components/parameters/Tz"
          }
        ],
        "responses": {
          "200": {
            "description": "Voice resolution rates.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/VoiceResolutionRates"
                },
                "example": {
                  "fcr_trend": [],
                  "resolution_by_category": [],
                  "avg_resolution_time_seconds": 252,
                  "period_comparison": null
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/ValidationFailed"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/api/v1/analytics/usage-patterns": {
      "get": {
        "tags": [
          "v1 voice analytics"
        ],
        "operationId": "get_usage_patterns_api_v1_analytics_usage_patterns_get",
        "x-roles": [
          "super_admin",
          "tenant_owner",
          "tenant_admin",
          "agent",
          "supervisor",
          "tenant_user",
          "tenant_readonly"
        ],
        "summary": "Get Usage Patterns",
        "description": "Call distribution by hour, weekday and month, and LLM usage per provider.\n\nKit's choices: `hourly_distribution` has 24 rows (hour 0..23 in `tz`); `weekly_distribution` has\n7 rows (0 = Monday .. 6 = Sunday, English day names); `monthly_trends` has one row per calendar month\nthe range touches (`YYYY-MM`); `llm_usage` has one row per provider with usage;\n`avg_tokens_per_call` = (input + output tokens) / calls with usage (0 when none).\n\n**Access:** dashboard session with role super_admin, tenant_owner, tenant_admin, agent, supervisor,\ntenant_user or tenant_readonly; Professional plan or higher. `X-API-Key` gets 403 today (preview);\nthe documented future contract is 300 requests a minute per key (429 with `X-RateLimit-*` headers).\n",
        "parameters": [
          {
            "$ref": "#/components/parameters/StartDate"
          },
          {
            "$ref": "#/components/parameters/EndDate"
          },
          {
            "$ref": "#/components/parameters/Tz"
          }
        ],
        "responses": {
          "200": {
            "description": "Usage patterns.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/UsagePatterns"
                },
                "example": {
                  "hourly_distribution": [],
                  "weekly_distribution": [],
                  "monthly_trends": [],
                  "llm_usage": [
                    {
                      "provider": "groq",
                      "total_requests": 1240,
                      "total_input_tokens": 410000,
                      "total_output_tokens": 96000,
                      "avg_latency_ms": 320,
                      "error_count": 3
                    }
                  ],
                  "avg_tokens_per_call": 412
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/ValidationFailed"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/api/v1/analytics/search": {
      "get": {
        "tags": [
          "v1 voice analytics"
        ],
        "operationId": "search_calls_by_phone_api_v1_analytics_search_get",
        "x-roles": [
          "super_admin",
          "tenant_owner",
          "tenant_admin",
          "agent",
          "supervisor",
          "tenant_user",
          "tenant_readonly"
        ],
        "x-rate-limit": {
          "limit": 10,
          "window-seconds": 60,
          "per": "user",
          "detail": "Search rate limit exceeded"
        },
        "summary": "Search Calls By Phone",
        "description": "Search call records by phone number. Rate-limited to 10 searches a minute per user (429\n`{\"detail\": \"Search rate limit exceeded\", \"limit\": 10}`, kit's message). Every search is audit-logged\nand the phone number is redacted in the response (`***-***-` and the last four digits).\n\nKit's choices: the digits of `phone` must occur in the digits of the call's number (so `5678` and\n`+33 6 12 34 56 78` both match `+33612345678`; a term without digits matches nothing); results are\nthe newest `limit` matches; `total_count` counts every match.\n\n**Access:** dashboard session with role super_admin, tenant_owner, tenant_admin, agent, supervisor,\ntenant_user or tenant_readonly; Professional plan or higher. `X-API-Key` gets 403 today (preview);\nthe documented future contract is 300 requests a minute per key (429 with `X-RateLimit-*` headers).\n",
        "parameters": [
          {
            "name": "phone",
            "in": "query",
            "required": true,
            "description": "The phone number, or part of it, to search for (at least 4 characters).",
            "schema": {
              "type": "string",
              "minLength": 4
            },
            "example": "+33612345678"
          },
          {
            "$ref": "#/components/parameters/StartDate"
          },
          {
            "$ref": "#/components/parameters/EndDate"
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "description": "Maximum number of results.",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100,
              "default": 50
            }
          },
          {
            "$ref": "#/components/parameters/Tz"
          }
        ],
        "responses": {
          "200": {
            "description": "Matching calls, phone numbers redacted.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PhoneSearchResult"
                },
                "example": {
                  "results": [
                    {
                      "call_id": "11112222-3333-4444-5555-666677778888",
                      "phone_number_redacted": "***-***-5678",
                      "start_time": "2026-03-02T09:15:00Z",
                      "duration_seconds": 245,
                      "outcome": "ticket_created",
                      "status": "completed"
                    }
                  ],
                  "total_count": 1,
                  "search_term_redacted": "***-***-5678"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/ValidationFailed"
          },
          "429": {
            "$ref": "#/components/responses/SearchRateLimited"
          }
        }
      }
    },
    "/api/v1/analytics/export": {
      "post": {
        "tags": [
          "exports"
        ],
        "operationId": "request_export_api_v1_analytics_export_post",
        "x-roles": [
          "super_admin",
          "tenant_admin"
        ],
        "security": [
          {
            "DashboardSession": []
          }
        ],
        "summary": "Request Export",
        "description": "Create an export of analytics data. All exports apply server-side PII redaction and the request is\nlogged to the audit log. The response points to the download; the export expires 24 hours after\ncreation (kit's choice, consistent with the seed's example and the 24-hour export list).\n`start_date` after `end_date` gives 422 (kit's choice). Kit's choice, to keep a shared mock's memory\nbounded: a tenant keeps at most 200 live exports (a new one drops the tenant's oldest), expired\nexports are deleted, and export ids are a per-tenant number hashed with a per-tenant secret.\n\n**Access:** dashboard session with role super_admin or tenant_admin only (admin roles); Professional\nplan or higher. `X-API-Key` gets 403 today (preview); the documented future contract is 300 requests\na minute per key (429 with `X-RateLimit-*` headers).\n",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ExportRequest"
              },
              "example": {
                "format": "csv",
                "start_date": "2026-03-01",
                "end_date": "2026-03-08",
                "scope": "voice",
                "include_call_details": true,
                "include_transcripts": false
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Export created.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ExportCreated"
                },
                "example": {
                  "export_id": "c0ffee00-1234-5678-9abc-def012345678",
                  "download_url": "/api/v1/analytics/export/c0ffee00-1234-5678-9abc-def012345678/download?format=csv&start_date=2026-03-01&end_date=2026-03-08",
                  "expires_at": "2026-03-09T12:00:00Z"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/ValidationFailed"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/api/v1/analytics/exports": {
      "get": {
        "tags": [
          "exports"
        ],
        "operationId": "list_exports_api_v1_analytics_exports_get",
        "x-roles": [
          "super_admin",
          "tenant_admin"
        ],
        "security": [
          {
            "DashboardSession": []
          }
        ],
        "summary": "List Exports",
        "description": "The tenant's exports of the last 24 hours, newest first, at most 200 (kit's choice). Takes no parameters, so\nthere is no 422 (FastAPI declares 422 only for operations with parameters).\n\n**Access:** dashboard session with role super_admin or tenant_admin only (admin roles); Professional\nplan or higher. `X-API-Key` gets 403 today (preview); the documented future contract is 300 requests\na minute per key (429 with `X-RateLimit-*` headers).\n",
        "responses": {
          "200": {
            "description": "Recent exports.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ExportList"
                },
                "example": {
                  "exports": [
                    {
                      "export_id": "c0ffee00-1234-5678-9abc-def012345678",
                      "format": "csv",
                      "scope": "voice",
                      "start_date": "2026-03-01",
                      "end_date": "2026-03-08",
                      "include_call_details": true,
                      "include_transcripts": false,
                      "include_conversations": false,
                      "download_url": "/api/v1/analytics/export/c0ffee00-1234-5678-9abc-def012345678/download?format=csv&start_date=2026-03-01&end_date=2026-03-08",
                      "created_at": "2026-03-08T12:00:00Z",
                      "expires_at": "2026-03-09T12:00:00Z"
                    }
                  ]
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/api/v1/analytics/export/{export_id}/download": {
      "get": {
        "tags": [
          "exports"
        ],
        "operationId": "download_export_api_v1_analytics_export__export_id__download_get",
        "x-roles": [
          "super_admin",
          "tenant_owner",
          "tenant_admin",
          "agent",
          "supervisor",
          "tenant_user",
          "tenant_readonly"
        ],
        "summary": "Download Export",
        "description": "Download a completed export. The seed only shows `curl ... -o export.csv`; the body is the kit's\nchoice: the file itself in the export's format (`text/csv`, `application/json` or `application/pdf`),\nPII-redacted, with `Content-Disposition: attachment; filename=\"...\"`. The query parameters that the\n`download_url` carries are informative: the export's own format and range win (kit's choice).\nAn unknown or expired export id, or another tenant's, gives 404. Kit's choice, to bound the work of\none download: the detail tables (`calls`, `conversations`) hold the first 1,000 rows of the range in\ntime order; every other table covers the whole range.\n\n**Access:** dashboard session with role super_admin, tenant_owner, tenant_admin, agent, supervisor,\ntenant_user or tenant_readonly (the guide's rule for analytics GETs; kit's choice since the guide\nnames only create and list as admin-only); Professional plan or higher. `X-API-Key` gets 403 today\n(preview); the documented future contract is 300 requests a minute per key (429 with\n`X-RateLimit-*` headers).\n",
        "parameters": [
          {
            "name": "export_id",
            "in": "path",
            "required": true,
            "description": "The id returned by the export request.",
            "schema": {
              "type": "string",
              "format": "uuid"
            },
            "example": "c0ffee00-1234-5678-9abc-def012345678"
          },
          {
            "name": "format",
            "in": "query",
            "required": false,
            "description": "Carried by `download_url`; informative only.",
            "schema": {
              "type": "string",
              "enum": [
                "csv",
                "json",
                "pdf"
              ]
            }
          },
          {
            "name": "start_date",
            "in": "query",
            "required": false,
            "description": "Carried by `download_url` (`YYYY-MM-DD`); informative only.",
            "schema": {
              "type": "string",
              "format": "date"
            }
          },
          {
            "name": "end_date",
            "in": "query",
            "required": false,
            "description": "Carried by `download_url` (`YYYY-MM-DD`); informative only.",
            "schema": {
              "type": "string",
              "format": "date"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The export file (body format is the kit's choice, see the operation description).",
            "headers": {
              "Content-Disposition": {
                "description": "`attachment; filename=\"aurion-analytics-<scope>-<start_date>_<end_date>.<csv|json|pdf>\"` (kit's choice of file name).",
                "required": true,
                "schema": {
                  "type": "string"
                },
                "example": "attachment; filename=\"aurion-analytics-voice-2026-03-01_2026-03-08.csv\""
              }
            },
            "content": {
              "text/csv": {
                "schema": {
                  "type": "string"
                },
                "example": "section,export,AurionAI analytics export\nexport_id,scope,start_date,end_date,tz,generated_at\nc0ffee00-1234-5678-9abc-def012345678,voice,2026-03-01,2026-03-08,UTC,2026-03-08T12:00:00.000Z\n\nsection,call_volume,Call volume per day\ndate,total_calls,completed_calls,failed_calls\n2026-03-01,22,18,4\n"
              },
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ExportDocument"
                },
                "example": {
                  "export_id": "c0ffee00-1234-5678-9abc-def012345678",
                  "scope": "voice",
                  "start_date": "2026-03-01",
                  "end_date": "2026-03-08",
                  "tz": "UTC",
                  "generated_at": "2026-03-08T12:00:00.000Z",
                  "sections": {
                    "call_volume": [
                      {
                        "date": "2026-03-01",
                        "total_calls": 22,
                        "completed_calls": 18,
                        "failed_calls": 4
                      }
                    ]
                  }
                }
              },
              "application/pdf": {
                "schema": {
                  "type": "string",
                  "format": "binary"
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/ExportNotFound"
          },
          "422": {
            "$ref": "#/components/responses/ValidationFailed"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/api/v2/conversations": {
      "get": {
        "tags": [
          "conversations"
        ],
        "operationId": "list_conversations_v2_api_v2_conversations_get",
        "x-roles": [
          "super_admin",
          "tenant_owner",
          "tenant_admin",
          "agent",
          "supervisor",
          "tenant_user",
          "tenant_readonly"
        ],
        "summary": "List Conversations V2",
        "description": "The tenant's conversations, filtered and paginated (`{items, total, limit, offset}`). Every filter is\na plain string in the published schema (no enums); the values used in the guides are listed per\nparameter. Filters combine with AND; an unknown value matches nothing (kit's choice).\nMerged conversations are listed like any other (kit's choice); deleted ones only with\n`include_deleted=true`.\n\n**Access (kit's choice: gated like the analytics reads; the seed shows only bearer auth):** dashboard\nsession with role super_admin, tenant_owner, tenant_admin, agent, supervisor, tenant_user or\ntenant_readonly; Professional plan or higher. `X-API-Key` gets 403 in the preview behaviour; with the\ndocumented future contract, 300 requests a minute per key (429 with `X-RateLimit-*` headers).\n",
        "parameters": [
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "description": "Page size.",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100,
              "default": 50
            }
          },
          {
            "name": "offset",
            "in": "query",
            "required": false,
            "description": "Number of items to skip.",
            "schema": {
              "type": "integer",
              "minimum": 0,
              "default": 0
            }
          },
          {
            "name": "status",
            "in": "query",
            "required": false,
            "description": "`open`, `pending`, `resolved` or `closed`. Exact match; comma-separated values match any of them (kit's choice).",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "channel",
            "in": "query",
            "required": false,
            "description": "`email`, `chat`, `whatsapp`, `voice` or `widget`. Exact match; comma-separated values match any of them (kit's choice).",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "include_deleted",
            "in": "query",
            "required": false,
            "description": "Include soft-deleted conversations (`deleted_at` set).",
            "schema": {
              "type": "boolean",
              "default": false
            }
          },
          {
            "name": "search",
            "in": "query",
            "required": false,
            "description": "Full-text search over subject and messages. Kit's choice: every whitespace-separated term must occur, case-insensitively, in `subject` or `last_message_snippet`; at most 200 characters (422 `string_too_long`).",
            "schema": {
              "type": "string",
              "maxLength": 200
            }
          },
          {
            "name": "exclude_id",
            "in": "query",
            "required": false,
            "description": "Leave out the conversation with this id.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "priority",
            "in": "query",
            "required": false,
            "description": "`low`, `medium`, `high` or `urgent`. Exact match; comma-separated values match any of them (kit's choice).",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "conversation_type",
            "in": "query",
            "required": false,
            "description": "Conversation type (the kit uses `question`, `incident`, `request`, `problem`). Exact match; comma-separated values match any of them (kit's choice).",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "source",
            "in": "query",
            "required": false,
            "description": "How the conversation started (the kit uses `inbound`, `outbound`, `api`, `widget`, `import`). Exact match; comma-separated values match any of them (kit's choice).",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "assignee_user_id",
            "in": "query",
            "required": false,
            "description": "Assigned agent id, exact match.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "assignee_team_id",
            "in": "query",
            "required": false,
            "description": "Assigned team id, exact match.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "department_id",
            "in": "query",
            "required": false,
            "description": "Department id, exact match.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "category",
            "in": "query",
            "required": false,
            "description": "Category. Exact match; comma-separated values match any of them (kit's choice).",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "sla_state",
            "in": "query",
            "required": false,
            "description": "SLA state; undocumented values, the kit uses `on_track`, `at_risk`, `breached`, `met`, `paused`. Exact match; comma-separated values match any of them (kit's choice).",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "is_spam",
            "in": "query",
            "required": false,
            "description": "Only spam (`true`) or only non-spam (`false`) conversations; absent means both.",
            "schema": {
              "type": "boolean",
              "nullable": true
            }
          },
          {
            "name": "tags",
            "in": "query",
            "required": false,
            "description": "Comma-separated tags; a conversation matches when it has any of them (kit's choice).",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "created_after",
            "in": "query",
            "required": false,
            "description": "`created_at >= created_after` (ISO 8601; kit's choice: inclusive).",
            "schema": {
              "type": "string",
              "format": "date-time"
            }
          },
          {
            "name": "created_before",
            "in": "query",
            "required": false,
            "description": "`created_at < created_before` (ISO 8601; kit's choice: exclusive).",
            "schema": {
              "type": "string",
              "format": "date-time"
            }
          },
          {
            "name": "updated_after",
            "in": "query",
            "required": false,
            "description": "`updated_at >= updated_after` (ISO 8601; kit's choice: inclusive).",
            "schema": {
              "type": "string",
              "format": "date-time"
            }
          },
          {
            "name": "updated_before",
            "in": "query",
            "required": false,
            "description": "`updated_at < updated_before` (ISO 8601; kit's choice: exclusive).",
            "schema": {
              "type": "string",
              "format": "date-time"
            }
          },
          {
            "name": "sort_by",
            "in": "query",
            "required": false,
            "description": "Sort field. Kit's choice: `created_at` (default), `updated_at`, `priority` (low < medium < high < urgent), `status`, `subject`, `sla_first_response_due`, `sla_resolution_due`; an unknown field falls back to `created_at`; ties by `id`; nulls last when ascending.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "sort_order",
            "in": "query",
            "required": false,
            "description": "`asc` or `desc`. Kit's choice: default `desc`, any value other than `asc` means descending.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "sentiment",
            "in": "query",
            "required": false,
            "description": "Current sentiment label (`current_sentiment_label`); undocumented values, the kit uses `positive`, `neutral`, `negative`. Exact match; comma-separated values match any of them (kit's choice).",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "email_channel_id",
            "in": "query",
            "required": false,
            "description": "Email channel id, exact match (the item does not show it).",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "contact_id",
            "in": "query",
            "required": false,
            "description": "Contact id, exact match.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "company_id",
            "in": "query",
            "required": false,
            "description": "Company id, exact match.",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "language",
            "in": "query",
            "required": false,
            "description": "Detected language (ISO 639-1, e.g. `en`), matched against `detected_language`. Exact match; comma-separated values match any of them (kit's choice).",
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "archived",
            "in": "query",
            "required": false,
            "description": "Only archived (`true`) or only non-archived (`false`) conversations; absent means both.",
            "schema": {
              "type": "boolean",
              "nullable": true
            }
          }
        ],
        "responses": {
          "200": {
            "description": "A page of conversations.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ConversationListPage"
                },
                "example": {
                  "items": [
                    {
                      "id": "11112222-3333-4444-5555-666677778888",
                      "subject": "VPN cannot connect",
                      "last_message_snippet": "Thanks, reinstalling the client fixed it.",
                      "channel": "email",
                      "status": "resolved",
                      "priority": "high",
                      "urgency": "high",
                      "impact": "medium",
                      "conversation_type": "incident",
                      "source": "inbound",
                      "source_thread_id": "<CAF1234@mail.acme.example>",
                      "category": "Network",
                      "tags": [
                        "vpn",
                        "remote-work"
                      ],
                      "detected_language": "en",
                      "current_sentiment_label": "positive",
                      "current_sentiment_score": 0.62,
                      "sentiment_trend": "improving",
                      "is_spam": false,
                      "is_read": true,
                      "deleted_at": null,
                      "archived_at": null,
                      "merged_at": null,
                      "merged_by": null,
                      "merged_into_id": null,
                      "snoozed_until": null,
                      "snoozed_by": null,
                      "assignee_user_id": "a1b2c3d4-e5f6-7890-1234-567890abcdef",
                      "assignee_user_name": "Jane Doe",
                      "assignee_team_id": "f1e2d3c4-b5a6-7890-1234-567890abcdef",
                      "assignee_team_name": "Tier 1",
                      "assigned_at": "2026-03-02T08:41:00Z",
                      "assignment_reason": "round_robin",
                      "department_id": "d0d0d0d0-1111-2222-3333-444455556666",
                      "contact_id": "99990000-aaaa-bbbb-cccc-ddddeeeeffff",
                      "contact_name": "Alex Martin",
                      "contact_email": "alex.martin@acme.example",
                      "contact_phone": "+33612345678",
                      "contact_role": "IT manager",
                      "company_name": "Acme Corp",
                      "ai_triage_hint": "Likely a VPN client configuration issue",
                      "ai_triage_hint_type": "suggested_category",
                      "sla_first_response_due": "2026-03-02T09:40:00Z",
                      "sla_resolution_due": "2026-03-02T16:40:00Z",
                      "sla_last_escalation_at": null,
                      "sla_state": "met",
                      "version": 7,
                      "created_at": "2026-03-02T08:40:00Z",
                      "updated_at": "2026-03-02T10:02:00Z"
                    }
                  ],
                  "total": 1,
                  "limit": 50,
                  "offset": 0
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "422": {
            "$ref": "#/components/responses/ValidationFailed"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "DashboardSession": {
        "type": "http",
        "scheme": "bearer",
        "description": "Dashboard session token: `Authorization: Bearer <token>`. The only accepted credential for analytics\ntoday. Reads need one of super_admin, tenant_owner, tenant_admin, agent, supervisor, tenant_user,\ntenant_readonly; `POST /api/v1/analytics/export` and `GET /api/v1/analytics/exports` need\nsuper_admin or tenant_admin. Analytics needs the Professional plan or higher. Another role or a\nlower plan gets 403.\n"
      },
      "ApiKey": {
        "type": "apiKey",
        "in": "header",
        "name": "X-API-Key",
        "x-rate-limit": {
          "limit": 300,
          "window-seconds": 60,
          "per": "key",
          "detail": "API key rate limit exceeded"
        },
        "description": "Public API key (`itsm_sk_live_…`). Preview behaviour: the analytics routers are not on the API-key\nallowlist, so an API key gets 403 `{\"detail\": \"API keys are not permitted for this endpoint\"}` on\nevery analytics operation today. The documented future contract: 300 requests a minute per key\n(production and staging), 429 `{\"detail\": \"API key rate limit exceeded\", \"limit\": 300}` with\n`Retry-After`, `X-RateLimit-Limit`, `X-RateLimit-Remaining`. Kit's choice: the mock serves the\npreview by default and can switch to the future contract, where keys are accepted on the read\noperations (not on export create/list, which stay admin-session only), successful responses also\ncarry `X-RateLimit-Limit` / `X-RateLimit-Remaining`, and the conversations list follows the same rules.\nMachine-readable: the per-key limit is this scheme's `x-rate-limit` (`per: key`; the mock's\n`--rate-limit` overrides its `limit`), and export create/list declare `security: [DashboardSession]`.\n"
      }
    },
    "parameters": {
      "DateFrom": {
        "name": "date_from",
        "in": "query",
        "required": false,
        "description": "Lower bound of the range, inclusive (ISO 8601 datetime; a value without offset is UTC). Default `date_to` minus 30 days (kit's choice). Kit's choice: from 1970-01-01 to 9999-12-30, at most 366 days before date_to.",
        "schema": {
          "type": "string",
          "format": "date-time"
        }
      },
      "DateTo": {
        "name": "date_to",
        "in": "query",
        "required": false,
        "description": "Upper bound of the range, inclusive (ISO 8601 datetime; a value without offset is UTC). Default now (kit's choice). Before `date_from` gives 422 (kit's choice). Kit's choice: from 1970-01-01 to 9999-12-30, at most 366 days after date_from.",
        "schema": {
          "type": "string",
          "format": "date-time"
        }
      },
      "TeamId": {
        "name": "team_id",
        "in": "query",
        "required": false,
        "description": "Only conversations assigned to this team (UUID).",
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      },
      "AgentId": {
        "name": "agent_id",
        "in": "query",
        "required": false,
        "description": "Only conversations assigned to this agent (user UUID).",
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      },
      "StartDate": {
        "name": "start_date",
        "in": "query",
        "required": true,
        "description": "First day of the range, included (`YYYY-MM-DD`, in `tz`). Kit's choice: from 1970-01-01 to 9999-12-30.",
        "schema": {
          "type": "string",
          "format": "date"
        },
        "example": "2026-03-01"
      },
      "EndDate": {
        "name": "end_date",
        "in": "query",
        "required": true,
        "description": "Last day of the range, included (`YYYY-MM-DD`, in `tz`). Before `start_date` gives 422 (kit's choice). Kit's choice: from 1970-01-01 to 9999-12-30, at most 366 days from start_date (both included).",
        "schema": {
          "type": "string",
          "format": "date"
        },
        "example": "2026-03-08"
      },
      "Tz": {
        "name": "tz",
        "in": "query",
        "required": false,
        "description": "IANA time zone that controls how days and hours are bucketed, e.g. `Europe/Paris`. Default `UTC`; an unknown zone gives 422 (kit's choice).",
        "schema": {
          "type": "string"
        }
      }
    },
    "headers": {
      "RetryAfter": {
        "description": "Seconds until the rate-limit window resets.",
        "required": true,
        "schema": {
          "type": "integer"
        },
        "example": 42
      },
      "XRateLimitLimit": {
        "description": "Requests allowed per window.",
        "required": true,
        "schema": {
          "type": "integer"
        },
        "example": 300
      },
      "XRateLimitRemaining": {
        "description": "Requests left in the current window (0 on a 429).",
        "required": true,
        "schema": {
          "type": "integer"
        },
        "example": 0
      }
    },
    "responses": {
      "Unauthorized": {
        "description": "Missing, malformed, expired or unknown credentials. Messages: `Missing authentication credentials`,\n`Invalid API key` (documented); `Invalid authentication credentials` (not a bearer header) and\n`Invalid or expired session` (unknown token) are the kit's.\n",
        "headers": {
          "WWW-Authenticate": {
            "description": "The authentication scheme to use (`Bearer`).",
            "schema": {
              "type": "string"
            },
            "example": "Bearer"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorDetail"
            },
            "example": {
              "detail": "Missing authentication credentials"
            }
          }
        }
      },
      "Forbidden": {
        "description": "Authenticated but not allowed. Reasons: the request used an API key on an analytics endpoint\n(preview behaviour: `API keys are not permitted for this endpoint`); the session's role is not\nallowed on this operation (kit's message: `Role '<role>' is not allowed; required role: one of ...`);\nthe tenant's plan is below Professional (kit's message: `Analytics requires the Professional plan or\nhigher (current plan: <plan>)`).\n",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorDetail"
            },
            "example": {
              "detail": "API keys are not permitted for this endpoint"
            }
          }
        }
      },
      "TeamNotFound": {
        "description": "`team_id` is not a team of the tenant (kit's choice, using the documented `Team not found` message).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorDetail"
            },
            "example": {
              "detail": "Team not found"
            }
          }
        }
      },
      "ExportNotFound": {
        "description": "The export id is unknown, expired, or belongs to another tenant (kit's message).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorDetail"
            },
            "example": {
              "detail": "Export not found"
            }
          }
        }
      },
      "ValidationFailed": {
        "description": "Request validation failed (FastAPI / pydantic v2 shape), e.g. a missing required parameter, a value out of range or an unparsable date.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/HTTPValidationError"
            },
            "example": {
              "detail": [
                {
                  "type": "greater_than_equal",
                  "loc": [
                    "query",
                    "limit"
                  ],
                  "msg": "Input should be greater than or equal to 1",
                  "input": "0",
                  "ctx": {
                    "ge": 1
                  }
                }
              ]
            }
          }
        }
      },
      "RateLimited": {
        "description": "Per-API-key rate limit exceeded (300 requests a minute; documented future contract for API keys).",
        "headers": {
          "Retry-After": {
            "$ref": "#/components/headers/RetryAfter"
          },
          "X-RateLimit-Limit": {
            "$ref": "#/components/headers/XRateLimitLimit"
          },
          "X-RateLimit-Remaining": {
            "$ref": "#/components/headers/XRateLimitRemaining"
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/RateLimitError"
            },
            "example": {
              "detail": "API key rate limit exceeded",
              "limit": 300
            }
          }
        }
      },
      "SearchRateLimited": {
        "description": "The phone search allows 10 searches a minute per user (kit's message `Search rate limit exceeded`,\n`limit` 10, same headers: kit's choice). The per-API-key limit (`API key rate limit exceeded`,\n`limit` 300) gives the same shape. Only searches that pass validation count and are audit-logged;\na successful search by a session carries `X-RateLimit-Limit` / `X-RateLimit-Remaining` of the search\nlimit, one by an API key those of the key (kit's choice).\n",
        "headers": {
          "Retry-After": {
            "$ref": "#/components/headers/RetryAfter"
          },
          "X-RateLimit-Limit": {
            "description": "Searches allowed per window.",
            "required": true,
            "schema": {
              "type": "integer"
            },
            "example": 10
          },
          "X-RateLimit-Remaining": {
            "description": "Searches left in the current window (0 on a 429).",
            "required": true,
            "schema": {
              "type": "integer"
            },
            "example": 0
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/SearchRateLimitError"
            },
            "example": {
              "detail": "Search rate limit exceeded",
              "limit": 10
            }
          }
        }
      }
    },
    "schemas": {
      "ErrorDetail": {
        "type": "object",
        "description": "FastAPI error body.",
        "required": [
          "detail"
        ],
        "properties": {
          "detail": {
            "type": "string"
          }
        }
      },
      "RateLimitError": {
        "type": "object",
        "required": [
          "detail",
          "limit"
        ],
        "properties": {
          "detail": {
            "type": "string"
          },
          "limit": {
            "type": "integer",
            "description": "Requests allowed per minute."
          }
        }
      },
      "SearchRateLimitError": {
        "allOf": [
          {
            "$ref": "#/components/schemas/RateLimitError"
          }
        ]
      },
      "ValidationError": {
        "type": "object",
        "required": [
          "loc",
          "msg",
          "type"
        ],
        "properties": {
          "loc": {
            "type": "array",
            "items": {
              "anyOf": [
                {
                  "type": "string"
                },
                {
                  "type": "integer"
                }
              ]
            }
          },
          "msg": {
            "type": "string"
          },
          "type": {
            "type": "string"
          },
          "input": {
            "description": "The offending input, any JSON value (null when the parameter is missing)."
          },
          "ctx": {
            "type": "object",
            "description": "Constraint context, e.g. `{\"ge\": 1}`.",
            "additionalProperties": true
          }
        }
      },
      "HTTPValidationError": {
        "type": "object",
        "required": [
          "detail"
        ],
        "properties": {
          "detail": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ValidationError"
            }
          }
        }
      },
      "ChannelCount": {
        "type": "object",
        "required": [
          "channel",
          "conversation_count"
        ],
        "properties": {
          "channel": {
            "type": "string"
          },
          "conversation_count": {
            "type": "integer"
          }
        }
      },
      "ConversationOverview": {
        "type": "object",
        "required": [
          "total_conversations",
          "ai_resolved_count",
          "ai_resolution_rate",
          "human_resolved_count",
          "escalation_rate",
          "first_response_minutes_avg",
          "resolution_minutes_median",
          "channel_distribution"
        ],
        "properties": {
          "total_conversations": {
            "type": "integer"
          },
          "ai_resolved_count": {
            "type": "integer"
          },
          "ai_resolution_rate": {
            "type": "number",
            "description": "Percentage of total_conversations."
          },
          "human_resolved_count": {
            "type": "integer"
          },
          "escalation_rate": {
            "type": "number",
            "description": "Percentage of total_conversations."
          },
          "first_response_minutes_avg": {
            "type": "number"
          },
          "resolution_minutes_median": {
            "type": "number"
          },
          "channel_distribution": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ChannelCount"
            }
          }
        }
      },
      "SlaBucket": {
        "type": "object",
        "required": [
          "tracked",
          "met",
          "breached",
          "compliance_rate"
        ],
        "properties": {
          "tracked": {
            "type": "integer",
            "description": "Conversations with an SLA target for this step."
          },
          "met": {
            "type": "integer"
          },
          "breached": {
            "type": "integer"
          },
          "compliance_rate": {
            "type": "number",
            "description": "Percentage, met / tracked."
          }
        }
      },
      "SlaPriorityBucket": {
        "type": "object",
        "required": [
          "priority",
          "tracked",
          "met",
          "breached",
          "compliance_rate"
        ],
        "properties": {
          "priority": {
            "type": "string"
          },
          "tracked": {
            "type": "integer"
          },
          "met": {
            "type": "integer"
          },
          "breached": {
            "type": "integer"
          },
          "compliance_rate": {
            "type": "number"
          }
        }
      },
      "SlaTeamBucket": {
        "type": "object",
        "required": [
          "team_id",
          "team_name",
          "tracked",
          "met",
          "breached",
          "compliance_rate"
        ],
        "properties": {
          "team_id": {
            "type": "string"
          },
          "team_name": {
            "type": "string"
          },
          "tracked": {
            "type": "integer"
          },
          "met": {
            "type": "integer"
          },
          "breached": {
            "type": "integer"
          },
          "compliance_rate": {
            "type": "number"
          }
        }
      },
      "SlaCompliance": {
        "type": "object",
        "required": [
          "first_response",
          "resolution",
          "by_priority",
          "by_team"
        ],
        "properties": {
          "first_response": {
            "$ref": "#/components/schemas/SlaBucket"
          },
          "resolution": {
            "$ref": "#/components/schemas/SlaBucket"
          },
          "by_priority": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SlaPriorityBucket"
            }
          },
          "by_team": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SlaTeamBucket"
            }
          }
        }
      },
      "CsatDistributionItem": {
        "type": "object",
        "required": [
          "rating",
          "response_count"
        ],
        "properties": {
          "rating": {
            "type": "integer",
            "minimum": 1,
            "maximum": 5
          },
          "response_count": {
            "type": "integer"
          }
        }
      },
      "CsatTrendItem": {
        "type": "object",
        "required": [
          "day",
          "count",
          "avg_rating"
        ],
        "properties": {
          "day": {
            "type": "string",
            "format": "date"
          },
          "count": {
            "type": "integer",
            "description": "Rated responses that day."
          },
          "avg_rating": {
            "type": "number"
          }
        }
      },
      "CsatAgentItem": {
        "type": "object",
        "required": [
          "assignee_user_id",
          "assignee_name",
          "response_count",
          "avg_rating",
          "positive_rate"
        ],
        "properties": {
          "assignee_user_id": {
            "type": "string"
          },
          "assignee_name": {
            "type": "string"
          },
          "response_count": {
            "type": "integer"
          },
          "avg_rating": {
            "type": "number"
          },
          "positive_rate": {
            "type": "number"
          }
        }
      },
      "CsatAnalytics": {
        "type": "object",
        "required": [
          "total_responses",
          "rated_responses",
          "avg_rating",
          "positive_responses",
          "positive_rate",
          "distribution",
          "trend",
          "per_agent"
        ],
        "properties": {
          "total_responses": {
            "type": "integer"
          },
          "rated_responses": {
            "type": "integer"
          },
          "avg_rating": {
            "type": "number"
          },
          "positive_responses": {
            "type": "integer"
          },
          "positive_rate": {
            "type": "number",
            "description": "Percentage of rated responses with a rating of 4 or 5."
          },
          "distribution": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CsatDistributionItem"
            }
          },
          "trend": {
            "type": "array",
            "description": "One row per UTC day with rated responses, oldest first (kit's choice).",
            "items": {
              "$ref": "#/components/schemas/CsatTrendItem"
            }
          },
          "per_agent": {
            "type": "array",
            "description": "Agents with rated responses, response_count descending, ties by name (kit's choice).",
            "items": {
              "$ref": "#/components/schemas/CsatAgentItem"
            }
          }
        }
      },
      "InsightsCsat": {
        "type": "object",
        "description": "The insights' csat block. The published insights schema lists the six summary fields; the guide's\nexample also has `trend` and `per_agent`, so they are declared but optional. The kit sends all eight,\nequal to the csat endpoint for the same range.\n",
        "required": [
          "total_responses",
          "rated_responses",
          "avg_rating",
          "positive_responses",
          "positive_rate",
          "distribution"
        ],
        "properties": {
          "total_responses": {
            "type": "integer"
          },
          "rated_responses": {
            "type": "integer"
          },
          "avg_rating": {
            "type": "number"
          },
          "positive_responses": {
            "type": "integer"
          },
          "positive_rate": {
            "type": "number"
          },
          "distribution": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CsatDistributionItem"
            }
          },
          "trend": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CsatTrendItem"
            }
          },
          "per_agent": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CsatAgentItem"
            }
          }
        }
      },
      "CsatResponseItem": {
        "type": "object",
        "required": [
          "id",
          "conversation_id",
          "contact_id",
          "rating",
          "comment",
          "followup_answer",
          "channel",
          "sent_at",
          "responded_at",
          "conversation_subject",
          "assignee_user_id",
          "assignee_name",
          "assignee_team_id",
          "assignee_team_name"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "conversation_id": {
            "type": "string"
          },
          "contact_id": {
            "type": "string"
          },
          "rating": {
            "type": "integer",
            "minimum": 1,
            "maximum": 5
          },
          "comment": {
            "type": "string",
            "nullable": true
          },
          "followup_answer": {
            "type": "string",
            "nullable": true
          },
          "channel": {
            "type": "string"
          },
          "sent_at": {
            "type": "string",
            "format": "date-time"
          },
          "responded_at": {
            "type": "string",
            "format": "date-time"
          },
          "conversation_subject": {
            "type": "string",
            "nullable": true,
            "description": "Null when the conversation has no subject (kit's choice)."
          },
          "assignee_user_id": {
            "type": "string",
            "nullable": true,
            "description": "Null when the conversation is unassigned (kit's choice)."
          },
          "assignee_name": {
            "type": "string",
            "nullable": true
          },
          "assignee_team_id": {
            "type": "string",
            "nullable": true
          },
          "assignee_team_name": {
            "type": "string",
            "nullable": true
          }
        }
      },
      "CsatResponsesPage": {
        "type": "object",
        "required": [
          "items",
          "total",
          "limit",
          "offset"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CsatResponseItem"
            }
          },
          "total": {
            "type": "integer"
          },
          "limit": {
            "type": "integer"
          },
          "offset": {
            "type": "integer"
          }
        }
      },
      "ResolutionPriorityItem": {
        "type": "object",
        "required": [
          "priority",
          "total",
          "resolved",
          "ai_resolved",
          "human_resolved",
          "resolution_rate"
        ],
        "properties": {
          "priority": {
            "type": "string"
          },
          "total": {
            "type": "integer"
          },
          "resolved": {
            "type": "integer"
          },
          "ai_resolved": {
            "type": "integer"
          },
          "human_resolved": {
            "type": "integer"
          },
          "resolution_rate": {
            "type": "number"
          }
        }
      },
      "ResolutionRates": {
        "type": "object",
        "required": [
          "total_conversations",
          "resolved_count",
          "ai_resolved_count",
          "human_resolved_count",
          "ai_resolution_rate",
          "human_resolution_rate",
          "resolution_rate",
          "by_priority"
        ],
        "properties": {
          "total_conversations": {
            "type": "integer"
          },
          "resolved_count": {
            "type": "integer"
          },
          "ai_resolved_count": {
            "type": "integer"
          },
          "human_resolved_count": {
            "type": "integer"
          },
          "ai_resolution_rate": {
            "type": "number"
          },
          "human_resolution_rate": {
            "type": "number"
          },
          "resolution_rate": {
            "type": "number"
          },
          "by_priority": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ResolutionPriorityItem"
            }
          }
        }
      },
      "TeamOption": {
        "type": "object",
        "required": [
          "team_id",
          "team_name"
        ],
        "properties": {
          "team_id": {
            "type": "string"
          },
          "team_name": {
            "type": "string"
          }
        }
      },
      "TeamsList": {
        "type": "object",
        "required": [
          "teams"
        ],
        "properties": {
          "teams": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/TeamOption"
            }
          }
        }
      },
      "BusiestHourItem": {
        "type": "object",
        "required": [
          "hour_utc",
          "conversation_count"
        ],
        "properties": {
          "hour_utc": {
            "type": "integer",
            "minimum": 0,
            "maximum": 23
          },
          "conversation_count": {
            "type": "integer"
          }
        }
      },
      "TopTopicItem": {
        "type": "object",
        "required": [
          "topic",
          "conversation_count",
          "share"
        ],
        "properties": {
          "topic": {
            "type": "string"
          },
          "conversation_count": {
            "type": "integer"
          },
          "share": {
            "type": "number",
            "description": "Percentage of the counted conversations."
          }
        }
      },
      "AgentPerformanceItem": {
        "type": "object",
        "required": [
          "assignee_user_id",
          "assignee_name",
          "assigned_count",
          "resolved_count",
          "resolution_rate",
          "avg_first_response_minutes",
          "avg_resolution_minutes"
        ],
        "properties": {
          "assignee_user_id": {
            "type": "string"
          },
          "assignee_name": {
            "type": "string"
          },
          "assigned_count": {
            "type": "integer"
          },
          "resolved_count": {
            "type": "integer"
          },
          "resolution_rate": {
            "type": "number"
          },
          "avg_first_response_minutes": {
            "type": "number"
          },
          "avg_resolution_minutes": {
            "type": "number"
          }
        }
      },
      "TeamPerformanceItem": {
        "type": "object",
        "required": [
          "team_id",
          "team_name",
          "assigned_count",
          "resolved_count",
          "resolution_rate",
          "avg_resolution_minutes"
        ],
        "properties": {
          "team_id": {
            "type": "string"
          },
          "team_name": {
            "type": "string"
          },
          "assigned_count": {
            "type": "integer"
          },
          "resolved_count": {
            "type": "integer"
          },
          "resolution_rate": {
            "type": "number"
          },
          "avg_resolution_minutes": {
            "type": "number"
          }
        }
      },
      "HelpCenterArticleItem": {
        "type": "object",
        "required": [
          "article_id",
          "title",
          "slug",
          "view_count",
          "helpful_count",
          "not_helpful_count"
        ],
        "properties": {
          "article_id": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "slug": {
            "type": "string"
          },
          "view_count": {
            "type": "integer",
            "description": "Views of the article in the range (kit's choice: the lifetime count spread over time like the tenant's conversation volume)."
          },
          "helpful_count": {
            "type": "integer"
          },
          "not_helpful_count": {
            "type": "integer"
          }
        }
      },
      "HelpCenterDeflection": {
        "type": "object",
        "required": [
          "article_count",
          "total_views",
          "helpful_feedback",
          "not_helpful_feedback",
          "deflection_rate",
          "top_articles"
        ],
        "properties": {
          "article_count": {
            "type": "integer",
            "description": "Snapshot at now: published articles, whatever the range."
          },
          "total_views": {
            "type": "integer",
            "description": "Views of the published articles in the range (kit's choice: lifetime views spread like the conversation volume; 0 for a range without conversations)."
          },
          "helpful_feedback": {
            "type": "integer",
            "description": "Helpful votes in the range (spread like total_views)."
          },
          "not_helpful_feedback": {
            "type": "integer",
            "description": "Not-helpful votes in the range (spread like total_views)."
          },
          "deflection_rate": {
            "type": "number",
            "description": "Percentage of the counted conversations the AI resolved by citing an article (kit's choice)."
          },
          "top_articles": {
            "type": "array",
            "description": "The most viewed published articles, at most 5 (kit's choice).",
            "items": {
              "$ref": "#/components/schemas/HelpCenterArticleItem"
            }
          }
        }
      },
      "SlaBreachTrendItem": {
        "type": "object",
        "required": [
          "day",
          "tracked",
          "breached",
          "met",
          "compliance_rate"
        ],
        "properties": {
          "day": {
            "type": "string",
            "format": "date"
          },
          "tracked": {
            "type": "integer"
          },
          "breached": {
            "type": "integer"
          },
          "met": {
            "type": "integer"
          },
          "compliance_rate": {
            "type": "number"
          }
        }
      },
      "EmailChannelItem": {
        "type": "object",
        "required": [
          "channel_id",
          "address",
          "status",
          "conversation_count"
        ],
        "properties": {
          "channel_id": {
            "type": "string"
          },
          "address": {
            "type": "string"
          },
          "status": {
            "type": "string",
            "description": "`active` or `inactive` (kit's values)."
          },
          "conversation_count": {
            "type": "integer"
          }
        }
      },
      "EmailChannelMetrics": {
        "type": "object",
        "required": [
          "total_channels",
          "active_channels",
          "email_conversations",
          "inbound_messages",
          "outbound_messages",
          "bounced_contacts",
          "complained_contacts",
          "by_channel"
        ],
        "properties": {
          "total_channels": {
            "type": "integer",
            "description": "Snapshot at now: the tenant's e-mail channels, whatever the range."
          },
          "active_channels": {
            "type": "integer",
            "description": "Snapshot at now: channels active today."
          },
          "email_conversations": {
            "type": "integer"
          },
          "inbound_messages": {
            "type": "integer"
          },
          "outbound_messages": {
            "type": "integer"
          },
          "bounced_contacts": {
            "type": "integer",
            "description": "Contacts e-mailed in the range whose address bounced, each counted once."
          },
          "complained_contacts": {
            "type": "integer",
            "description": "Contacts e-mailed in the range who filed a spam complaint, each counted once."
          },
          "by_channel": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/EmailChannelItem"
            }
          }
        }
      },
      "AggregationHealth": {
        "type": "object",
        "required": [
          "target_conversation_volume",
          "per_query_budget_ms",
          "total_budget_ms",
          "total_runtime_ms",
          "target_met",
          "overview_ms",
          "sla_compliance_ms",
          "agent_performance_ms"
        ],
        "properties": {
          "target_conversation_volume": {
            "type": "integer"
          },
          "per_query_budget_ms": {
            "type": "number"
          },
          "total_budget_ms": {
            "type": "number"
          },
          "total_runtime_ms": {
            "type": "number"
          },
          "target_met": {
            "type": "boolean"
          },
          "overview_ms": {
            "type": "number"
          },
          "sla_compliance_ms": {
            "type": "number"
          },
          "agent_performance_ms": {
            "type": "number"
          }
        }
      },
      "InsightsMetadata": {
        "type": "object",
        "description": "Echo of the resolved range in Python isoformat (`2026-03-01T00:00:00+00:00`); the defaults when the request omits it (kit's choice).",
        "required": [
          "date_from",
          "date_to"
        ],
        "properties": {
          "date_from": {
            "type": "string",
            "format": "date-time"
          },
          "date_to": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "ConversationInsights": {
        "type": "object",
        "required": [
          "csat",
          "busiest_hours",
          "top_topics",
          "agent_performance",
          "team_performance",
          "help_center_deflection",
          "sla_breach_trend",
          "email_channel_metrics",
          "aggregation_health",
          "metadata"
        ],
        "properties": {
          "csat": {
            "$ref": "#/components/schemas/InsightsCsat"
          },
          "busiest_hours": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/BusiestHourItem"
            }
          },
          "top_topics": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/TopTopicItem"
            }
          },
          "agent_performance": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AgentPerformanceItem"
            }
          },
          "team_performance": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/TeamPerformanceItem"
            }
          },
          "help_center_deflection": {
            "$ref": "#/components/schemas/HelpCenterDeflection"
          },
          "sla_breach_trend": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SlaBreachTrendItem"
            }
          },
          "email_channel_metrics": {
            "$ref": "#/components/schemas/EmailChannelMetrics"
          },
          "aggregation_health": {
            "$ref": "#/components/schemas/AggregationHealth"
          },
          "metadata": {
            "$ref": "#/components/schemas/InsightsMetadata"
          }
        }
      },
      "UnifiedVoice": {
        "type": "object",
        "nullable": true,
        "description": "The unified overview's `voice` block (the call-metrics KPIs without the period); null when the tenant has no voice product.",
        "required": [
          "total_calls",
          "completed_calls",
          "failed_calls",
          "avg_duration_seconds",
          "first_call_resolution_rate",
          "tickets_created",
          "escalation_count"
        ],
        "properties": {
          "total_calls": {
            "type": "integer"
          },
          "completed_calls": {
            "type": "integer"
          },
          "failed_calls": {
            "type": "integer"
          },
          "avg_duration_seconds": {
            "type": "number"
          },
          "first_call_resolution_rate": {
            "type": "number"
          },
          "tickets_created": {
            "type": "integer"
          },
          "escalation_count": {
            "type": "integer"
          }
        }
      },
      "UnifiedCs": {
        "type": "object",
        "nullable": true,
        "description": "The unified overview's `cs` block (the conversation overview plus `csat_avg`); null when the tenant has no CS helpdesk product.",
        "required": [
          "total_conversations",
          "ai_resolved_count",
          "ai_resolution_rate",
          "human_resolved_count",
          "escalation_rate",
          "first_response_minutes_avg",
          "resolution_minutes_median",
          "csat_avg",
          "channel_distribution"
        ],
        "properties": {
          "total_conversations": {
            "type": "integer"
          },
          "ai_resolved_count": {
            "type": "integer"
          },
          "ai_resolution_rate": {
            "type": "number"
          },
          "human_resolved_count": {
            "type": "integer"
          },
          "escalation_rate": {
            "type": "number"
          },
          "first_response_minutes_avg": {
            "type": "number"
          },
          "resolution_minutes_median": {
            "type": "number"
          },
          "csat_avg": {
            "type": "number"
          },
          "channel_distribution": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ChannelCount"
            }
          }
        }
      },
      "UnifiedCrossProduct": {
        "type": "object",
        "nullable": true,
        "description": "The unified overview's `cross_product` block; null unless the tenant has both voice and CS.",
        "required": [
          "total_interactions",
          "blended_resolution_rate",
          "voice_share",
          "cs_share"
        ],
        "properties": {
          "total_interactions": {
            "type": "integer",
            "description": "Calls plus conversations."
          },
          "blended_resolution_rate": {
            "type": "number",
            "description": "First-call-resolved calls plus resolved conversations over all interactions, percentage (kit's choice)."
          },
          "voice_share": {
            "type": "number"
          },
          "cs_share": {
            "type": "number"
          }
        }
      },
      "UnifiedKb": {
        "type": "object",
        "nullable": true,
        "description": "The unified overview's `kb` block (published articles); null when the tenant has no knowledge base product.",
        "required": [
          "total_published",
          "total_views",
          "helpfulness_rate",
          "ai_resolutions"
        ],
        "properties": {
          "total_published": {
            "type": "integer",
            "description": "Snapshot at now: published articles, whatever the range."
          },
          "total_views": {
            "type": "integer",
            "description": "Views of the published articles in the range (spread like the conversation volume, as in the insights)."
          },
          "helpfulness_rate": {
            "type": "number",
            "description": "helpful / (helpful + not helpful) feedback, percentage (kit's choice)."
          },
          "ai_resolutions": {
            "type": "integer"
          }
        }
      },
      "UnifiedOverview": {
        "type": "object",
        "required": [
          "profile",
          "voice",
          "cs",
          "cross_product",
          "kb"
        ],
        "properties": {
          "profile": {
            "type": "string",
            "enum": [
              "voice",
              "platform",
              "complete"
            ]
          },
          "voice": {
            "$ref": "#/components/schemas/UnifiedVoice"
          },
          "cs": {
            "$ref": "#/components/schemas/UnifiedCs"
          },
          "cross_product": {
            "$ref": "#/components/schemas/UnifiedCrossProduct"
          },
          "kb": {
            "$ref": "#/components/schemas/UnifiedKb"
          }
        }
      },
      "CallKpis": {
        "type": "object",
        "required": [
          "total_calls",
          "completed_calls",
          "failed_calls",
          "avg_duration_seconds",
          "first_call_resolution_rate",
          "tickets_created",
          "escalation_count",
          "period_start",
          "period_end"
        ],
        "properties": {
          "total_calls": {
            "type": "integer"
          },
          "completed_calls": {
            "type": "integer"
          },
          "failed_calls": {
            "type": "integer"
          },
          "avg_duration_seconds": {
            "type": "number"
          },
          "first_call_resolution_rate": {
            "type": "number"
          },
          "tickets_created": {
            "type": "integer"
          },
          "escalation_count": {
            "type": "integer"
          },
          "period_start": {
            "type": "string",
            "format": "date"
          },
          "period_end": {
            "type": "string",
            "format": "date"
          }
        }
      },
      "CallVolumeItem": {
        "type": "object",
        "required": [
          "date",
          "total_calls",
          "completed_calls",
          "failed_calls"
        ],
        "properties": {
          "date": {
            "type": "string",
            "format": "date"
          },
          "total_calls": {
            "type": "integer"
          },
          "completed_calls": {
            "type": "integer"
          },
          "failed_calls": {
            "type": "integer"
          }
        }
      },
      "OutcomeBreakdownItem": {
        "type": "object",
        "required": [
          "outcome",
          "count",
          "percentage"
        ],
        "properties": {
          "outcome": {
            "type": "string"
          },
          "count": {
            "type": "integer"
          },
          "percentage": {
            "type": "number"
          }
        }
      },
      "PeakHourItem": {
        "type": "object",
        "required": [
          "hour",
          "day_of_week",
          "call_count"
        ],
        "properties": {
          "hour": {
            "type": "integer",
            "minimum": 0,
            "maximum": 23
          },
          "day_of_week": {
            "type": "integer",
            "minimum": 0,
            "maximum": 6,
            "description": "0 = Monday .. 6 = Sunday (kit's choice, Python weekday())."
          },
          "call_count": {
            "type": "integer"
          }
        }
      },
      "CallMetrics": {
        "type": "object",
        "required": [
          "kpis",
          "call_volume",
          "outcome_breakdown",
          "peak_hours"
        ],
        "properties": {
          "kpis": {
            "$ref": "#/components/schemas/CallKpis"
          },
          "call_volume": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CallVolumeItem"
            }
          },
          "outcome_breakdown": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/OutcomeBreakdownItem"
            }
          },
          "peak_hours": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/PeakHourItem"
            }
          }
        }
      },
      "FcrTrendItem": {
        "type": "object",
        "description": "Kit's choice (the guide shows an empty list).",
        "required": [
          "date",
          "total_calls",
          "fcr_calls",
          "fcr_rate"
        ],
        "properties": {
          "date": {
            "type": "string",
            "format": "date"
          },
          "total_calls": {
            "type": "integer"
          },
          "fcr_calls": {
            "type": "integer"
          },
          "fcr_rate": {
            "type": "number"
          }
        }
      },
      "ResolutionCategoryItem": {
        "type": "object",
        "description": "Kit's choice (the guide shows an empty list).",
        "required": [
          "category",
          "total_calls",
          "resolved_calls",
          "resolution_rate",
          "avg_resolution_time_seconds"
        ],
        "properties": {
          "category": {
            "type": "string"
          },
          "total_calls": {
            "type": "integer"
          },
          "resolved_calls": {
            "type": "integer"
          },
          "resolution_rate": {
            "type": "number"
          },
          "avg_resolution_time_seconds": {
            "type": "number"
          }
        }
      },
      "PeriodComparison": {
        "type": "object",
        "nullable": true,
        "description": "Comparison with the same-length period just before the range; null when that period has no calls. Shape is the kit's choice (the guide shows only null).",
        "required": [
          "previous_start",
          "previous_end",
          "previous_total_calls",
          "current_total_calls",
          "previous_fcr_rate",
          "current_fcr_rate",
          "fcr_rate_change",
          "previous_avg_resolution_time_seconds",
          "current_avg_resolution_time_seconds"
        ],
        "properties": {
          "previous_start": {
            "type": "string",
            "format": "date"
          },
          "previous_end": {
            "type": "string",
            "format": "date"
          },
          "previous_total_calls": {
            "type": "integer"
          },
          "current_total_calls": {
            "type": "integer"
          },
          "previous_fcr_rate": {
            "type": "number"
          },
          "current_fcr_rate": {
            "type": "number"
          },
          "fcr_rate_change": {
            "type": "number",
            "description": "current_fcr_rate - previous_fcr_rate, percentage points."
          },
          "previous_avg_resolution_time_seconds": {
            "type": "number"
          },
          "current_avg_resolution_time_seconds": {
            "type": "number"
          }
        }
      },
      "VoiceResolutionRates": {
        "type": "object",
        "required": [
          "fcr_trend",
          "resolution_by_category",
          "avg_resolution_time_seconds",
          "period_comparison"
        ],
        "properties": {
          "fcr_trend": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/FcrTrendItem"
            }
          },
          "resolution_by_category": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ResolutionCategoryItem"
            }
          },
          "avg_resolution_time_seconds": {
            "type": "number"
          },
          "period_comparison": {
            "$ref": "#/components/schemas/PeriodComparison"
          }
        }
      },
      "HourlyDistributionItem": {
        "type": "object",
        "description": "Kit's choice (the guide shows an empty list).",
        "required": [
          "hour",
          "call_count",
          "avg_duration_seconds"
        ],
        "properties": {
          "hour": {
            "type": "integer",
            "minimum": 0,
            "maximum": 23
          },
          "call_count": {
            "type": "integer"
          },
          "avg_duration_seconds": {
            "type": "number"
          }
        }
      },
      "WeeklyDistributionItem": {
        "type": "object",
        "description": "Kit's choice (the guide shows an empty list).",
        "required": [
          "day_of_week",
          "day_name",
          "call_count",
          "avg_duration_seconds"
        ],
        "properties": {
          "day_of_week": {
            "type": "integer",
            "minimum": 0,
            "maximum": 6,
            "description": "0 = Monday .. 6 = Sunday."
          },
          "day_name": {
            "type": "string",
            "description": "English day name, `Monday` .. `Sunday`."
          },
          "call_count": {
            "type": "integer"
          },
          "avg_duration_seconds": {
            "type": "number"
          }
        }
      },
      "MonthlyTrendItem": {
        "type": "object",
        "description": "Kit's choice (the guide shows an empty list).",
        "required": [
          "month",
          "total_calls",
          "completed_calls",
          "failed_calls",
          "avg_duration_seconds"
        ],
        "properties": {
          "month": {
            "type": "string",
            "pattern": "^\\d{4}-\\d{2}$",
            "description": "`YYYY-MM`."
          },
          "total_calls": {
            "type": "integer"
          },
          "completed_calls": {
            "type": "integer"
          },
          "failed_calls": {
            "type": "integer"
          },
          "avg_duration_seconds": {
            "type": "number"
          }
        }
      },
      "LlmUsageItem": {
        "type": "object",
        "required": [
          "provider",
          "total_requests",
          "total_input_tokens",
          "total_output_tokens",
          "avg_latency_ms",
          "error_count"
        ],
        "properties": {
          "provider": {
            "type": "string"
          },
          "total_requests": {
            "type": "integer"
          },
          "total_input_tokens": {
            "type": "integer"
          },
          "total_output_tokens": {
            "type": "integer"
          },
          "avg_latency_ms": {
            "type": "number"
          },
          "error_count": {
            "type": "integer"
          }
        }
      },
      "UsagePatterns": {
        "type": "object",
        "required": [
          "hourly_distribution",
          "weekly_distribution",
          "monthly_trends",
          "llm_usage",
          "avg_tokens_per_call"
        ],
        "properties": {
          "hourly_distribution": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/HourlyDistributionItem"
            }
          },
          "weekly_distribution": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/WeeklyDistributionItem"
            }
          },
          "monthly_trends": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/MonthlyTrendItem"
            }
          },
          "llm_usage": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/LlmUsageItem"
            }
          },
          "avg_tokens_per_call": {
            "type": "number"
          }
        }
      },
      "PhoneSearchItem": {
        "type": "object",
        "required": [
          "call_id",
          "phone_number_redacted",
          "start_time",
          "duration_seconds",
          "outcome",
          "status"
        ],
        "properties": {
          "call_id": {
            "type": "string"
          },
          "phone_number_redacted": {
            "type": "string"
          },
          "start_time": {
            "type": "string",
            "format": "date-time"
          },
          "duration_seconds": {
            "type": "integer"
          },
          "outcome": {
            "type": "string"
          },
          "status": {
            "type": "string"
          }
        }
      },
      "PhoneSearchResult": {
        "type": "object",
        "required": [
          "results",
          "total_count",
          "search_term_redacted"
        ],
        "properties": {
          "results": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/PhoneSearchItem"
            }
          },
          "total_count": {
            "type": "integer"
          },
          "search_term_redacted": {
            "type": "string"
          }
        }
      },
      "ExportRequest": {
        "type": "object",
        "required": [
          "format",
          "start_date",
          "end_date"
        ],
        "properties": {
          "format": {
            "type": "string",
            "enum": [
              "csv",
              "json",
              "pdf"
            ]
          },
          "start_date": {
            "type": "string",
            "format": "date"
          },
          "end_date": {
            "type": "string",
            "format": "date",
            "description": "Kit's choice, as on the v1 reads: dates from 1970-01-01 to 9999-12-30, at most 366 days from start_date."
          },
          "scope": {
            "type": "string",
            "enum": [
              "voice",
              "conversations",
              "all",
              "sla_quality",
              "resolution_rates",
              "performance"
            ],
            "default": "voice"
          },
          "include_call_details": {
            "type": "boolean",
            "default": true
          },
          "include_transcripts": {
            "type": "boolean",
            "default": false
          },
          "include_conversations": {
            "type": "boolean",
            "default": false
          },
          "tz": {
            "type": "string",
            "description": "IANA time zone, e.g. `Europe/Paris` (default `UTC`)."
          }
        }
      },
      "ExportCreated": {
        "type": "object",
        "required": [
          "export_id",
          "download_url",
          "expires_at"
        ],
        "properties": {
          "export_id": {
            "type": "string",
            "format": "uuid"
          },
          "download_url": {
            "type": "string",
            "description": "Path of the download, with the export's format and range as query parameters."
          },
          "expires_at": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "ExportListItem": {
        "type": "object",
        "required": [
          "export_id",
          "format",
          "scope",
          "start_date",
          "end_date",
          "include_call_details",
          "include_transcripts",
          "include_conversations",
          "download_url",
          "created_at",
          "expires_at"
        ],
        "properties": {
          "export_id": {
            "type": "string",
            "format": "uuid"
          },
          "format": {
            "type": "string",
            "enum": [
              "csv",
              "json",
              "pdf"
            ]
          },
          "scope": {
            "type": "string",
            "enum": [
              "voice",
              "conversations",
              "all",
              "sla_quality",
              "resolution_rates",
              "performance"
            ]
          },
          "start_date": {
            "type": "string",
            "format": "date"
          },
          "end_date": {
            "type": "string",
            "format": "date"
          },
          "include_call_details": {
            "type": "boolean"
          },
          "include_transcripts": {
            "type": "boolean"
          },
          "include_conversations": {
            "type": "boolean"
          },
          "download_url": {
            "type": "string"
          },
          "created_at": {
            "type": "string",
            "format": "date-time"
          },
          "expires_at": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "ExportList": {
        "type": "object",
        "required": [
          "exports"
        ],
        "properties": {
          "exports": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ExportListItem"
            }
          }
        }
      },
      "ExportDocument": {
        "type": "object",
        "description": "Body of a `json` export download (kit's choice). `sections` maps each table of the export's scope\n(e.g. `call_volume`) to its rows, one object per row; the CSV and PDF files hold the same tables.\n",
        "required": [
          "export_id",
          "scope",
          "start_date",
          "end_date",
          "generated_at",
          "sections"
        ],
        "properties": {
          "export_id": {
            "type": "string",
            "format": "uuid"
          },
          "scope": {
            "type": "string"
          },
          "start_date": {
            "type": "string",
            "format": "date"
          },
          "end_date": {
            "type": "string",
            "format": "date"
          },
          "tz": {
            "type": "string",
            "description": "The export's IANA time zone."
          },
          "generated_at": {
            "type": "string",
            "format": "date-time"
          },
          "sections": {
            "type": "object",
            "additionalProperties": true
          }
        },
        "additionalProperties": true
      },
      "ConversationListItem": {
        "type": "object",
        "description": "One conversation of the v2 list. Nullability is the kit's choice where the published schema does\nnot show it: timestamps of events that may not have happened, optional joins (assignee, company,\ncontact details) and AI-derived fields that may not be computed yet are nullable.\n",
        "required": [
          "id",
          "subject",
          "last_message_snippet",
          "channel",
          "status",
          "priority",
          "urgency",
          "impact",
          "conversation_type",
          "source",
          "source_thread_id",
          "category",
          "tags",
          "detected_language",
          "current_sentiment_label",
          "current_sentiment_score",
          "sentiment_trend",
          "is_spam",
          "is_read",
          "deleted_at",
          "archived_at",
          "merged_at",
          "merged_by",
          "merged_into_id",
          "snoozed_until",
          "snoozed_by",
          "assignee_user_id",
          "assignee_user_name",
          "assignee_team_id",
          "assignee_team_name",
          "assigned_at",
          "assignment_reason",
          "department_id",
          "contact_id",
          "contact_name",
          "contact_email",
          "contact_phone",
          "contact_role",
          "company_name",
          "ai_triage_hint",
          "ai_triage_hint_type",
          "sla_first_response_due",
          "sla_resolution_due",
          "sla_last_escalation_at",
          "sla_state",
          "version",
          "created_at",
          "updated_at"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "subject": {
            "type": "string",
            "nullable": true
          },
          "last_message_snippet": {
            "type": "string",
            "nullable": true
          },
          "channel": {
            "type": "string"
          },
          "status": {
            "type": "string"
          },
          "priority": {
            "type": "string"
          },
          "urgency": {
            "type": "string",
            "nullable": true
          },
          "impact": {
            "type": "string",
            "nullable": true
          },
          "conversation_type": {
            "type": "string"
          },
          "source": {
            "type": "string"
          },
          "source_thread_id": {
            "type": "string",
            "nullable": true
          },
          "category": {
            "type": "string",
            "nullable": true
          },
          "tags": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "detected_language": {
            "type": "string",
            "nullable": true
          },
          "current_sentiment_label": {
            "type": "string",
            "nullable": true
          },
          "current_sentiment_score": {
            "type": "number",
            "nullable": true,
            "description": "-1.0 (negative) .. 1.0 (positive) (kit's scale)."
          },
          "sentiment_trend": {
            "type": "string",
            "nullable": true
          },
          "is_spam": {
            "type": "boolean"
          },
          "is_read": {
            "type": "boolean"
          },
          "deleted_at": {
            "type": "string",
            "format": "date-time",
            "nullable": true
          },
          "archived_at": {
            "type": "string",
            "format": "date-time",
            "nullable": true
          },
          "merged_at": {
            "type": "string",
            "format": "date-time",
            "nullable": true
          },
          "merged_by": {
            "type": "string",
            "nullable": true
          },
          "merged_into_id": {
            "type": "string",
            "nullable": true
          },
          "snoozed_until": {
            "type": "string",
            "format": "date-time",
            "nullable": true
          },
          "snoozed_by": {
            "type": "string",
            "nullable": true
          },
          "assignee_user_id": {
            "type": "string",
            "nullable": true
          },
          "assignee_user_name": {
            "type": "string",
            "nullable": true
          },
          "assignee_team_id": {
            "type": "string",
            "nullable": true
          },
          "assignee_team_name": {
            "type": "string",
            "nullable": true
          },
          "assigned_at": {
            "type": "string",
            "format": "date-time",
            "nullable": true
          },
          "assignment_reason": {
            "type": "string",
            "nullable": true
          },
          "department_id": {
            "type": "string",
            "nullable": true
          },
          "contact_id": {
            "type": "string"
          },
          "contact_name": {
            "type": "string",
            "nullable": true
          },
          "contact_email": {
            "type": "string",
            "nullable": true
          },
          "contact_phone": {
            "type": "string",
            "nullable": true
          },
          "contact_role": {
            "type": "string",
            "nullable": true
          },
          "company_name": {
            "type": "string",
            "nullable": true
          },
          "ai_triage_hint": {
            "type": "string",
            "nullable": true
          },
          "ai_triage_hint_type": {
            "type": "string",
            "nullable": true
          },
          "sla_first_response_due": {
            "type": "string",
            "format": "date-time",
            "nullable": true
          },
          "sla_resolution_due": {
            "type": "string",
            "format": "date-time",
            "nullable": true
          },
          "sla_last_escalation_at": {
            "type": "string",
            "format": "date-time",
            "nullable": true
          },
          "sla_state": {
            "type": "string",
            "nullable": true
          },
          "version": {
            "type": "integer",
            "description": "Optimistic-locking version, incremented on every update."
          },
          "created_at": {
            "type": "string",
            "format": "date-time"
          },
          "updated_at": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "ConversationListPage": {
        "type": "object",
        "required": [
          "items",
          "total",
          "limit",
          "offset"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ConversationListItem"
            }
          },
          "total": {
            "type": "integer",
            "description": "Matching conversations before pagination."
          },
          "limit": {
            "type": "integer"
          },
          "offset": {
            "type": "integer"
          }
        }
      }
    }
  }
}
