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
              "application/json": {}
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
              "application/json": {}
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
              "application/json": {}
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
              "application/json": {}
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
              "application/json": {}
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
              "application/json": {}
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
              "application/json": {}
            }
          }
        }
      },
      "delete": {
        "operationId": "clearScenarios",
        "responses": {
          "200": {
            "content": {
              "application/json": {}
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
              "application/json": {}
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
              "application/json": {}
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
              "application/json": {}
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
              "application/json": {}
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
              "application/json": {}
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
              "application/json": {}
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
          "application/json": {}
        }
      },
      "NotFound": {
        "content": {
          "application/json": {
            "example": {
              "detail": "Scenario not found"
            }
          }
        }
      }
    },
    "schemas": {
      "ApiName": {
        "type": "string",
        "enum": [
          "aurion",
          "chatlayer",
          "nebuly"
        ]
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
      "PresetOptions": {
        "type": "object",
        "properties": {
          "match": {
            "$ref": "#/components/schemas/ScenarioMatch"
          }
        }
      }
    }
  }
}
