// PDF rendering of an analytics export with pdf-lib (browser-safe): A4 (landscape when a table needs the
// width), Helvetica, a heading with the range and scope, then each section as a table with its column
// headers (repeated on every page it spans), long cells truncated with an ellipsis, "page i of n" in the
// footer. The layout takes a turn for the event loop at every page (exports are rendered on a shared mock).
import {
  PDFDocument,
  PageSizes,
  StandardFonts,
  beginText,
  endText,
  rgb,
  setFillingRgbColor,
  setFontAndSize,
  setTextMatrix,
  showText,
} from 'pdf-lib'
import type { PDFFont, PDFName, PDFOperator, PDFPage } from 'pdf-lib'
import type { ExportCell, ExportInput, ExportSection } from './files.ts'
import type { YieldTurn } from '../../lib/steps.ts'

const [A4_SHORT, A4_LONG] = PageSizes.A4
const MARGIN = 40
const BOTTOM = MARGIN + 14 // room for the footer
const TITLE_SIZE = 16
const META_SIZE = 9
const SECTION_SIZE = 11
const CELL_SIZE = 7.5
const FOOTER_SIZE = 7
const ROW_HEIGHT = 11
const CELL_PADDING = 3
const MAX_COLUMN_WIDTH = 220
const MIN_COLUMN_WIDTH = 24
/**
 * Rows shown per table: a daily table of the longest range (366 days) fits. A PDF is for reading: past this
 * the table ends with a note pointing to CSV or JSON, which hold more rows (and a PDF of a thousand rows
 * with transcripts held the event loop for seconds at 100,000 conversations).
 */
export const PDF_MAX_ROWS_PER_SECTION = 400
/** Column widths are estimated from the header and the first rows; later rows are truncated to fit. */
const WIDTH_SAMPLE_ROWS = 200
/** Footers drawn between two turns. */
const FOOTERS_PER_SLICE = 50
/** Objects pdf-lib writes between two turns: a page's content stream is deflated when it is written. */
const OBJECTS_PER_TICK = 10
const GREY_LEVEL = 0.45
const GREY = rgb(GREY_LEVEL, GREY_LEVEL, GREY_LEVEL)
const LINE = rgb(0.75, 0.75, 0.75)

/**
 * Text measuring and cleaning for one standard font. The standard fonts only encode WinAnsi, so other
 * characters become '?' (pdf-lib would throw); widths are summed per character from a cache, which is
 * exact here because the text is shown without kerning.
 */
class FontMetrics {
  private readonly widths = new Map<string, number>()
  private readonly supported: Set<number>

  constructor(
    readonly font: PDFFont,
    readonly size: number,
  ) {
    this.supported = new Set(font.getCharacterSet())
  }

  clean(text: string): string {
    let out = ''
    for (const ch of text.replace(/\s+/g, ' ')) {
      out += this.supported.has(ch.codePointAt(0) ?? 0) ? ch : '?'
    }
    return out
  }

  width(text: string): number {
    let total = 0
    for (const ch of text) {
      let w = this.widths.get(ch)
      if (w === undefined) {
        w = this.font.widthOfTextAtSize(ch, this.size)
        this.widths.set(ch, w)
      }
      total += w
    }
    return total
  }

  /** The cleaned text, cut to `maxWidth` with an ellipsis when longer. */
  fit(text: string, maxWidth: number): string {
    const clean = this.clean(text)
    // The tolerance absorbs float noise: a column sized to its text must not cut that text.
    if (this.width(clean) <= maxWidth + 0.01) return clean
    const budget = maxWidth - this.width('\u2026')
    let out = ''
    let used = 0
    for (const ch of clean) {
      const w = this.width(ch)
      if (used + w > budget) break
      out += ch
      used += w
    }
    return `${out}\u2026`
  }
}

function cellText(cell: ExportCell): string {
  if (cell === null) return ''
  if (typeof cell === 'boolean') return cell ? 'true' : 'false'
  return String(cell)
}

/** The width each column would like: its header or widest sampled cell, within bounds. */
function wantedWidths(section: ExportSection, body: FontMetrics, bold: FontMetrics): number[] {
  return section.columns.map((column, i) => {
    let w = bold.width(bold.clean(column))
    for (const row of section.rows.slice(0, WIDTH_SAMPLE_ROWS)) {
      w = Math.max(w, body.width(body.clean(cellText(row[i] ?? null))))
    }
    return Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, w + 2 * CELL_PADDING))
  })
}

