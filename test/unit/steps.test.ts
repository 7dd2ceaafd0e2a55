import { describe, expect, it } from 'vitest'
import { budgetedTurns, runSteps, runStepsGivingWay, slices, timedSteps, type Steps } from '../../mocks/lib/steps.ts'

/** A report of `blocks` blocks that logs each one; every block "costs" `costMs` on the fake clock. */
function* report(log: string[], clock: { now: number }, blocks: number, costMs: number): Steps<number> {
  for (let i = 0; i < blocks; i++) {
    clock.now += costMs
    log.push(`block ${i}`)
    yield
  }
  return blocks
}

describe('reports in steps', () => {
  it('runs straight through when synchronous', () => {
    const log: string[] = []
    expect(runSteps(report(log, { now: 0 }, 3, 100))).toBe(3)
    expect(log).toEqual(['block 0', 'block 1', 'block 2'])
  })

  it('lets other work in between blocks once the budget is spent', async () => {
    const log: string[] = []
    const clock = { now: 0 }
    setImmediate(() => log.push('other request'))
    const result = await runStepsGivingWay(
      report(log, clock, 3, 25),
      budgetedTurns(() => clock.now, 10),
    )
    expect(result).toBe(3)
    expect(log).toEqual(['block 0', 'other request', 'block 1', 'block 2'])
  })

  it('never gives way while under the budget (small worlds answer without a delay)', async () => {
    const log: string[] = []
    const clock = { now: 0 }
    setImmediate(() => log.push('other request'))
    await runStepsGivingWay(
      report(log, clock, 3, 1),
      budgetedTurns(() => clock.now, 10),
    )
    expect(log).toEqual(['block 0', 'block 1', 'block 2'])
  })

  it('walks rows in slices, a step between two slices and none after the last', () => {
    const seen: string[] = []
    const steps = slices(3, 10, (from, to) => seen.push(`${from}-${to}`), 3)
    let pauses = 0
    while (!steps.next().done) pauses += 1
    expect(seen).toEqual(['3-6', '6-9', '9-10'])
    expect(pauses).toBe(2)
    expect(runSteps(slices(5, 5, () => seen.push('empty')))).toBeUndefined()
    expect(seen).not.toContain('empty')
  })

  it('times the work of steps, not the pauses between them', () => {
    const clock = { now: 0 }
    const timed = timedSteps(() => clock.now, report([], clock, 3, 25))
    let step = timed.next()
    while (!step.done) {
      clock.now += 1000 // a pause: other requests run
      step = timed.next()
    }
    expect(step.value).toEqual({ value: 3, ms: 75 })
  })
})
