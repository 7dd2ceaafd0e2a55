// generated: edit the contract (contracts/aurion.yaml) and run npm run generate

import type { OpenApiDocument } from '../openapi.ts'

export const aurionRuntime: OpenApiDocument = {
  "openapi": "3.0.3",
  "info": {
    "title": "AurionAI Analytics & Conversations API",
    "version": "1.0.0",
    "license": {
      "name": "MIT",
      "url": "https://opensource.org/licenses/MIT"
    }
  },
  "servers": [
    {
      "url": "https://apps.aurionai.net"
    },
    {
      "url": "https://apps-staging.aurionai.net"
    },
    {
      "url": "http://127.0.0.1:4010"
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
  "paths": {
    "/api/v2/analytics/conversations/overview": {
      "get": {
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
            "content": {
              "application/json": {
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
            "content": {
              "application/json": {
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
            "content": {
              "application/json": {
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
            "schema": {
              "type": "integer",
              "minimum": 0,
              "default": 0
            }
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/json": {
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
            "content": {
              "application/json": {
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
        "responses": {
          "200": {
            "content": {
              "application/json": {
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
            "content": {
              "application/json": {
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
            "content": {
              "application/json": {
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
            "content": {
              "application/json": {
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
            "content": {
              "application/json": {
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
            "content": {
              "application/json": {
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
            "content": {
              "application/json": {
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
        "parameters": [
          {
            "name": "phone",
            "in": "query",
            "required": true,
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
            "content": {
              "application/json": {
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
            "content": {
              "application/json": {
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
        "responses": {
          "200": {
            "content": {
              "application/json": {
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
        "parameters": [
          {
            "name": "export_id",
            "in": "path",
            "required": true,
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
            "schema": {
              "type": "string",
              "format": "date"
            }
          },
          {
            "name": "end_date",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "format": "date"
            }
          }
        ],
        "responses": {
          "200": {
            "headers": {
              "Content-Disposition": {
                "required": true,
                "schema": {
                  "type": "string"
                },
                "example": "attachment; filename=\"aurion-analytics-voice-2026-03-01_2026-03-08.csv\""
              }
            },
            "content": {
              "text/csv": {
                "example": "section,export,AurionAI analytics export\nexport_id,scope,start_date,end_date,tz,generated_at\nc0ffee00-1234-5678-9abc-def012345678,voice,2026-03-01,2026-03-08,UTC,2026-03-08T12:00:00.000Z\n\nsection,call_volume,Call volume per day\ndate,total_calls,completed_calls,failed_calls\n2026-03-01,22,18,4\n"
              },
              "application/json": {
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
              "application/pdf": {}
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
        "parameters": [
          {
            "name": "limit",
            "in": "query",
            "required": false,
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
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "channel",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "include_deleted",
            "in": "query",
            "required": false,
            "schema": {
              "type": "boolean",
              "default": false
            }
          },
          {
            "name": "search",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "maxLength": 200
            }
          },
          {
            "name": "exclude_id",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "priority",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "conversation_type",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "source",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "assignee_user_id",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "assignee_team_id",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "department_id",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "category",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "sla_state",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "is_spam",
            "in": "query",
            "required": false,
            "schema": {
              "type": "boolean",
              "nullable": true
            }
          },
          {
            "name": "tags",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "created_after",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "format": "date-time"
            }
          },
          {
            "name": "created_before",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "format": "date-time"
            }
          },
          {
            "name": "updated_after",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "format": "date-time"
            }
          },
          {
            "name": "updated_before",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "format": "date-time"
            }
          },
          {
            "name": "sort_by",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "sort_order",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "sentiment",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "email_channel_id",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "contact_id",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "company_id",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "language",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "archived",
            "in": "query",
            "required": false,
            "schema": {
              "type": "boolean",
              "nullable": true
            }
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/json": {
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
        "scheme": "bearer"
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
        }
      }
    },
    "parameters": {
      "DateFrom": {
        "name": "date_from",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "format": "date-time"
        }
      },
      "DateTo": {
        "name": "date_to",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "format": "date-time"
        }
      },
      "TeamId": {
        "name": "team_id",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      },
      "AgentId": {
        "name": "agent_id",
        "in": "query",
        "required": false,
        "schema": {
          "type": "string",
          "format": "uuid"
        }
      },
      "StartDate": {
        "name": "start_date",
        "in": "query",
        "required": true,
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
        "schema": {
          "type": "string"
        }
      }
    },
    "headers": {
      "RetryAfter": {
        "required": true,
        "schema": {
          "type": "integer"
        },
        "example": 42
      },
      "XRateLimitLimit": {
        "required": true,
        "schema": {
          "type": "integer"
        },
        "example": 300
      },
      "XRateLimitRemaining": {
        "required": true,
        "schema": {
          "type": "integer"
        },
        "example": 0
      }
    },
    "responses": {
      "Unauthorized": {
        "headers": {
          "WWW-Authenticate": {
            "schema": {
              "type": "string"
            },
            "example": "Bearer"
          }
        },
        "content": {
          "application/json": {
            "example": {
              "detail": "Missing authentication credentials"
            }
          }
        }
      },
      "Forbidden": {
        "content": {
          "application/json": {
            "example": {
              "detail": "API keys are not permitted for this endpoint"
            }
          }
        }
      },
      "TeamNotFound": {
        "content": {
          "application/json": {
            "example": {
              "detail": "Team not found"
            }
          }
        }
      },
      "ExportNotFound": {
        "content": {
          "application/json": {
            "example": {
              "detail": "Export not found"
            }
          }
        }
      },
      "ValidationFailed": {
        "content": {
          "application/json": {
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
            "example": {
              "detail": "API key rate limit exceeded",
              "limit": 300
            }
          }
        }
      },
      "SearchRateLimited": {
        "headers": {
          "Retry-After": {
            "$ref": "#/components/headers/RetryAfter"
          },
          "X-RateLimit-Limit": {
            "required": true,
            "schema": {
              "type": "integer"
            },
            "example": 10
          },
          "X-RateLimit-Remaining": {
            "required": true,
            "schema": {
              "type": "integer"
            },
            "example": 0
          }
        },
        "content": {
          "application/json": {
            "example": {
              "detail": "Search rate limit exceeded",
              "limit": 10
            }
          }
        }
      }
    },
    "schemas": {
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
            "format": "date"
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
            "type": "string"
          }
        }
      }
    }
  }
}
