import { readFileSync } from 'node:fs'
import { PDFDocument } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { buildVoiceSections, callMetrics } from '../support/voice-reports.ts'
import { exportFilename, keyValueSection, MAX_EXPORT_DETAIL_ROWS, objectsSection, renderExport } from '../../mocks/aurion/exports/files.ts'
import type { ExportInput, ExportSection } from '../../mocks/aurion/exports/files.ts'
import { PDF_MAX_ROWS_PER_SECTION } from '../../mocks/aurion/exports/pdf.ts'
import type { VoiceSectionsOptions } from '../../mocks/aurion/exports/sections.ts'
import { phoneDigits } from '../../mocks/aurion/phone.ts'
import { call, pseudoRandomCalls, usage } from '../support/call-fixtures.ts'
import { blockObjects, parseExportCsv } from '../support/export-csv.ts'
import { pdfTextRuns, pdfTexts } from '../support/pdf-text.ts'

const calls = [
  call('2026-03-01T09:00:00Z', {
    id: 'c1',
    caller_name: 'Jane Doe',
    phone_number: '+33612345678',
    outcome: 'resolved',
    duration_seconds: 100,
    transcript: 'Jane Doe: call me back on +33 6 12 34 56 78 or jane.doe@acme.example',
  }),
  call('2026-03-01T23:30:00Z', {
    id: 'c2',
    caller_name: 'Łukasz Żółć',
    phone_number: '+48601234567',
    outcome: 'abandoned',
    duration_seconds: 20,
    transcript: '=HYPERLINK("http://evil.example") 東京',
  }),
  call('2026-03-02T14:00:00Z', { id: 'c3', caller_name: 'Bob Stone', phone_number: '+14155550199', outcome: 'escalated' }),
]
const llm = [usage('u1', calls[0]!, { input_tokens: 120, output_tokens: 30 })]
const range = { startDate: '2026-03-01', endDate: '2026-03-02', tz: 'Europe/Paris' }

function input(format: ExportInput['format'], sections: ExportSection[], flags: Partial<ExportInput> = {}): ExportInput {
  return {
    export_id: 'c0ffee00-1234-5678-9abc-def012345678',
    format,
    scope: 'voice',
    start_date: range.startDate,
    end_date: range.endDate,
    tz: range.tz,
    include_call_details: true,
    include_transcripts: false,
    include_conversations: false,
    generated_at: '2026-03-08T12:00:00.000Z',
    sections,
    ...flags,
  }
}

function voice(flags: Partial<VoiceSectionsOptions> = {}): Promise<ExportSection[]> {
  return buildVoiceSections(calls, llm, { ...range, includeCallDetails: true, includeTranscripts: false, ...flags })
}

function text(body: Uint8Array | string): string {
  return typeof body === 'string' ? body : new TextDecoder().decode(body)
}

/** No digit run of any call's number survives: 7 or more of its digits in a row would give it away. */
function expectNoPhoneNumbers(output: string): void {
  const digits = phoneDigits(output)
  for (const c of calls) {
    expect(output).not.toContain(c.phone_number)
    expect(digits).not.toContain(phoneDigits(c.phone_number).slice(-9))
  }
}

/** Every text starts inside the page's 40pt margins (the footer sits 10pt into the bottom one). */
async function expectInsideMargins(bytes: Uint8Array): Promise<void> {
  const runs = await pdfTextRuns(bytes)
  expect(runs.length).toBeGreaterThan(0)
  for (const r of runs) {
    expect(r.x).toBeGreaterThanOrEqual(40)
    expect(r.x).toBeLessThan(r.pageWidth - 40)
    expect(r.y).toBeGreaterThanOrEqual(30)
    expect(r.y).toBeLessThanOrEqual(r.pageHeight - 40)
  }
}

describe('exportFilename', () => {
  it('names the file after scope, range and format', () => {
    expect(exportFilename({ scope: 'voice', start_date: '2026-03-01', end_date: '2026-03-08', format: 'csv' })).toBe(
      'aurion-analytics-voice-2026-03-01_2026-03-08.csv',
    )
  })
})

