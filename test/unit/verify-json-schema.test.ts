// OpenAPI 3.0 -> JSON Schema, as verify hands it to Dredd and to ajv: nullable, $ref, formats, and the
// contract mistakes the converter refuses.
import { describe, expect, it } from 'vitest'
import { createSchemaValidator, SchemaConversionError, toJsonSchema } from '../../server/json-schema.ts'

const document = {
  openapi: '3.0.3',
  components: {
    schemas: {
      Item: {
        type: 'object',
        required: ['id', 'channel', 'closed_at', 'score', 'day', 'depth', 'count'],
        properties: {
          id: { type: 'string', format: 'uuid' },
          channel: { type: 'string', enum: ['email', 'chat'] },
          closed_at: { type: 'string', format: 'date-time', nullable: true },
          score: { type: 'number', nullable: true, example: 0.5 },
          day: { type: 'string', format: 'date' },
          depth: { type: 'string', format: 'int64' },
          count: { type: 'integer', format: 'int32', minimum: 0 },
          blob: { type: 'string', format: 'binary' },
        },
      },
      Page: { type: 'object', required: ['items'], properties: { items: { type: 'array', items: { $ref: '#/components/schemas/Item' } } } },
      Maybe: { nullable: true, allOf: [{ $ref: '#/components/schemas/Item' }] },
      Loop: { type: 'object', properties: { next: { $ref: '#/components/schemas/Loop' } } },
    },
  },
}

const good = {
  id: 'c0ffee00-1234-4678-9abc-def012345678',
  channel: 'email',
  closed_at: null,
  score: null,
  day: '2026-03-01',
  depth: '3',
  count: 7,
}

function errorsFor(value: unknown, ref = '#/components/schemas/Page'): string[] {
  return createSchemaValidator().validate(toJsonSchema({ $ref: ref }, document), value)
}

describe('toJsonSchema', () => {
  it('inlines $refs and writes draft-07 without OpenAPI-only keywords', () => {
    const schema = toJsonSchema({ $ref: '#/components/schemas/Page' }, document)
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#')
    const text = JSON.stringify(schema)
    expect(text).not.toContain('$ref')
    expect(text).not.toContain('nullable')
    expect(text).not.toContain('example')
  })

  it('accepts a valid body, nulls where the contract says nullable', () => {
    expect(errorsFor({ items: [good] })).toEqual([])
  })

  it('rejects null where the contract does not say nullable', () => {
    expect(errorsFor({ items: [{ ...good, channel: null }] })).toEqual([
      'body/items/0/channel: expected string, got null',
      'body/items/0/channel: null is not one of ["email","chat"]',
    ])
  })

  it('rejects a bad enum value, a wrong type and a missing required field', () => {
    const { count: _dropped, ...withoutCount } = good
    expect(errorsFor({ items: [{ ...withoutCount, channel: 'fax', score: 'high' }] })).toEqual([
      "body/items/0: missing required property 'count'",
      'body/items/0/channel: "fax" is not one of ["email","chat"]',
      'body/items/0/score: expected number,null, got "high"',
    ])
  })

  it('validates formats in full: date-time needs an offset, dates exist, uuids are uuids', () => {
    const errors = errorsFor({ items: [{ ...good, closed_at: '2026-03-02T08:40:00', day: '2026-02-30', id: 'not-a-uuid' }] })
    expect(errors).toEqual([
      'body/items/0/id: "not-a-uuid" is not a valid uuid',
      'body/items/0/closed_at: "2026-03-02T08:40:00" is not a valid date-time',
      'body/items/0/day: "2026-02-30" is not a valid date',
    ])
  })

  it('turns int32 into bounds and int64 strings into digits', () => {
    expect(errorsFor({ items: [{ ...good, count: 2 ** 31 }] })).toEqual(['body/items/0/count: must be <= 2147483647'])
    expect(errorsFor({ items: [{ ...good, depth: 'three' }] })).toEqual(['body/items/0/depth: must match pattern "^-?\\d+$"'])
  })

  it('allows null through anyOf when a nullable schema has no type', () => {
    expect(errorsFor(null, '#/components/schemas/Maybe')).toEqual([])
    expect(errorsFor(good, '#/components/schemas/Maybe')).toEqual([])
    expect(errorsFor('nope', '#/components/schemas/Maybe').length).toBeGreaterThan(0)
  })

  it('keeps for gavel only the formats its ajv 6 knows', () => {
    const schema = JSON.stringify(toJsonSchema({ $ref: '#/components/schemas/Item' }, document, 'gavel'))
    expect(schema).toContain('"format":"date-time"')
    expect(schema).not.toContain('binary')
    expect(schema).not.toContain('int32')
  })

  it('refuses schemas that are not valid OpenAPI 3.0', () => {
    const bad = (schema: unknown) => () => toJsonSchema(schema, document)
    expect(bad({ type: 'strnig' })).toThrow(SchemaConversionError)
    expect(bad({ type: 'integer', enum: [1, 'two'] })).toThrow(/enum value "two" is not of type integer/)
    expect(bad({ type: 'string', enum: [] })).toThrow(/enum must be a non-empty array/)
    expect(bad({ type: 'string', nullable: 'yes' })).toThrow(/nullable must be a boolean/)
    expect(bad({ $ref: '#/components/schemas/Missing' })).toThrow(/does not resolve/)
    expect(bad({ $ref: 'other.yaml#/X' })).toThrow(/only local \$refs/)
    expect(bad({ $ref: '#/components/schemas/Loop' })).toThrow(/recursive/)
  })
})
