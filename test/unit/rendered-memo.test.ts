// The memo of rendered report bodies: bounded in entries and characters (least recently used out first),
// emptied by clear() even for a computation still running, and keyed so that no two inputs meet.
import { describe, expect, it } from 'vitest'
import { createRenderedMemo, memoKey } from '../../mocks/core/rendered-memo.ts'

describe('rendered memo', () => {
  it('computes once per key and gives the body rendered before', () => {
    const memo = createRenderedMemo()
    let runs = 0
    const compute = () => ({ run: ++runs })
    const first = memo.render('a', compute)
    const second = memo.render('a', compute)
    expect(runs).toBe(1)
    expect(second).toBe(first)
    expect(memo.render('b', compute)).toMatchObject({ json: '{"run":2}' })
  })

  it('keeps at most maxEntries bodies, dropping the least recently used', () => {
    const memo = createRenderedMemo({ maxEntries: 2 })
    let runs = 0
    const compute = () => ++runs
    memo.render('a', compute)
    memo.render('b', compute)
    memo.render('a', compute) // a is now the most recent
    memo.render('c', compute) // b goes
    expect(memo.entries).toBe(2)
    expect(runs).toBe(3)
    memo.render('a', compute)
    expect(runs).toBe(3)
    memo.render('b', compute)
    expect(runs).toBe(4)
  })

  it('keeps at most maxChars characters, and never a body larger than that', () => {
    const memo = createRenderedMemo({ maxChars: 25 })
    memo.render('a', () => 'x'.repeat(8)) // 10 characters as JSON
    memo.render('b', () => 'y'.repeat(8))
    expect(memo.chars).toBe(20)
    memo.render('c', () => 'z'.repeat(8))
    expect(memo.entries).toBe(2)
    expect(memo.chars).toBe(20)
    const big = memo.render('d', () => 'w'.repeat(100))
    expect(big).toMatchObject({ json: `"${'w'.repeat(100)}"` })
    expect(memo.chars).toBeLessThanOrEqual(25)
    let runs = 0
    memo.render('d', () => ++runs)
    expect(runs).toBe(1)
  })

  it('forgets everything on clear, and keeps nothing a computation started before it found', async () => {
    const memo = createRenderedMemo()
    let release: (value: string) => void = () => {}
    const pending = memo.render('a', () => new Promise<string>((resolve) => (release = resolve)))
    memo.render('b', () => 'kept')
    memo.clear()
    expect(memo.entries).toBe(0)
    expect(memo.chars).toBe(0)
    release('old')
    await expect(pending).resolves.toMatchObject({ json: '"old"' })
    expect(memo.entries).toBe(0)
    let runs = 0
    memo.render('a', () => ++runs)
    expect(runs).toBe(1)
  })

  it('keys each input apart: instants by their milliseconds, members by name, undefined members left out', () => {
    const from = new Date('2026-03-01T00:00:00Z')
    const to = new Date('2026-03-08T23:59:59Z')
    const range = memoKey(['op', 't1', { from, to }])
    expect(memoKey(['op', 't1', { from: new Date(from), to: new Date(to) }])).toBe(range)
    expect(memoKey(['op', 't2', { from, to }])).not.toBe(range)
    expect(memoKey(['op', 't1', { from, to: new Date(to.getTime() + 1) }])).not.toBe(range)
    expect(memoKey(['op', { team_id: undefined }])).toBe(memoKey(['op', {}]))
    expect(memoKey(['op', { team_id: 'a' }])).not.toBe(memoKey(['op', { agent_id: 'a' }]))
    expect(memoKey(['op', from.getTime()])).not.toBe(memoKey(['op', from]))
    expect(memoKey(['op', 'a|b'])).not.toBe(memoKey(['op', 'a', 'b']))
  })
})
