// Long reports written as generators: each `yield` marks a point between two blocks of work where the
// report may give way. runSteps runs one straight through (synchronous, for tests and callers that want
// the value); runStepsGivingWay returns to the event loop at those points once `budgetMs` of work has
// run since the last return, so that one insights request at 1M conversations does not hold every other
// request (a health check, a small report) until it ends. Small worlds never reach the budget: no delay.
export type Steps<T> = Generator<void, T, void>

export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

export async function runStepsGivingWay<T>(steps: Steps<T>, timer: () => number, budgetMs = 10): Promise<T> {
  let since = timer()
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
    if (timer() - since >= budgetMs) {
      // A macrotask, not a microtask: pending I/O (other requests) runs before the report goes on.
      await new Promise<void>((resolve) => setTimeout(resolve, 0))
      since = timer()
    }
  }
}
