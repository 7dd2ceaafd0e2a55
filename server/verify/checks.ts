// What a response is checked against. Dredd 14 with OpenAPI 3 only compares a body with the example's keys,
// requires every documented header (even optional ones) and rejects `application/json; charset=utf-8`;
// these functions give it the real schema, the contract's required headers and the media type's essence,
// and check what gavel cannot: formats in full (ajv 8 + ajv-formats), integer headers, CSV and PDF bodies.
import { isJsonMediaType, type ContractModel, type OperationModel } from './contract-model.ts'
import type { DreddTransaction } from './dredd-types.ts'
import { describeError, isObject, KIT_CHOICE, type JsonObject, type SchemaValidator } from '../json-schema.ts'
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

/**
 * beforeEachValidation: gavel's verdict is replaced by checkResponse (it cannot tell a kit choice from a
 * vendor rule, checks formats loosely and compares Content-Type with its parameters), so what gavel
 * compares is made to match what came back. Dredd's console still shows the contract's expectation above.
 */
export function handOverValidation(t: DreddTransaction): void {
  const real = t.real
  if (!real) return
  // No `headers`: gavel then skips them (it builds a fresh ajv 6 with a meta-schema per header check:
  // a fifth of a run's CPU), and checkResponse checks them anyway.
  t.expected = { statusCode: String(real.statusCode) }
  normaliseContentType(t)
}

/** gavel compares Content-Type exactly, so parameters (charset) are dropped. */
function normaliseContentType(t: DreddTransaction): void {
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

/** A problem with the response: `fail` breaks what the vendor documents, `warn` only a kit choice. */
export interface Finding {
  level: 'fail' | 'warn'
  message: string
}

const fail = (message: string): Finding => ({ level: 'fail', message })
const warn = (message: string, why: string): Finding => ({ level: 'warn', message: `${message} [kit choice: ${why}]` })

/** The x-kit-choice nearest to the failing keyword, walking the (marker-keeping) schema along ajv's schemaPath. */
function kitChoiceAt(schema: JsonObject, schemaPath: string): string | undefined {
  let node: unknown = schema
  let found = typeof schema[KIT_CHOICE] === 'string' ? (schema[KIT_CHOICE] as string) : undefined
  for (const raw of schemaPath.replace(/^#\/?/, '').split('/').filter(Boolean)) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~')
    node = Array.isArray(node) ? node[Number(key)] : isObject(node) ? node[key] : undefined
    if (isObject(node) && typeof node[KIT_CHOICE] === 'string') found = node[KIT_CHOICE]
  }
  return found
}

/** Body problems: what breaks the vendor-level schema fails; what only breaks the kit's choices warns. */
function bodyFindings(ctx: CheckContext, validator: SchemaValidator, status: string, body: unknown): Finding[] {
  const { op, mediaType, contract } = ctx
  const strict = contract.responseSchema(op, status, mediaType, 'ajv', 'strict')
  if (!strict) return []
  // The vendor level only relaxes the strict one: a body the kit's choices accept needs no second look.
  const strictErrors = validator.errors(strict, body)
  if (strictErrors.length === 0) return []
  const vendor = contract.responseSchema(op, status, mediaType, 'ajv', 'vendor')
  const failures = vendor ? validator.validate(vendor, body) : strictErrors.map(describeError)
  const findings = failures.map(fail)
  const seen = new Set(failures)
  for (const error of strictErrors) {
    const message = describeError(error)
    if (seen.has(message)) continue
    seen.add(message)
    findings.push(warn(message, kitChoiceAt(strict, error.schemaPath) ?? 'the contract is stricter than the vendor here'))
  }
  return findings
}

/**
 * afterEach: everything wrong with the response, gavel's part included (status, Content-Type, required
 * headers, the body against the schema with formats in full), split into failures and kit-choice warnings.
 * `provokedBy` is the kit choice a 4xx request relied on (a broken constraint only the kit enforces).
 */
export function checkResponse(ctx: CheckContext, validator: SchemaValidator, provokedBy?: string): Finding[] {
  const { t, op, status, mediaType } = ctx
  const real = t.real
  if (!real) return []
  const route = `${op.method.toUpperCase()} ${op.path}`
  if (!isDocumented(op, real.statusCode))
    return [fail(`got ${real.statusCode} instead of ${status}: status ${real.statusCode} is not documented for ${route}`)]

  const findings: Finding[] = []
  let answered = String(status)
  if (real.statusCode !== status) {
    const why = op.responses.get(String(status))?.kitChoice ?? provokedBy
    if (!why) return [fail(`got ${real.statusCode} instead of ${status}`)]
    // A vendor-legal answer to a request only the kit's choices reject: check it as what it is.
    findings.push(warn(`got ${real.statusCode} instead of ${status}`, why))
    answered = String(real.statusCode)
  }
  const response = op.responses.get(answered)
  const answeredTypes = [...(response?.content.keys() ?? [])]
  const actualType = mediaTypeEssence(getHeader(real.headers, 'content-type'))
  const expectedType =
    answered === String(status)
      ? mediaType
      : answeredTypes.includes(actualType)
        ? actualType
        : (answeredTypes.find(isJsonMediaType) ?? answeredTypes[0] ?? '')

  for (const header of response?.headers ?? []) {
    const value = getHeader(real.headers, header.name)
    const finding = (message: string) => (header.kitChoice ? warn(message, header.kitChoice) : fail(message))
    if (value === undefined) {
      if (header.required) findings.push(finding(`missing required header ${header.name}`))
      continue
    }
    if (header.schema.type === 'integer' && !/^-?\d+$/.test(value.trim())) {
      findings.push(finding(`header ${header.name}: ${JSON.stringify(value)} is not an integer`))
    } else if (header.schema.type === 'integer' && typeof header.schema.minimum === 'number' && Number(value) < header.schema.minimum) {
      findings.push(finding(`header ${header.name}: ${value} is below ${header.schema.minimum}`))
    }
  }

  if (!expectedType) return findings
  if (actualType !== mediaTypeEssence(expectedType)) {
    findings.push(fail(`Content-Type ${actualType || '(none)'} instead of ${expectedType}`))
    return findings
  }

  if (isJsonMediaType(expectedType)) {
    if (real.bodyEncoding === 'base64') return [...findings, fail('body is binary, not JSON')]
    let body: unknown
    try {
      body = JSON.parse(real.body ?? '')
    } catch {
      return [...findings, fail('body is not valid JSON')]
    }
    findings.push(...bodyFindings({ ...ctx, mediaType: expectedType }, validator, answered, body))
  } else if (expectedType === 'application/pdf') {
    if (!bodyBytes(t).subarray(0, 5).equals(Buffer.from('%PDF-'))) findings.push(fail('body is not a PDF (no %PDF- header)'))
  } else if (bodyBytes(t).length === 0) {
    findings.push(fail(`empty ${expectedType} body`))
  }
  return findings
}
