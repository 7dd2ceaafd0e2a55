// The tables of a `voice` export, built from the same v1 analytics as the endpoints (so the file and the
// API agree), with PII redacted: phone numbers keep their last 4 digits, caller names their initials,
// transcripts lose every phone number and e-mail address.
import { callMetricsOf } from '../reports/call-metrics.ts'
import type { LocalCalls, VoiceRangeOptions } from '../reports/local-calls.ts'
import { keyValueSection, mapInSlices, MAX_EXPORT_DETAIL_ROWS, objectsSection } from './files.ts'
import type { ExportCell, ExportSection } from './files.ts'
import { budgetedTurns, type YieldTurn } from '../../lib/steps.ts'
import { usagePatternsOf } from '../reports/usage-patterns.ts'
import type { UsageOfCalls } from '../reports/usage-patterns.ts'
import { redactName, redactPhone, redactText } from '../phone.ts'
import { localIsoString } from '../../lib/time-zone.ts'

export interface VoiceSectionsOptions extends VoiceRangeOptions {
  /** Adds the `calls` table (one row per call). */
  includeCallDetails: boolean
  /** Adds a redacted `transcript` column to the `calls` table (only with includeCallDetails). */
  includeTranscripts: boolean
}

const CALL_DETAIL_COLUMNS = ['call_id', 'start_time', 'phone', 'caller', 'duration_seconds', 'status', 'outcome', 'category'] as const

/** Detail rows redacted between two turns: a transcript takes up to a millisecond to redact. */
export const DETAIL_ROWS_PER_SLICE = 50

/**
 * Sections `kpis` (metric,value), `call_volume`, `outcome_breakdown`, `llm_usage` and, when asked, `calls`,
 * from calls localized once (in `opts`' range and zone) and their usage rows; the `calls` rows are redacted
 * DETAIL_ROWS_PER_SLICE at a time, with a turn for the event loop before each slice.
 */
export async function buildVoiceSectionsOf(
  local: LocalCalls,
  llmUsage: UsageOfCalls,
  opts: VoiceSectionsOptions,
  turn: YieldTurn = budgetedTurns(),
): Promise<ExportSection[]> {
  const metrics = callMetricsOf(local)
  const usage = usagePatternsOf(local, llmUsage)
  const sections: ExportSection[] = [
    keyValueSection('kpis', 'Key figures', { ...metrics.kpis }),
    objectsSection('call_volume', 'Call volume per day', metrics.call_volume, ['date', 'total_calls', 'completed_calls', 'failed_calls']),
    objectsSection('outcome_breakdown', 'Outcome breakdown', metrics.outcome_breakdown, ['outcome', 'count', 'percentage']),
    objectsSection('llm_usage', 'LLM usage per provider', usage.llm_usage, [
      'provider',
      'total_requests',
      'total_input_tokens',
      'total_output_tokens',
      'avg_latency_ms',
      'error_count',
    ]),
  ]
  if (opts.includeCallDetails) {
    const ordered = Array.from(local.position, (p) => ({ call: local.source[p]!, ms: local.columns.startMs[p]! }))
      .sort((a, b) => a.ms - b.ms || (a.call.id < b.call.id ? -1 : a.call.id > b.call.id ? 1 : 0))
      .slice(0, MAX_EXPORT_DETAIL_ROWS)
    const columns: string[] = [...CALL_DETAIL_COLUMNS]
    if (opts.includeTranscripts) columns.push('transcript')
    sections.push({
      name: 'calls',
      title: 'Calls',
      columns,
      rows: await mapInSlices(
        ordered,
        ({ call, ms }) => {
          const row: ExportCell[] = [
            call.id,
            localIsoString(ms, opts.tz),
            redactPhone(call.phone_number),
            redactName(call.caller_name),
            call.duration_seconds,
            call.status,
            call.outcome,
            call.category,
          ]
          if (opts.includeTranscripts) row.push(redactText(call.transcript, [call.caller_name]))
          return row
        },
        turn,
        DETAIL_ROWS_PER_SLICE,
      ),
    })
  }
  return sections
}
