// generated: edit the contract (contracts/mock-admin.yaml) and run npm run generate

import type { OpenApiDocument } from '../openapi.ts'

export const mockAdminRuntime: OpenApiDocument = {
  "openapi": "3.0.3",
  "info": {
    "title": "analytics-mock-kit admin API",
    "version": "1.0.0",
    "license": {
      "name": "MIT",
      "url": "https://opensource.org/licenses/MIT"
    }
  },
  "servers": [
    {
      "url": "http://127.0.0.1:4010"
    }
  ],
  "security": [],
  "paths": {
    "/__mock/reset": {
      "post": {
        "operationId": "resetMock",
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ClockState"
                }
              }
            }
          }
        }
      }
    },
    "/__mock/health": {
      "get": {
        "operationId": "getHealth",
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Health"
                }
              }
            }
          }
        }
      }
    },
    "/__mock/credentials": {
      "get": {
        "operationId": "getCredentials",
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Credentials"
                }
              }
            }
          }
        }
      }
    },
    "/__mock/operations": {
      "get": {
        "operationId": "listOperations",
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/OperationSummary"
                  }
                }
              }
            }
          }
        }
      }
    },
    "/__mock/clock": {
      "get": {
        "operationId": "getClock",
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ClockState"
                }
              }
            }
          }
        }
      },
      "post": {
        "operationId": "setClock",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ClockChange"
              },
              "example": {
                "advance_seconds": 86400
              }
            }
          }
        },
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ClockState"
                }
              }
            }
          },
          "422": {
            "$ref": "#/components/responses/ValidationError"
          }
        }
      }
    },
    "/__mock/scenarios": {
      "get": {
        "operationId": "listScenarios",
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ScenarioList"
                }
              }
            }
          }
        }
      },
      "delete": {
        "operationId": "clearScenarios",
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Removed"
                }
              }
            }
          }
        }
      },
      "post": {
        "operationId": "createScenario",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ScenarioInput"
              },
              "example": {
                "match": {
                  "operation": "get_csat_analytics_api_v2_analytics_conversations_csat_get"
                },
                "respond": {
                  "status": 503
                },
                "times": 3
              }
            }
          }
        },
        "responses": {
          "201": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Scenario"
                }
              }
            }
          },
          "422": {
            "$ref": "#/components/responses/ValidationError"
          }
        }
      }
    },
    "/__mock/scenarios/{id}": {
      "delete": {
        "operationId": "deleteScenario",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string"
            },
            "example": "sc_1"
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Removed"
                }
              }
            }
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/__mock/scenarios/presets/{name}": {
      "post": {
        "operationId": "applyPreset",
        "parameters": [
          {
            "name": "name",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "enum": [
                "outage",
                "slow-network",
                "flaky",
                "rate-limited"
              ],
              "example": "outage"
            },
            "example": "outage"
          }
        ],
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PresetOptions"
              },
              "example": {
                "match": {
                  "api": "chatlayer"
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PresetResult"
                }
              }
            }
          },
          "422": {
            "$ref": "#/components/responses/ValidationError"
          }
        }
      }
    },
    "/__mock/requests": {
      "get": {
        "operationId": "listRequests",
        "parameters": [
          {
            "name": "operation",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "status",
            "in": "query",
            "required": false,
            "schema": {
              "type": "integer",
              "minimum": 0,
              "maximum": 599
            }
          },
          {
            "name": "since",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "format": "date-time"
            }
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 1000,
              "default": 100
            }
          }
        ],
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/JournalPage"
                }
              }
            }
          },
          "422": {
            "$ref": "#/components/responses/ValidationError"
          }
        }
      },
      "delete": {
        "operationId": "clearRequests",
        "responses": {
          "200": {
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Removed"
                }
              }
            }
          }
        }
      }
    },
    "/__mock/requests/stream": {
      "get": {
        "operationId": "streamRequests",
        "parameters": [
          {
            "name": "operation",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "status",
            "in": "query",
            "required": false,
            "schema": {
              "type": "integer",
              "minimum": 0,
              "maximum": 599
            }
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "schema": {
              "type": "integer",
              "minimum": 0,
              "maximum": 1000,
              "default": 100
            }
          },
          {
            "name": "Last-Event-ID",
            "in": "header",
            "required": false,
            "schema": {
              "type": "integer",
              "minimum": 0
            }
          }
        ],
        "responses": {
          "200": {
            "content": {
              "text/event-stream": {
                "schema": {
                  "type": "string"
                },
                "example": "retry: 1000\n\nid: 1\nevent: request\ndata: {\"id\":1,\"at\":\"2026-03-09T12:00:00.000Z\",\"api\":\"aurion\",\"method\":\"GET\",\"path\":\"/api/v2/analytics/conversations/csat\",\"query\":{},\"operation\":\"get_csat_analytics_api_v2_analytics_conversations_csat_get\",\"caller\":{\"account\":\"tn_001\",\"role\":\"tenant_admin\"},\"status\":200,\"duration_ms\":3,\"scenario\":null}\n"
              }
            }
          },
          "422": {
            "$ref": "#/components/responses/ValidationError"
          },
          "503": {
            "headers": {
              "Retry-After": {
                "schema": {
                  "type": "integer"
                }
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/HTTPError"
                }
              }
            }
          }
        }
      }
    }
  },
  "components": {
    "responses": {
      "ValidationError": {
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/HTTPValidationError"
            }
          }
        }
      },
      "NotFound": {
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/HTTPError"
            },
            "example": {
              "detail": "Scenario not found"
            }
          }
        }
      }
    },
    "schemas": {
      "HTTPError": {
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
      "ValidationIssue": {
        "type": "object",
        "required": [
          "type",
          "loc",
          "msg"
        ],
        "properties": {
          "type": {
            "type": "string"
          },
          "loc": {
            "type": "array",
            "items": {
              "oneOf": [
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
              "$ref": "#/components/schemas/ValidationIssue"
            }
          }
        }
      },
      "Health": {
        "type": "object",
        "required": [
          "status",
          "now",
          "seed"
        ],
        "properties": {
          "status": {
            "type": "string",
            "enum": [
              "ok"
            ]
          },
          "now": {
            "type": "string",
            "format": "date-time"
          },
          "seed": {
            "type": "integer"
          }
        }
      },
      "Credentials": {
        "type": "object",
        "required": [
          "aurion"
        ],
        "properties": {
          "aurion": {
            "type": "object",
            "additionalProperties": true
          },
          "chatlayer": {
            "type": "object",
            "additionalProperties": true
          },
          "nebuly": {
            "type": "object",
            "additionalProperties": true
          }
        }
      },
      "ApiName": {
        "type": "string",
        "enum": [
          "aurion",
          "chatlayer",
          "nebuly"
        ]
      },
      "OperationSummary": {
        "type": "object",
        "required": [
          "api",
          "operationId",
          "method",
          "path"
        ],
        "properties": {
          "api": {
            "$ref": "#/components/schemas/ApiName"
          },
          "operationId": {
            "type": "string"
          },
          "method": {
            "type": "string"
          },
          "path": {
            "type": "string"
          }
        }
      },
      "ClockState": {
        "type": "object",
        "required": [
          "now"
        ],
        "properties": {
          "now": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "ClockChange": {
        "type": "object",
        "properties": {
          "advance_seconds": {
            "type": "number",
            "minimum": -315360000,
            "maximum": 315360000
          },
          "now": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "Fault": {
        "type": "string",
        "enum": [
          "reset",
          "empty",
          "malformed",
          "timeout"
        ]
      },
      "Delay": {
        "type": "object",
        "properties": {
          "fixed_ms": {
            "type": "integer",
            "minimum": 0,
            "maximum": 30000
          },
          "min_ms": {
            "type": "integer",
            "minimum": 0,
            "maximum": 30000
          },
          "max_ms": {
            "type": "integer",
            "minimum": 0,
            "maximum": 30000
          },
          "median_ms": {
            "type": "integer",
            "minimum": 0,
            "maximum": 30000
          },
          "sigma": {
            "type": "number",
            "minimum": 0,
            "maximum": 5
          }
        }
      },
      "ScenarioMatch": {
        "type": "object",
        "properties": {
          "operation": {
            "type": "string"
          },
          "method": {
            "type": "string",
            "enum": [
              "GET",
              "POST",
              "PUT",
              "PATCH",
              "DELETE"
            ]
          },
          "path": {
            "type": "string",
            "pattern": "^/"
          },
          "api": {
            "$ref": "#/components/schemas/ApiName"
          },
          "credential": {
            "type": "string"
          }
        }
      },
      "ScenarioResponse": {
        "type": "object",
        "properties": {
          "status": {
            "type": "integer",
            "minimum": 100,
            "maximum": 599
          },
          "delay": {
            "$ref": "#/components/schemas/Delay"
          },
          "fault": {
            "$ref": "#/components/schemas/Fault"
          },
          "example": {
            "type": "string",
            "description": "The name of an example of the contract's response."
          }
        }
      },
      "ScenarioInput": {
        "type": "object",
        "required": [
          "respond"
        ],
        "properties": {
          "match": {
            "$ref": "#/components/schemas/ScenarioMatch"
          },
          "respond": {
            "$ref": "#/components/schemas/ScenarioResponse"
          },
          "times": {
            "type": "integer",
            "minimum": 1,
            "maximum": 1000000
          },
          "probability": {
            "type": "number",
            "minimum": 0,
            "maximum": 1
          }
        }
      },
      "Scenario": {
        "type": "object",
        "required": [
          "id",
          "match",
          "respond",
          "times_left",
          "probability"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "match": {
            "$ref": "#/components/schemas/ScenarioMatch"
          },
          "respond": {
            "$ref": "#/components/schemas/ScenarioResponse"
          },
          "times_left": {
            "type": "integer",
            "nullable": true
          },
          "probability": {
            "type": "number"
          },
          "preset": {
            "type": "string",
            "nullable": true
          }
        }
      },
      "ScenarioList": {
        "type": "object",
        "required": [
          "scenarios"
        ],
        "properties": {
          "scenarios": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Scenario"
            }
          }
        }
      },
      "PresetOptions": {
        "type": "object",
        "properties": {
          "match": {
            "$ref": "#/components/schemas/ScenarioMatch"
          }
        }
      },
      "PresetResult": {
        "type": "object",
        "required": [
          "preset",
          "scenarios"
        ],
        "properties": {
          "preset": {
            "type": "string"
          },
          "scenarios": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Scenario"
            }
          }
        }
      },
      "JournalEntry": {
        "type": "object",
        "required": [
          "id",
          "at",
          "method",
          "path",
          "query",
          "operation",
          "api",
          "caller",
          "status",
          "duration_ms",
          "scenario"
        ],
        "properties": {
          "id": {
            "type": "integer"
          },
          "at": {
            "type": "string",
            "format": "date-time"
          },
          "method": {
            "type": "string"
          },
          "path": {
            "type": "string"
          },
          "query": {
            "type": "object",
            "additionalProperties": {
              "type": "string"
            }
          },
          "operation": {
            "type": "string",
            "nullable": true
          },
          "api": {
            "type": "string",
            "enum": [
              "aurion",
              "chatlayer",
              "nebuly"
            ],
            "nullable": true
          },
          "caller": {
            "type": "object",
            "nullable": true,
            "required": [
              "account"
            ],
            "properties": {
              "account": {
                "type": "string"
              },
              "role": {
                "type": "string"
              },
              "key_id": {
                "type": "string"
              }
            }
          },
          "status": {
            "type": "integer"
          },
          "duration_ms": {
            "type": "number"
          },
          "scenario": {
            "type": "string",
            "nullable": true
          },
          "fault": {
            "type": "string",
            "nullable": true,
            "enum": [
              "reset",
              "empty",
              "malformed",
              "timeout"
            ]
          }
        }
      },
      "JournalPage": {
        "type": "object",
        "required": [
          "requests"
        ],
        "properties": {
          "requests": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/JournalEntry"
            }
          }
        }
      },
      "Removed": {
        "type": "object",
        "required": [
          "removed"
        ],
        "properties": {
          "removed": {
            "type": "integer"
          }
        }
      }
    }
  }
}
