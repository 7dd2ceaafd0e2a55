// Each contract check must be able to fail: here they run on damaged copies of real contracts and must
// report the damage. Without this, a check that silently passes everything would look like a green test.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { contractPath } from '../../scripts/generated-files.ts'
import { toJsonSchema } from '../../server/json-schema.ts'
import { exampleErrors, lintErrors, loadContract, operationDiff, operationList, staleFiles } from '../support/contract-checks.ts'
import { EXPECTED_OPERATIONS } from './expected-operations.ts'

type JsonObject = Record<string, unknown>

/** Follows a path of keys into a parsed contract, failing loudly if the contract changed shape. */
function at(node: unknown, ...keys: (string | number)[]): JsonObject {
  let current = node
  for (const key of keys) {
    current = (current as Record<string | number, unknown> | undefined)?.[key]
    if (current === undefined) throw new Error(`no ${keys.join(' > ')} in the contract`)
  }
  return current as JsonObject
}

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'broken-contracts-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function writeContract(name: string, document: JsonObject): Promise<string> {
  const file = path.join(dir, name)
  await writeFile(file, stringify(document))
  return file
}

const TEAM = '/v1/teams/{team_id}/conversations'
const FLOW = '/v1/bots/{bot_id}/conversations/{conversation_id}/flow'
const AGGREGATES = '/api/external/get-interaction-aggregates'

describe('the example check', () => {
  it('reports a response example with a wrong type', async () => {
    const document = await loadContract(contractPath('chatlayer'))
    const example = at(document, 'paths', TEAM, 'get', 'responses', '200', 'content', 'application/json', 'example')
    at(example, 'data', 'series', 0).sum = 'lots'
    expect(exampleErrors(document)).toEqual([
      `paths.${TEAM}.get.responses.200.content.application/json.example: /data/series/0/sum must be integer`,
    ])
  })

  it('reports a parameter example outside its enum, a bad header example and a bad date-time', async () => {
    const document = await loadContract(contractPath('chatlayer'))
    const version = (at(document, 'paths', FLOW, 'get', 'parameters') as unknown as JsonObject[]).find((p) => p.name === 'version')
    if (!version) throw new Error('no version parameter')
    version.example = 'STAGING'
    at(document, 'components', 'responses', 'ResourceExhausted', 'headers', 'Retry-After').example = 'soon'
    const transition = at(document, 'paths', FLOW, 'get', 'responses', '200', 'content', 'application/json', 'example', 'transitions', 0)
    transition.timestamp = '2026-03-02 09:15'
    const errors = exampleErrors(document)
    expect(errors).toHaveLength(3)
    expect(errors[0]).toMatch(/parameters\[version\]\.example: \(root\) must be equal to one of the allowed values/)
    expect(errors[1]).toMatch(/transitions\/0\/timestamp must match format "date-time"/)
    expect(errors[2]).toMatch(/^components\.responses\.ResourceExhausted\.headers\.Retry-After\.example: \(root\) must be integer/)
  })

  it('reports a named request example missing a required field, and null where null is not allowed', async () => {
    const document = await loadContract(contractPath('nebuly'))
    const examples = at(document, 'paths', AGGREGATES, 'post', 'requestBody', 'content', 'application/json', 'examples')
    delete at(examples, 'totals', 'value').time_range
    const rows = at(
      document,
      'paths',
      AGGREGATES,
      'post',
      'responses',
      '200',
      'content',
      'application/json',
      'examples',
      'totals',
      'value',
      'data',
    )
    at(rows, 0).n_users = null
    expect(exampleErrors(document)).toEqual([
      `paths.${AGGREGATES}.post.requestBody.content.application/json.examples.totals: (root) must have required property 'time_range'`,
      `paths.${AGGREGATES}.post.responses.200.content.application/json.examples.totals: /data/0/n_users must be integer`,
    ])
  })

  it('reports a schema-level example', async () => {
    const document = await loadContract(contractPath('nebuly'))
    at(document, 'components', 'schemas', 'TimeRange').example = { start: '2026-03-01T00:00:00Z' }
    expect(exampleErrors(document)).toEqual([`components.schemas.TimeRange.example: (root) must have required property 'end'`])
  })

  it('converts OpenAPI 3.0 schemas: nullable, $ref, exclusive bounds', () => {
    // The check converts with server/json-schema.ts, which inlines $refs into draft-07 schemas.
    const draft07 = 'http://json-schema.org/draft-07/schema#'
    const groupBy = { type: 'object', required: ['kind'], properties: { kind: { type: 'string' } } }
    const document = { components: { schemas: { GroupBy: groupBy } } }
    expect(toJsonSchema({ type: 'string', nullable: true, enum: ['a'] }, document)).toEqual({
      $schema: draft07,
      type: ['string', 'null'],
      enum: ['a', null],
    })
    // In 3.0 the siblings of a $ref are ignored: `nullable` next to it does not allow null.
    expect(toJsonSchema({ $ref: '#/components/schemas/GroupBy', nullable: true }, document)).toEqual({ $schema: draft07, ...groupBy })
    expect(toJsonSchema({ type: 'integer', minimum: 0, exclusiveMinimum: true, example: 1 }, document)).toEqual({
      $schema: draft07,
      type: 'integer',
      exclusiveMinimum: 0,
    })
    expect(toJsonSchema({ nullable: true, allOf: [{ $ref: '#/components/schemas/GroupBy' }] }, document)).toEqual({
      $schema: draft07,
      anyOf: [{ allOf: [groupBy] }, { type: 'null' }],
    })
  })
})

