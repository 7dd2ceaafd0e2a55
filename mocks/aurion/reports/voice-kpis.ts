// Voice KPIs of a set of calls: the unified overview's `voice` block and the v1 call-metrics `kpis`
// (without its period fields) share this one computation so that the two endpoints agree.
import type { Call } from '../../../generators/aurion/model.ts'
import { CALL_STATUS_COMPLETED, CALL_STATUS_FAILED } from '../view.ts'
import type { CallColumns, IndexRange } from '../view.ts'
import { meanOfSum, percent } from '../../lib/rounding.ts'
import { slices, type Steps } from '../../lib/steps.ts'

export interface VoiceKpis {
  total_calls: number
  completed_calls: number
  failed_calls: number
  avg_duration_seconds: number
  first_call_resolution_rate: number
  tickets_created: number
  escalation_count: number
}

/** What the KPIs are computed from; `durationSum` is added up in the calls' order (see meanOfSum). */
export interface VoiceKpiCounts {
  total: number
  completed: number
  failed: number
  durationSum: number
  fcr: number
  tickets: number
  escalations: number
}

export function emptyVoiceKpiCounts(): VoiceKpiCounts {
  return { total: 0, completed: 0, failed: 0, durationSum: 0, fcr: 0, tickets: 0, escalations: 0 }
}

export function voiceKpisOfCounts(c: VoiceKpiCounts): VoiceKpis {
  return {
    total_calls: c.total,
    completed_calls: c.completed,
    failed_calls: c.failed,
    // Over every call, failed ones included (their duration is what the caller waited).
    avg_duration_seconds: meanOfSum(c.durationSum, c.total),
    first_call_resolution_rate: percent(c.fcr, c.total),
    tickets_created: c.tickets,
    escalation_count: c.escalations,
  }
}

export function voiceKpis(calls: readonly Call[]): VoiceKpis {
  const c = emptyVoiceKpiCounts()
  for (const call of calls) {
    c.total += 1
    if (call.status === 'completed') c.completed += 1
    else if (call.status === 'failed') c.failed += 1
    if (call.first_call_resolution) c.fcr += 1
    if (call.ticket_created) c.tickets += 1
    if (call.escalated) c.escalations += 1
    c.durationSum += call.duration_seconds
  }
  return voiceKpisOfCounts(c)
}

/** The same KPIs of the calls at positions [start, end) of `columns`, read from the columns in slices. */
export function* voiceKpisOfSpan(columns: CallColumns, span: IndexRange): Steps<VoiceKpis> {
  const c = emptyVoiceKpiCounts()
  const { status, firstCallResolution, ticketCreated, escalated, durationSeconds } = columns
  yield* slices(span.start, span.end, (from, to) => {
    for (let p = from; p < to; p++) {
      c.total += 1
      if (status[p] === CALL_STATUS_COMPLETED) c.completed += 1
      else if (status[p] === CALL_STATUS_FAILED) c.failed += 1
      c.fcr += firstCallResolution[p]!
      c.tickets += ticketCreated[p]!
      c.escalations += escalated[p]!
      c.durationSum += durationSeconds[p]!
    }
  })
  return voiceKpisOfCounts(c)
}
