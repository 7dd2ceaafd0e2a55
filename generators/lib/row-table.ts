// What the column tables (AurionAI conversations, CSAT responses, LLM usage) share: each keeps its rows in
// typed arrays that grow by doubling, and writes a row as a record only when one is asked for.

type Column = Int8Array | Uint8Array | Uint16Array | Int32Array | Uint32Array | Float64Array

/** `to`, holding as many of `from`'s first values as fit: how a column grows, or shrinks to its rows. */
export function copied<A extends Column>(from: Column, to: A): A {
  to.set(from.subarray(0, Math.min(from.length, to.length)))
  return to
}

/** A table whose rows are written as records on demand; its JSON is the JSON of its records. */
export abstract class RowTable<R> {
  length = 0

  abstract row(i: number): R

  /** Every row as a record (tests, small worlds). */
  rows(): R[] {
    const out: R[] = []
    for (let i = 0; i < this.length; i++) out.push(this.row(i))
    return out
  }

  toJSON(): R[] {
    return this.rows()
  }
}
