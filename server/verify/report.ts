// The verify results: a console table, the coverage matrix (operation x documented status x media type),
// the summary line, and JUnit XML / markdown / JSON reports for CI. Every string here has been redacted.
import type { ApiKind } from './contract-model.ts'

/** `warn`: only a kit choice (x-kit-choice) was violated; a failure under --strict. */
type TransactionOutcome = 'pass' | 'fail' | 'warn' | 'skip'

export interface TransactionResult {
  /** Dredd's transaction name: `<path> > <summary> > <status> > <media type>`. */
  name: string
  /** `GET /api/v2/analytics/conversations/overview` */
  operation: string
  operationId: string
  status: number
  mediaType: string
  result: TransactionOutcome
  /** pass: how the status was provoked; skip: why it could not be; fail/warn: what was wrong. */
  reason: string
  /** fail/warn: how the status was provoked. */
  how?: string
  /** The kit choices the response did not follow (warnings; failures under --strict). */
  warnings?: string[]
  /** skip: the config fields that would have made the check possible. */
  missing?: string[]
  /** --negative: a request breaking one constraint (expects the documented 4xx) or at a boundary (expects 2xx). */
  check?: 'negative' | 'boundary'
  /** The request as sent, after the hooks changed it. */
  request?: string
  actualStatus?: number
  durationMs?: number
}

export interface VerifyResult {
  /** exitCode is 0. */
  ok: boolean
  /** 0 clean (warnings allowed), 1 a failure (or a skip under --fail-on-skip), 2 a 2xx unchecked for a missing credential. */
  exitCode: 0 | 1 | 2
  /** Kit choices were enforced (--strict). */
  strict: boolean
  contract: { file: string; title: string; api: ApiKind }
  server: string
  /** Where the credentials came from: `mock`, the config file, `--credential`. */
  credentialSources: string[]
  /** What the config file left out (e.g. an unset environment variable). */
  configNotes: string[]
  /** Config fields whose absence left a 2xx unchecked (exit 2 unless --allow-skips). */
  missingCredentials: string[]
  transactions: TransactionResult[]
  totals: { transactions: number; passed: number; failed: number; warned: number; skipped: number }
  /** Dredd's own counters (errors are requests that got no response, hook crashes). */
  dredd: { tests: number; passes: number; failures: number; errors: number; skipped: number; durationMs: number }
  /** Dredd's API description warnings, grouped: `'Schema Object' contains unsupported key 'format' (50 occurances)`. */
  warnings: string[]
  durationMs: number
}

function truncate(text: string, width: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim()
  return oneLine.length <= width ? oneLine : `${oneLine.slice(0, width - 1)}…`
}

function label(t: TransactionResult, all: readonly TransactionResult[]): string {
  // The media type matters only where one status has several (the export download's CSV/JSON/PDF).
  const siblings = all.filter((o) => o.operation === t.operation && o.status === t.status)
  return siblings.length > 1 ? `${t.status} ${t.mediaType}` : String(t.status)
}

export function formatTable(result: VerifyResult, reasonWidth = 100): string {
  const rows = result.transactions.map((t) => [
    t.operation,
    label(t, result.transactions),
    t.result.toUpperCase(),
    truncate(t.reason, reasonWidth),
  ])
  const header = ['Operation', 'Status', 'Result', 'Reason']
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)))
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd()
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), '', summaryLine(result)].join('\n')
}

/** The one line every run ends with, whatever the reporter. */
export function summaryLine(result: VerifyResult): string {
  const { totals } = result
  return `${totals.transactions} transactions: ${totals.passed} passed, ${totals.failed} failed, ${totals.warned} warned, ${totals.skipped} skipped (${(result.durationMs / 1000).toFixed(1)} s)`
}

/** Why the run exits as it does, when it is not a plain pass or fail. */
export function exitNotes(result: VerifyResult): string[] {
  const notes: string[] = []
  if (result.missingCredentials.length > 0) {
    notes.push(
      result.exitCode === 2
        ? `Exit 2: 2xx checks skipped for missing credentials: ${result.missingCredentials.join(', ')} (set them, or pass --allow-skips)`
        : `2xx checks skipped for missing credentials (allowed by --allow-skips): ${result.missingCredentials.join(', ')}`,
    )
  }
  if (result.totals.warned > 0 && !result.strict)
    notes.push(
      `${result.totals.warned} warned: the server differs from the kit's choices only (x-kit-choice); --strict makes them failures`,
    )
  if (result.exitCode === 1 && result.totals.failed === 0 && result.totals.skipped > 0)
    notes.push('Exit 1: --fail-on-skip and some transactions were skipped')
  if (result.exitCode === 1 && result.totals.failed === 0 && result.totals.passed + result.totals.warned === 0)
    notes.push('Exit 1: nothing was checked')
  return notes
}

