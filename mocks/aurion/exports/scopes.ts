// The tables of an export, per scope, built from the same analytics as the endpoints (so a file and the
// API agree for the same range) and PII-redacted: phone numbers keep their last 4 digits, contact names
// their initials, e-mail addresses their first letter and domain. Agent and team names stay: they are the
// tenant's own staff, shown by the performance endpoints too.
//   voice            kpis, call_volume, outcome_breakdown, llm_usage [, calls (+ transcript)]
//   conversations    conversation_kpis, channel_distribution [, conversations]
//   sla_quality      sla_summary, sla_by_priority, sla_by_team
//   resolution_rates cs_resolution, cs_resolution_by_priority, voice_resolution, fcr_trend, resolution_by_category
//   performance      agent_performance, team_performance
//   all              every table above
import { agentPerformance, teamPerformance } from '../reports/agent-performance.ts'
import { callResolutionRatesOf } from '../reports/call-resolution.ts'
import { keyValueSection, mapInSlices, MAX_EXPORT_DETAIL_ROWS, objectsSection } from './files.ts'
import type { ExportCell, ExportScope, ExportSection } from './files.ts'
import { budgetedTurns, type YieldTurn } from '../../lib/steps.ts'
import { buildVoiceSectionsOf, DETAIL_ROWS_PER_SLICE } from './sections.ts'
import { countedConversationsInRange } from '../view.ts'
import type { DateRange, TenantView } from '../view.ts'
import { aurionOverview } from '../reports/overview.ts'
import { aurionResolutionRates } from '../reports/resolution-rates.ts'
import { aurionSlaCompliance } from '../reports/sla-compliance.ts'
import { redactEmail, redactName, redactText } from '../phone.ts'
import { localIsoString } from '../../lib/time-zone.ts'
import type { ExportRecord } from '../../../generators/aurion/model.ts'
import { previousLocalCalls, voiceLocalCalls, voiceUsage, type VoiceRange } from '../routes/voice.ts'

const CONVERSATION_COLUMNS = ['id', 'created_at', 'channel', 'status', 'priority', 'subject', 'contact_name', 'contact_email'] as const

type Part = 'voice' | 'conversations' | 'sla_quality' | 'resolution_rates' | 'performance'

const PARTS: Record<ExportScope, readonly Part[]> = {
  voice: ['voice'],
  conversations: ['conversations'],
  sla_quality: ['sla_quality'],
  resolution_rates: ['resolution_rates'],
  performance: ['performance'],
  all: ['voice', 'conversations', 'sla_quality', 'resolution_rates', 'performance'],
}

/**
 * The export's tables. `range` is the export's start_date..end_date in its tz. Each report is a year at
 * most; the event loop gets a turn between reports and between slices of detail rows, so that an `all`
 * export does not hold every other request of a shared mock for the sum of them.
 */
export async function exportSections(
  view: TenantView,
  record: ExportRecord,
  range: VoiceRange,
  turn: YieldTurn = budgetedTurns(),
): Promise<ExportSection[]> {
  // The v2 reports take instants, both bounds included: the same local days as the voice tables.
  const instants: DateRange = { from: new Date(range.fromMs), to: new Date(range.toMsInclusive) }
  const sections: ExportSection[] = []
  for (const part of PARTS[record.scope]) {
    if (sections.length > 0) await turn()
    sections.push(...(await partSections(part, view, record, range, instants, turn)))
  }
  return sections
}

async function partSections(
  part: Part,
  view: TenantView,
  record: ExportRecord,
  range: VoiceRange,
  instants: DateRange,
  turn: YieldTurn,
): Promise<ExportSection[]> {
  switch (part) {
    case 'voice':
      return voiceSections(view, record, range, turn)
    case 'conversations':
      return conversationSections(view, record, range, instants, turn)
    case 'sla_quality':
      return slaSections(view, instants)
    case 'resolution_rates':
      return resolutionSections(view, range, instants, turn)
    case 'performance':
      return performanceSections(view, instants, turn)
  }
}

async function voiceSections(view: TenantView, record: ExportRecord, range: VoiceRange, turn: YieldTurn): Promise<ExportSection[]> {
  const local = voiceLocalCalls(view, range)
  await turn()
  const usage = voiceUsage(view, local, range)
  await turn()
  return buildVoiceSectionsOf(
    local,
    usage,
    {
      startDate: range.startDate,
      endDate: range.endDate,
      tz: range.tz,
      includeCallDetails: record.include_call_details,
      includeTranscripts: record.include_transcripts,
    },
    turn,
  )
}

