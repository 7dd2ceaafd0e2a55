// Small helpers over lists of records that several APIs' indexes and handlers share.

/** The items by key, each group in the items' order; groups in the order their keys first appear. */
export function groupByKey<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const key = keyOf(item)
    const group = groups.get(key)
    if (group) group.push(item)
    else groups.set(key, [item])
  }
  return groups
}

/**
 * The items of a list sorted by an ISO 8601 instant (ascending) whose instant is in [startMs, endMs), by
 * binary search; empty when the range is.
 */
export function withinInstants<T>(list: readonly T[], instantOf: (item: T) => string, startMs: number, endMs: number): readonly T[] {
  const lowerBound = (ms: number) => {
    let lo = 0
    let hi = list.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (Date.parse(instantOf(list[mid]!)) < ms) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  return endMs > startMs ? list.slice(lowerBound(startMs), lowerBound(endMs)) : []
}
