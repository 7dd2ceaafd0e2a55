// The file behind GET /api/v1/analytics/export/{export_id}/download (decision 0001, "Downloads"): CSV, JSON
// or PDF. Rendering is generic: the caller builds the ordered `sections` (named tables) from the analytics
// of the export's scope, already redacted, and this module only lays them out.
//
// CSV layout (one file, one block per table, blocks separated by a blank line):
//
//   section,export,AurionAI analytics export
//   export_id,scope,start_date,end_date,tz,generated_at
//   c0ffee00-...,voice,2026-03-01,2026-03-08,Europe/Paris,2026-03-08T12:00:00.000Z
//
//   section,call_volume,Call volume per day
//   date,total_calls,completed_calls,failed_calls
//   2026-03-01,22,18,4
//
// Every block starts with a marker row `section,<name>,<title>`, then the column headers, then the rows.
// A spreadsheet shows each table under its title; a program reads it with csv-parse
// ({ relax_column_count: true }): a record ["section", name, title] at the start or after an empty record
// [""] opens a block. The first block, `export`, holds the metadata (the JSON file's top-level fields),
// so no section may be named `export`. Empty fields (null or '') are written `""`, so that a data row never
// looks like a separator line; CSV has no null. Booleans are `true`/`false`. A text cell starting with
// = + - @ (or a tab / carriage return) gets a leading apostrophe so that a spreadsheet does not run it as a
// formula.
//
// Every format renders in slices (CSV_ROWS_PER_SLICE rows, a PDF page) with a turn for the event loop
// between them, so that a large export does not hold the other requests of a shared mock: the bytes are
// those of one pass.
import type { stringify as Stringify } from 'csv-stringify/browser/esm/sync'
import type { ExportRecord } from '../../../generators/aurion/model.ts'
import { budgetedTurns, type YieldTurn } from '../../lib/steps.ts'

export type ExportFormat = ExportRecord['format']
export type ExportScope = ExportRecord['scope']

export type ExportCell = string | number | boolean | null

/** One named table of an export. `name` is unique within the export and not "export". */
export interface ExportSection {
  /** Machine name: the JSON key and the CSV marker ("call_volume"). */
  name: string
  /** Human title: the PDF heading and the CSV marker's third cell ("Call volume per day"). */
  title: string
  /** At least one column. */
  columns: string[]
  /** Each row has one cell per column. */
  rows: ExportCell[][]
}

export interface ExportInput {
  export_id: string
  format: ExportFormat
  scope: ExportScope
  start_date: string
  end_date: string
  tz: string
  include_call_details: boolean
  include_transcripts: boolean
  include_conversations: boolean
  /** ISO 8601 instant, from the mock's clock (the PDF's creation date too). */
  generated_at: string
  sections: ExportSection[]
}

export type ExportContentType = 'text/csv' | 'application/json' | 'application/pdf'

export interface ExportFile {
  /** Exactly these values: the contract verifier compares content types. */
  contentType: ExportContentType
  filename: string
  /** A string for CSV and JSON, the bytes for PDF. */
  body: Uint8Array | string
}

/** Rows rendered between two turns (CSV and JSON); a PDF may take a turn at each page. */
const ROWS_PER_SLICE = 250

/**
 * `items` mapped one by one, `perSlice` at a time with a turn before each slice: for the detail tables,
 * whose rows are redacted (free text scanned for numbers, addresses and names) one by one.
 */
export async function mapInSlices<T, R>(items: readonly T[], map: (item: T) => R, turn: YieldTurn, perSlice: number): Promise<R[]> {
  const out: R[] = []
  for (let start = 0; start < items.length; start += perSlice) {
    await turn()
    for (const item of items.slice(start, start + perSlice)) out.push(map(item))
  }
  return out
}

/** The metadata block's name in the CSV (reserved). */
export const METADATA_SECTION = 'export'
export const EXPORT_TITLE = 'AurionAI analytics export'

const CONTENT_TYPES: Record<ExportFormat, ExportContentType> = {
  csv: 'text/csv',
  json: 'application/json',
  pdf: 'application/pdf',
}

/** "aurion-analytics-voice-2026-03-01_2026-03-08.csv" */
/**
 * Kit's choice, to bound the work of one download on a shared mock: the detail tables (`calls`,
 * `conversations`) hold the first rows of the range in time order, at most this many. The figures of the
 * other tables still cover the whole range.
 */
export const MAX_EXPORT_DETAIL_ROWS = 1_000

export function exportFilename(input: Pick<ExportInput, 'scope' | 'start_date' | 'end_date' | 'format'>): string {
  return `aurion-analytics-${input.scope}-${input.start_date}_${input.end_date}.${input.format}`
}

