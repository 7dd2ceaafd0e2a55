// contractEnum: one run-time list per contract enum, kept equal to the generated type by the compiler.
// The @ts-expect-error lines are the failing cases: `npm run typecheck` fails if any of them compiles.
import { describe, expect, it } from 'vitest'
import type { components } from '../../contracts/generated/aurion.ts'
import { contractEnum } from '../../contracts/openapi.ts'

type Format = components['schemas']['ExportRequest']['format']

describe('contractEnum', () => {
  it('returns the list as given, with its literal types', () => {
    const formats = contractEnum<Format>()(['csv', 'json', 'pdf'])
    expect(formats).toEqual(['csv', 'json', 'pdf'])
  })

  it('does not compile with a value the contract lacks, or without one it has', () => {
    const wrong = () => [
      // @ts-expect-error 'xlsx' is not in the contract's enum
      contractEnum<Format>()(['csv', 'json', 'pdf', 'xlsx']),
      // @ts-expect-error 'pdf' is missing
      contractEnum<Format>()(['csv', 'json']),
    ]
    expect(typeof wrong).toBe('function')
  })
})