describe('buildVoiceSections', () => {
  it('builds the KPI, volume, outcome and LLM tables from the call metrics', async () => {
    const sections = await voice({ includeCallDetails: false })
    expect(sections.map((s) => s.name)).toEqual(['kpis', 'call_volume', 'outcome_breakdown', 'llm_usage'])
    const m = callMetrics(calls, range)
    const kpis = sections[0]!
    expect(kpis.columns).toEqual(['metric', 'value'])
    expect(kpis.rows).toContainEqual(['total_calls', m.kpis.total_calls])
    expect(sections[1]!.rows).toEqual(m.call_volume.map((r) => [r.date, r.total_calls, r.completed_calls, r.failed_calls]))
  })

  it('adds call details only when asked, transcripts only with them, everything redacted', async () => {
    expect((await voice({ includeCallDetails: false, includeTranscripts: true })).some((s) => s.name === 'calls')).toBe(false)
    const details = (await voice()).find((s) => s.name === 'calls')
    expect(details?.columns).toEqual(['call_id', 'start_time', 'phone', 'caller', 'duration_seconds', 'status', 'outcome', 'category'])
    expect(details?.rows[0]).toEqual([
      'c1',
      '2026-03-01T10:00:00+01:00',
      '***-***-5678',
      'J*** D***',
      100,
      'completed',
      'resolved',
      'network',
    ])
    // 23:30 UTC is the next day in Paris.
    expect(details?.rows[1]?.[1]).toBe('2026-03-02T00:30:00+01:00')
    const withTranscripts = (await voice({ includeTranscripts: true })).find((s) => s.name === 'calls')
    expect(withTranscripts?.columns.at(-1)).toBe('transcript')
    expect(withTranscripts?.rows[0]?.at(-1)).toBe('J*** D***: call me back on ***-***-5678 or j***@acme.example')
  })
})

describe('renderExport: CSV', () => {
  it('parses back into the figures, one block per section after the metadata', async () => {
    const file = await renderExport(input('csv', await voice()))
    expect(file.contentType).toBe('text/csv')
    expect(file.filename).toBe('aurion-analytics-voice-2026-03-01_2026-03-02.csv')
    const blocks = parseExportCsv(text(file.body))
    expect([...blocks.keys()]).toEqual(['export', 'kpis', 'call_volume', 'outcome_breakdown', 'llm_usage', 'calls'])
    expect(blockObjects(blocks.get('export')!)).toEqual([
      {
        export_id: 'c0ffee00-1234-5678-9abc-def012345678',
        scope: 'voice',
        start_date: '2026-03-01',
        end_date: '2026-03-02',
        tz: 'Europe/Paris',
        generated_at: '2026-03-08T12:00:00.000Z',
      },
    ])
    const m = callMetrics(calls, range)
    const kpis = Object.fromEntries(blocks.get('kpis')!.rows.map(([k, v]) => [k, v]))
    expect(Number(kpis.total_calls)).toBe(m.kpis.total_calls)
    expect(Number(kpis.avg_duration_seconds)).toBe(m.kpis.avg_duration_seconds)
    expect(kpis.period_start).toBe('2026-03-01')
    expect(blocks.get('call_volume')!.title).toBe('Call volume per day')
    expect(blockObjects(blocks.get('call_volume')!).map((r) => Number(r.total_calls))).toEqual(m.call_volume.map((r) => r.total_calls))
    expect(blockObjects(blocks.get('outcome_breakdown')!).map((r) => [r.outcome, Number(r.count), Number(r.percentage)])).toEqual(
      m.outcome_breakdown.map((r) => [r.outcome, r.count, r.percentage]),
    )
    expect(blockObjects(blocks.get('calls')!).map((r) => r.call_id)).toEqual(['c1', 'c2', 'c3'])
  })

  it('has transcripts only when asked, redacted, and defuses formulas', async () => {
    const without = text((await renderExport(input('csv', await voice()))).body)
    expect(without).not.toContain('transcript')
    expect(without).not.toContain('jane.doe@')
    const withT = text((await renderExport(input('csv', await voice({ includeTranscripts: true }), { include_transcripts: true }))).body)
    const rows = blockObjects(parseExportCsv(withT).get('calls')!)
    expect(rows[0]?.transcript).toBe('J*** D***: call me back on ***-***-5678 or j***@acme.example')
    expect(rows[1]?.transcript).toBe(`'=HYPERLINK("http://evil.example") 東京`)
    expect(rows[1]?.caller).toBe('Ł*** Ż***')
    expectNoPhoneNumbers(withT)
  })

  it('writes booleans, nulls, empty strings and separators unambiguously', async () => {
    const tricky: ExportSection = {
      name: 'tricky',
      title: 'Tricky, "quoted" title',
      columns: ['a', 'b', 'c', 'd'],
      rows: [
        [true, null, '', 'line\nbreak, comma'],
        ['section', 'x', 'y', -1.5],
      ],
    }
    const body = text((await renderExport(input('csv', [tricky]))).body)
    expect(body).toContain('true,"","",')
    const block = parseExportCsv(body).get('tricky')!
    expect(block.title).toBe('Tricky, "quoted" title')
    expect(block.rows).toEqual([
      ['true', '', '', 'line\nbreak, comma'],
      ['section', 'x', 'y', '-1.5'],
    ])
  })
})

