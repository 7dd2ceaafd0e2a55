// Voice KPIs of a set of calls: the unified overview's `voice` block and the v1 call-metrics `kpis`
// (without its period fields) share this one computation so that the two endpoints agree.
import type { Call } from '../models/aurion.ts'
import { mean1, percent } from './rounding.ts'

export interface VoiceKpis {
  total_calls: number
  completed_calls: number
  failed_calls: number
  avg_duration_seconds: number
  first_call_resolution_rate: number
  tickets_created: number
  escalation_count: number
}

export function voiceKpis(calls: readonly Call[]): VoiceKpis {
  let completed = 0
  let failed = 0
  let fcr = 0
  let tickets = 0
  let escalations = 0
  const durations: number[] = []
  for (const call of calls) {
    if (call.status === 'completed') completed += 1
    else if (call.status === 'failed') failed += 1
    if (call.first_call_resolution) fcr += 1
    if (call.ticket_created) tickets += 1
    if (call.escalated) escalations += 1
    durations.push(call.duration_seconds)
  }
  return {
    total_calls: calls.length,
    completed_calls: completed,
    failed_calls: failed,
    // Over every call, failed ones included (their duration is what the caller waited).
    avg_duration_seconds: mean1(durations),
    first_call_resolution_rate: percent(fcr, calls.length),
    tickets_created: tickets,
    escalation_count: escalations,
  }
}