// ---------------------------------------------------------------------------------------------
// Coverage matrix: one row per operation, one column per documented status, media types inside a cell.

type CellState = 'passed' | 'failed' | 'warned' | 'skipped' | 'not exercisable'

export interface MatrixCell {
  /** The operation, with ` [negative]` or ` [boundary]` for --negative's requests. */
  operation: string
  status: number
  mediaType: string
  state: CellState
  /** skipped / not exercisable: why; failed / warned: what. */
  reason?: string
  /** The status the server really answered, when it answered another. */
  actualStatus?: number
}

const NOT_EXERCISABLE =
  /no request is known|declares no parameter or body constraint|knows no fixtures|cannot be reached|do(?:es)? not apply|no limit to reach/

export function coverageMatrix(result: VerifyResult): MatrixCell[] {
  return result.transactions.map((t) => {
    const state: CellState =
      t.result === 'pass'
        ? 'passed'
        : t.result === 'fail'
          ? 'failed'
          : t.result === 'warn'
            ? 'warned'
            : NOT_EXERCISABLE.test(t.reason)
              ? 'not exercisable'
              : 'skipped'
    return {
      operation: t.check ? `${t.operation} [${t.check}]` : t.operation,
      status: t.status,
      mediaType: t.mediaType,
      state,
      ...(state !== 'passed' ? { reason: t.reason } : {}),
      ...(t.actualStatus !== undefined && t.actualStatus !== t.status ? { actualStatus: t.actualStatus } : {}),
    }
  })
}

const SHORT: Record<CellState, string> = { passed: 'PASS', failed: 'FAIL', warned: 'WARN', skipped: 'SKIP', 'not exercisable': 'n/e' }

const WORST: CellState[] = ['failed', 'warned', 'skipped', 'not exercisable', 'passed']

/** Several requests in one cell (--negative): the worst state, with how many of them passed. */
function summarise(cells: MatrixCell[]): string {
  if (cells.length === 1) return SHORT[cells[0]!.state]
  const worst = WORST.find((state) => cells.some((c) => c.state === state)) ?? 'passed'
  const passed = cells.filter((c) => c.state === 'passed').length
  return `${SHORT[worst]} ${passed}/${cells.length}`
}

function matrixGrid(result: VerifyResult): { header: string[]; rows: string[][]; never: string[] } {
  const cells = coverageMatrix(result)
  const statuses = [...new Set(cells.map((c) => c.status))].sort((a, b) => a - b)
  const operations = [...new Set(cells.map((c) => c.operation))]
  const rows = operations.map((operation) => [
    operation,
    ...statuses.map((status) => {
      const here = cells.filter((c) => c.operation === operation && c.status === status)
      if (here.length === 0) return ''
      const mediaTypes = [...new Set(here.map((c) => c.mediaType))]
      if (mediaTypes.length === 1) return summarise(here)
      return mediaTypes.map((m) => `${m.split('/')[1] ?? m}:${summarise(here.filter((c) => c.mediaType === m))}`).join(' ')
    }),
  ])
  // Documented statuses the server was never seen to produce as documented.
  const never = cells
    .filter((c) => c.state !== 'passed' && c.state !== 'warned' && !c.operation.endsWith(']'))
    .map(
      (c) =>
        `${c.operation} ${c.status}${c.mediaType ? ` ${c.mediaType}` : ''}: ${c.state}${c.reason ? ` (${truncate(c.reason, 120)})` : ''}`,
    )
  return { header: ['Operation', ...statuses.map(String)], rows, never }
}