describe('renderExport: JSON', () => {
  it('parses back into the metadata and one list of objects per section', async () => {
    const file = await renderExport(input('json', await voice()))
    expect(file.contentType).toBe('application/json')
    expect(file.filename.endsWith('.json')).toBe(true)
    const body = text(file.body)
    expect(body).toContain('\n  "export_id"') // pretty-printed
    const parsed = JSON.parse(body) as {
      export_id: string
      scope: string
      start_date: string
      end_date: string
      tz: string
      generated_at: string
      sections: Record<string, Record<string, unknown>[]>
    }
    expect(parsed).toMatchObject({
      export_id: 'c0ffee00-1234-5678-9abc-def012345678',
      scope: 'voice',
      start_date: '2026-03-01',
      end_date: '2026-03-02',
      tz: 'Europe/Paris',
      generated_at: '2026-03-08T12:00:00.000Z',
    })
    const m = callMetrics(calls, range)
    expect(parsed.sections.call_volume).toEqual(m.call_volume)
    expect(parsed.sections.outcome_breakdown).toEqual(m.outcome_breakdown)
    expect(parsed.sections.kpis).toContainEqual({ metric: 'failed_calls', value: m.kpis.failed_calls })
    expect(parsed.sections.calls?.[0]).toMatchObject({ call_id: 'c1', phone: '***-***-5678', caller: 'J*** D***' })
    expect(parsed.sections.calls?.[0]).not.toHaveProperty('transcript')
    expectNoPhoneNumbers(body)
  })

  it('includes redacted transcripts when asked', async () => {
    const body = text((await renderExport(input('json', await voice({ includeTranscripts: true })))).body)
    const parsed = JSON.parse(body) as { sections: { calls: { transcript: string }[] } }
    expect(parsed.sections.calls[0]?.transcript).toBe('J*** D***: call me back on ***-***-5678 or j***@acme.example')
    expectNoPhoneNumbers(body)
  })
})

