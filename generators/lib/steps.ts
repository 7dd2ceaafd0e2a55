// Work written as a generator: each `yield` is a point between two blocks of work where a caller may give
// way (mocks/lib/steps.ts drives reports and world builds in turns); runSteps runs them straight through.
export type Steps<T> = Generator<void, T, void>

/** Runs every step at once and returns the value (synchronous). */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}
