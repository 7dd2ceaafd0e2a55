// The subset of an OpenAPI 3.0 document that the mock reads at run time (validation, Prefer scenarios).
// The documents themselves are generated from contracts/*.yaml into contracts/generated/*-document.ts
// so that the browser build needs no YAML parser and no file system.

export interface SchemaObject {
  $ref?: string
  type?: 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object'
  format?: string
  enum?: unknown[]
  default?: unknown
  nullable?: boolean
  minimum?: number
  maximum?: number
  exclusiveMinimum?: boolean
  exclusiveMaximum?: boolean
  minLength?: number
  maxLength?: number
  pattern?: string
  minItems?: number
  maxItems?: number
  items?: SchemaObject
  properties?: Record<string, SchemaObject>
  required?: string[]
  additionalProperties?: boolean | SchemaObject
  oneOf?: SchemaObject[]
  anyOf?: SchemaObject[]
  allOf?: SchemaObject[]
  description?: string
  example?: unknown
}

export interface ParameterObject {
  $ref?: string
  name: string
  in: 'query' | 'path' | 'header' | 'cookie'
  required?: boolean
  style?: string
  explode?: boolean
  schema?: SchemaObject
  description?: string
}

export interface MediaTypeObject {
  schema?: SchemaObject
  example?: unknown
  examples?: Record<string, { value?: unknown; $ref?: string }>
}

export interface HeaderObject {
  $ref?: string
  required?: boolean
  schema?: SchemaObject
  description?: string
}

export interface ResponseObject {
  $ref?: string
  description: string
  headers?: Record<string, HeaderObject>
  content?: Record<string, MediaTypeObject>
}

export interface OperationObject {
  operationId: string
  summary?: string
  description?: string
  parameters?: ParameterObject[]
  requestBody?: { $ref?: string; required?: boolean; content: Record<string, MediaTypeObject> }
  responses: Record<string, ResponseObject>
  security?: Record<string, string[]>[]
  tags?: string[]
}

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete'

export interface OpenApiDocument {
  openapi: string
  info: { title: string; version: string; description?: string }
  servers?: { url: string; description?: string }[]
  paths: Record<string, Partial<Record<HttpMethod, OperationObject>> & { parameters?: ParameterObject[] }>
  components?: {
    schemas?: Record<string, SchemaObject>
    parameters?: Record<string, ParameterObject>
    responses?: Record<string, ResponseObject>
    headers?: Record<string, HeaderObject>
    requestBodies?: Record<string, { required?: boolean; content: Record<string, MediaTypeObject> }>
    securitySchemes?: Record<string, unknown>
  }
  security?: Record<string, string[]>[]
}