describe('renderExport: PDF', () => {
  it('gives a PDF that pdf-lib opens, with the title, range, sections and redacted cells', async () => {
    const file = await renderExport(input('pdf', await voice({ includeTranscripts: true }), { include_transcripts: true }))
    expect(file.contentType).toBe('application/pdf')
    expect(file.filename).toBe('aurion-analytics-voice-2026-03-01_2026-03-02.pdf')
    expect(file.body).toBeInstanceOf(Uint8Array)
    const bytes = file.body as Uint8Array
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-')
    const doc = await PDFDocument.load(bytes)
    expect(doc.getPageCount()).toBeGreaterThanOrEqual(1)
    expect(doc.getTitle()).toBe('AurionAI analytics export')
    const { width, height } = doc.getPage(0).getSize()
    // A4, landscape here: the calls table with transcripts needs the width.
    expect([Math.round(width), Math.round(height)]).toEqual([842, 595])
    const texts = await pdfTexts(bytes)
    expect(texts).toContain('AurionAI analytics export')
    expect(texts).toContain('Range: 2026-03-01 to 2026-03-02 (Europe/Paris)')
    expect(texts).toContain('Scope: voice, with call details, transcripts')
    for (const title of ['Key figures', 'Call volume per day', 'Outcome breakdown', 'LLM usage per provider', 'Calls']) {
      expect(texts).toContain(title)
    }
    expect(texts).toContain('***-***-5678')
    // Columns sized to their content show it whole.
    expect(texts).toContain('provider')
    expect(texts).toContain('duration_seconds')
    // Characters Helvetica cannot encode become '?' instead of failing.
    expect(texts).toContain('?*** ?***')
    expectNoPhoneNumbers(texts.join('\n'))
    await expectInsideMargins(bytes)
  })

  it('is the same bytes for the same export (no clock inside)', async () => {
    const a = (await renderExport(input('pdf', await voice()))).body
    const b = (await renderExport(input('pdf', await voice()))).body
    expect(a).toEqual(b)
  })

  it('paginates long tables, repeats the headers, truncates long cells and caps the rows', async () => {
    const many = pseudoRandomCalls(PDF_MAX_ROWS_PER_SECTION + 50, '2026-03-01T00:00:00Z', '2026-03-02T20:00:00Z').map((c) => ({
      ...c,
      transcript: `Agent: ${'a very long transcript '.repeat(20)}`,
    }))
    const sections = await buildVoiceSections(many, [], { ...range, includeCallDetails: true, includeTranscripts: true })
    // Exports cap their detail tables lower (MAX_EXPORT_DETAIL_ROWS); renderPdf still caps any table it is given.
    const calls = sections.find((s) => s.name === 'calls')!
    calls.rows = [...calls.rows, ...calls.rows, ...calls.rows]
    const bytes = (await renderExport(input('pdf', sections))).body as Uint8Array
    const doc = await PDFDocument.load(bytes)
    expect(doc.getPageCount()).toBeGreaterThan(5)
    const texts = await pdfTexts(bytes)
    expect(texts.filter((t) => t === 'call_id').length).toBeGreaterThan(5)
    const transcripts = texts.filter((t) => t.startsWith('Agent: a very long'))
    expect(transcripts.length).toBeGreaterThan(0)
    expect(transcripts.every((t) => t.endsWith('\u2026') && t.length < 200)).toBe(true)
    const callRows = sections.find((s) => s.name === 'calls')?.rows.length ?? 0
    expect(callRows).toBeGreaterThan(PDF_MAX_ROWS_PER_SECTION)
    const hidden = callRows - PDF_MAX_ROWS_PER_SECTION
    expect(texts).toContain(`${hidden} more rows not shown; the CSV and JSON exports list them.`)
    expect(texts.at(-1)).toMatch(/^AurionAI analytics export - page \d+ of \d+$/)
    await expectInsideMargins(bytes)
  })

  it(`lists at most ${MAX_EXPORT_DETAIL_ROWS} calls, the first of the range, while the figures cover every call`, async () => {
    const many = pseudoRandomCalls(MAX_EXPORT_DETAIL_ROWS + 10, '2026-03-01T00:00:00Z', '2026-03-02T20:00:00Z')
    const sections = await buildVoiceSections(many, [], { ...range, includeCallDetails: true, includeTranscripts: false })
    const rows = sections.find((s) => s.name === 'calls')!.rows
    expect(rows).toHaveLength(MAX_EXPORT_DETAIL_ROWS)
    const firstIds = [...many]
      .sort((a, b) => Date.parse(a.start_time) - Date.parse(b.start_time) || (a.id < b.id ? -1 : 1))
      .map((c) => c.id)
    expect(rows.map((r) => r[0])).toEqual(firstIds.slice(0, MAX_EXPORT_DETAIL_ROWS))
    const kpis = sections.find((s) => s.name === 'kpis')!.rows
    expect(kpis.find((r) => r[0] === 'total_calls')?.[1]).toBe(MAX_EXPORT_DETAIL_ROWS + 10)
  })

  it('renders empty tables, on portrait pages when the tables are narrow', async () => {
    const bytes = (await renderExport(input('pdf', [objectsSection('empty', 'Nothing here', [] as { a: number }[], ['a'])])))
      .body as Uint8Array
    expect(await pdfTexts(bytes)).toContain('No rows')
    const { width, height } = (await PDFDocument.load(bytes)).getPage(0).getSize()
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842])
  })
})

