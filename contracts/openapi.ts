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
interface ExampleObject {
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

interface MediaTypeObject {
  schema?: SchemaObject
  example?: unknown
  examples?: Record<string, ExampleObject>
}

interface HeaderObject {
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
  /** Kit extension: the dashboard roles allowed to call the operation. */
  'x-roles'?: string[]
  /** Kit extension: the operation's own rate limit. */
  'x-rate-limit'?: RateLimitExtension
}

/**
 * `x-rate-limit`: `limit` requests per `window-seconds`, counted per `per` (the user of an operation's own
 * limit, the key of a security scheme's); `detail` is the 429's message.
 */
export interface RateLimitExtension {
  limit: number
  'window-seconds': number
  per: 'user' | 'key'
  detail: string
}

/** The fields of a security scheme the kit reads. */
interface SecuritySchemeObject {
  type: string
  description?: string
  scheme?: string
  bearerFormat?: string
  in?: string
  name?: string
  /** Kit extension: the limit every credential of this scheme has. */
  'x-rate-limit'?: RateLimitExtension
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
    securitySchemes?: Record<string, SecuritySchemeObject>
  }
  security?: Record<string, string[]>[]
  tags?: { name: string; description?: string }[]
}

/**
 * The values of a contract enum as a run-time list, checked against the generated type both ways: a value
 * the contract lacks does not compile, nor does a list that misses one of the contract's values.
 * `contractEnum<components['schemas']['ExportRequest']['format']>()(['csv', 'json', 'pdf'])`
 */
export function contractEnum<T extends string>() {
  return <const V extends readonly T[]>(values: V & ([T] extends [V[number]] ? unknown : never)): V => values
}
