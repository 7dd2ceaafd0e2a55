// Validates real responses against the contract: the schema of the documented response for that
// operation, status and content type, read and converted the way `analytics-mock verify` reads and
// converts it (contract-model.ts, server/json-schema.ts), checked with ajv + ajv-formats in full mode.
// Used by every HTTP test.
import { fileURLToPath } from 'node:url'
import { createSchemaValidator } from '../../server/json-schema.ts'
import { loadContract, resolveContractPath, type KitApi } from '../../server/verify/contract-model.ts'

export type ResponseCheck = (operationId: string, response: { status: number; contentType: string | null; body: unknown }) => string[]

/** The kit's vendor contracts by name, and the mock's own admin contract. */
export async function responseValidator(api: KitApi | 'mock-admin'): Promise<ResponseCheck> {
  const contract =
    api === 'mock-admin'
      ? await loadContract(fileURLToPath(new URL('../../contracts/mock-admin.yaml', import.meta.url)), 'generic')
      : await loadContract(resolveContractPath(api), api)
  const operations = new Map(contract.operations.map((op) => [op.operationId, op]))
  const validator = createSchemaValidator()

  return (operationId, { status, contentType, body }) => {
    const op = operations.get(operationId)
    if (!op) return [`no operation ${operationId}`]
    const documented = op.responses.get(String(status))
    if (!documented) return [`${operationId}: status ${status} is not documented`]
    const mediaType = (contentType ?? '').split(';')[0]!.trim()
    if (!documented.content.has(mediaType)) {
      return [`${operationId} ${status}: content type ${contentType} is not documented (${[...documented.content.keys()].join(', ')})`]
    }
    const schema = contract.responseSchema(op, String(status), mediaType, 'ajv')
    if (!schema) return []
    const key = `${operationId} ${status} ${mediaType}`
    return validator.validate(schema, body).map((problem) => `${key}: ${problem}`)
  }
}
