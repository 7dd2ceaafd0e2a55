// generated: edit the contract (contracts/chatlayer.yaml) and run npm run generate

import type { OpenApiDocument } from '../openapi.ts'

export const chatlayerDocument: OpenApiDocument = {
  "openapi": "3.0.3",
  "info": {
    "title": "Sinch Chatlayer Analytics API",
    "version": "1.0.0",
    "description": "Conversation analytics for Chatlayer bots and teams (seed 002).\n\nThe vendor generates this API with grpc-gateway from protobuf: operation ids are `Analytics_<Rpc>`\nand every 200 is described as \"A successful response.\". Time ranges are `[start_time, end_time)`:\n`end_time` is exclusive.\n\nError responses are not declared in the vendor spec. Everything under 4xx here is the\n**kit's choice**: grpc-gateway's default mapping from gRPC codes to HTTP statuses and its\n`rpcStatus` body `{code, message, details}`.\n",
    "license": {
      "name": "MIT",
      "url": "https://opensource.org/licenses/MIT"
    }
  },
  "servers": [
    {
      "url": "https://analytics.api.chatlayer.ai",
      "description": "EU"
    },
    {
      "url": "https://analytics.api.prod.us-east4.gcp.chatlayer.ai",
      "description": "US"
    },
    {
      "url": "https://analytics.api.prod.asia-south1.gcp.chatlayer.ai",
      "description": "APAC"
    },
    {
      "url": "http://127.0.0.1:4010",
      "description": "analytics-mock-kit (local mock)"
    }
  ],
  "security": [
    {
      "basicAuth": []
    }
  ],
  "tags": [
    {
      "name": "Analytics",
      "description": "Conversation series, insights, flows and team usage."
    }
  ],
  "paths": {
    "/v1/bots/{bot_id}/conversations": {
      "get": {
        "operationId": "Analytics_GetConversations",
        "summary": "Get conversation analytics",
        "description": "Number of conversations of a bot version over time, optionally grouped by channel or language.",
        "tags": [
          "Analytics"
        ],
        "parameters": [
          {
            "name": "bot_id",
            "in": "path",
            "required": true,
            "description": "Identifies the bot.",
            "schema": {
              "type": "string"
            },
            "example": "bot-3f9a2c"
          },
          {
            "name": "version",
            "in": "query",
            "required": true,
            "description": "Identifies the bot version.",
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
            "description": "The starting date for the time range of the data series. Kit's choice: from 1970-01-01 to 9999-12-30, at most 366 days from start_time to end_time.",
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
            "description": "The ending date for the time range of the data series, exclusive. Kit's choice: from 1970-01-01 to 9999-12-30, at most 366 days from start_time to end_time.",
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
            "description": "Filter by specific channels, multiple values separated by comma (`channel_type=WEBCHAT,WHATSAPP`).\nThe repeated form (`channel_type=WEBCHAT&channel_type=WHATSAPP`) is also accepted.\n",
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
            "description": "Filter by specific languages, multiple values separated by comma (`language=en,nl`).\nThe repeated form (`language=en&language=nl`) is also accepted.\n",
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
            "description": "Time interval in which results will be grouped. Supported values are 1h,1d,1w. The interval\nshould be smaller than the range specified in the [start_time,end_time).\nKit's choice: at most 3,000 buckets a serie (1h covers at most 125 days).\n",
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
            "description": "Group by a specific category. Can be channel_type or language",
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
            "description": "A successful response.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SeriesDataResponse"
                },
                "examples": {
                  "by_channel": {
                    "summary": "Daily conversations grouped by channel_type",
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
                    "summary": "One series of totals when group_by is absent",
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
            "description": "NOT_FOUND (gRPC code 5): the bot does not exist. Kit's choice (not in the vendor spec).\n",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/rpcStatus"
                },
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
        "summary": "Get conversation insights",
        "description": "One statistic of a bot version's conversations over the range.\nKit's choice (the vendor documents no bucket here): `x_values` are the days of the range\n(1d buckets) and the single series is labelled `{stat: <stat>}`.\n",
        "tags": [
          "Analytics"
        ],
        "parameters": [
          {
            "name": "bot_id",
            "in": "path",
            "required": true,
            "description": "Identifies the bot.",
            "schema": {
              "type": "string"
            },
            "example": "bot-3f9a2c"
          },
          {
            "name": "version",
            "in": "query",
            "required": true,
            "description": "Identifies the bot version.",
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
            "description": "The starting date for the time range of the data series. Kit's choice: from 1970-01-01 to 9999-12-30, at most 366 days from start_time to end_time.",
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
            "description": "The ending date for the time range of the data series, exclusive. Kit's choice: from 1970-01-01 to 9999-12-30, at most 366 days from start_time to end_time.",
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
            "description": "The stat to return, one of 'num_conversations', 'duration_seconds', 'num_messages'.\nPer bucket (kit's choice): the number of conversations, the mean duration of a conversation in\nseconds, the number of messages.\n",
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
            "description": "Filter by specific channels, multiple values separated by comma.",
            "schema": {
              "type": "string"
            },
            "example": "WEBCHAT,WHATSAPP"
          },
          {
            "name": "language",
            "in": "query",
            "required": false,
            "description": "Filter by specific languages, multiple values separated by comma.",
            "schema": {
              "type": "string"
            },
            "example": "en,nl"
          }
        ],
        "responses": {
          "200": {
            "description": "A successful response.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SeriesDataResponse"
                },
                "examples": {
                  "num_messages": {
                    "summary": "Messages per day",
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
                    "summary": "Mean conversation duration in seconds, per day",
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
            "description": "NOT_FOUND (gRPC code 5): the bot does not exist. Kit's choice (not in the vendor spec).\n",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/rpcStatus"
                },
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
        "summary": "Get conversation flow",
        "description": "The steps one conversation went through, in order. A final step with id `DROPOFF` means the user left.",
        "tags": [
          "Analytics"
        ],
        "parameters": [
          {
            "name": "bot_id",
            "in": "path",
            "required": true,
            "description": "Identifies the bot",
            "schema": {
              "type": "string"
            },
            "example": "bot-3f9a2c"
          },
          {
            "name": "conversation_id",
            "in": "path",
            "required": true,
            "description": "Identifies the conversation",
            "schema": {
              "type": "string"
            },
            "example": "conv-8d41e07b"
          },
          {
            "name": "version",
            "in": "query",
            "required": true,
            "description": "Identifies the bot version.",
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
            "description": "The starting date of the a range containing the conversation Kit's choice: from 1970-01-01 to 9999-12-30, at most 366 days from start_time to end_time.",
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
            "description": "The end date of the a range containing the conversation (exclusive). Kit's choice: from 1970-01-01 to 9999-12-30, at most 366 days from start_time to end_time.",
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
            "description": "Identifies a message withing a conversation. Optional. When specified only the transitions\nfor the given message will be included\n",
            "schema": {
              "type": "string"
            },
            "example": "5d2c1b0a-8f7e-4d6c-9b5a-4f3e2d1c0b9a"
          }
        ],
        "responses": {
          "200": {
            "description": "A successful response.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/GetConversationFlowResponse"
                },
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
            "description": "NOT_FOUND (gRPC code 5): the bot or the conversation does not exist, the conversation is another\nbot's or of the other `version`, or it did not start within `[start_time, end_time)`.\nKit's choice (not in the vendor spec).\n",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/rpcStatus"
                },
                "examples": {
                  "unknown_conversation": {
                    "summary": "No such conversation for this bot",
                    "value": {
                      "code": 5,
                      "message": "conversation conv-00000000 not found",
                      "details": []
                    }
                  },
                  "outside_range": {
                    "summary": "The conversation exists but not within the range",
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
        "summary": "Get team conversations usage",
        "description": "Conversations of every bot of a team over time, grouped by any combination of fields.",
        "tags": [
          "Analytics"
        ],
        "parameters": [
          {
            "name": "team_id",
            "in": "path",
            "required": true,
            "description": "Identifies the team.",
            "schema": {
              "type": "string"
            },
            "example": "team-7e21"
          },
          {
            "name": "start_time",
            "in": "query",
            "required": true,
            "description": "The starting date for the time range of the data series. Kit's choice: from 1970-01-01 to 9999-12-30, at most 366 days from start_time to end_time.",
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
            "description": "The ending date for the time range of the data series, exclusive. Kit's choice: from 1970-01-01 to 9999-12-30, at most 366 days from start_time to end_time.",
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
            "description": "Time interval in which results will be grouped. Supported values are 1d, 1w, 1m. The interval\nshould be smaller than the range specified in the [start_time,end_time).\n",
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
            "description": "Group data by field, comma separated. Can be any of [bot_id, bot_version, team_id,\nchannel_type, language, campaign_id, campaign_source]\n",
            "schema": {
              "type": "string",
              "pattern": "^(bot_id|bot_version|team_id|channel_type|language|campaign_id|campaign_source)(,(bot_id|bot_version|team_id|channel_type|language|campaign_id|campaign_source))*$"
            },
            "example": "bot_id,channel_type"
          }
        ],
        "responses": {
          "200": {
            "description": "A successful response.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SeriesDataResponse"
                },
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
            "description": "PERMISSION_DENIED (gRPC code 7): the team is not the team of the token.\nKit's choice (not in the vendor spec).\n",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/rpcStatus"
                },
                "example": {
                  "code": 7,
                  "message": "permission denied on team team-0000",
                  "details": []
                }
              }
            }
          },
          "404": {
            "description": "NOT_FOUND (gRPC code 5): the team does not exist. Kit's choice (not in the vendor spec).\n",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/rpcStatus"
                },
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
        "scheme": "basic",
        "description": "HTTP Basic with `tokenId:tokenSecret`. A token is scoped to the team that created it: it reads\nthat team and its bots only.\n"
      }
    },
    "responses": {
      "InvalidArgument": {
        "description": "INVALID_ARGUMENT (gRPC code 3): a required parameter is missing (such as `version`), a time\ncannot be parsed, `end_time` is not after `start_time`, the bucket is not smaller than the range,\nor an enum value (`stat`, `bucket`, `group_by`, `version`) is unknown.\nKit's choice (not in the vendor spec).\n",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/rpcStatus"
            },
            "examples": {
              "missing_version": {
                "summary": "version is required on bot endpoints",
                "value": {
                  "code": 3,
                  "message": "version is required: one of DRAFT, LIVE",
                  "details": []
                }
              },
              "bad_time": {
                "summary": "start_time is not an RFC 3339 timestamp",
                "value": {
                  "code": 3,
                  "message": "invalid start_time \"yesterday\": expected an RFC 3339 timestamp",
                  "details": []
                }
              },
              "bucket_too_large": {
                "summary": "The bucket is not smaller than the range",
                "value": {
                  "code": 3,
                  "message": "bucket 1w must be smaller than the range [2026-03-01T00:00:00Z, 2026-03-04T00:00:00Z)",
                  "details": []
                }
              },
              "unknown_stat": {
                "summary": "stat is not one of the supported values",
                "value": {
                  "code": 3,
                  "message": "invalid stat \"num_users\": one of num_conversations, duration_seconds, num_messages",
                  "details": []
                }
              },
              "unknown_group_by": {
                "summary": "group_by names an unknown field",
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
        "description": "UNAUTHENTICATED (gRPC code 16): no credentials, or the token id and secret do not match.\nKit's choice (not in the vendor spec).\n",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/rpcStatus"
            },
            "example": {
              "code": 16,
              "message": "invalid credentials",
              "details": []
            }
          }
        }
      },
      "PermissionDenied": {
        "description": "PERMISSION_DENIED (gRPC code 7): the bot belongs to another team than the token's.\nKit's choice (not in the vendor spec).\n",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/rpcStatus"
            },
            "example": {
              "code": 7,
              "message": "permission denied on bot bot-b0d417",
              "details": []
            }
          }
        }
      },
      "ResourceExhausted": {
        "description": "RESOURCE_EXHAUSTED (gRPC code 8): too many requests for this token.\nKit's choice (not in the vendor spec), including the `Retry-After` header.\n",
        "headers": {
          "Retry-After": {
            "description": "Seconds to wait before retrying.",
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
            "schema": {
              "$ref": "#/components/schemas/rpcStatus"
            },
            "example": {
              "code": 8,
              "message": "rate limit exceeded",
              "details": []
            }
          }
        }
      }
    },
    "schemas": {
      "SeriesDataResponse": {
        "type": "object",
        "description": "The wrapper of the series endpoints (the seed's response samples show `data`).",
        "required": [
          "data"
        ],
        "properties": {
          "data": {
            "$ref": "#/components/schemas/SeriesData"
          }
        }
      },
      "SeriesData": {
        "type": "object",
        "description": "The `required` lists of these schemas are the kit's choice: the kit writes every field, zeros and\nempty lists included (grpc-gateway with EmitUnpopulated); a gateway without it omits zero values.\n",
        "required": [
          "series",
          "series_labels",
          "x_values"
        ],
        "properties": {
          "series": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Serie"
            }
          },
          "series_labels": {
            "type": "array",
            "description": "Kit's choice: one legend label per series, in the order of `series`: the series' label\nvalues joined with \", \", or the stat name on insights, or \"total\" when not grouped.\n",
            "items": {
              "type": "string"
            }
          },
          "x_values": {
            "type": "array",
            "description": "Kit's choice - the start of each bucket, RFC 3339 in UTC, in the order of `values`.",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "Serie": {
        "type": "object",
        "required": [
          "values",
          "mean",
          "max",
          "min",
          "sum",
          "labels"
        ],
        "properties": {
          "values": {
            "type": "array",
            "description": "One value per entry of `x_values`.",
            "items": {
              "type": "integer",
              "format": "int32"
            }
          },
          "mean": {
            "type": "integer",
            "format": "int32",
            "description": "Mean of `values`, rounded to the nearest integer (kit's choice; the vendor types it int32)."
          },
          "max": {
            "type": "integer",
            "format": "int32"
          },
          "min": {
            "type": "integer",
            "format": "int32"
          },
          "sum": {
            "type": "integer",
            "format": "int32"
          },
          "labels": {
            "type": "object",
            "description": "The group_by fields of this series and their values.",
            "additionalProperties": {
              "type": "string"
            }
          }
        }
      },
      "GetConversationFlowResponse": {
        "type": "object",
        "required": [
          "bot_id",
          "conversation_id",
          "user_id",
          "transitions"
        ],
        "properties": {
          "bot_id": {
            "type": "string"
          },
          "conversation_id": {
            "type": "string"
          },
          "user_id": {
            "type": "string"
          },
          "transitions": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/FlowTransition"
            }
          }
        }
      },
      "FlowTransition": {
        "type": "object",
        "required": [
          "id",
          "from_step",
          "to_step",
          "depth",
          "timestamp"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "from_step": {
            "$ref": "#/components/schemas/Step"
          },
          "to_step": {
            "$ref": "#/components/schemas/Step"
          },
          "depth": {
            "type": "string",
            "format": "int64",
            "description": "int64 in the proto; grpc-gateway's JSON marshalling writes it as a string."
          },
          "timestamp": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "Step": {
        "type": "object",
        "required": [
          "id",
          "type"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The step id; `DROPOFF` when the user left the conversation."
          },
          "type": {
            "type": "string",
            "description": "The kind of step (BOT_DIALOG, INPUT_VALIDATION, ACTION, GO_TO; DROPOFF for the drop-off step). Values are the kit's choice."
          }
        }
      },
      "rpcStatus": {
        "type": "object",
        "description": "grpc-gateway's error body (google.rpc.Status). Kit's choice (not in the vendor spec).",
        "required": [
          "code",
          "message",
          "details"
        ],
        "properties": {
          "code": {
            "type": "integer",
            "format": "int32",
            "description": "The gRPC status code."
          },
          "message": {
            "type": "string"
          },
          "details": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/protobufAny"
            }
          }
        }
      },
      "protobufAny": {
        "type": "object",
        "properties": {
          "@type": {
            "type": "string"
          }
        },
        "additionalProperties": {}
      }
    }
  }
}
