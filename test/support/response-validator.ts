// Validates real responses against the contract: the schema of the documented response for that
// operation, status and content type, with ajv + ajv-formats. Used by every HTTP test.
import path from 'node:path'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { CONTRACTS_DIR } from '../../scripts/generated-files.ts'
import { loadContract, toJsonSchema } from './contract-checks.ts'

const addFormats = addFormatsModule.default
type JsonObject = Record<string, unknown>

export type ResponseCheck = (operationId: string, response: { status: number; contentType: string | null; body: unknown }) => string[]

export async function responseValidator(api: 'aurion' | 'chatlayer' | 'nebuly'): Promise<ResponseCheck> {
  const document = await loadContract(path.join(CONTRACTS_DIR, `${api}.yaml`))
  const components = (document.components ?? {}) as JsonObject
  const ajv = new Ajv({ allErrors: true, strict: false })
  addFormats(ajv)
  ajv.addFormat('int32', true).addFormat('int64', true).addFormat('binary', true)
  const definitions = Object.fromEntries(Object.entries((components.schemas ?? {}) as JsonObject).map(([n, s]) => [n, toJsonSchema(s)]))
  ajv.addSchema({ $id: 'contract', definitions })

  const operations = new Map<string, JsonObject>()
  for (const item of Object.values(document.paths as JsonObject)) {
    for (const op of Object.values(item as JsonObject)) {
      const o = op as JsonObject
      if (typeof o.operationId === 'string') operations.set(o.operationId, o)
    }
  }
  const deref = (node: JsonObject): JsonObject => {
    let current = node
    while (typeof current.$ref === 'string') {
      const name = current.$ref.split('/').pop() ?? ''
      current = ((components.responses ?? {}) as Record<string, JsonObject>)[name] ?? {}
    }
    return current
  }
  const compiled = new Map<string, ValidateFunction>()

  return (operationId, { status, contentType, body }) => {
    const op = operations.get(operationId)
    if (!op) return [`no operation ${operationId}`]
    const documented = (op.responses as Record<string, JsonObject>)[String(status)]
    if (!documented) return [`${operationId}: status ${status} is not documented`]
    const content = (deref(documented).content ?? {}) as Record<string, JsonObject>
    const mediaType = (contentType ?? '').split(';')[0]!.trim()
    const media = content[mediaType]
    if (!media) return [`${operationId} ${status}: content type ${contentType} is not documented (${Object.keys(content).join(', ')})`]
    const key = `${operationId} ${status} ${mediaType}`
    let validate = compiled.get(key)
    if (!validate) {
      validate = ajv.compile(toJsonSchema(media.schema))
      compiled.set(key, validate)
    }
    if (validate(body)) return []
    return (validate.errors ?? []).map((e) => `${key}: ${e.instancePath || '(root)'} ${e.message ?? e.keyword}`)
  }
}
