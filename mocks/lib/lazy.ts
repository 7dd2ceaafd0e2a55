// A value built in steps (a world), once, on first use, by whichever caller comes first. `get()` runs the
// steps left at once (a synchronous caller cannot wait); `ready()` runs them giving the event loop a turn
// between steps, so a page stays responsive while a world is built. Both drive the same steps: no caller
// ever sees half a value, and a request that arrives during the build waits for the whole of it.
import type { Steps, YieldTurn } from './steps.ts'

export interface Lazy<T> {
  get(): T
  ready(): Promise<T>
  /** The value when it is built, else undefined (never starts the build). */
  peek(): T | undefined
}

export function lazySteps<T>(start: () => Steps<T>, turn: () => YieldTurn): Lazy<T> {
  let steps: Steps<T> | undefined
  let outcome: { value: T } | { error: unknown } | undefined
  let pending: Promise<T> | undefined

  /** Runs one step; true once the build has ended (built, or failed). */
  function step(): boolean {
    if (outcome) return true
    steps ??= start()
    try {
      const next = steps.next()
      if (next.done) outcome = { value: next.value }
    } catch (error) {
      outcome = { error }
    }
    return outcome !== undefined
  }
  function result(): T {
    if (!outcome) throw new Error('lazySteps: read before the build ended')
    if ('error' in outcome) throw outcome.error
    return outcome.value
  }

  return {
    get() {
      for (;;) if (step()) return result()
    },
    ready() {
      pending ??= (async () => {
        const giveWay = turn()
        // get() may finish the steps while this waits for its turn: step() then reports the end.
        while (!step()) await giveWay()
        return result()
      })()
      return pending
    },
    peek: () => (outcome && 'value' in outcome ? outcome.value : undefined),
  }
}
