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
            "type": "integer"
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
          "input": {},
          "ctx": {
            "type": "object",
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
            "type": "integer"
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
      "InsightsCsat": {
        "type": "object",
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
            "nullable": true
          },
          "assignee_user_id": {
            "type": "string",
            "nullable": true
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
            "type": "number"
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
            "type": "integer"
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
            "type": "integer"
          },
          "total_views": {
            "type": "integer"
          },
          "helpful_feedback": {
            "type": "integer"
          },
          "not_helpful_feedback": {
            "type": "integer"
          },
          "deflection_rate": {
            "type": "number"
          },
          "top_articles": {
            "type": "array",
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
            "type": "string"
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
            "type": "integer"
          },
          "active_channels": {
            "type": "integer"
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
            "type": "integer"
          },
          "complained_contacts": {
            "type": "integer"
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
        "required": [
          "total_interactions",
          "blended_resolution_rate",
          "voice_share",
          "cs_share"
        ],
        "properties": {
          "total_interactions": {
            "type": "integer"
          },
          "blended_resolution_rate": {
            "type": "number"
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
        "required": [
          "total_published",
          "total_views",
          "helpfulness_rate",
          "ai_resolutions"
        ],
        "properties": {
          "total_published": {
            "type": "integer"
          },
          "total_views": {
            "type": "integer"
          },
          "helpfulness_rate": {
            "type": "number"
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
            "maximum": 6
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
            "type": "number"
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
            "maximum": 6
          },
          "day_name": {
            "type": "string"
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
            "pattern": "^\\d{4}-\\d{2}$"
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
            "type": "string"
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
            "type": "string"
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
            "nullable": true
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
            "type": "integer"
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
            "type": "integer"
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
