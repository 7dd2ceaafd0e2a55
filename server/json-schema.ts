// OpenAPI 3.0 Schema Object -> JSON Schema draft-07, with every $ref inlined, so one schema can be handed
// to Dredd (`expected.bodySchema`, validated by gavel's ajv 6) and to our own ajv 8 check. The one
// converter of the kit: verify uses it, and so do the contract tests (examples, response bodies).
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'

// ajv-formats is CommonJS: under NodeNext its default export is the module object.
const addFormats = addFormatsModule.default

export type JsonObject = Record<string, unknown>

export class SchemaConversionError extends Error {
  override name = 'SchemaConversionError'
}

/**
 * `ajv`: formats ajv-formats validates stay (date, date-time, uuid, ...). `gavel`: only the formats that
 * gavel's bundled ajv 6 knows stay, because an unknown format makes it throw instead of validating.
 */
export type SchemaDialect = 'ajv' | 'gavel'

const DRAFT_07 = 'http://json-schema.org/draft-07/schema#'
const TYPES = new Set(['string', 'number', 'integer', 'boolean', 'array', 'object'])
/** OpenAPI keywords JSON Schema does not have (or means differently). */
const OPENAPI_ONLY = new Set(['nullable', 'example', 'discriminator', 'xml', 'externalDocs', 'readOnly', 'writeOnly', 'deprecated'])
const AJV_FORMATS = new Set([
  'date',
  'time',
  'date-time',
  'duration',
  'uri',
  'uri-reference',
  'uri-template',
  'url',
  'email',
  'hostname',
  'ipv4',
  'ipv6',
  'regex',
  'uuid',
  'json-pointer',
  'json-pointer-uri-fragment',
  'relative-json-pointer',
])
const GAVEL_FORMATS = new Set([
  'date',
  'time',
  'date-time',
  'uri',
  'uri-reference',
  'uri-template',
  'url',
  'email',
  'hostname',
  'ipv4',
  'ipv6',
  'regex',
  'uuid',
  'json-pointer',
  'json-pointer-uri-fragment',
  'relative-json-pointer',
])
const INT32 = { minimum: -(2 ** 31), maximum: 2 ** 31 - 1 }

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * `strict`: the contract as the kit's mock honours it. `vendor`: every node marked `x-kit-choice` is
 * relaxed to what the vendors document: replaced by its `x-vendor-schema` when it has one, otherwise it
 * keeps its type and properties but loses the constraints the kit chose (see KIT_CHOICE_CONSTRAINTS) and
 * may be null.
 */
export type SchemaLevel = 'strict' | 'vendor'

export interface ConversionOptions {
  level?: SchemaLevel
  /** Keep `x-kit-choice` in the output (ajv with strict: false ignores it; verify reads it from errors). */
  markers?: boolean
}

export const KIT_CHOICE = 'x-kit-choice'
const VENDOR_SCHEMA = 'x-vendor-schema'
/** What a kit choice on a schema node covers when the node has no `x-vendor-schema`. */
const KIT_CHOICE_CONSTRAINTS = [
  'required',
  'format',
  'enum',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minItems',
  'maxItems',
  'uniqueItems',
  'additionalProperties',
  'minProperties',
  'maxProperties',
] as const

interface Context {
  document: unknown
  dialect: SchemaDialect
  level: SchemaLevel
  markers: boolean
  /** The $refs being expanded, to refuse recursive schemas instead of looping. */
  stack: string[]
}

/** Resolves a local JSON pointer (`#/components/schemas/X`) in the document. */
export function resolvePointer(document: unknown, ref: string): unknown {
  if (!ref.startsWith('#/')) throw new SchemaConversionError(`only local $refs are supported, got '${ref}'`)
  let node: unknown = document
  for (const raw of ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~')
    if (!isObject(node) || !(key in node)) throw new SchemaConversionError(`$ref '${ref}' does not resolve`)
    node = node[key]
  }
  return node
}

/** Converts one schema of `document`; throws SchemaConversionError on a schema that is not valid OpenAPI 3.0. */
export function toJsonSchema(
  schema: unknown,
  document: unknown,
  dialect: SchemaDialect = 'ajv',
  options: ConversionOptions = {},
): JsonObject {
  const converted = convert(
    schema,
    { document, dialect, level: options.level ?? 'strict', markers: options.markers ?? false, stack: [] },
    '#',
  )
  return { $schema: DRAFT_07, ...converted }
}

