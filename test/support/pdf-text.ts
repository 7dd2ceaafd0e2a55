// The text shown in a PDF built by the export renderer: every `x y Tm <hex> Tj` of every page's content
// streams, decoded from WinAnsi (the standard fonts' encoding), in page and stream order.
import { PDFArray, PDFDocument, PDFRawStream, PDFRef, decodePDFRawStream } from 'pdf-lib'
import type { PDFObject } from 'pdf-lib'

// The WinAnsi code points that differ from Latin-1 (0x80..0x9f) that the renderer may write.
const WIN_ANSI_HIGH = new Map<number, string>([
  [0x80, '\u20ac'],
  [0x85, '\u2026'],
  [0x91, '\u2018'],
  [0x92, '\u2019'],
  [0x93, '\u201c'],
  [0x94, '\u201d'],
  [0x96, '\u2013'],
  [0x97, '\u2014'],
])

export interface TextRun {
  page: number
  pageWidth: number
  pageHeight: number
  x: number
  y: number
  text: string
}

function decodeHex(hex: string): string {
  let text = ''
  for (let i = 0; i < hex.length; i += 2) {
    const code = parseInt(hex.slice(i, i + 2), 16)
    text += WIN_ANSI_HIGH.get(code) ?? String.fromCharCode(code)
  }
  return text
}

function streamsOf(doc: PDFDocument, contents: PDFObject | undefined): PDFRawStream[] {
  const resolved = contents instanceof PDFRef ? doc.context.lookup(contents) : contents
  if (resolved instanceof PDFRawStream) return [resolved]
  if (resolved instanceof PDFArray) return resolved.asArray().flatMap((item) => streamsOf(doc, item))
  return []
}

export async function pdfTextRuns(bytes: Uint8Array): Promise<TextRun[]> {
  const doc = await PDFDocument.load(bytes)
  const runs: TextRun[] = []
  doc.getPages().forEach((page, index) => {
    const { width, height } = page.getSize()
    for (const stream of streamsOf(doc, page.node.Contents())) {
      const content = new TextDecoder('latin1').decode(decodePDFRawStream(stream).decode())
      // Every text the kit draws is positioned with a text matrix right before it is shown.
      for (const m of content.matchAll(/(-?[\d.]+) (-?[\d.]+) Tm\s+(?:[^<]*?)<([0-9A-Fa-f]*)>\s*Tj/g)) {
        runs.push({
          page: index + 1,
          pageWidth: width,
          pageHeight: height,
          x: Number(m[1]),
          y: Number(m[2]),
          text: decodeHex(m[3] ?? ''),
        })
      }
    }
  })
  return runs
}

export async function pdfTexts(bytes: Uint8Array): Promise<string[]> {
  return (await pdfTextRuns(bytes)).map((r) => r.text)
}
