// The build compiles the kit's contracts for verify (dist/verify-contracts/): a run reads the document and
// Dredd's transactions from there instead of parsing, but only when they were built from the same YAML.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadContract, resolveContractPath } from '../../server/verify/contract-model.ts'
import { compileForDredd, precompileContracts, readPrecompiled } from '../../server/verify/dredd-contract.ts'

describe('precompiled contracts for verify', () => {
  let dir: string
  const file = resolveContractPath('nebuly')
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'verify-precompiled-'))
    await precompileContracts([file], dir)
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  it('hold the same document and the same Dredd transactions as parsing the YAML', async () => {
    const text = await readFile(file, 'utf8')
    const stored = await readPrecompiled(file, text, pathToFileURL(`${dir}/`))
    const parsed = await loadContract(file)
    expect(stored?.document).toEqual(parsed.document)
    expect(stored?.dredd).toEqual(await compileForDredd(parsed.document, path.basename(file)))
    expect(stored?.dredd.transactions).toHaveLength(4)
  })

  it('are not used for a contract that changed since the build', async () => {
    const text = await readFile(file, 'utf8')
    expect(await readPrecompiled(file, `${text}\n# edited\n`, pathToFileURL(`${dir}/`))).toBeUndefined()
    expect(await readPrecompiled(resolveContractPath('chatlayer'), text, pathToFileURL(`${dir}/`))).toBeUndefined()
  })
})
