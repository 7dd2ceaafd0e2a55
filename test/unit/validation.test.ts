import { describe, expect, it } from 'vitest'
import { compileContract } from '../../mocks/core/contract.ts'
import type { OpenApiDocument } from '../../contracts/openapi.ts'
import { validateRequest } from '../../mocks/core/validation.ts'

const document: OpenApiDocument = {
  openapi: '3.0.3',
  info: { title: 't', version: '1' },
  paths: {
    '/items/{item_id}': {
      get: {
        operationId: 'get_item',
        parameters: [
          { name: 'item_id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } },
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 200, default: 50 } },
          { name: 'start_date', in: 'query', required: true, schema: { type: 'string', format: 'date' } },
          { name: 'date_from', in: 'query', schema: { type: 'string', format: 'date-time' } },
          { name: 'phone', in: 'query', schema: { type: 'string', minLength: 4 } },
          { name: 'archived', in: 'query', schema: { type: 'boolean', nullable: true } },
          { name: 'channel_type', in: 'query', style: 'form', explode: false, schema: { type: 'array', items: { type: 'string' } } },
        ],
        responses: { '200': { description: 'ok' } },
      },
    },
    '/exports': {
      post: {
        operationId: 'create_export',
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/ExportRequest' } } },
        },
        responses: { '200': { description: 'ok' } },
      },
    },
  },
  components: {
    schemas: {
      ExportRequest: {
        type: 'object',
        required: ['format', 'start_date'],
        properties: {
          format: { type: 'string', enum: ['csv', 'json', 'pdf'] },
          start_date: { type: 'string', format: 'date' },
          include_transcripts: { type: 'boolean', default: false },
        },
      },
    },
  },
}
const contract = compileContract(document)
const getItem = contract.operations.get('get_item')!
const createExport = contract.operations.get('create_export')!
const ID = '11112222-3333-4444-5555-666677778888'

function query(op: typeof getItem, qs: string, pathParams: Record<string, string> = { item_id: ID }, bodyText?: string) {
  return validateRequest(contract, op, {
    url: new URL(`http://x/items/${pathParams.item_id ?? ''}?${qs}`),
    pathParams,
    headers: new Headers(),
    bodyText,
  })
}

describe('request validation from the contract (pydantic v2 shapes)', () => {
  it('coerces valid query values and applies defaults', () => {
    const { values, issues } = query(getItem, 'start_date=2026-03-01&archived=yes&channel_type=WEBCHAT,SMS&channel_type=TEAMS')
    expect(issues).toEqual([])
    expect(values.query).toEqual({ limit: 50, start_date: '2026-03-01', archived: true, channel_type: ['WEBCHAT', 'SMS', 'TEAMS'] })
    expect(values.path).toEqual({ item_id: ID })
  })

  it('reports every problem of a request at once, in FastAPI order', () => {
    const { issues } = query(getItem, 'limit=0&phone=12&archived=maybe&date_from=yesterday', { item_id: 'abc' })
    expect(issues).toEqual([
      {
        type: 'uuid_parsing',
        loc: ['path', 'item_id'],
        msg: 'Input should be a valid UUID, invalid length: expected length 32 for simple format, found 3',
        input: 'abc',
        ctx: { error: 'invalid length: expected length 32 for simple format, found 3' },
      },
      {
        type: 'greater_than_equal',
        loc: ['query', 'limit'],
        msg: 'Input should be greater than or equal to 1',
        input: '0',
        ctx: { ge: 1 },
      },
      { type: 'missing', loc: ['query', 'start_date'], msg: 'Field required', input: null },
      {
        type: 'datetime_from_date_parsing',
        loc: ['query', 'date_from'],
        msg: 'Input should be a valid datetime or date, input is too short',
        input: 'yesterday',
        ctx: { error: 'input is too short' },
      },
      {
        type: 'string_too_short',
        loc: ['query', 'phone'],
        msg: 'String should have at least 4 characters',
        input: '12',
        ctx: { min_length: 4 },
      },
      {
        type: 'bool_parsing',
        loc: ['query', 'archived'],
        msg: 'Input should be a valid boolean, unable to interpret input',
        input: 'maybe',
      },
    ])
  })

  it('rejects malformed integers, dates and out-of-range values', () => {
    expect(query(getItem, 'start_date=2026-02-30&limit=abc').issues.map((i) => [i.type, i.msg])).toEqual([
      ['int_parsing', 'Input should be a valid integer, unable to parse string as an integer'],
      ['date_from_datetime_parsing', 'Input should be a valid date or datetime, day value is outside expected range'],
    ])
    expect(query(getItem, 'start_date=2026-03-01&limit=201').issues[0]).toMatchObject({ type: 'less_than_equal', ctx: { le: 200 } })
  })

  it('validates JSON bodies: missing fields, enums, types and broken JSON', () => {
    const ok = query(createExport, '', {}, '{"format":"csv","start_date":"2026-03-01"}')
    expect(ok.issues).toEqual([])
    expect(ok.values.body).toEqual({ format: 'csv', start_date: '2026-03-01', include_transcripts: false })

    const bad = query(createExport, '', {}, '{"format":"xml","include_transcripts":"perhaps"}')
    expect(bad.issues).toEqual([
      {
        type: 'enum',
        loc: ['body', 'format'],
        msg: "Input should be 'csv', 'json' or 'pdf'",
        input: 'xml',
        ctx: { expected: "'csv', 'json' or 'pdf'" },
      },
      { type: 'missing', loc: ['body', 'start_date'], msg: 'Field required', input: { format: 'xml', include_transcripts: 'perhaps' } },
      {
        type: 'bool_parsing',
        loc: ['body', 'include_transcripts'],
        msg: 'Input should be a valid boolean, unable to interpret input',
        input: 'perhaps',
      },
    ])
    expect(query(createExport, '', {}, '{"format":').issues[0]).toMatchObject({
      type: 'json_invalid',
      loc: ['body', 10],
      msg: 'JSON decode error',
    })
    expect(query(createExport, '', {}, undefined).issues).toEqual([{ type: 'missing', loc: ['body'], msg: 'Field required', input: null }])
  })
})

describe('enums on every type', () => {
  const doc: OpenApiDocument = {
    openapi: '3.0.3',
    info: { title: 't', version: '1' },
    paths: {
      '/x': {
        get: {
          operationId: 'x',
          parameters: [{ name: 'size', in: 'query', schema: { type: 'integer', enum: [10, 20] } }],
          responses: { '200': { description: 'ok' } },
        },
      },
    },
  }
  const c = compileContract(doc)
  const run = (qs: string) =>
    validateRequest(c, c.operations.get('x')!, {
      url: new URL(`http://x/x?${qs}`),
      pathParams: {},
      headers: new Headers(),
      bodyText: undefined,
    })
  it('accepts a listed integer and rejects another with an enum error', () => {
    expect(run('size=20').values.query).toEqual({ size: 20 })
    expect(run('size=30').issues).toEqual([
      { type: 'enum', loc: ['query', 'size'], msg: 'Input should be 10 or 20', input: '30', ctx: { expected: '10 or 20' } },
    ])
  })
})
