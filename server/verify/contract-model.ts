// The parts of an OpenAPI 3.0 contract the verifier reads: operations, their parameters, request body and
// documented responses (headers, media types, schemas), with $refs resolved. Any contract file works; the
// kit's own three are found by name.
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { isObject, resolvePointer, toJsonSchema, type JsonObject } from '../json-schema.ts'

export const KIT_CONTRACTS = ['aurion', 'chatlayer', 'nebuly'] as const
export type KitApi = (typeof KIT_CONTRACTS)[number]
export type ApiKind = KitApi | 'generic'

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const
/** The package's contracts/: two folders up from server/verify/ in the sources, one up from dist/ when built. */
const CONTRACTS_DIR = [new URL('../contracts', import.meta.url), new URL('../../contracts', import.meta.url)]
  .map((url) => fileURLToPath(url))
  .find((dir) => existsSync(path.join(dir, 'aurion.yaml')))

export interface ParameterModel {
  name: string
  in: 'query' | 'path' | 'header' | 'cookie'
  required: boolean
  /** The OpenAPI schema, $ref resolved at the top level. */
  schema: JsonObject
}

export interface HeaderModel {
  name: string
  required: boolean
  schema: JsonObject
}

export interface ResponseModel {
  status: string
  headers: HeaderModel[]
  /** Media type -> OpenAPI schema (undefined when the media type has none). */
  content: Map<string, unknown>
}

export interface OperationModel {
  method: string
  /** The path template, e.g. `/v1/bots/{bot_id}/conversations`. */
  path: string
  operationId: string
  parameters: ParameterModel[]
  requestBody?: { required: boolean; content: Map<string, { schema: unknown; example: unknown }> }
  responses: Map<string, ResponseModel>
}

export interface ContractModel {
  file: string
  title: string
  api: ApiKind
  document: JsonObject
  operations: OperationModel[]
  find(method: string, pathTemplate: string): OperationModel | undefined
  /** JSON Schema of a documented response body, memoised per dialect. */
  responseSchema(op: OperationModel, status: string, mediaType: string, dialect: 'ajv' | 'gavel'): JsonObject | undefined
}

function deref(document: JsonObject, node: unknown): unknown {
  // A chain of references (`responses: {$ref}` -> `{$ref}`) is followed to its end.
  let current = node
  for (let hops = 0; isObject(current) && typeof current.$ref === 'string'; hops++) {
    if (hops > 20) throw new Error(`$ref chain too long at ${current.$ref}`)
    current = resolvePointer(document, current.$ref)
  }
  return current
}

/** `aurion` -> the kit's contracts/aurion.yaml; anything else is a path. */
export function resolveContractPath(contract: string, cwd = process.cwd()): string {
  if ((KIT_CONTRACTS as readonly string[]).includes(contract)) return path.join(CONTRACTS_DIR ?? 'contracts', `${contract}.yaml`)
  const file = path.resolve(cwd, contract)
  if (!existsSync(file)) throw new Error(`contract not found: ${contract} (use aurion, chatlayer, nebuly or a path to an OpenAPI file)`)
  return file
}

/** Which of the kit's APIs a contract describes: by name first, then by title. */
export function detectApi(file: string, title: string): ApiKind {
  const base = path.basename(file).toLowerCase()
  for (const api of KIT_CONTRACTS) if (base.startsWith(api)) return api
  const lowerTitle = title.toLowerCase()
  if (lowerTitle.includes('aurion')) return 'aurion'
  if (lowerTitle.includes('chatlayer')) return 'chatlayer'
  if (lowerTitle.includes('nebuly')) return 'nebuly'
  return 'generic'
}

