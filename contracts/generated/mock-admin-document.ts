// generated: edit the contract (contracts/mock-admin.yaml) and run npm run generate

import type { OpenApiDocument } from '../openapi.ts'

export const mockAdminDocument: OpenApiDocument = {
  "openapi": "3.0.3",
  "info": {
    "title": "analytics-mock-kit admin API",
    "version": "1.0.0",
    "description": "The mock's own controls, under `/__mock`: health, credentials, operations, the mock clock, sticky\nscenarios and their presets, the request journal and reset. Not part of any vendor API.\n\nErrors are FastAPI-shaped like the AurionAI and Nebuly APIs: `{\"detail\": \"<message>\"}`, and a 422\n`{\"detail\": [pydantic error items]}` naming each offending field. The same controls exist in\nprocess (`mock.scenarios`, `mock.journal`, `mock.reset()`): see docs/admin-api.md.\n",
    "license": {
      "name": "MIT",
      "url": "https://opensource.org/licenses/MIT"
    }
  },
  "servers": [
    {
      "url": "http://127.0.0.1:4010",
      "description": "analytics-mock-kit (local mock)"
    }
  ],
  "security": [],
  "tags": [
    {
      "name": "Mock",
      "description": "Controls of the mock itself."
    }
  ],
  "paths": {
    "/__mock/reset": {
      "post": {
        "operationId": "resetMock",
        "summary": "Restore the state the mock started with",
        "description": "First in this contract so that `verify --contract mock-admin` starts from a known state.\n\nClock, exports and audit log, rate-limit windows, scenarios, the seeded generator and the journal\ngo back to their start: the same requests give the same bytes again.\n",
        "tags": [
          "Mock"
        ],
        "responses": {
          "200": {
            "description": "The mock after the reset.",
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
        "summary": "Health of the mock",
        "tags": [
          "Mock"
        ],
        "responses": {
          "200": {
            "description": "The mock is up.",
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
        "summary": "Every credential of the seeded worlds",
        "tags": [
          "Mock"
        ],
        "responses": {
          "200": {
            "description": "Sessions, API keys and tokens per API.",
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
        "summary": "The operations the mock serves",
        "tags": [
          "Mock"
        ],
        "responses": {
          "200": {
            "description": "One entry per operation of the three APIs.",
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
        "summary": "The mock clock",
        "tags": [
          "Mock"
        ],
        "responses": {
          "200": {
            "description": "The mock's now.",
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
        "summary": "Move the mock clock",
        "description": "Send `advance_seconds` (may be negative) or `now`; exports expire and rate-limit windows reset on\nthis clock.\n",
        "tags": [
          "Mock"
        ],
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
            "description": "The clock after the change.",
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
        "summary": "Active sticky scenarios",
        "tags": [
          "Mock"
        ],
        "responses": {
          "200": {
            "description": "Every active scenario, most recently added first.",
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
        "summary": "Remove every scenario",
        "tags": [
          "Mock"
        ],
        "responses": {
          "200": {
            "description": "How many were removed.",
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
        "summary": "Add a sticky scenario",
        "description": "Requests matching `match` get `respond` instead of (or, for a delay alone, before) the real\nanswer. The most specific match wins; `times` counts down and then the scenario is removed;\n`probability` draws from the mock's seeded generator.\n",
        "tags": [
          "Mock"
        ],
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
            "description": "The scenario, with its id.",
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
        "summary": "Remove one scenario",
        "tags": [
          "Mock"
        ],
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
            "description": "Removed (always 1).",
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
        "summary": "Add the scenarios of a named preset",
        "description": "`outage`: 503 everywhere. `slow-network`: log-normal delays (median 800 ms, sigma 0.5).\n`flaky`: 5 % connection resets, then 10 % 500s. `rate-limited`: every operation that documents a\n429 answers it, with the real headers. An optional body narrows the preset with a `match`.\n",
        "tags": [
          "Mock"
        ],
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
            "description": "The scenarios the preset added.",
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
        "summary": "The request journal",
        "description": "What the mock received, newest first, from a bounded ring (1,000 entries by default). Entries\nname the caller by tenant and role or key id, never by its secret.\n",
        "tags": [
          "Mock"
        ],
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
            "description": "Entries at or after this instant of the mock clock.",
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
            "description": "Matching entries, newest first.",
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
        "summary": "Empty the journal",
        "tags": [
          "Mock"
        ],
        "responses": {
          "200": {
            "description": "How many entries were removed.",
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
        "summary": "The request journal, live",
        "description": "The journal as server-sent events (`text/event-stream`), for a page or a terminal to follow:\nfirst the entries already kept (oldest first, at most `limit`), then each request as it is\nrecorded, as an `event: request` whose `data` is a JournalEntry and whose `id` is the entry's id.\nAfter a reconnection with `Last-Event-ID: <id>` only the entries after that id come first.\n`event: cleared` (with an empty `id`) says the journal was emptied or the mock reset. A comment\nline every 15 seconds keeps proxies from closing a quiet stream. Same filters and same admin\ntoken as `GET /__mock/requests`, and the same entries: never a header, so never a secret.\n\nKit's choice of bounds: at most 32 streams at once (a 33rd gets 503 with `Retry-After`), and a\nclient that stops reading while more than 1 MiB waits for it is disconnected (it reconnects with\n`Last-Event-ID` and misses nothing the journal still holds).\n",
        "tags": [
          "Mock"
        ],
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
            "description": "Entries already kept that are sent first.",
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
            "description": "The id of the last entry received; the stream resumes after it.",
            "schema": {
              "type": "integer",
              "minimum": 0
            }
          }
        ],
        "responses": {
          "200": {
            "description": "An endless stream of `request` and `cleared` events.",
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
            "description": "Already 32 streams open; try again after `Retry-After` seconds.",
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
        "description": "The request breaks this contract; each item names the field.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/HTTPValidationError"
            }
          }
        }
      },
      "NotFound": {
        "description": "No such resource.",
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
        "description": "The credentials of each API's seeded world (see each API's docs for their shapes).",
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
            "description": "Seconds to move by, at most ten years either way.",
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
        "description": "`reset` destroys the connection, `empty` closes it without a response, `malformed` sends a broken\nchunked body, `timeout` holds the request (30 s at most) and then drops it. In MSW, `reset`,\n`empty` and `timeout` are network errors and `malformed` is a truncated JSON body.\n",
        "enum": [
          "reset",
          "empty",
          "malformed",
          "timeout"
        ]
      },
      "Delay": {
        "type": "object",
        "description": "One of three forms: `{\"fixed_ms\"}`, uniform `{\"min_ms\", \"max_ms\"}` or log-normal\n`{\"median_ms\", \"sigma\"}` (WireMock's). Every delay is capped at 30,000 ms.\n",
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
        "description": "Every given criterion must hold; none matches every request.",
        "properties": {
          "operation": {
            "type": "string",
            "description": "An operationId of /__mock/operations."
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
            "description": "A path template (`/v1/bots/{bot_id}/conversations`) or a concrete path.",
            "pattern": "^/"
          },
          "api": {
            "$ref": "#/components/schemas/ApiName"
          },
          "credential": {
            "type": "string",
            "description": "A bearer token, an X-API-Key or a Chatlayer token id."
          }
        }
      },
      "ScenarioResponse": {
        "type": "object",
        "description": "At least one field. `status` is a status the operation documents or 500, 502, 503 or 504 (a\nscenario without `match.operation` skips operations that document neither); a 2xx status runs\nthe real operation unless `example` names one.\n",
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
            "nullable": true,
            "description": "Answers left before the scenario is removed; null for no limit."
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
            "format": "date-time",
            "description": "The mock clock when the request arrived."
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
            "description": "Who called, never with the secret; null when the request was not authenticated.",
            "required": [
              "account"
            ],
            "properties": {
              "account": {
                "type": "string",
                "description": "AurionAI tenant, Chatlayer team or Nebuly project."
              },
              "role": {
                "type": "string"
              },
              "key_id": {
                "type": "string",
                "description": "Chatlayer token id, or the last four characters of an API key."
              }
            }
          },
          "status": {
            "type": "integer",
            "description": "0 when a fault answered with no HTTP response."
          },
          "duration_ms": {
            "type": "number"
          },
          "scenario": {
            "type": "string",
            "nullable": true,
            "description": "The scenario that answered, or `prefer` for a Prefer header or query form."
          },
          "fault": {
            "type": "string",
            "nullable": true,
            "enum": [
              "reset",
              "empty",
              "malformed",
              "timeout"
            ],
            "description": "The fault that answered, if any."
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
