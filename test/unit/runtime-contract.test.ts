// The mock compiles a runtime copy of each contract without prose (descriptions, summaries, tags) and
// without the schemas of response bodies (the mock never validates its own answers at run time), so that a
// browser bundle does not carry them; everything else, named examples, request schemas and field names
// included, is the contract's.
import { describe, expect, it } from 'vitest'
import { aurionDocument } from '../../contracts/generated/aurion-document.ts'
import { aurionRuntime } from '../../contracts/generated/aurion-runtime.ts'
import { chatlayerDocument } from '../../contracts/generated/chatlayer-document.ts'
import { chatlayerRuntime } from '../../contracts/generated/chatlayer-runtime.ts'
import { mockAdminDocument } from '../../contracts/generated/mock-admin-document.ts'
import { mockAdminRuntime } from '../../contracts/generated/mock-admin-runtime.ts'
import { nebulyDocument } from '../../contracts/generated/nebuly-document.ts'
import { nebulyRuntime } from '../../contracts/generated/nebuly-runtime.ts'
import type { OpenApiDocument } from '../../contracts/openapi.ts'
import { compileContract } from '../../mocks/core/contract.ts'
import { withoutResponseSchemas } from '../../scripts/generated-files.ts'

const PROSE = ['description', 'summary', 'tags', 'externalDocs']

/** Where `runtime` differs from `full` other than by leaving out a prose keyword. */
function differences(full: unknown, runtime: unknown, at = '#', parent = ''): string[] {
  // Data (an example body, a default) stays as written, whatever its keys.
  const data = ['example', 'value', 'default', 'enum'].includes(parent) || parent.startsWith('x-')
  if (data || typeof full !== 'object' || full === null) return JSON.stringify(full) === JSON.stringify(runtime) ? [] : [at]
  if (typeof runtime !== 'object' || runtime === null) return [at]
  const found: string[] = []
  for (const [key, value] of Object.entries(full)) {
    const prose = PROSE.includes(key) && parent !== 'properties'
    if (!(key in runtime)) {
      if (!prose) found.push(`${at}/${key} is missing`)
    } else if (prose) found.push(`${at}/${key} is still there`)
    else found.push(...differences(value, (runtime as Record<string, unknown>)[key], `${at}/${key}`, key))
  }
  return found
}

describe('the runtime copy of each contract', () => {
  it.each([
    ['aurion', aurionDocument, aurionRuntime],
    ['chatlayer', chatlayerDocument, chatlayerRuntime],
    ['nebuly', nebulyDocument, nebulyRuntime],
    ['mock-admin', mockAdminDocument, mockAdminRuntime],
  ])('%s: is the whole contract without its prose and response schemas, at well under the size', (_, full, runtime) => {
    expect(differences(withoutResponseSchemas(full as unknown as Record<string, unknown>), runtime)).toEqual([])
    expect(JSON.stringify(runtime).length).toBeLessThan(JSON.stringify(full).length * 0.6)
    expect(unresolvedRefs(runtime)).toEqual([])
    // What the mock reads from each operation is the whole contract's, bar the response bodies' schemas.
    const compiled = compileContract(runtime)
    for (const [id, op] of compileContract(full).operations) {
      const { responses, ...request } = op
      const { responses: runtimeResponses, ...runtimeRequest } = compiled.operations.get(id) ?? { responses: {} as typeof responses }
      expect(runtimeRequest, id).toEqual(withoutProseKeys(request))
      for (const [status, response] of Object.entries(responses)) {
        const media = Object.fromEntries(Object.entries(response.content ?? {}).map(([type, { schema: _, ...rest }]) => [type, rest]))
        expect(runtimeResponses[status]?.content ?? {}, `${id} ${status}`).toEqual(withoutProseKeys(media))
        expect(runtimeResponses[status]?.headers, `${id} ${status}`).toEqual(withoutProseKeys(response.headers))
      }
    }
  })

  it('sees a field named like a prose keyword go, prose stay, and an example body change', () => {
    expect(differences({ properties: { summary: { type: 'string' } } }, { properties: {} })).toEqual(['#/properties/summary is missing'])
    expect(differences({ description: 'prose' }, { description: 'prose' })).toEqual(['#/description is still there'])
    expect(differences({ example: { tags: ['a'] } }, { example: {} })).toEqual(['#/example'])
  })
})

/** Every local $ref in `document` that names nothing. */
function unresolvedRefs(document: OpenApiDocument): string[] {
  const refs: string[] = []
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return
    const ref = (node as { $ref?: unknown }).$ref
    if (typeof ref === 'string') {
      let target: unknown = document
      for (const part of ref.replace(/^#\//, '').split('/')) target = (target as Record<string, unknown> | undefined)?.[part]
      if (target === undefined) refs.push(ref)
    }
    for (const value of Object.values(node)) visit(value)
  }
  visit(document)
  return refs
}

/** A value without the prose keywords (field names under `properties` stay), as the runtime copy has it. */
function withoutProseKeys(value: unknown, parent = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => withoutProseKeys(item))
  if (typeof value !== 'object' || value === null || ['example', 'value', 'default', 'enum'].includes(parent)) return value
  const entries = Object.entries(value).filter(([key]) => parent === 'properties' || !PROSE.includes(key))
  return Object.fromEntries(entries.map(([key, item]) => [key, withoutProseKeys(item, key)]))
}

describe('withoutResponseSchemas', () => {
  const document = {
    paths: {
      '/a': {
        post: {
          requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Shared' } } } },
          responses: {
            '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Answer' }, example: { ok: true } } } },
            '400': { $ref: '#/components/responses/Bad' },
          },
        },
      },
    },
    components: {
      responses: { Bad: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Problem' } } } } },
      schemas: {
        Shared: { type: 'object', properties: { inner: { $ref: '#/components/schemas/Inner' } } },
        Inner: { type: 'string' },
        Answer: { type: 'object', properties: { shared: { $ref: '#/components/schemas/Shared' } } },
        Problem: { type: 'object' },
      },
    },
  }

  it('drops response schemas and the schemas only they use; keeps request schemas, what they use, and examples', () => {
    const runtime = withoutResponseSchemas(document) as typeof document
    expect(Object.keys(runtime.components.schemas).sort()).toEqual(['Inner', 'Shared'])
    expect(runtime.paths['/a'].post.responses['200']).toEqual({ content: { 'application/json': { example: { ok: true } } } })
    expect(runtime.components.responses.Bad).toEqual({ content: { 'application/json': {} } })
    expect(unresolvedRefs(runtime as unknown as OpenApiDocument)).toEqual([])
  })

  it('the reference check finds a schema that is gone', () => {
    const broken = structuredClone(document)
    broken.components.schemas.Shared.properties.inner.$ref = '#/components/schemas/Gone'
    expect(unresolvedRefs(broken as unknown as OpenApiDocument)).toEqual(['#/components/schemas/Gone'])
  })
})
