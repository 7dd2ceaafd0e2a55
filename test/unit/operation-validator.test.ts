// operationValidator: an operation whose only inputs are query parameters reuses the frozen values of a
// query string it validated before; an invalid query, or an operation with path parameters, is validated
// afresh every time.
import { describe, expect, it } from 'vitest'
import { aurionDocument } from '../../contracts/generated/aurion-document.ts'
import { chatlayerDocument } from '../../contracts/generated/chatlayer-document.ts'
import { compileContract, getOperation } from '../../mocks/core/contract.ts'
import { operationValidator, type RawRequest } from '../../mocks/core/validation.ts'

const aurion = compileContract(aurionDocument)
const OVERVIEW = getOperation(aurion, 'get_conversation_overview_api_v2_analytics_conversations_overview_get')
const raw = (query: string, pathParams: RawRequest['pathParams'] = {}): RawRequest => ({
  url: new URL(`http://mock.test/path${query}`),
  pathParams,
  headers: new Headers(),
  bodyText: undefined,
})

describe('operationValidator', () => {
  it('gives a repeated query string the values it validated before, frozen', () => {
    const validate = operationValidator(aurion, OVERVIEW)
    const week = '?date_from=2026-03-01T00:00:00Z&date_to=2026-03-08T23:59:59Z'
    const first = validate(raw(week))
    expect(first.issues).toEqual([])
    expect(first.values.query).toEqual({ date_from: '2026-03-01T00:00:00Z', date_to: '2026-03-08T23:59:59Z' })
    const again = validate(raw(week))
    expect(again.values).toBe(first.values)
    expect(Object.isFrozen(again.values.query)).toBe(true)
    const other = validate(raw('?date_from=2026-02-01T00:00:00Z'))
    expect(other.values.query).toEqual({ date_from: '2026-02-01T00:00:00Z' })
  })

  it('validates an invalid query afresh each time, with its issues', () => {
    const validate = operationValidator(aurion, OVERVIEW)
    const bad = '?date_from=yesterday'
    const first = validate(raw(bad))
    expect(first.issues.map((i) => i.loc)).toEqual([['query', 'date_from']])
    const again = validate(raw(bad))
    expect(again.issues).toEqual(first.issues)
    expect(again.issues).not.toBe(first.issues)
  })

  it('does not reuse values for an operation with path parameters', () => {
    const chatlayer = compileContract(chatlayerDocument)
    const op = [...chatlayer.operations.values()].find((o) => o.parameters.some((p) => p.in === 'path'))!
    const validate = operationValidator(chatlayer, op)
    const names = Object.fromEntries(op.parameters.filter((p) => p.in === 'path').map((p) => [p.name, 'abc']))
    const first = validate(raw('', names))
    const second = validate(raw('', { ...names, [Object.keys(names)[0]!]: 'xyz' }))
    expect(second.values).not.toBe(first.values)
    expect(Object.values(second.values.path)).toContain('xyz')
  })
})