function convert(node: unknown, ctx: Context, at: string): JsonObject {
  if (!isObject(node)) throw new SchemaConversionError(`${at}: a schema must be an object`)
  if (typeof node.$ref === 'string') {
    const ref = node.$ref
    if (ctx.stack.includes(ref)) throw new SchemaConversionError(`${at}: recursive $ref '${ref}' cannot be inlined`)
    // In 3.0 the siblings of a $ref are ignored.
    return convert(resolvePointer(ctx.document, ref), { ...ctx, stack: [...ctx.stack, ref] }, ref)
  }
  const kitChoice = node[KIT_CHOICE]
  if (kitChoice !== undefined && (typeof kitChoice !== 'string' || kitChoice.trim() === '')) {
    throw new SchemaConversionError(`${at}: ${KIT_CHOICE} must say why, as a non-empty string`)
  }
  if (node[VENDOR_SCHEMA] !== undefined && kitChoice === undefined) {
    throw new SchemaConversionError(`${at}: ${VENDOR_SCHEMA} without ${KIT_CHOICE}`)
  }
  if (ctx.level === 'vendor' && typeof kitChoice === 'string') {
    if (node[VENDOR_SCHEMA] !== undefined) return convert(node[VENDOR_SCHEMA], ctx, `${at}/${VENDOR_SCHEMA}`)
    const relaxed: JsonObject = { ...node, nullable: true }
    for (const key of [...KIT_CHOICE_CONSTRAINTS, KIT_CHOICE]) delete relaxed[key]
    return convert(relaxed, ctx, at)
  }

  const out: JsonObject = {}
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('x-') || OPENAPI_ONLY.has(key) || key === 'format') continue
    switch (key) {
      case 'type':
        if (typeof value !== 'string' || !TYPES.has(value)) {
          throw new SchemaConversionError(`${at}: unknown type ${JSON.stringify(value)}`)
        }
        out.type = value
        break
      case 'properties': {
        if (!isObject(value)) throw new SchemaConversionError(`${at}: properties must be an object`)
        const properties: JsonObject = {}
        for (const [name, child] of Object.entries(value)) properties[name] = convert(child, ctx, `${at}/properties/${name}`)
        out.properties = properties
        break
      }
      case 'additionalProperties':
        out.additionalProperties = typeof value === 'boolean' ? value : convert(value, ctx, `${at}/additionalProperties`)
        break
      case 'items':
      case 'not':
        out[key] = convert(value, ctx, `${at}/${key}`)
        break
      case 'allOf':
      case 'anyOf':
      case 'oneOf':
        if (!Array.isArray(value) || value.length === 0) throw new SchemaConversionError(`${at}: ${key} must be a non-empty array`)
        out[key] = value.map((child, i) => convert(child, ctx, `${at}/${key}/${i}`))
        break
      case 'required':
        if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
          throw new SchemaConversionError(`${at}: required must be a list of property names`)
        }
        out.required = value
        break
      case 'enum':
        if (!Array.isArray(value) || value.length === 0) throw new SchemaConversionError(`${at}: enum must be a non-empty array`)
        out.enum = [...value]
        break
      case 'exclusiveMinimum':
      case 'exclusiveMaximum':
        // 3.0 booleans (draft-04 style); handled with minimum/maximum below.
        if (typeof value !== 'boolean') throw new SchemaConversionError(`${at}: ${key} must be a boolean in OpenAPI 3.0`)
        break
      default:
        out[key] = value
    }
  }

  checkEnum(out, node, at)
  applyExclusiveBounds(out, node)
  applyFormat(out, node.format, ctx.dialect, at)
  if (ctx.markers && typeof kitChoice === 'string') out[KIT_CHOICE] = kitChoice

  if (node.nullable !== undefined && typeof node.nullable !== 'boolean') {
    throw new SchemaConversionError(`${at}: nullable must be a boolean`)
  }
  return node.nullable === true ? allowNull(out) : out
}

/** An enum value that contradicts the declared type is a broken contract, not something to validate with. */
function checkEnum(out: JsonObject, node: JsonObject, at: string) {
  if (!Array.isArray(out.enum) || typeof out.type !== 'string') return
  const type = out.type
  for (const value of out.enum) {
    if (value === null && node.nullable === true) continue
    if (!matchesType(value, type)) {
      throw new SchemaConversionError(`${at}: enum value ${JSON.stringify(value)} is not of type ${type}`)
    }
  }
}