/**
 * Fits the wanted widths into `available`: narrow columns (ids, statuses, figures) get all they want and
 * the widest ones (transcripts) share what is left, so only long text gets truncated.
 */
function fitWidths(wanted: readonly number[], available: number): number[] {
  const widths = [...wanted]
  let remaining = available
  let left = wanted.length
  const narrowFirst = wanted.map((w, i) => ({ w, i })).sort((a, b) => a.w - b.w || a.i - b.i)
  for (const { w, i } of narrowFirst) {
    widths[i] = Math.min(w, remaining / left)
    remaining -= widths[i] ?? 0
    left -= 1
  }
  return widths
}

/**
 * Draws pages top to bottom, starting a new page when the next line does not fit. Text goes out as raw
 * operators, one text object per page: page.drawText costs a dozen operators and checks per call, which
 * made a 10,000-row table take seconds.
 */
class Layout {
  page: PDFPage
  y = 0
  private ops: PDFOperator[] = []
  /** The current page's resource name of each font, by font name. */
  private fontKeys = new Map<string, PDFName>()
  private currentFont: PDFName | null = null
  private currentSize = 0
  private currentGrey = false

  constructor(
    private readonly doc: PDFDocument,
    readonly width: number,
    readonly height: number,
  ) {
    this.page = this.newPage()
  }

  get contentWidth(): number {
    return this.width - 2 * MARGIN
  }

  newPage(): PDFPage {
    this.flush()
    this.page = this.doc.addPage([this.width, this.height])
    this.fontKeys = new Map()
    this.y = this.height - MARGIN
    return this.page
  }

  /** Writes the pending text of the current page. */
  flush(): void {
    if (this.ops.length === 0) return
    this.page.pushOperators(beginText(), ...this.ops, endText())
    this.ops = []
    this.currentFont = null
    this.currentGrey = false
  }

  /** Makes room for `height` points, on a new page when needed; true when a new page was started. */
  ensure(height: number): boolean {
    if (this.y - height >= BOTTOM) return false
    this.newPage()
    return true
  }

  /** `text` must come from metrics.fit or metrics.clean (WinAnsi only). */
  text(text: string, metrics: FontMetrics, x: number, grey = false): void {
    let key = this.fontKeys.get(metrics.font.name)
    if (key === undefined) {
      key = this.page.node.newFontDictionary(metrics.font.name, metrics.font.ref)
      this.fontKeys.set(metrics.font.name, key)
    }
    if (key !== this.currentFont || metrics.size !== this.currentSize) {
      this.ops.push(setFontAndSize(key, metrics.size))
      this.currentFont = key
      this.currentSize = metrics.size
    }
    if (grey !== this.currentGrey) {
      this.ops.push(grey ? setFillingRgbColor(GREY_LEVEL, GREY_LEVEL, GREY_LEVEL) : setFillingRgbColor(0, 0, 0))
      this.currentGrey = grey
    }
    this.ops.push(setTextMatrix(1, 0, 0, 1, x, this.y), showText(metrics.font.encodeText(text)))
  }
}

async function drawTable(
  layout: Layout,
  section: ExportSection,
  wanted: readonly number[],
  body: FontMetrics,
  bold: FontMetrics,
  turn: YieldTurn,
): Promise<void> {
  const widths = fitWidths(wanted, layout.contentWidth)
  const lefts: number[] = []
  let x = MARGIN
  for (const w of widths) {
    lefts.push(x)
    x += w
  }
  const right = x
  const headerCells = section.columns.map((c, i) => bold.fit(c, (widths[i] ?? 0) - 2 * CELL_PADDING))

  const drawHeader = (): void => {
    layout.y -= ROW_HEIGHT
    headerCells.forEach((text, i) => {
      layout.text(text, bold, (lefts[i] ?? MARGIN) + CELL_PADDING)
    })
    layout.page.drawLine({
      start: { x: MARGIN, y: layout.y - 3 },
      end: { x: right, y: layout.y - 3 },
      thickness: 0.5,
      color: LINE,
    })
  }

  layout.ensure(2 * ROW_HEIGHT)
  drawHeader()
  if (section.rows.length === 0) {
    layout.y -= ROW_HEIGHT
    layout.text('No rows', body, MARGIN + CELL_PADDING, true)
    return
  }
  for (const row of section.rows.slice(0, PDF_MAX_ROWS_PER_SECTION)) {
    if (layout.ensure(ROW_HEIGHT)) {
      await turn()
      drawHeader()
    }
    layout.y -= ROW_HEIGHT
    row.forEach((cell, i) => {
      const inner = (widths[i] ?? 0) - 2 * CELL_PADDING
      const text = body.fit(cellText(cell), inner)
      if (text === '') return
      const left = (lefts[i] ?? MARGIN) + CELL_PADDING
      // Figures right-aligned so that they line up.
      layout.text(text, body, typeof cell === 'number' ? left + inner - body.width(text) : left)
    })
  }
  const hidden = section.rows.length - PDF_MAX_ROWS_PER_SECTION
  if (hidden > 0) {
    layout.ensure(ROW_HEIGHT)
    layout.y -= ROW_HEIGHT
    const note = `${hidden} more rows not shown; the CSV and JSON exports list them.`
    layout.text(body.fit(note, layout.contentWidth), body, MARGIN + CELL_PADDING, true)
  }
}

