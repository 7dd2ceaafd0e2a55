// The mock compiles a runtime copy of each contract without prose (descriptions, summaries, tags), so that
// a browser bundle does not carry it; everything else, named examples and field names included, is the contract's.
import { describe, expect, it } from 'vitest'
import { aurionDocument } from '../../contracts/generated/aurion-document.ts'
import { aurionRuntime } from '../../contracts/generated/aurion-runtime.ts'
import { chatlayerDocument } from '../../contracts/generated/chatlayer-document.ts'
import { chatlayerRuntime } from '../../contracts/generated/chatlayer-runtime.ts'
import { mockAdminDocument } from '../../contracts/generated/mock-admin-document.ts'
import { mockAdminRuntime } from '../../contracts/generated/mock-admin-runtime.ts'
import { nebulyDocument } from '../../contracts/generated/nebuly-document.ts'
import { nebulyRuntime } from '../../contracts/generated/nebuly-runtime.ts'

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
  ])('%s: is the whole contract without its prose, at well under the size', (_, full, runtime) => {
    expect(differences(full, runtime)).toEqual([])
    expect(JSON.stringify(runtime).length).toBeLessThan(JSON.stringify(full).length * 0.8)
  })

  it('keeps a field named like a prose keyword, and example bodies as written', () => {
    const conversation = aurionRuntime.components?.schemas?.ConversationListItem
    expect(conversation && 'properties' in conversation && conversation.properties?.tags).toBeDefined()
    expect(differences({ properties: { summary: { type: 'string' } } }, { properties: {} })).toEqual(['#/properties/summary is missing'])
    expect(differences({ description: 'prose' }, { description: 'prose' })).toEqual(['#/description is still there'])
    expect(differences({ example: { tags: ['a'] } }, { example: {} })).toEqual(['#/example'])
  })
})