/** The coverage matrix as a console table (empty cell: status not documented for the operation). */
export function formatMatrix(result: VerifyResult): string {
  const { header, rows, never } = matrixGrid(result)
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)))
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd()
  return [
    'Coverage (PASS, FAIL, WARN kit choice, SKIP, n/e not exercisable; blank: not documented):',
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    never.length === 0
      ? 'Every documented status was produced.'
      : `Documented statuses the server was not seen to produce (${never.length}):`,
    ...never.map((n) => `  ${n}`),
  ].join('\n')
}

function md(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim()
}

/** Markdown: the summary, the coverage matrix, then every non-passing transaction. */
export function formatMarkdown(result: VerifyResult): string {
  const { header, rows, never } = matrixGrid(result)
  const lines = [
    `# analytics-mock verify: ${md(result.contract.title)}`,
    '',
    `Server: ${result.server}${result.strict ? ' (strict: kit choices enforced)' : ''}`,
    '',
    `**${summaryLine(result)}**, exit ${result.exitCode}`,
    '',
    ...exitNotes(result).map((n) => `- ${md(n)}`),
    '',
    '## Coverage',
    '',
    `| ${header.map(md).join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map((c) => md(c) || ' ').join(' | ')} |`),
    '',
    'PASS, FAIL, WARN (a kit choice only), SKIP, n/e (not exercisable); blank: not documented.',
    '',
  ]
  if (never.length > 0) lines.push('### Documented statuses not produced', '', ...never.map((n) => `- ${md(n)}`), '')
  const notable = result.transactions.filter((t) => t.result !== 'pass')
  if (notable.length > 0) {
    lines.push('## Details', '', '| Operation | Status | Result | Reason |', '| --- | --- | --- | --- |')
    for (const t of notable)
      lines.push(`| ${md(t.operation)} | ${md(label(t, result.transactions))} | ${t.result.toUpperCase()} | ${md(t.reason)} |`)
    lines.push('')
  }
  return lines.join('\n')
}

/** JSON: the whole result plus the matrix. */
export function formatJson(result: VerifyResult): string {
  return `${JSON.stringify({ ...result, summary: summaryLine(result), matrix: coverageMatrix(result) }, null, 2)}\n`
}

export function formatSkips(result: VerifyResult): string {
  const skipped = result.transactions.filter((t) => t.result === 'skip')
  if (skipped.length === 0) return 'No transaction skipped.'
  return ['Skipped:', ...skipped.map((t) => `  ${t.operation} ${label(t, result.transactions)}: ${t.reason}`)].join('\n')
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids these control characters; this strips them.
const XML_FORBIDDEN_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g

function xml(text: string): string {
  return text
    .replace(XML_FORBIDDEN_CHARACTERS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
}

/** JUnit XML: one testsuite per contract, one testcase per transaction (classname = operation). */
export function formatJUnit(result: VerifyResult): string {
  const { totals } = result
  const seconds = (ms: number | undefined) => ((ms ?? 0) / 1000).toFixed(3)
  const cases = result.transactions.map((t) => {
    const name = xml(`${t.status} ${t.mediaType}`.trim())
    const open = `    <testcase classname="${xml(`${result.contract.api}.${t.operation}`)}" name="${name}" time="${seconds(t.durationMs)}">`
    const details = xml(
      [t.reason, t.request ? `request: ${t.request}` : '', t.actualStatus ? `actual status: ${t.actualStatus}` : '']
        .filter(Boolean)
        .join('\n'),
    )
    if (t.result === 'fail')
      return `${open}\n      <failure message="${xml(truncate(t.reason, 300))}">${details}</failure>\n    </testcase>`
    if (t.result === 'skip') return `${open}\n      <skipped message="${xml(truncate(t.reason, 300))}"/>\n    </testcase>`
    if (t.result === 'warn') return `${open}\n      <system-out>WARNING (kit choice)\n${details}</system-out>\n    </testcase>`
    return `${open}\n      <system-out>${details}</system-out>\n    </testcase>`
  })
  const suite = `  <testsuite name="${xml(`${result.contract.title} (${result.server})`)}" tests="${totals.transactions}" failures="${totals.failed}" errors="0" skipped="${totals.skipped}" time="${seconds(result.durationMs)}">`
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<!-- ${xml(summaryLine(result))} -->`,
    `<testsuites name="analytics-mock verify" tests="${totals.transactions}" failures="${totals.failed}" errors="0" skipped="${totals.skipped}" time="${seconds(result.durationMs)}">`,
    suite,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n')
}