describe('the operation list check', () => {
  it('reports a removed operation and an added one', async () => {
    const document = await loadContract(contractPath('chatlayer'))
    const paths = at(document, 'paths')
    delete paths['/v1/bots/{bot_id}/conversations/insights']
    at(paths, TEAM).post = at(paths, TEAM, 'get')
    expect(operationDiff(operationList(document), EXPECTED_OPERATIONS.chatlayer)).toEqual([
      'missing: GET /v1/bots/{bot_id}/conversations/insights',
      `unexpected: POST ${TEAM}`,
    ])
  })
})

describe('the staleness check', () => {
  it('reports the generated files of a contract that changed since npm run generate', async () => {
    const document = await loadContract(contractPath('chatlayer'))
    // A new query parameter: it changes the types, the whole document and the runtime copy the mock compiles.
    ;(at(document, 'paths', '/v1/bots/{bot_id}/conversations', 'get').parameters as unknown[]).push({
      name: 'channel_hint',
      in: 'query',
      required: false,
      schema: { type: 'string' },
    })
    const changed = path.join(dir, 'stale')
    await rm(changed, { recursive: true, force: true })
    await mkdir(changed)
    await writeFile(path.join(changed, 'chatlayer.yaml'), stringify(document))
    expect(await staleFiles({ contractsDir: changed, apis: ['chatlayer'] })).toEqual([
      'contracts/generated/chatlayer.ts is stale: run npm run generate',
      'contracts/generated/chatlayer-document.ts is stale: run npm run generate',
      'contracts/generated/chatlayer-runtime.ts is stale: run npm run generate',
    ])
  })

  it('reports a missing generated file', async () => {
    const empty = await mkdtemp(path.join(dir, 'generated-'))
    expect(await staleFiles({ generatedDir: empty, apis: ['nebuly'] })).toEqual([
      'contracts/generated/nebuly.ts is missing: run npm run generate',
      'contracts/generated/nebuly-document.ts is missing: run npm run generate',
      'contracts/generated/nebuly-runtime.ts is missing: run npm run generate',
    ])
  })
})

describe('the lint check', () => {
  it('reports a $ref to a missing component', async () => {
    const document = await loadContract(contractPath('nebuly'))
    at(document, 'components', 'schemas', 'GetInteractionAggregatesRequest', 'properties').time_range = {
      $ref: '#/components/schemas/NoSuchSchema',
    }
    const errors = await lintErrors(await writeContract('missing-ref.yaml', document))
    expect(errors).toEqual([
      "no-unresolved-refs: Can't resolve $ref at #/components/schemas/GetInteractionAggregatesRequest/properties/time_range",
    ])
  })

  it('reports an operation without responses', async () => {
    const document = await loadContract(contractPath('chatlayer'))
    delete at(document, 'paths', FLOW, 'get').responses
    const errors = await lintErrors(await writeContract('no-responses.yaml', document))
    expect(errors.length).toBeGreaterThan(0)
    expect(errors.join('\n')).toMatch(/responses/)
  })

  it('reports a file that is not a contract at all', async () => {
    const file = path.join(dir, 'not-yaml.yaml')
    await writeFile(file, 'openapi: 3.0.3\npaths: [unclosed\n')
    const errors = await lintErrors(file)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/^redocly-cli: no JSON report \(exit 1\): [\s\S]*Failed to parse API description/)
  })
})