function matchesType(value: unknown, type: string): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string'
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value)
    case 'number':
      return typeof value === 'number'
    case 'boolean':
      return typeof value === 'boolean'
    case 'array':
      return Array.isArray(value)
    default:
      return isObject(value)
  }
}

function applyExclusiveBounds(out: JsonObject, node: JsonObject) {
  if (node.exclusiveMinimum === true && typeof node.minimum === 'number') {
    out.exclusiveMinimum = node.minimum
    delete out.minimum
  }
  if (node.exclusiveMaximum === true && typeof node.maximum === 'number') {
    out.exclusiveMaximum = node.maximum
    delete out.maximum
  }
}

/** OpenAPI's numeric formats become bounds or patterns both validators understand; the rest stay or go. */
function applyFormat(out: JsonObject, format: unknown, dialect: SchemaDialect, at: string) {
  if (format === undefined) return
  if (typeof format !== 'string') throw new SchemaConversionError(`${at}: format must be a string`)
  const type = out.type
  if (format === 'int32' && (type === 'integer' || type === 'number')) {
    out.minimum = typeof out.minimum === 'number' ? Math.max(out.minimum, INT32.minimum) : INT32.minimum
    out.maximum = typeof out.maximum === 'number' ? Math.min(out.maximum, INT32.maximum) : INT32.maximum
    if (type === 'number') out.type = 'integer'
    return
  }
  // grpc-gateway writes int64 as a JSON string of digits.
  if (format === 'int64' && type === 'string') {
    out.pattern ??= '^-?\\d+$'
    return
  }
  if (format === 'int64' && type === 'number') out.type = 'integer'
  if (format === 'byte' && type === 'string') {
    out.pattern ??= '^[A-Za-z0-9+/]*={0,2}$'
    return
  }
  // int64 (integer), float, double, binary, password and vendor formats are annotations here.
  const known = dialect === 'gavel' ? GAVEL_FORMATS : AJV_FORMATS
  if (known.has(format)) out.format = format
}

function allowNull(out: JsonObject): JsonObject {
  if (typeof out.type === 'string') {
    const withNull: JsonObject = { ...out, type: [out.type, 'null'] }
    if (Array.isArray(out.enum) && !out.enum.includes(null)) withNull.enum = [...out.enum, null]
    return withNull
  }
  if (Array.isArray(out.enum) && out.type === undefined) {
    return out.enum.includes(null) ? out : { ...out, enum: [...out.enum, null] }
  }
  return { anyOf: [out, { type: 'null' }] }
}

// ---------------------------------------------------------------------------------------------
// Validation with ajv 8 + ajv-formats in full mode (gavel's ajv 6 checks formats only loosely:
// it accepts a date-time without offset and a 2026-02-31 date).

export interface SchemaValidator {
  /** Human-readable problems, empty when the value is valid. */
  validate(schema: JsonObject, value: unknown): string[]
  /** ajv's error objects (schemaPath, instancePath), empty when the value is valid. */
  errors(schema: JsonObject, value: unknown): ErrorObject[]
}

export function createSchemaValidator(): SchemaValidator {
  const ajv = new Ajv({ allErrors: true, strict: false, verbose: true })
  addFormats(ajv)
  const cache = new WeakMap<JsonObject, ValidateFunction>()
  const errors = (schema: JsonObject, value: unknown): ErrorObject[] => {
    let check = cache.get(schema)
    if (!check) {
      check = ajv.compile(schema)
      cache.set(schema, check)
    }
    return check(value) ? [] : [...(check.errors ?? [])]
  }
  return {
    errors,
    validate: (schema, value) => errors(schema, value).map(describeError),
  }
}

export function describeError(error: ErrorObject): string {
  const where = error.instancePath === '' ? 'body' : `body${error.instancePath}`
  const params: JsonObject = error.params
  switch (error.keyword) {
    case 'required':
      return `${where}: missing required property '${String(params.missingProperty)}'`
    case 'enum':
      return `${where}: ${JSON.stringify(error.data)} is not one of ${JSON.stringify(params.allowedValues)}`
    case 'type':
      return `${where}: expected ${String(params.type)}, got ${JSON.stringify(error.data)}`
    case 'format':
      return `${where}: ${JSON.stringify(error.data)} is not a valid ${String(params.format)}`
    default:
      return `${where}: ${error.message ?? error.keyword}`
  }
}
