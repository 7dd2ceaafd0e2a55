// generated: edit the contract (contracts/nebuly.yaml) and run npm run generate

import type { OpenApiDocument } from '../openapi.ts'

export const nebulyDocument: OpenApiDocument = {
  "openapi": "3.0.3",
  "info": {
    "title": "Nebuly External API",
    "version": "1.0.0",
    "description": "Aggregates over the interactions of a Nebuly project (seed 004). The project is the one of the API key.\n\nThe server is FastAPI: validation errors are 422 `HTTPValidationError`. The 401 and 403 bodies are\nnot documented by the vendor; the kit's guess is FastAPI's `{\"detail\": \"<message>\"}`.\n",
    "license": {
      "name": "MIT",
      "url": "https://opensource.org/licenses/MIT"
    }
  },
  "servers": [
    {
      "url": "https://backend.nebuly.com",
      "description": "Nebuly"
    },
    {
      "url": "http://127.0.0.1:4010",
      "description": "analytics-mock-kit (local mock)"
    }
  ],
  "security": [
    {
      "bearerAuth": []
    }
  ],
  "tags": [
    {
      "name": "External",
      "description": "The public analytics API of a project."
    }
  ],
  "paths": {
    "/api/external/get-interaction-aggregates": {
      "post": {
        "operationId": "get_interaction_aggregates_api_external_get_interaction_aggregates_post",
        "summary": "Get Interaction Aggregates",
        "description": "This endpoint returns aggregate values among interactions: number of interactions, of users,\nof positive and negative implicit and explicit feedback. Using the optional group by field you\ncan aggregate the interactions on different views, e.g. grouping by intent. Without `group_by`\nthe response has one row of totals.\n",
        "tags": [
          "External"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/GetInteractionAggregatesRequest"
              },
              "examples": {
                "by_intent": {
                  "summary": "Top intents of March, excluding negative explicit feedback",
                  "value": {
                    "time_range": {
                      "start": "2026-03-01T00:00:00Z",
                      "end": "2026-03-08T00:00:00Z"
                    },
                    "filters": [
                      {
                        "kind": "user_feedback",
                        "values": [
                          "negative_explicit"
                        ],
                        "is_exclude": true
                      }
                    ],
                    "group_by": {
                      "kind": "user_intent"
                    },
                    "variables": [
                      "n_interactions",
                      "n_users",
                      "user_feedback"
                    ],
                    "limit": 3,
                    "offset": 0
                  }
                },
                "totals": {
                  "summary": "One row of totals, every variable",
                  "value": {
                    "time_range": {
                      "start": "2026-03-01T00:00:00Z",
                      "end": "2026-03-08T00:00:00Z"
                    },
                    "filters": [],
                    "group_by": null,
                    "limit": 10,
                    "offset": 0
                  }
                },
                "by_tag_and_day": {
                  "summary": "Group by a tag, split by day",
                  "value": {
                    "time_range": {
                      "start": "2026-03-01T00:00:00Z",
                      "end": "2026-03-03T00:00:00Z"
                    },
                    "filters": [
                      {
                        "kind": "language",
                        "values": [
                          "en",
                          "fr"
                        ]
                      }
                    ],
                    "group_by": {
                      "kind": "tag",
                      "tag": "plan"
                    },
                    "additional_group_bys": [
                      {
                        "kind": "day"
                      }
                    ],
                    "variables": [
                      "n_interactions",
                      "cost"
                    ],
                    "limit": 50,
                    "offset": 0
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Successful Response",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/GetInteractionAggregatesResponse"
                },
                "examples": {
                  "by_intent": {
                    "summary": "Grouped by user_intent (n_interactions, n_users, user_feedback)",
                    "value": {
                      "total": 17,
                      "offset": 0,
                      "limit": 3,
                      "data": [
                        {
                          "group_name": "Track an order",
                          "additional_groups": [],
                          "n_interactions": 412,
                          "n_users": 158,
                          "n_positive_implicit_user_feedback": 37,
                          "n_negative_implicit_user_feedback": 12,
                          "n_positive_explicit_user_feedback": 21,
                          "n_negative_explicit_user_feedback": 0,
                          "n_feedback": 70
                        },
                        {
                          "group_name": "Reset password",
                          "additional_groups": [],
                          "n_interactions": 265,
                          "n_users": 121,
                          "n_positive_implicit_user_feedback": 18,
                          "n_negative_implicit_user_feedback": 9,
                          "n_positive_explicit_user_feedback": 11,
                          "n_negative_explicit_user_feedback": 0,
                          "n_feedback": 38
                        },
                        {
                          "group_name": "Cancel subscription",
                          "additional_groups": [],
                          "n_interactions": 149,
                          "n_users": 97,
                          "n_positive_implicit_user_feedback": 6,
                          "n_negative_implicit_user_feedback": 14,
                          "n_positive_explicit_user_feedback": 3,
                          "n_negative_explicit_user_feedback": 0,
                          "n_feedback": 23
                        }
                      ]
                    }
                  },
                  "totals": {
                    "summary": "No group_by - one row of totals with every variable",
                    "value": {
                      "total": 1,
                      "offset": 0,
                      "limit": 10,
                      "data": [
                        {
                          "group_name": null,
                          "additional_groups": [],
                          "n_interactions": 2318,
                          "n_users": 604,
                          "n_positive_implicit_user_feedback": 190,
                          "n_negative_implicit_user_feedback": 77,
                          "n_positive_explicit_user_feedback": 96,
                          "n_negative_explicit_user_feedback": 41,
                          "n_feedback": 404,
                          "cost": 18.42,
                          "latency_seconds": 2.37,
                          "n_intents": 17,
                          "retention": 41.4
                        }
                      ]
                    }
                  },
                  "by_tag_and_day": {
                    "summary": "Grouped by a tag and split by day (a tag missing from an interaction would give the group null)",
                    "value": {
                      "total": 4,
                      "offset": 0,
                      "limit": 50,
                      "data": [
                        {
                          "group_name": "free",
                          "additional_groups": [
                            "2026-03-02"
                          ],
                          "n_interactions": 134,
                          "cost": 1.07
                        },
                        {
                          "group_name": "free",
                          "additional_groups": [
                            "2026-03-01"
                          ],
                          "n_interactions": 120,
                          "cost": 0.96
                        },
                        {
                          "group_name": "pro",
                          "additional_groups": [
                            "2026-03-01"
                          ],
                          "n_interactions": 71,
                          "cost": 0.58
                        },
                        {
                          "group_name": "pro",
                          "additional_groups": [
                            "2026-03-02"
                          ],
                          "n_interactions": 66,
                          "cost": 0.53
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "401": {
            "description": "The Authorization header is missing, or the key is unknown or revoked.\nKit's guess (not documented by the vendor): FastAPI's `{\"detail\": ...}` with `WWW-Authenticate: Bearer`.\n",
            "headers": {
              "WWW-Authenticate": {
                "description": "The authentication scheme to use.",
                "schema": {
                  "type": "string"
                },
                "example": "Bearer"
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/HTTPError"
                },
                "examples": {
                  "missing": {
                    "summary": "No Authorization header",
                    "value": {
                      "detail": "Not authenticated"
                    }
                  },
                  "unknown": {
                    "summary": "The key is not a project API key",
                    "value": {
                      "detail": "Invalid API key"
                    }
                  }
                }
              }
            }
          },
          "403": {
            "description": "The key is valid but may not read this project's analytics (for example a disabled project).\nKit's guess (not documented by the vendor).\n",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/HTTPError"
                },
                "example": {
                  "detail": "The API key does not grant access to this project"
                }
              }
            }
          },
          "422": {
            "description": "Validation Error: a required field is missing (such as `time_range`), a value breaks its\nconstraint (a negative `limit`), an unknown filter or group-by kind, a body that is not JSON.\n",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/HTTPValidationError"
                },
                "examples": {
                  "missing_limit": {
                    "summary": "A required field is missing",
                    "value": {
                      "detail": [
                        {
                          "type": "missing",
                          "loc": [
                            "body",
                            "limit"
                          ],
                          "msg": "Field required",
                          "input": {
                            "time_range": {
                              "start": "2026-03-01T00:00:00Z",
                              "end": "2026-03-08T00:00:00Z"
                            },
                            "filters": [],
                            "offset": 0
                          }
                        }
                      ]
                    }
                  },
                  "negative_offset": {
                    "summary": "A constraint is not met",
                    "value": {
                      "detail": [
                        {
                          "type": "greater_than_equal",
                          "loc": [
                            "body",
                            "offset"
                          ],
                          "msg": "Input should be greater than or equal to 0",
                          "input": -1,
                          "ctx": {
                            "ge": 0
                          }
                        }
                      ]
                    }
                  },
                  "unknown_filter_kind": {
                    "summary": "An enum value is unknown (loc holds an array index)",
                    "value": {
                      "detail": [
                        {
                          "type": "enum",
                          "loc": [
                            "body",
                            "filters",
                            0,
                            "kind"
                          ],
                          "msg": "Input should be 'user_intent', 'negative_user_intent', 'keyword', 'user_feedback', 'tag', 'type_of_problem', 'topic', 'user', 'user_query', 'data_source', 'language' or 'pii'",
                          "input": "intent",
                          "ctx": {
                            "expected": "'user_intent', 'negative_user_intent', 'keyword', 'user_feedback', 'tag', 'type_of_problem', 'topic', 'user', 'user_query', 'data_source', 'language' or 'pii'"
                          }
                        }
                      ]
                    }
                  },
                  "not_json": {
                    "summary": "The body is not JSON (loc holds the character position)",
                    "value": {
                      "detail": [
                        {
                          "type": "json_invalid",
                          "loc": [
                            "body",
                            0
                          ],
                          "msg": "JSON decode error",
                          "input": {},
                          "ctx": {
                            "error": "Expecting value"
                          }
                        }
                      ]
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "bearerAuth": {
        "type": "http",
        "scheme": "bearer",
        "description": "A project API key: `Authorization: Bearer <key>`. The key selects the project."
      }
    },
    "schemas": {
      "GetInteractionAggregatesRequest": {
        "type": "object",
        "required": [
          "time_range",
          "filters",
          "limit",
          "offset"
        ],
        "properties": {
          "time_range": {
            "$ref": "#/components/schemas/TimeRange"
          },
          "filters": {
            "type": "array",
            "description": "Filters you can use to get data based only on the interactions you are interested in.\nFilters are combined with AND; the values of one filter with OR. May be empty.\n",
            "items": {
              "$ref": "#/components/schemas/Filter"
            }
          },
          "group_by": {
            "description": "The view to aggregate on. If no value is given, the total aggregated values among the desired\ninteractions are returned (one row). `null` is the same as absent.\n",
            "anyOf": [
              {
                "type": "string",
                "nullable": true,
                "enum": [
                  null
                ]
              },
              {
                "$ref": "#/components/schemas/GroupBy"
              }
            ]
          },
          "variables": {
            "type": "array",
            "description": "The variables for which values are required. If not specified, all available variables are computed.",
            "items": {
              "$ref": "#/components/schemas/Variable"
            }
          },
          "additional_group_bys": {
            "type": "array",
            "description": "Optional additional group bys: they split the rows of the main group by into more detailed\ncategories (one entry of `additional_groups` per item, in order).\n",
            "items": {
              "$ref": "#/components/schemas/GroupBy"
            }
          },
          "limit": {
            "type": "integer",
            "minimum": 0,
            "description": "Parameter needed for pagination. It indicates the number of rows per page."
          },
          "offset": {
            "type": "integer",
            "minimum": 0,
            "description": "Parameter needed for pagination. It indicates the offset to be applied to the first rows returned."
          }
        }
      },
      "TimeRange": {
        "type": "object",
        "description": "The time range to consider when computing the metrics and analytics to show. Kit's choice: `start`\nand `end` from 1970-01-01 to 9999-12-30, at most 366 days apart (422 `value_error` otherwise).\n",
        "required": [
          "start",
          "end"
        ],
        "properties": {
          "start": {
            "type": "string",
            "format": "date-time"
          },
          "end": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "Filter": {
        "type": "object",
        "required": [
          "kind"
        ],
        "properties": {
          "kind": {
            "type": "string",
            "description": "What the filter matches. `data_source`, `language` and `pii` come from the SDK.\nFor `user_feedback` the values are positive_implicit, positive_explicit, negative_implicit, negative_explicit.\n",
            "enum": [
              "user_intent",
              "negative_user_intent",
              "keyword",
              "user_feedback",
              "tag",
              "type_of_problem",
              "topic",
              "user",
              "user_query",
              "data_source",
              "language",
              "pii"
            ]
          },
          "tag": {
            "type": "string",
            "description": "The tag name, when kind is `tag`."
          },
          "values": {
            "type": "array",
            "description": "Matches any of these values (OR).",
            "items": {
              "type": "string"
            }
          },
          "is_exclude": {
            "type": "boolean",
            "default": false,
            "description": "Negates the filter."
          }
        }
      },
      "GroupBy": {
        "type": "object",
        "required": [
          "kind"
        ],
        "properties": {
          "kind": {
            "type": "string",
            "enum": [
              "user_intent",
              "negative_user_intent",
              "keyword",
              "user_feedback",
              "data_source",
              "language",
              "pii",
              "tag",
              "type_of_problem",
              "topic",
              "user",
              "day",
              "cohort",
              "conversation_id"
            ],
            "description": "What the rows are grouped by. `conversation_id` (one row per conversation) is what the vendor's\nguides group by to count interactions per conversation.\n"
          },
          "tag": {
            "type": "string",
            "description": "The tag name; required when kind is `tag`."
          },
          "field": {
            "type": "string",
            "description": "Undocumented by the vendor (present in the SDK types)."
          }
        }
      },
      "Variable": {
        "type": "string",
        "enum": [
          "n_interactions",
          "n_users",
          "user_feedback",
          "cost",
          "latency_seconds",
          "n_intents",
          "retention"
        ]
      },
      "GetInteractionAggregatesResponse": {
        "type": "object",
        "required": [
          "total",
          "offset",
          "limit",
          "data"
        ],
        "properties": {
          "total": {
            "type": "integer",
            "description": "Needed for pagination. The total number of rows available."
          },
          "offset": {
            "type": "integer",
            "description": "Needed for pagination. It indicates the offset to be applied to the first rows returned."
          },
          "limit": {
            "type": "integer",
            "description": "Needed for pagination. It indicates the number of rows per page."
          },
          "data": {
            "type": "array",
            "description": "The data aggregated using the given group_by field.",
            "items": {
              "$ref": "#/components/schemas/InteractionAggregate"
            }
          }
        }
      },
      "InteractionAggregate": {
        "type": "object",
        "description": "One row. Besides `group_name` (and `additional_groups`), only the properties of the requested\nvariables appear: `user_feedback` gives the four `n_*_user_feedback` counts and `n_feedback`.\nRows come ordered by `n_interactions`, largest first (kit's choice).\n",
        "required": [
          "group_name"
        ],
        "properties": {
          "group_name": {
            "type": "string",
            "nullable": true,
            "description": "The value of the group_by field; null for the totals row or when the value is missing."
          },
          "additional_groups": {
            "type": "array",
            "description": "One value per additional group by, in order (null when missing).",
            "items": {
              "type": "string",
              "nullable": true
            }
          },
          "n_interactions": {
            "type": "integer"
          },
          "n_users": {
            "type": "integer"
          },
          "n_positive_implicit_user_feedback": {
            "type": "integer"
          },
          "n_negative_implicit_user_feedback": {
            "type": "integer"
          },
          "n_positive_explicit_user_feedback": {
            "type": "integer"
          },
          "n_negative_explicit_user_feedback": {
            "type": "integer"
          },
          "n_feedback": {
            "type": "integer"
          },
          "cost": {
            "type": "number",
            "description": "Total cost of the row's interactions, in US dollars with up to 6 decimals (kit's choice: this\nendpoint documents no unit; the vendor's sibling endpoints give costs in micro-dollars. The kit\nkeeps dollars, as the examples read, at micro-dollar precision: multiply by 1,000,000 for\nmicro-dollars).\n"
          },
          "latency_seconds": {
            "type": "number",
            "description": "Mean latency of the row's interactions, in seconds."
          },
          "retention": {
            "type": "number",
            "description": "Share of the row's users who are returning users, in percent with one decimal (kit's choice: the\nvendor documents neither the definition nor the unit): a user counts when they had used the\nproject on an earlier UTC day than their last day in the row, in the range or before it. So a day\nrow gives the share of that day's users who had been seen before, and a longer row also counts\nusers who came back within it.\n"
          },
          "n_intents": {
            "type": "integer"
          }
        }
      },
      "HTTPError": {
        "type": "object",
        "description": "FastAPI's error body for HTTPException.",
        "required": [
          "detail"
        ],
        "properties": {
          "detail": {
            "type": "string"
          }
        }
      },
      "HTTPValidationError": {
        "type": "object",
        "properties": {
          "detail": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ValidationError"
            }
          }
        }
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
            "description": "The rejected input (pydantic v2)."
          },
          "ctx": {
            "type": "object",
            "description": "The constraint that failed, for constraint errors (pydantic v2).",
            "additionalProperties": {}
          }
        }
      }
    }
  }
}
