// Reads back an export CSV (layout documented in mocks/aurion/exports/files.ts): blocks opened by a
// `section,<name>,<title>` record at the start or after an empty record, then headers, then rows.
import { parse } from 'csv-parse/sync'

export interface CsvBlock {
  title: string
  columns: string[]
  rows: string[][]
}

export function parseExportCsv(text: string): Map<string, CsvBlock> {
  const records: string[][] = parse(text, { relax_column_count: true, skip_empty_lines: false })
  const blocks = new Map<string, CsvBlock>()
  let current: CsvBlock | null = null
  let expectHeader = false
  let afterBlank = true
  for (const record of records) {
    const blank = record.length === 1 && record[0] === ''
    if (afterBlank && record.length === 3 && record[0] === 'section') {
      current = { title: record[2] ?? '', columns: [], rows: [] }
      blocks.set(record[1] ?? '', current)
      expectHeader = true
    } else if (current !== null && expectHeader) {
      current.columns = record
      expectHeader = false
    } else if (current !== null && !blank) {
      current.rows.push(record)
    }
    afterBlank = blank
  }
  return blocks
}

/** The rows of a block as objects keyed by column. */
export function blockObjects(block: CsvBlock): Record<string, string>[] {
  return block.rows.map((row) => Object.fromEntries(block.columns.map((c, i) => [c, row[i] ?? ''])))
}
