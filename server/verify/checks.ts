// What a response is checked against. Dredd 14 with OpenAPI 3 only compares a body with the example's keys,
// requires every documented header (even optional ones) and rejects `application/json; charset=utf-8`;
// these functions give it the real schema, the contract's required headers and the media type's essence,
// and check what gavel cannot: formats in full (ajv 8 + ajv-formats), integer headers, CSV and PDF bodies.
import { isJsonMediaType, type ContractModel, type OperationModel } from './contract-model.ts'
import type { DreddTransaction } from './dredd-types.ts'
import type { SchemaValidator } from '../json-schema.ts'
import { getHeader } from './request-edits.ts'

export interface CheckContext {
  t: DreddTransaction
  op: OperationModel
  status: number
  mediaType: string
  contract: ContractModel
}

/** The media type without parameters, lower case: `application/json; charset=utf-8` -> `application/json`. */
export function mediaTypeEssence(value: string | undefined): string {
  return (value ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
}

/** beforeEach: expected headers and body as the contract says them. */
export function setExpectations(ctx: CheckContext): void {
  const { t, op, status, mediaType, contract } = ctx
  const response = op.responses.get(String(status))
  const headers: Record<string, string> = {}
  if (mediaType) headers['Content-Type'] = mediaType
  // Only required headers are required: Dredd would demand optional ones too (e.g. WWW-Authenticate).
  for (const header of response?.headers ?? []) if (header.required) headers[header.name] = ''
  t.expected.headers = headers

  if (isJsonMediaType(mediaType)) {
    const schema = contract.responseSchema(op, String(status), mediaType, 'gavel')
    if (schema) {
      t.expected.bodySchema = schema
      delete t.expected.body
    }
  } else {
    // A CSV or PDF example cannot be compared byte for byte; checkResponse looks at the body instead.
    delete t.expected.body
    delete t.expected.bodySchema
  }
}

/** beforeEachValidation: gavel compares Content-Type exactly, so parameters (charset) are dropped. */
export function normaliseContentType(t: DreddTransaction): void {
  const real = t.real
  if (!real) return
  for (const key of Object.keys(real.headers)) {
    if (key.toLowerCase() === 'content-type') {
      const value = real.headers[key]
      real.headers[key] = mediaTypeEssence(Array.isArray(value) ? value[0] : value)
    }
  }
}

function isDocumented(op: OperationModel, code: number): boolean {
  return op.responses.has(String(code)) || op.responses.has(`${Math.floor(code / 100)}XX`) || op.responses.has('default')
}

function bodyBytes(t: DreddTransaction): Buffer {
  const body = t.real?.body ?? ''
  return Buffer.from(body, t.real?.bodyEncoding === 'base64' ? 'base64' : 'utf8')
}

/** afterEach: problems gavel does not report. Empty when the response is right (or already failed on status). */
export function checkResponse(ctx: CheckContext, validator: SchemaValidator): string[] {
  const { t, op, status, mediaType, contract } = ctx
  const real = t.real
  if (!real) return []
  if (!isDocumented(op, real.statusCode)) return [`status ${real.statusCode} is not documented for ${op.method.toUpperCase()} ${op.path}`]
  // A wrong status is gavel's finding; the body of another status is not this transaction's business.
  if (real.statusCode !== status) return []

  const problems: string[] = []
  for (const header of op.responses.get(String(status))?.headers ?? []) {
    const value = getHeader(real.headers, header.name)
    if (value === undefined) {
      if (header.required) problems.push(`missing required header ${header.name}`)
      continue
    }
    if (header.schema.type === 'integer' && !/^-?\d+$/.test(value.trim())) {
      problems.push(`header ${header.name}: ${JSON.stringify(value)} is not an integer`)
    } else if (header.schema.type === 'integer' && typeof header.schema.minimum === 'number' && Number(value) < header.schema.minimum) {
      problems.push(`header ${header.name}: ${value} is below ${header.schema.minimum}`)
    }
  }

  const actualType = mediaTypeEssence(getHeader(real.headers, 'content-type'))
  if (actualType !== mediaTypeEssence(mediaType)) {
    // gavel reports the Content-Type mismatch; say what was sent instead in words too.
    problems.push(`Content-Type ${actualType || '(none)'} instead of ${mediaType}`)
    return problems
  }

  if (isJsonMediaType(mediaType)) {
    if (real.bodyEncoding === 'base64') return [...problems, 'body is binary, not JSON']
    let body: unknown
    try {
      body = JSON.parse(real.body ?? '')
    } catch {
      return [...problems, 'body is not valid JSON']
    }
    const schema = contract.responseSchema(op, String(status), mediaType, 'ajv')
    if (schema) problems.push(...validator.validate(schema, body))
  } else if (mediaType === 'application/pdf') {
    if (!bodyBytes(t).subarray(0, 5).equals(Buffer.from('%PDF-'))) problems.push('body is not a PDF (no %PDF- header)')
  } else if (bodyBytes(t).length === 0) {
    problems.push(`empty ${mediaType} body`)
  }
  return problems
}