/** The export as PDF bytes; `title` heads the first page. */
export async function renderPdf(input: ExportInput, title: string, turn: YieldTurn): Promise<Uint8Array> {
  // updateMetadata: false, and the dates from generated_at: pdf-lib would otherwise stamp the current time
  // and the same export would not give the same bytes twice.
  const doc = await PDFDocument.create({ updateMetadata: false })
  const created = new Date(input.generated_at)
  doc.setTitle(title)
  doc.setProducer('analytics-mock-kit')
  doc.setCreationDate(created)
  doc.setModificationDate(created)
  const regular = await doc.embedFont(StandardFonts.Helvetica)
  const boldFont = await doc.embedFont(StandardFonts.HelveticaBold)
  const titleM = new FontMetrics(boldFont, TITLE_SIZE)
  const metaM = new FontMetrics(regular, META_SIZE)
  const sectionM = new FontMetrics(boldFont, SECTION_SIZE)
  const body = new FontMetrics(regular, CELL_SIZE)
  const bold = new FontMetrics(boldFont, CELL_SIZE)
  const footerM = new FontMetrics(regular, FOOTER_SIZE)

  const wanted: number[][] = []
  for (const section of input.sections) {
    await turn()
    wanted.push(wantedWidths(section, body, bold))
  }
  // Landscape A4 when a table is wider than a portrait page (call details with transcripts).
  const landscape = wanted.some((w) => w.reduce((a, b) => a + b, 0) > A4_SHORT - 2 * MARGIN)
  const layout = landscape ? new Layout(doc, A4_LONG, A4_SHORT) : new Layout(doc, A4_SHORT, A4_LONG)
  layout.y -= TITLE_SIZE
  layout.text(titleM.fit(title, layout.contentWidth), titleM, MARGIN)
  layout.y -= 6
  const included = [
    input.include_call_details ? 'call details' : null,
    input.include_transcripts ? 'transcripts' : null,
    input.include_conversations ? 'conversations' : null,
  ].filter((s) => s !== null)
  const metaLines = [
    `Range: ${input.start_date} to ${input.end_date} (${input.tz})`,
    `Scope: ${input.scope}${included.length > 0 ? `, with ${included.join(', ')}` : ''}`,
    `Export ${input.export_id}, generated ${input.generated_at}`,
  ]
  for (const line of metaLines) {
    layout.y -= META_SIZE + 4
    layout.text(metaM.fit(line, layout.contentWidth), metaM, MARGIN, true)
  }

  for (const [i, section] of input.sections.entries()) {
    await turn()
    // Keep a heading with at least its header and first row.
    layout.ensure(SECTION_SIZE + 12 + 3 * ROW_HEIGHT)
    layout.y -= SECTION_SIZE + 14
    layout.text(sectionM.fit(section.title, layout.contentWidth), sectionM, MARGIN)
    layout.y -= 2
    await drawTable(layout, section, wanted[i] ?? [], body, bold, turn)
  }

  layout.flush()
  const pages = doc.getPages()
  for (const [i, page] of pages.entries()) {
    if (i % FOOTERS_PER_SLICE === 0) await turn()
    const footer = `${title} - page ${i + 1} of ${pages.length}`
    page.drawText(footer, {
      x: layout.width - MARGIN - footerM.width(footer),
      y: MARGIN - 10,
      size: FOOTER_SIZE,
      font: regular,
      color: GREY,
    })
  }
  // objectsPerTick: pdf-lib gives the event loop a turn (its own setTimeout) every so many objects while it
  // compresses and writes them (same bytes).
  return doc.save({ objectsPerTick: OBJECTS_PER_TICK })
}