async function conversationSections(
  view: TenantView,
  record: ExportRecord,
  range: VoiceRange,
  instants: DateRange,
  turn: YieldTurn,
): Promise<ExportSection[]> {
  const { channel_distribution, ...kpis } = aurionOverview(view, instants)
  await turn()
  const sections = [
    keyValueSection('conversation_kpis', 'Conversation key figures', kpis),
    objectsSection('channel_distribution', 'Conversations per channel', channel_distribution, ['channel', 'conversation_count']),
  ]
  if (record.include_conversations) {
    sections.push({
      name: 'conversations',
      title: 'Conversations',
      columns: [...CONVERSATION_COLUMNS],
      rows: await mapInSlices(
        countedConversationsInRange(view, instants).slice(0, MAX_EXPORT_DETAIL_ROWS),
        (c): ExportCell[] => {
          const contact = view.contacts.get(c.contact_id)
          return [
            c.id,
            localIsoString(c.created_at, range.tz),
            c.channel,
            c.status,
            c.priority,
            // Subjects are the customer's words: whatever number, address or own name they hold goes too.
            redactText(c.subject, contact ? [contact.name] : []),
            contact ? redactName(contact.name) : null,
            contact ? redactEmail(contact.email) : null,
          ]
        },
        turn,
        DETAIL_ROWS_PER_SLICE,
      ),
    })
  }
  return sections
}

function slaSections(view: TenantView, instants: DateRange): ExportSection[] {
  const sla = aurionSlaCompliance(view, instants)
  return [
    objectsSection(
      'sla_summary',
      'SLA compliance',
      [
        { step: 'first_response', ...sla.first_response },
        { step: 'resolution', ...sla.resolution },
      ],
      ['step', 'tracked', 'met', 'breached', 'compliance_rate'],
    ),
    objectsSection('sla_by_priority', 'Resolution SLA per priority', sla.by_priority, [
      'priority',
      'tracked',
      'met',
      'breached',
      'compliance_rate',
    ]),
    objectsSection('sla_by_team', 'Resolution SLA per team', sla.by_team, [
      'team_id',
      'team_name',
      'tracked',
      'met',
      'breached',
      'compliance_rate',
    ]),
  ]
}

async function resolutionSections(view: TenantView, range: VoiceRange, instants: DateRange, turn: YieldTurn): Promise<ExportSection[]> {
  const { by_priority, ...cs } = aurionResolutionRates(view, instants)
  await turn()
  const current = voiceLocalCalls(view, range)
  await turn()
  const previous = previousLocalCalls(view, range)
  await turn()
  const voice = callResolutionRatesOf(current, previous)
  const comparison = voice.period_comparison
  return [
    keyValueSection('cs_resolution', 'Conversation resolution', cs),
    objectsSection('cs_resolution_by_priority', 'Conversation resolution per priority', by_priority, [
      'priority',
      'total',
      'resolved',
      'ai_resolved',
      'human_resolved',
      'resolution_rate',
    ]),
    // The same keys whether or not the previous period had calls (null then), so the table keeps its shape.
    keyValueSection('voice_resolution', 'Call resolution', {
      avg_resolution_time_seconds: voice.avg_resolution_time_seconds,
      previous_start: comparison?.previous_start ?? null,
      previous_end: comparison?.previous_end ?? null,
      previous_total_calls: comparison?.previous_total_calls ?? null,
      current_total_calls: comparison?.current_total_calls ?? null,
      previous_fcr_rate: comparison?.previous_fcr_rate ?? null,
      current_fcr_rate: comparison?.current_fcr_rate ?? null,
      fcr_rate_change: comparison?.fcr_rate_change ?? null,
      previous_avg_resolution_time_seconds: comparison?.previous_avg_resolution_time_seconds ?? null,
      current_avg_resolution_time_seconds: comparison?.current_avg_resolution_time_seconds ?? null,
    }),
    objectsSection('fcr_trend', 'First-call resolution per day', voice.fcr_trend, ['date', 'total_calls', 'fcr_calls', 'fcr_rate']),
    objectsSection('resolution_by_category', 'Call resolution per category', voice.resolution_by_category, [
      'category',
      'total_calls',
      'resolved_calls',
      'resolution_rate',
      'avg_resolution_time_seconds',
    ]),
  ]
}

async function performanceSections(view: TenantView, instants: DateRange, turn: YieldTurn): Promise<ExportSection[]> {
  const agents = agentPerformance(view, instants)
  await turn()
  const teams = teamPerformance(view, instants)
  return [
    objectsSection('agent_performance', 'Agent performance', agents, [
      'assignee_user_id',
      'assignee_name',
      'assigned_count',
      'resolved_count',
      'resolution_rate',
      'avg_first_response_minutes',
      'avg_resolution_minutes',
    ]),
    objectsSection('team_performance', 'Team performance', teams, [
      'team_id',
      'team_name',
      'assigned_count',
      'resolved_count',
      'resolution_rate',
      'avg_resolution_minutes',
    ]),
  ]
}