/** A section from a list of report rows (an analytics list), with the given keys as columns, in order. */
export function objectsSection<T extends { [K in keyof T]: ExportCell }>(
  name: string,
  title: string,
  objects: readonly T[],
  columns: readonly (keyof T & string)[],
): ExportSection {
  return {
    name,
    title,
    columns: [...columns],
    rows: objects.map((o) => columns.map((c) => o[c])),
  }
}

/** A two-column `metric,value` section from one object (a KPI block). */
export function keyValueSection(name: string, title: string, values: Readonly<Record<string, ExportCell>>): ExportSection {
  return { name, title, columns: ['metric', 'value'], rows: Object.entries(values).map(([k, v]) => [k, v]) }
}

function metadata(input: ExportInput): Record<string, string> {
  return {
    export_id: input.export_id,
    scope: input.scope,
    start_date: input.start_date,
    end_date: input.end_date,
    tz: input.tz,
    generated_at: input.generated_at,
  }
}

const FORMULA_START = /^[=+\-@\t\r]/

function csvCell(cell: ExportCell): ExportCell {
  return typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell
}

const CSV_OPTIONS = {
  quoted_empty: true,
  cast: { boolean: (value: boolean) => (value ? 'true' : 'false') },
}

/**
 * `stringify` is csv-stringify's, passed in so that the package loads only when a CSV is downloaded. Array
 * records are written one by one, so slices of rows stringified apart concatenate to the whole.
 */
export async function renderCsv(input: ExportInput, stringify: typeof Stringify, turn: YieldTurn = budgetedTurns()): Promise<string> {
  const meta = metadata(input)
  const blocks: ExportSection[] = [
    { name: METADATA_SECTION, title: EXPORT_TITLE, columns: Object.keys(meta), rows: [Object.values(meta)] },
    ...input.sections,
  ]
  const parts: string[] = []
  for (const [i, section] of blocks.entries()) {
    // A blank line between blocks.
    if (i > 0) parts.push('\n')
    parts.push(stringify([['section', section.name, section.title], section.columns], CSV_OPTIONS))
    for (let start = 0; start < section.rows.length; start += ROWS_PER_SLICE) {
      await turn()
      const slice = section.rows.slice(start, start + ROWS_PER_SLICE)
      parts.push(
        stringify(
          slice.map((row) => row.map(csvCell)),
          CSV_OPTIONS,
        ),
      )
    }
  }
  return parts.join('')
}

/** Each line of `json` indented by `indent` more spaces (JSON strings hold no raw line breaks). */
function indented(json: string, indent: string): string {
  return json.replaceAll('\n', `\n${indent}`)
}

/**
 * The same text as `JSON.stringify({ ...metadata, sections }, null, 2)`, written a slice of records at a
 * time: each record is stringified alone and indented to its depth (3 levels: root, sections, table).
 */
export async function renderJson(input: ExportInput, turn: YieldTurn = budgetedTurns()): Promise<string> {
  const head = JSON.stringify(metadata(input), null, 2)
  const parts: string[] = [head.slice(0, -2), ',\n  "sections": ']
  if (input.sections.length === 0) parts.push('{}')
  else parts.push('{\n')
  for (const [i, section] of input.sections.entries()) {
    parts.push(`    ${JSON.stringify(section.name)}: `)
    if (section.rows.length === 0) parts.push('[]')
    else parts.push('[\n')
    for (let start = 0; start < section.rows.length; start += ROWS_PER_SLICE) {
      await turn()
      const records = section.rows.slice(start, start + ROWS_PER_SLICE).map((row) => {
        const record: Record<string, ExportCell> = {}
        section.columns.forEach((column, c) => {
          record[column] = row[c] ?? null
        })
        return `      ${indented(JSON.stringify(record, null, 2), '      ')}`
      })
      parts.push(records.join(',\n'), start + ROWS_PER_SLICE < section.rows.length ? ',\n' : '\n    ]')
    }
    parts.push(i + 1 < input.sections.length ? ',\n' : '\n  }')
  }
  parts.push('\n}\n')
  return parts.join('')
}

/**
 * The downloadable file of an export, rendered in slices with `turn` between them (default: one
 * macrotask; tests inject one to act while a render is paused).
 */
export async function renderExport(input: ExportInput, turn: YieldTurn = budgetedTurns()): Promise<ExportFile> {
  const filename = exportFilename(input)
  const contentType = CONTENT_TYPES[input.format]
  switch (input.format) {
    case 'csv': {
      const { stringify } = await import('csv-stringify/browser/esm/sync')
      return { contentType, filename, body: await renderCsv(input, stringify, turn) }
    }
    case 'json':
      return { contentType, filename, body: await renderJson(input, turn) }
    case 'pdf': {
      // pdf-lib is most of the browser bundle's weight: load it only when a PDF is downloaded.
      const { renderPdf } = await import('./pdf.ts')
      return { contentType, filename, body: await renderPdf(input, EXPORT_TITLE, turn) }
    }
  }
}
