// The contracts are the source of truth: they lint clean, their examples match their schemas, they describe
// exactly the 22 operations, and the committed generated files are what `npm run generate` writes.
import { describe, expect, it } from 'vitest'
import { APIS, contractPath } from '../../scripts/generated-files.ts'
import { exampleErrors, lintErrors, loadContract, operationDiff, operationList, staleFiles } from '../support/contract-checks.ts'
import { EXPECTED_OPERATIONS } from './expected-operations.ts'

describe.each(APIS)('contracts/%s.yaml', (api) => {
  it('every example validates against its own schema', async () => {
    const document = await loadContract(contractPath(api))
    expect(exampleErrors(document)).toEqual([])
  })

  it('has exactly its expected operations', async () => {
    const document = await loadContract(contractPath(api))
    expect(operationDiff(operationList(document), EXPECTED_OPERATIONS[api])).toEqual([])
  })

  it('lints without errors (redocly, recommended rules)', async () => {
    expect(await lintErrors(contractPath(api))).toEqual([])
  })
})

describe('contracts/mock-admin.yaml (the admin API)', () => {
  it('lints without errors and its examples validate', async () => {
    const file = contractPath('mock-admin')
    expect(exampleErrors(await loadContract(file))).toEqual([])
    expect(await lintErrors(file)).toEqual([])
  })
})

describe('all three contracts', () => {
  it('describe the 22 operations of the kit, each once', async () => {
    const all: string[] = []
    for (const api of APIS) all.push(...operationList(await loadContract(contractPath(api))))
    const expected = APIS.flatMap((api) => EXPECTED_OPERATIONS[api])
    expect(expected).toHaveLength(22)
    expect(operationDiff(all, expected)).toEqual([])
  })

  it('have up-to-date generated files', async () => {
    const stale = await staleFiles()
    expect(stale, 'generated files differ from the contracts: run npm run generate').toEqual([])
  })
})
