// Long reports written as generators: each `yield` marks a point between two blocks of work where the
// report may give way. runSteps runs one straight through (synchronous, for tests and callers that want
// the value); runStepsGivingWay returns to the event loop at those points once the budget of work has
// run since the last return (budgetedTurns, which export renders take too), so that one insights request at 1M conversations does not hold every other
// request (a health check, a small report) until it ends. Small worlds never reach the budget: no delay.
// Reports walk their rows in slices of SLICE_ROWS with a step after each (`slices`), so no block of work
// grows with the world: at 1M conversations a 366-day pass is ~450 slices of well under a millisecond.
import { runSteps, type Steps } from '../../generators/lib/steps.ts'

export { runSteps, type Steps }

/** Rows a report handles between two steps: microseconds of work, so the budget is checked often. */
export const SLICE_ROWS = 2048

/** Runs `work(from, to)` over [start, end) one slice of `rows` at a time, a step between two slices. */
export function* slices(start: number, end: number, work: (from: number, to: number) => void, rows = SLICE_ROWS): Steps<void> {
  for (let from = start; from < end; from += rows) {
    if (from > start) yield
    work(from, Math.min(end, from + rows))
  }
}

/** The value of `steps` and the time `timer` saw them work, the pauses between steps left out. */
export function* timedSteps<T>(timer: () => number, steps: Steps<T>): Steps<{ value: T; ms: number }> {
  let ms = 0
  for (;;) {
    const start = timer()
    const step = steps.next()
    ms += timer() - start
    if (step.done) return { value: step.value, ms }
    yield
  }
}

/** Work between two turns: what a health check waits at most while a report runs, before GC and load. */
const TURN_BUDGET_MS = 5

/** Called between two slices of long work (a report, an export render): may give the event loop a turn. */
export type YieldTurn = () => Promise<void>

/**
 * The next macrotask. Node's setImmediate runs right after pending I/O (another request) without the 1 ms
 * floor of setTimeout, so a turn costs a report nothing when no one waits; browsers have only setTimeout.
 */
const nodeImmediate = (globalThis as { setImmediate?: (run: () => void) => unknown }).setImmediate
export const nextMacrotask: () => Promise<void> = nodeImmediate
  ? () => new Promise((resolve) => nodeImmediate(resolve))
  : () => new Promise((resolve) => setTimeout(resolve, 0))

/**
 * Turns taken only once `budgetMs` of work has passed since the last one, each a macrotask (pending I/O,
 * another request, goes first). A turn on every slice would make long work wait behind every other request
 * once per slice on a busy mock; small work takes none. The timer decides only when to pause, never a byte.
 */
export function budgetedTurns(timer: () => number = () => performance.now(), budgetMs = TURN_BUDGET_MS): YieldTurn {
  let since = timer()
  return async () => {
    if (timer() - since < budgetMs) return
    await nextMacrotask()
    since = timer()
  }
}

export async function runStepsGivingWay<T>(steps: Steps<T>, turn: YieldTurn = budgetedTurns()): Promise<T> {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
    await turn()
  }
}
