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
  /** Why the kit constrains what the vendor does not document (a bound, a window). */
  'x-kit-choice'?: string
}

/** A named example (`examples: {name: {summary, value}}`); `Prefer: example=<name>` picks one. */
export interface ExampleObject {
  $ref?: string
  summary?: string
  description?: string
  value?: unknown
}

/** `{$ref: '#/components/parameters/...'}` in a parameter list; compileContract resolves it. */
export interface ReferenceObject {
  $ref: string
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
  example?: unknown
  examples?: Record<string, ExampleObject>
  'x-kit-choice'?: string
}

export interface MediaTypeObject {
  schema?: SchemaObject
  example?: unknown
  examples?: Record<string, ExampleObject>
}

export interface HeaderObject {
  $ref?: string
  required?: boolean
  schema?: SchemaObject
  description?: string
  example?: unknown
  examples?: Record<string, ExampleObject>
}

export interface ResponseObject {
  $ref?: string
  /** Absent only on a reference (`{$ref: '#/components/responses/...'}`). */
  description?: string
  headers?: Record<string, HeaderObject>
  content?: Record<string, MediaTypeObject>
}

export interface OperationObject {
  operationId: string
  summary?: string
  description?: string
  parameters?: (ParameterObject | ReferenceObject)[]
  requestBody?: { $ref?: string; required?: boolean; content: Record<string, MediaTypeObject> }
  responses: Record<string, ResponseObject>
  security?: Record<string, string[]>[]
  tags?: string[]
}

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete'

export interface OpenApiDocument {
  openapi: string
  info: {
    title: string
    version: string
    description?: string
    license?: { name: string; url?: string }
  }
  servers?: { url: string; description?: string }[]
  paths: Record<string, Partial<Record<HttpMethod, OperationObject>> & { parameters?: (ParameterObject | ReferenceObject)[] }>
  components?: {
    schemas?: Record<string, SchemaObject>
    parameters?: Record<string, ParameterObject>
    responses?: Record<string, ResponseObject>
    headers?: Record<string, HeaderObject>
    requestBodies?: Record<string, { required?: boolean; content: Record<string, MediaTypeObject> }>
    securitySchemes?: Record<string, unknown>
  }
  security?: Record<string, string[]>[]
  tags?: { name: string; description?: string }[]
}
