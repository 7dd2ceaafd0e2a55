// The parts of an OpenAPI 3.0 contract the verifier reads: operations, their parameters, request body and
// documented responses (headers, media types, schemas), with $refs resolved. Any contract file works; the
// kit's own three are found by name.
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { readPrecompiled, type DreddDescription } from './dredd-contract.ts'
import { isObject, KIT_CHOICE, resolvePointer, toJsonSchema, type JsonObject, type SchemaLevel } from '../json-schema.ts'

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
  /** Why the parameter's constraints are the kit's (x-kit-choice on the parameter or its schema). */
  kitChoice?: string
  /** Array values as repeated keys (`a=x&a=y`, OpenAPI's default for query) rather than `a=x,y`. */
  explode: boolean
}

interface HeaderModel {
  name: string
  required: boolean
  schema: JsonObject
  /** Why requiring (or constraining) this header is the kit's choice. */
  kitChoice?: string
}

interface ResponseModel {
  status: string
  /** Why documenting this status here is the kit's choice (a vendor server may answer another documented one). */
  kitChoice?: string
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
  /** The roles the contract allows (`x-roles`, the same list the mock enforces); empty when it names none. */
  roles: string[]
}

export interface ContractModel {
  file: string
  title: string
  api: ApiKind
  document: JsonObject
  operations: OperationModel[]
  find(method: string, pathTemplate: string): OperationModel | undefined
  /**
   * JSON Schema of a documented response body, memoised per dialect and level: `strict` (default) is what
   * the kit's mock honours, with `x-kit-choice` kept on the nodes for the report; `vendor` relaxes them.
   */
  responseSchema(
    op: OperationModel,
    status: string,
    mediaType: string,
    dialect: 'ajv' | 'gavel',
    level?: SchemaLevel,
  ): JsonObject | undefined
  /** Every x-kit-choice of the document, with where it sits. */
  kitChoices(): KitChoiceSite[]
  /** Dredd's transactions, when the build precompiled this very contract. */
  dredd?: DreddDescription
}

export interface KitChoiceSite {
  /** JSON pointer-like location: `paths./v1/x.get.responses.404`, `components.schemas.Item.properties.id`. */
  at: string
  why: string
  /** The schema that replaces the node at the vendor level, when the contract gives one. */
  vendorSchema?: unknown
}

/** Kit choices by location, walking the whole document (schemas, parameters, responses, headers). */
export function collectKitChoices(document: unknown): KitChoiceSite[] {
  const sites: KitChoiceSite[] = []
  const walk = (node: unknown, at: string[]) => {
    if (Array.isArray(node)) {
      // Parameters by name (`parameters.export_id`), other items by index.
      node.forEach((child, i) => {
        walk(child, [...at, isObject(child) && typeof child.name === 'string' && typeof child.in === 'string' ? child.name : String(i)])
      })
      return
    }
    if (!isObject(node)) return
    const why = node[KIT_CHOICE]
    if (typeof why === 'string')
      sites.push({ at: at.join('.'), why, ...(node['x-vendor-schema'] !== undefined ? { vendorSchema: node['x-vendor-schema'] } : {}) })
    for (const [key, child] of Object.entries(node)) if (key !== KIT_CHOICE && key !== 'x-vendor-schema') walk(child, [...at, key])
  }
  walk(document, [])
  return sites
}

function kitChoiceOf(...nodes: unknown[]): string | undefined {
  for (const node of nodes) if (isObject(node) && typeof node[KIT_CHOICE] === 'string') return node[KIT_CHOICE]
  return undefined
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

/** `aurion` -> the kit's contracts/aurion.yaml (`mock-admin` too: the mock's own API); anything else is a path. */
export function resolveContractPath(contract: string, cwd = process.cwd()): string {
  if ([...KIT_CONTRACTS, 'mock-admin'].includes(contract)) return path.join(CONTRACTS_DIR ?? 'contracts', `${contract}.yaml`)
  const file = path.resolve(cwd, contract)
  if (!existsSync(file))
    throw new Error(`contract not found: ${contract} (use aurion, chatlayer, nebuly, mock-admin or a path to an OpenAPI file)`)
  return file
}

/** Which of the kit's APIs a contract describes: by name first, then by title. */
function detectApi(file: string, title: string): ApiKind {
  const base = path.basename(file).toLowerCase()
  for (const api of KIT_CONTRACTS) if (base.startsWith(api)) return api
  const lowerTitle = title.toLowerCase()
  if (lowerTitle.includes('aurion')) return 'aurion'
  if (lowerTitle.includes('chatlayer')) return 'chatlayer'
  if (lowerTitle.includes('nebuly')) return 'nebuly'
  return 'generic'
}

export async function loadContract(file: string, api?: ApiKind): Promise<ContractModel> {
  const text = await readFile(file, 'utf8')
  const precompiled = await readPrecompiled(file, text)
  // The YAML parser is loaded only when there is no precompiled copy (about 0.4 s for AurionAI's).
  const document: unknown = precompiled ? precompiled.document : (await import('yaml')).parse(text)
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
    responseSchema(op, status, mediaType, dialect, level = 'strict') {
      const key = `${op.method} ${op.path} ${status} ${mediaType} ${dialect} ${level}`
      if (!schemas.has(key)) {
        const schema = op.responses.get(status)?.content.get(mediaType)
        schemas.set(
          key,
          schema === undefined
            ? undefined
            : toJsonSchema(schema, document, dialect, { level, markers: level === 'strict' && dialect === 'ajv' }),
        )
      }
      return schemas.get(key)
    },
    kitChoices: () => collectKitChoices(document),
    ...(precompiled ? { dredd: precompiled.dredd } : {}),
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
        roles: Array.isArray(op['x-roles']) ? op['x-roles'].filter((r): r is string => typeof r === 'string') : [],
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
    const kitChoice = kitChoiceOf(p, schema)
    out.push({
      name: p.name,
      in: location,
      required: p.required === true,
      schema: isObject(schema) ? schema : {},
      ...(kitChoice ? { kitChoice } : {}),
      explode: typeof p.explode === 'boolean' ? p.explode : (p.style ?? 'form') === 'form',
    })
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
      const kitChoice = kitChoiceOf(header, rawHeader, schema)
      headers.push({
        name,
        required: header.required === true,
        schema: isObject(schema) ? schema : {},
        ...(kitChoice ? { kitChoice } : {}),
      })
    }
    const content = new Map<string, unknown>()
    for (const [mediaType, media] of Object.entries(isObject(response.content) ? response.content : {})) {
      content.set(mediaType.toLowerCase(), isObject(media) ? media.schema : undefined)
    }
    const kitChoice = kitChoiceOf(rawResponse, response)
    responses.set(status, { status, headers, content, ...(kitChoice ? { kitChoice } : {}) })
  }
  return responses
}

/** Is this media type JSON (`application/json`, `application/problem+json`)? */
export function isJsonMediaType(mediaType: string): boolean {
  const essence = mediaType.split(';')[0]?.trim().toLowerCase() ?? ''
  return essence === 'application/json' || essence.endsWith('+json')
}