describe('renderExport in slices', () => {
  /** A table of `n` rows with a long, formula-like and empty cell each: several slices of every kind. */
  const table = (name: string, n: number) =>
    objectsSection(
      name,
      `Table ${name}`,
      Array.from({ length: n }, (_, i) => ({
        id: `r${i}`,
        n: i,
        ok: i % 2 === 0,
        note: i % 3 === 0 ? null : `=x ${'word '.repeat(i % 40)}`,
      })),
      ['id', 'n', 'ok', 'note'],
    )
  const sections = [table('a', 1_000), table('b', 250), table('c', 0), table('d', 251)]

  /** Renders with a turn that counts the turns and the rows stringified or pages started since the last one. */
  async function sliced(format: ExportInput['format'], of: ExportSection[] = sections) {
    let turns = 0
    const file = await renderExport(input(format, of), async () => {
      turns += 1
    })
    return { body: file.body, turns }
  }

  it('writes the same CSV as one pass of csv-stringify, taking a turn every 250 rows', async () => {
    const { stringify } = await import('csv-stringify/browser/esm/sync')
    const { body, turns } = await sliced('csv')
    const whole = (await renderExport(input('csv', []))).body as string
    const options = { quoted_empty: true, cast: { boolean: (v: boolean) => (v ? 'true' : 'false') } }
    const blocks = sections.map((s) =>
      stringify(
        [
          ['section', s.name, s.title],
          s.columns,
          ...s.rows.map((r) => r.map((c) => (typeof c === 'string' && c.startsWith('=') ? `'${c}` : c))),
        ],
        options,
      ),
    )
    expect(body).toBe([whole, ...blocks].join('\n'))
    // 1 (metadata) + 4 + 1 + 0 + 2 slices.
    expect(turns).toBe(8)
  })

  it('writes the same JSON as one JSON.stringify, taking a turn every 250 records', async () => {
    const { body, turns } = await sliced('json')
    const parsed = JSON.parse(body as string) as Record<string, unknown>
    expect(body).toBe(`${JSON.stringify(parsed, null, 2)}\n`)
    expect(Object.keys(parsed.sections as object)).toEqual(['a', 'b', 'c', 'd'])
    expect(turns).toBe(7)
    const empty = (await sliced('json', [])).body as string
    expect(empty).toBe(`${JSON.stringify(JSON.parse(empty), null, 2)}\n`)
    expect(JSON.parse(empty)).toHaveProperty('sections', {})
  })

  it('takes a turn for every PDF page it lays out', async () => {
    const { body, turns } = await sliced('pdf')
    const pages = (await PDFDocument.load(body as Uint8Array)).getPageCount()
    expect(pages).toBeGreaterThan(10)
    expect(turns).toBeGreaterThanOrEqual(pages)
  })
})

describe('section helpers', () => {
  it('turn report objects and KPI blocks into tables', () => {
    expect(
      objectsSection(
        'rows',
        'Rows',
        [
          { a: 1, b: 'x' },
          { a: 2, b: null },
        ],
        ['b', 'a'],
      ),
    ).toEqual({
      name: 'rows',
      title: 'Rows',
      columns: ['b', 'a'],
      rows: [
        ['x', 1],
        [null, 2],
      ],
    })
    expect(keyValueSection('k', 'K', { total: 3, rate: 50.5 }).rows).toEqual([
      ['total', 3],
      ['rate', 50.5],
    ])
  })
})

describe('browser safety', () => {
  it('keeps node-only modules and globals out of the analytics modules', () => {
    for (const file of [
      'lib/time-zone',
      'aurion/reports/call-metrics',
      'aurion/reports/call-resolution',
      'aurion/reports/usage-patterns',
      'aurion/phone',
      'aurion/exports/files',
      'aurion/exports/pdf',
      'aurion/exports/sections',
    ]) {
      const source = readFileSync(new URL(`../../mocks/${file}.ts`, import.meta.url), 'utf8')
      expect(source).not.toMatch(/from '(node:|fs|path|stream|buffer)/)
      expect(source).not.toMatch(/\b(process|Buffer)\./)
      expect(source).not.toMatch(/Math\.random|Date\.now|new Date\(\)/)
    }
    const csvImport = readFileSync(new URL('../../mocks/aurion/exports/files.ts', import.meta.url), 'utf8')
    expect(csvImport).toContain(`from 'csv-stringify/browser/esm/sync'`)
  })
})
