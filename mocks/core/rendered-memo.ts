// Rendered report bodies, kept for requests that ask the same again. A report's answer is a pure function
// of its inputs (the tenant's seeded world, the operation, the validated filters and the range the clock
// gives), so the key is exactly those inputs: a clock move that changes the range is another key, and the
// mock's reset empties the memo. Everything around the body still runs per request (authentication and
// rate limits, QA controls, validation, the journal, the headers). Bounded in entries and in characters;
// the least recently used body goes first.
import { Rendered } from './typed-route.ts'

export interface RenderedMemoOptions {
  /** Most bodies kept (default 256). */
  maxEntries?: number
  /** Most characters of all bodies together (default 8 Mi, ~8-16 MB); a larger body is never kept. */
  maxChars?: number
}

export interface RenderedMemo {
  /** The body for `key` as rendered before, or `compute`'s value rendered now (and kept). */
  render<T>(key: string, compute: () => T | Promise<T>): Rendered<T> | Promise<Rendered<T>>
  /** Forgets every body (the mock's reset). */
  clear(): void
  /** What it holds now: for tests and the bench. */
  readonly entries: number
  readonly chars: number
}

const DEFAULT_MEMO_ENTRIES = 256
const DEFAULT_MEMO_CHARS = 8 * 1024 * 1024

export function createRenderedMemo(options: RenderedMemoOptions = {}): RenderedMemo {
  const maxEntries = options.maxEntries ?? DEFAULT_MEMO_ENTRIES
  const maxChars = options.maxChars ?? DEFAULT_MEMO_CHARS
  // Least recently used, approximately and cheaply ("second chance"): a hit only marks its entry; when a body
  // must go, marked entries from the oldest end are moved to the newest end, unmarked, and the first
  // unmarked one goes. A Map iterates in insertion order, so its first entry is the oldest.
  const bodies = new Map<string, { rendered: Rendered<unknown>; used: boolean }>()
  let chars = 0
  // Bumped by clear(): a computation that began before a reset does not keep what it found.
  let generation = 0

  function keep(key: string, rendered: Rendered<unknown>, startedIn: number): void {
    if (startedIn !== generation || rendered.json.length > maxChars || bodies.has(key)) return
    bodies.set(key, { rendered, used: false })
    chars += rendered.json.length
    for (const [oldest, entry] of bodies) {
      if (bodies.size <= maxEntries && chars <= maxChars) break
      bodies.delete(oldest)
      if (entry.used && oldest !== key) {
        entry.used = false
        bodies.set(oldest, entry)
      } else chars -= entry.rendered.json.length
    }
  }

  return {
    render<T>(key: string, compute: () => T | Promise<T>) {
      const known = bodies.get(key)
      if (known) {
        known.used = true
        return known.rendered as Rendered<T>
      }
      const startedIn = generation
      const done = (value: T) => {
        const rendered = new Rendered<T>(JSON.stringify(value))
        keep(key, rendered, startedIn)
        return rendered
      }
      const value = compute()
      return value instanceof Promise ? value.then(done) : done(value)
    },
    clear() {
      bodies.clear()
      chars = 0
      generation += 1
    },
    get entries() {
      return bodies.size
    },
    get chars() {
      return chars
    },
  }
}

/**
 * The memo key of a report's inputs: strings and plain values as JSON, instants as their milliseconds,
 * flat objects (a range, filters) member by member (names as the code spells them), an undefined member
 * left out as JSON leaves it out. Formatting a Date as JSON costs more than the rest of a remembered answer.
 */
export function memoKey(parts: readonly unknown[]): string {
  let key = ''
  for (const part of parts) {
    if (part instanceof Date) key += `@${part.getTime()}|`
    else if (part !== null && typeof part === 'object' && !Array.isArray(part)) {
      key += '{'
      const members = part as Record<string, unknown>
      for (const name in members) {
        const value = members[name]
        if (value !== undefined) key += `${name}:${value instanceof Date ? `@${value.getTime()}` : JSON.stringify(value)},`
      }
      key += '}|'
    } else key += `${JSON.stringify(part)}|`
  }
  return key
}
