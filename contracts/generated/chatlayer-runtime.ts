// generated: edit the contract (contracts/chatlayer.yaml) and run npm run generate

import type { OpenApiDocument } from '../openapi.ts'

export const chatlayerRuntime: OpenApiDocument = {
  "openapi": "3.0.3",
  "info": {
    "title": "Sinch Chatlayer Analytics API",
    "version": "1.0.0",
    "license": {
      "name": "MIT",
      "url": "https://opensource.org/licenses/MIT"
    }
  },
  "servers": [
    {
      "url": "https://analytics.api.chatlayer.ai"
    },
    {
      "url": "https://analytics.api.prod.us-east4.gcp.chatlayer.ai"
    },
    {
      "url": "https://analytics.api.prod.asia-south1.gcp.chatlayer.ai"
    },
    {
      "url": "http://127.0.0.1:4010"
    }
  ],
  "security": [
    {
      "basicAuth": []
    }
  ],
  "paths": {
    "/v1/bots/{bot_id}/conversations": {
      "get": {
        "operationId": "Analytics_GetConversations",
        "parameters": [
          {
            "name": "bot_id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string"
            },
            "example": "bot-3f9a2c"
          },
          {
            "name": "version",
            "in": "query",
            "required": true,
            "schema": {
              "type": "string",
              "enum": [
                "DRAFT",
                "LIVE"
              ]
            },
            "example": "LIVE"
          },
          {
            "name": "start_time",
            "in": "query",
            "required": true,
            "schema": {
              "type": "string",
              "format": "date-time"
            },
            "example": "2026-03-01T00:00:00Z"
          },
          {
            "name": "end_time",
            "in": "query",
            "required": true,
            "schema": {
              "type": "string",
              "format": "date-time"
            },
            "example": "2026-03-04T00:00:00Z"
          },
          {
            "name": "channel_type",
            "in": "query",
            "required": false,
            "style": "form",
            "explode": false,
            "schema": {
              "type": "array",
              "items": {
                "type": "string"
              }
            },
            "example": [
              "WEBCHAT",
              "WHATSAPP"
            ]
          },
          {
            "name": "language",
            "in": "query",
            "required": false,
            "style": "form",
            "explode": false,
            "schema": {
              "type": "array",
              "items": {
                "type": "string"
              }
            },
            "example": [
              "en",
              "nl"
            ]
          },
          {
            "name": "bucket",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "enum": [
                "1h",
                "1d",
                "1w"
              ]
            },
            "example": "1d"
          },
          {
            "name": "group_by",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "enum": [
                "channel_type",
                "language"
              ]
            },
            "example": "channel_type"
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "examples": {
                  "by_channel": {
                    "value": {
                      "data": {
                        "series": [
                          {
                            "values": [
                              12,
                              15,
                              9
                            ],
                            "mean": 12,
                            "max": 15,
                            "min": 9,
                            "sum": 36,
                            "labels": {
                              "channel_type": "WEBCHAT"
                            }
                          },
                          {
                            "values": [
                              5,
                              7,
                              6
                            ],
                            "mean": 6,
                            "max": 7,
                            "min": 5,
                            "sum": 18,
                            "labels": {
                              "channel_type": "WHATSAPP"
                            }
                          }
                        ],
                        "series_labels": [
                          "WEBCHAT",
                          "WHATSAPP"
                        ],
                        "x_values": [
                          "2026-03-01T00:00:00Z",
                          "2026-03-02T00:00:00Z",
                          "2026-03-03T00:00:00Z"
                        ]
                      }
                    }
                  },
                  "ungrouped": {
                    "value": {
                      "data": {
                        "series": [
                          {
                            "values": [
                              17,
                              22,
                              15
                            ],
                            "mean": 18,
                            "max": 22,
                            "min": 15,
                            "sum": 54,
                            "labels": {}
                          }
                        ],
                        "series_labels": [
                          "total"
                        ],
                        "x_values": [
                          "2026-03-01T00:00:00Z",
                          "2026-03-02T00:00:00Z",
                          "2026-03-03T00:00:00Z"
                        ]
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/InvalidArgument"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          },
          "404": {
            "content": {
              "application/json": {
                "example": {
                  "code": 5,
                  "message": "bot bot-000000 not found",
                  "details": []
                }
              }
            }
          },
          "429": {
            "$ref": "#/components/responses/ResourceExhausted"
          }
        }
      }
    },
    "/v1/bots/{bot_id}/conversations/insights": {
      "get": {
        "operationId": "Analytics_GetConversationsInsights",
        "parameters": [
          {
            "name": "bot_id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string"
            },
            "example": "bot-3f9a2c"
          },
          {
            "name": "version",
            "in": "query",
            "required": true,
            "schema": {
              "type": "string",
              "enum": [
                "DRAFT",
                "LIVE"
              ]
            },
            "example": "LIVE"
          },
          {
            "name": "start_time",
            "in": "query",
            "required": true,
            "schema": {
              "type": "string",
              "format": "date-time"
            },
            "example": "2026-03-01T00:00:00Z"
          },
          {
            "name": "end_time",
            "in": "query",
            "required": true,
            "schema": {
              "type": "string",
              "format": "date-time"
            },
            "example": "2026-03-04T00:00:00Z"
          },
          {
            "name": "stat",
            "in": "query",
            "required": true,
            "schema": {
              "type": "string",
              "enum": [
                "num_conversations",
                "duration_seconds",
                "num_messages"
              ]
            },
            "example": "num_messages"
          },
          {
            "name": "channel_type",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            },
            "example": "WEBCHAT,WHATSAPP"
          },
          {
            "name": "language",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            },
            "example": "en,nl"
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "examples": {
                  "num_messages": {
                    "value": {
                      "data": {
                        "series": [
                          {
                            "values": [
                              184,
                              231,
                              142
                            ],
                            "mean": 185,
                            "max": 231,
                            "min": 142,
                            "sum": 557,
                            "labels": {
                              "stat": "num_messages"
                            }
                          }
                        ],
                        "series_labels": [
                          "num_messages"
                        ],
                        "x_values": [
                          "2026-03-01T00:00:00Z",
                          "2026-03-02T00:00:00Z",
                          "2026-03-03T00:00:00Z"
                        ]
                      }
                    }
                  },
                  "duration_seconds": {
                    "value": {
                      "data": {
                        "series": [
                          {
                            "values": [
                              142,
                              168,
                              131
                            ],
                            "mean": 147,
                            "max": 168,
                            "min": 131,
                            "sum": 441,
                            "labels": {
                              "stat": "duration_seconds"
                            }
                          }
                        ],
                        "series_labels": [
                          "duration_seconds"
                        ],
                        "x_values": [
                          "2026-03-01T00:00:00Z",
                          "2026-03-02T00:00:00Z",
                          "2026-03-03T00:00:00Z"
                        ]
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/InvalidArgument"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          },
          "404": {
            "content": {
              "application/json": {
                "example": {
                  "code": 5,
                  "message": "bot bot-000000 not found",
                  "details": []
                }
              }
            }
          },
          "429": {
            "$ref": "#/components/responses/ResourceExhausted"
          }
        }
      }
    },
    "/v1/bots/{bot_id}/conversations/{conversation_id}/flow": {
      "get": {
        "operationId": "Analytics_GetConversationFlow",
        "parameters": [
          {
            "name": "bot_id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string"
            },
            "example": "bot-3f9a2c"
          },
          {
            "name": "conversation_id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string"
            },
            "example": "conv-8d41e07b"
          },
          {
            "name": "version",
            "in": "query",
            "required": true,
            "schema": {
              "type": "string",
              "enum": [
                "DRAFT",
                "LIVE"
              ]
            },
            "example": "LIVE"
          },
          {
            "name": "start_time",
            "in": "query",
            "required": true,
            "schema": {
              "type": "string",
              "format": "date-time"
            },
            "example": "2026-03-01T00:00:00Z"
          },
          {
            "name": "end_time",
            "in": "query",
            "required": true,
            "schema": {
              "type": "string",
              "format": "date-time"
            },
            "example": "2026-03-04T00:00:00Z"
          },
          {
            "name": "message_id",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            },
            "example": "5d2c1b0a-8f7e-4d6c-9b5a-4f3e2d1c0b9a"
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "example": {
                  "bot_id": "bot-3f9a2c",
                  "conversation_id": "conv-8d41e07b",
                  "user_id": "user-51c0",
                  "transitions": [
                    {
                      "id": "6f1c2a9e-3b7d-4e58-9a0c-1d2e3f4a5b6c",
                      "from_step": {
                        "id": "welcome",
                        "type": "BOT_DIALOG"
                      },
                      "to_step": {
                        "id": "main_menu",
                        "type": "INPUT_VALIDATION"
                      },
                      "depth": "1",
                      "timestamp": "2026-03-02T09:15:04Z"
                    },
                    {
                      "id": "0b9e8d7c-6a5f-4e3d-8c2b-1a0f9e8d7c6b",
                      "from_step": {
                        "id": "main_menu",
                        "type": "INPUT_VALIDATION"
                      },
                      "to_step": {
                        "id": "track_order",
                        "type": "BOT_DIALOG"
                      },
                      "depth": "2",
                      "timestamp": "2026-03-02T09:15:31Z"
                    },
                    {
                      "id": "3c4d5e6f-7a8b-4c9d-8e0f-a1b2c3d4e5f6",
                      "from_step": {
                        "id": "track_order",
                        "type": "BOT_DIALOG"
                      },
                      "to_step": {
                        "id": "track_order_ask_order_number",
                        "type": "INPUT_VALIDATION"
                      },
                      "depth": "3",
                      "timestamp": "2026-03-02T09:15:32Z"
                    },
                    {
                      "id": "9a8b7c6d-5e4f-4a3b-9c2d-1e0f2a3b4c5d",
                      "from_step": {
                        "id": "track_order_ask_order_number",
                        "type": "INPUT_VALIDATION"
                      },
                      "to_step": {
                        "id": "DROPOFF",
                        "type": "DROPOFF"
                      },
                      "depth": "4",
                      "timestamp": "2026-03-02T09:15:33Z"
                    }
                  ]
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/InvalidArgument"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "$ref": "#/components/responses/PermissionDenied"
          },
          "404": {
            "content": {
              "application/json": {
                "examples": {
                  "unknown_conversation": {
                    "value": {
                      "code": 5,
                      "message": "conversation conv-00000000 not found",
                      "details": []
                    }
                  },
                  "outside_range": {
                    "value": {
                      "code": 5,
                      "message": "conversation conv-8d41e07b not found in [2026-03-05T00:00:00Z, 2026-03-06T00:00:00Z)",
                      "details": []
                    }
                  }
                }
              }
            }
          },
          "429": {
            "$ref": "#/components/responses/ResourceExhausted"
          }
        }
      }
    },
    "/v1/teams/{team_id}/conversations": {
      "get": {
        "operationId": "Analytics_GetTeamConversationsUsage",
        "parameters": [
          {
            "name": "team_id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string"
            },
            "example": "team-7e21"
          },
          {
            "name": "start_time",
            "in": "query",
            "required": true,
            "schema": {
              "type": "string",
              "format": "date-time"
            },
            "example": "2026-01-01T00:00:00Z"
          },
          {
            "name": "end_time",
            "in": "query",
            "required": true,
            "schema": {
              "type": "string",
              "format": "date-time"
            },
            "example": "2026-03-01T00:00:00Z"
          },
          {
            "name": "bucket",
            "in": "query",
            "required": true,
            "schema": {
              "type": "string",
              "enum": [
                "1d",
                "1w",
                "1m"
              ]
            },
            "example": "1m"
          },
          {
            "name": "group_by",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "pattern": "^(bot_id|bot_version|team_id|channel_type|language|campaign_id|campaign_source)(,(bot_id|bot_version|team_id|channel_type|language|campaign_id|campaign_source))*$"
            },
            "example": "bot_id,channel_type"
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "example": {
                  "data": {
                    "series": [
                      {
                        "values": [
                          1240,
                          1105
                        ],
                        "mean": 1172,
                        "max": 1240,
                        "min": 1105,
                        "sum": 2345,
                        "labels": {
                          "bot_id": "bot-3f9a2c",
                          "channel_type": "WEBCHAT"
                        }
                      },
                      {
                        "values": [
                          310,
                          352
                        ],
                        "mean": 331,
                        "max": 352,
                        "min": 310,
                        "sum": 662,
                        "labels": {
                          "bot_id": "bot-3f9a2c",
                          "channel_type": "WHATSAPP"
                        }
                      },
                      {
                        "values": [
                          87,
                          95
                        ],
                        "mean": 91,
                        "max": 95,
                        "min": 87,
                        "sum": 182,
                        "labels": {
                          "bot_id": "bot-b0d417",
                          "channel_type": "WEBCHAT"
                        }
                      }
                    ],
                    "series_labels": [
                      "bot-3f9a2c, WEBCHAT",
                      "bot-3f9a2c, WHATSAPP",
                      "bot-b0d417, WEBCHAT"
                    ],
                    "x_values": [
                      "2026-01-01T00:00:00Z",
                      "2026-02-01T00:00:00Z"
                    ]
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/InvalidArgument"
          },
          "401": {
            "$ref": "#/components/responses/Unauthenticated"
          },
          "403": {
            "content": {
              "application/json": {
                "example": {
                  "code": 7,
                  "message": "permission denied on team team-0000",
                  "details": []
                }
              }
            }
          },
          "404": {
            "content": {
              "application/json": {
                "example": {
                  "code": 5,
                  "message": "team team-0000 not found",
                  "details": []
                }
              }
            }
          },
          "429": {
            "$ref": "#/components/responses/ResourceExhausted"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "basicAuth": {
        "type": "http",
        "scheme": "basic"
      }
    },
    "responses": {
      "InvalidArgument": {
        "content": {
          "application/json": {
            "examples": {
              "missing_version": {
                "value": {
                  "code": 3,
                  "message": "version is required: one of DRAFT, LIVE",
                  "details": []
                }
              },
              "bad_time": {
                "value": {
                  "code": 3,
                  "message": "invalid start_time \"yesterday\": expected an RFC 3339 timestamp",
                  "details": []
                }
              },
              "bucket_too_large": {
                "value": {
                  "code": 3,
                  "message": "bucket 1w must be smaller than the range [2026-03-01T00:00:00Z, 2026-03-04T00:00:00Z)",
                  "details": []
                }
              },
              "unknown_stat": {
                "value": {
                  "code": 3,
                  "message": "invalid stat \"num_users\": one of num_conversations, duration_seconds, num_messages",
                  "details": []
                }
              },
              "unknown_group_by": {
                "value": {
                  "code": 3,
                  "message": "invalid group_by \"country\"",
                  "details": []
                }
              }
            }
          }
        }
      },
      "Unauthenticated": {
        "content": {
          "application/json": {
            "example": {
              "code": 16,
              "message": "invalid credentials",
              "details": []
            }
          }
        }
      },
      "PermissionDenied": {
        "content": {
          "application/json": {
            "example": {
              "code": 7,
              "message": "permission denied on bot bot-b0d417",
              "details": []
            }
          }
        }
      },
      "ResourceExhausted": {
        "headers": {
          "Retry-After": {
            "required": true,
            "schema": {
              "type": "integer",
              "minimum": 0
            },
            "example": 30
          }
        },
        "content": {
          "application/json": {
            "example": {
              "code": 8,
              "message": "rate limit exceeded",
              "details": []
            }
          }
        }
      }
    },
    "schemas": {}
  }
}
