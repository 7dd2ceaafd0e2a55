// One value per text, from a small table emptied when full: for work a client repeats (the same paths,
// queries and date-times again and again), so a repeated request neither redoes it nor keeps a copy of its own.

/**
 * The same value for the same text, made once while the table holds it (at most `capacity` texts; emptied
 * when full). Object values are frozen: every caller shares them. The journal keeps a request's path and
 * query for its last 1,000 requests, and a repeated request then holds no copy of its own (fewer objects
 * outlive the request, less for the garbage collector to move).
 */
export function createInterner<T extends object | string | number>(make: (text: string) => T, capacity = 256): (text: string) => T {
  const table = new Map<string, T>()
  return (text) => {
    let value = table.get(text)
    if (value === undefined) {
      if (table.size >= capacity) table.clear()
      value = make(text)
      if (typeof value === 'object') Object.freeze(value)
      table.set(text, value)
    }
    return value
  }
}
