// The verify results as a console table and as JUnit XML for CI.
import type { ApiKind } from './contract-model.ts'

type TransactionOutcome = 'pass' | 'fail' | 'skip'

export interface TransactionResult {
  /** Dredd's transaction name: `<path> > <summary> > <status> > <media type>`. */
  name: string
  /** `GET /api/v2/analytics/conversations/overview` */
  operation: string
  operationId: string
  status: number
  mediaType: string
  result: TransactionOutcome
  /** pass: how the status was provoked; skip: why it could not be; fail: what was wrong. */
  reason: string
  /** The request as sent, after the hooks changed it. */
  request?: string
  actualStatus?: number
  durationMs?: number
}

export interface VerifyResult {
  ok: boolean
  contract: { file: string; title: string; api: ApiKind }
  server: string
  /** Where the credentials came from: `mock`, the config file, `--credential`. */
  credentialSources: string[]
  /** What the config file left out (e.g. an unset environment variable). */
  configNotes: string[]
  transactions: TransactionResult[]
  totals: { transactions: number; passed: number; failed: number; skipped: number }
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
  const { totals } = result
  return [
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    `${totals.transactions} transactions: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped (${(result.durationMs / 1000).toFixed(1)} s)`,
  ].join('\n')
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
    return `${open}\n      <system-out>${details}</system-out>\n    </testcase>`
  })
  const suite = `  <testsuite name="${xml(`${result.contract.title} (${result.server})`)}" tests="${totals.transactions}" failures="${totals.failed}" errors="0" skipped="${totals.skipped}" time="${seconds(result.durationMs)}">`
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="analytics-mock verify" tests="${totals.transactions}" failures="${totals.failed}" errors="0" skipped="${totals.skipped}" time="${seconds(result.durationMs)}">`,
    suite,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n')
}
