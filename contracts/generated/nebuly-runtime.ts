// generated: edit the contract (contracts/nebuly.yaml) and run npm run generate

import type { OpenApiDocument } from '../openapi.ts'

export const nebulyRuntime: OpenApiDocument = {
  "openapi": "3.0.3",
  "info": {
    "title": "Nebuly External API",
    "version": "1.0.0",
    "license": {
      "name": "MIT",
      "url": "https://opensource.org/licenses/MIT"
    }
  },
  "servers": [
    {
      "url": "https://backend.nebuly.com"
    },
    {
      "url": "http://127.0.0.1:4010"
    }
  ],
  "security": [
    {
      "bearerAuth": []
    }
  ],
  "paths": {
    "/api/external/get-interaction-aggregates": {
      "post": {
        "operationId": "get_interaction_aggregates_api_external_get_interaction_aggregates_post",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/GetInteractionAggregatesRequest"
              },
              "examples": {
                "by_intent": {
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
            "content": {
              "application/json": {
                "examples": {
                  "by_intent": {
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
                "examples": {
                  "missing": {
                    "value": {
                      "detail": "Not authenticated"
                    }
                  },
                  "unknown": {
                    "value": {
                      "detail": "Invalid API key"
                    }
                  }
                }
              }
            }
          },
          "403": {
            "content": {
              "application/json": {
                "example": {
                  "detail": "The API key does not grant access to this project"
                }
              }
            }
          },
          "422": {
            "content": {
              "application/json": {
                "examples": {
                  "missing_limit": {
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
        "scheme": "bearer"
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
            "items": {
              "$ref": "#/components/schemas/Filter"
            }
          },
          "group_by": {
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
            "items": {
              "$ref": "#/components/schemas/Variable"
            }
          },
          "additional_group_bys": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/GroupBy"
            }
          },
          "limit": {
            "type": "integer",
            "minimum": 0
          },
          "offset": {
            "type": "integer",
            "minimum": 0
          }
        }
      },
      "TimeRange": {
        "type": "object",
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
            "type": "string"
          },
          "values": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "is_exclude": {
            "type": "boolean",
            "default": false
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
            ]
          },
          "tag": {
            "type": "string"
          },
          "field": {
            "type": "string"
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
      }
    }
  }
}