export async function loadContract(file: string, api?: ApiKind): Promise<ContractModel> {
  const document: unknown = parse(await readFile(file, 'utf8'))
  if (!isObject(document) || typeof document.openapi !== 'string' || !document.openapi.startsWith('3.')) {
    throw new Error(`${file} is not an OpenAPI 3 document`)
  }
  const info = isObject(document.info) ? document.info : {}
  const title = typeof info.title === 'string' ? info.title : path.basename(file)
  const operations = readOperations(document)
  const schemas = new Map<string, JsonObject | undefined>()
  return {
    file,
    title,
    api: api ?? detectApi(file, title),
    document,
    operations,
    find: (method, template) => operations.find((op) => op.method === method.toLowerCase() && op.path === template),
    responseSchema(op, status, mediaType, dialect) {
      const key = `${op.method} ${op.path} ${status} ${mediaType} ${dialect}`
      if (!schemas.has(key)) {
        const schema = op.responses.get(status)?.content.get(mediaType)
        schemas.set(key, schema === undefined ? undefined : toJsonSchema(schema, document, dialect))
      }
      return schemas.get(key)
    },
  }
}

function readOperations(document: JsonObject): OperationModel[] {
  const operations: OperationModel[] = []
  const paths = isObject(document.paths) ? document.paths : {}
  for (const [template, rawItem] of Object.entries(paths)) {
    const item = deref(document, rawItem)
    if (!isObject(item)) continue
    const shared = readParameters(document, item.parameters)
    for (const method of METHODS) {
      const op = item[method]
      if (!isObject(op)) continue
      const own = readParameters(document, op.parameters)
      // Operation-level parameters override path-level ones with the same name and location.
      const parameters = [...shared.filter((p) => !own.some((o) => o.name === p.name && o.in === p.in)), ...own]
      operations.push({
        method,
        path: template,
        operationId: typeof op.operationId === 'string' ? op.operationId : `${method} ${template}`,
        parameters,
        requestBody: readRequestBody(document, op.requestBody),
        responses: readResponses(document, op.responses),
      })
    }
  }
  return operations
}

function readParameters(document: JsonObject, raw: unknown): ParameterModel[] {
  if (!Array.isArray(raw)) return []
  const out: ParameterModel[] = []
  for (const entry of raw) {
    const p = deref(document, entry)
    if (!isObject(p) || typeof p.name !== 'string') continue
    const location = p.in
    if (location !== 'query' && location !== 'path' && location !== 'header' && location !== 'cookie') continue
    const schema = deref(document, p.schema)
    out.push({ name: p.name, in: location, required: p.required === true, schema: isObject(schema) ? schema : {} })
  }
  return out
}

function readRequestBody(document: JsonObject, raw: unknown): OperationModel['requestBody'] {
  const body = deref(document, raw)
  if (!isObject(body)) return undefined
  const content = new Map<string, { schema: unknown; example: unknown }>()
  for (const [mediaType, media] of Object.entries(isObject(body.content) ? body.content : {})) {
    // The top-level $ref is resolved so callers can read `required` directly.
    if (isObject(media)) content.set(mediaType.toLowerCase(), { schema: deref(document, media.schema), example: media.example })
  }
  return { required: body.required === true, content }
}

function readResponses(document: JsonObject, raw: unknown): Map<string, ResponseModel> {
  const responses = new Map<string, ResponseModel>()
  for (const [status, rawResponse] of Object.entries(isObject(raw) ? raw : {})) {
    const response = deref(document, rawResponse)
    if (!isObject(response)) continue
    const headers: HeaderModel[] = []
    for (const [name, rawHeader] of Object.entries(isObject(response.headers) ? response.headers : {})) {
      const header = deref(document, rawHeader)
      if (!isObject(header)) continue
      const schema = deref(document, header.schema)
      headers.push({ name, required: header.required === true, schema: isObject(schema) ? schema : {} })
    }
    const content = new Map<string, unknown>()
    for (const [mediaType, media] of Object.entries(isObject(response.content) ? response.content : {})) {
      content.set(mediaType.toLowerCase(), isObject(media) ? media.schema : undefined)
    }
    responses.set(status, { status, headers, content })
  }
  return responses
}

/** Is this media type JSON (`application/json`, `application/problem+json`)? */
export function isJsonMediaType(mediaType: string): boolean {
  const essence = mediaType.split(';')[0]?.trim().toLowerCase() ?? ''
  return essence === 'application/json' || essence.endsWith('+json')
}
