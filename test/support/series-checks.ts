// Checks every Chatlayer SeriesData must pass, whether computed in-process or read over HTTP.
import { expect } from 'vitest'
import type { SeriesData } from '../../mocks/chatlayer/reports/series.ts'

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0)

/** Each serie's statistics describe exactly its values (int32s all), one value and one legend per bucket. */
export function expectConsistentStats(data: SeriesData): void {
  for (const serie of data.series) {
    expect(serie.values).toHaveLength(data.x_values.length)
    expect(serie.sum).toBe(sum(serie.values))
    expect(serie.min).toBe(Math.min(...serie.values))
    expect(serie.max).toBe(Math.max(...serie.values))
    expect(serie.mean).toBe(Math.round(serie.sum / serie.values.length))
    for (const v of [...serie.values, serie.mean, serie.min, serie.max, serie.sum]) expect(Number.isInteger(v)).toBe(true)
  }
  expect(data.series_labels).toHaveLength(data.series.length)
}

/** The element-wise sum of the grouped series equals the ungrouped values. */
export function expectGroupsAddUp(grouped: SeriesData, total: SeriesData): void {
  expect(grouped.x_values).toEqual(total.x_values)
  const perBucket = total.x_values.map((_, i) => sum(grouped.series.map((s) => s.values[i]!)))
  expect(perBucket).toEqual(total.series[0]!.values)
}
