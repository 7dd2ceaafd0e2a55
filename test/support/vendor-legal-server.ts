// A second fake of the three APIs, written from the vendors' documents (the seeds and vendor notes), not
// from the kit's mock: every answer is one the vendors allow, and each differs from a choice the kit made
// (x-kit-choice in the contracts). verify must pass it with warnings, and fail it only with --strict.
//
// Where it differs from the kit, on purpose (VENDOR_LEGAL_DIFFERENCES names the transactions):
// - AurionAI: export ids are plain strings; the usage-pattern and resolution-rate items are free-form objects
//   of another shape; an unknown team_id answers 200 with zeros; conversations have null priorities and
//   sources; the insights metadata is empty; an export download has no Content-Disposition; query dates
//   may be plain dates; the download ignores its query parameters.
// - Chatlayer: no field is written when it holds a zero value (grpc-gateway without EmitUnpopulated), the
//   flow's int64 depth is a JSON number, error bodies carry no `details`, filters repeat the query key.
// - Nebuly: a missing key answers 403 `Not authenticated` (FastAPI before 0.122.0).
import type { AddressInfo } from 'node:net'
import express, { type Request, type Response } from 'express'
import type { VerifyConfig } from '../../server/verify/credentials.ts'

export interface VendorLegalServer {
  url: string
  /** The credentials and fixture ids verify needs for it (secrets included: tests grep outputs for them). */
  config: VerifyConfig
  /** Every secret in `config`, as sent on the wire too (the basic header's base64). */
  secrets: string[]
  close(): Promise<void>
}

/** Transactions where this server takes the vendor's side of a kit choice, with a word of the warning. */
export const VENDOR_LEGAL_DIFFERENCES = {
  aurion: [
    { name: '/api/v1/analytics/usage-patterns > Get Usage Patterns > 200 > application/json', includes: 'hourly_distribution' },
    { name: '/api/v1/analytics/resolution-rates > Get Resolution Rates > 200 > application/json', includes: 'fcr_trend' },
    { name: '/api/v2/analytics/conversations/csat > Get Csat Analytics > 404 > application/json', includes: 'got 200 instead of 404' },
    {
      name: '/api/v2/analytics/conversations/resolution-rates > Get Cs Resolution Rates > 404 > application/json',
      includes: 'got 200 instead of 404',
    },
    { name: '/api/v1/analytics/export > Request Export > 200 > application/json', includes: 'uuid' },
    { name: '/api/v1/analytics/exports > List Exports > 200 > application/json', includes: 'uuid' },
    { name: '/api/v1/analytics/export/{export_id}/download > Download Export > 200 > text/csv', includes: 'content-disposition' },
    {
      name: '/api/v1/analytics/export/{export_id}/download > Download Export > 422 > application/json',
      includes: 'got 200 instead of 422',
    },
    { name: '/api/v2/conversations > List Conversations V2 > 200 > application/json', includes: 'null' },
    { name: '/api/v2/analytics/conversations/insights > Get Conversation Insights > 200 > application/json', includes: 'metadata' },
  ],
  chatlayer: [
    { name: '/v1/bots/{bot_id}/conversations/{conversation_id}/flow > Get conversation flow > 200 > application/json', includes: 'depth' },
    { name: '/v1/bots/{bot_id}/conversations > Get conversation analytics > 200 > application/json', includes: 'series_labels' },
    { name: '/v1/bots/{bot_id}/conversations > Get conversation analytics > 401 > application/json', includes: 'details' },
  ],
  nebuly: [
    {
      name: '/api/external/get-interaction-aggregates > Get Interaction Aggregates > 401 > application/json',
      includes: 'got 403 instead of 401',
    },
  ],
} as const

type Json = Record<string, unknown>

const TEAM = 'f1e2d3c4-b5a6-7890-1234-567890abcdef'
const AGENT = 'a1b2c3d4-e5f6-7890-1234-567890abcdef'
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const DATE = /^\d{4}-\d{2}-\d{2}$/
/** FastAPI's datetime accepts a date too (then midnight). */
const DATE_OR_DATETIME = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/

const AURION_TOKENS: Record<string, string> = {
  'vl-session-super-admin-7f3a9c': 'super_admin',
  'vl-session-agent-51be02': 'agent',
  'vl-session-billing-9d14e7': 'billing_viewer',
}
const AURION_API_KEY = 'itsm_sk_live_vendorlegal_4c8e1f'
const READ_ROLES = ['super_admin', 'tenant_owner', 'tenant_admin', 'agent', 'supervisor', 'tenant_user', 'tenant_readonly']
const ADMIN_ROLES = ['super_admin', 'tenant_admin']

const CHATLAYER = {
  token_id: 'vl-token-id-2b7d',
  token_secret: 'vl-token-secret-e91f04c7',
  team: 'team-vl-1',
  bot: 'bot-vl-1',
  otherTeam: 'team-vl-2',
  otherBot: 'bot-vl-2',
  conversation: 'conv-vl-1',
}
const NEBULY_KEY = 'nb_vendorlegal_live_3e9a71'
const NEBULY_DISABLED_KEY = 'nb_vendorlegal_disabled_08c2f5'

function detail(res: Response, status: number, message: string) {
  res.status(status).json({ detail: message })
}

function validation(res: Response, loc: (string | number)[], msg: string, type: string, input: unknown) {
  res.status(422).json({ detail: [{ type, loc, msg, input }] })
}

/** The query as FastAPI sees it: the last value of a repeated key. */
function q(req: Request, name: string): string | undefined {
  const value = req.query[name]
  if (Array.isArray(value)) return String(value[value.length - 1])
  return typeof value === 'string' ? value : undefined
}

/** FastAPI-style checks of the documented query parameters; false when a 422 was sent. */
function checkQuery(
  req: Request,
  res: Response,
  rules: Record<string, { required?: boolean; test: (v: string) => boolean; type: string }>,
): boolean {
  for (const [name, rule] of Object.entries(rules)) {
    const value = q(req, name)
    if (value === undefined) {
      if (rule.required) {
        validation(res, ['query', name], 'Field required', 'missing', null)
        return false
      }
      continue
    }
    if (!rule.test(value)) {
      validation(res, ['query', name], `Input should be a valid ${rule.type}`, `${rule.type}_parsing`, value)
      return false
    }
  }
  return true
}

const intIn =
  (min: number, max = Number.MAX_SAFE_INTEGER) =>
  (v: string) =>
    /^-?\d+$/.test(v) && Number(v) >= min && Number(v) <= max
const v2Dates = {
  date_from: { test: (v: string) => DATE_OR_DATETIME.test(v), type: 'datetime' },
  date_to: { test: (v: string) => DATE_OR_DATETIME.test(v), type: 'datetime' },
}
const uuidParam = { test: (v: string) => UUID.test(v), type: 'uuid' }
const v1Dates = {
  start_date: { required: true, test: (v: string) => DATE.test(v), type: 'date' },
  end_date: { required: true, test: (v: string) => DATE.test(v), type: 'date' },
}

export interface VendorLegalOptions {
  /** A broken fixture for --negative: the conversations list accepts a `limit` above 100 (clamps it). */
  acceptOutOfRangeLimit?: boolean
}

function aurion(app: express.Express, options: VendorLegalOptions) {
  const exports = new Map<string, Json>()
  let nextExport = 1

  /** Dashboard RBAC: 401 without credentials, 403 for an API key (preview) or a role outside `roles`. */
  const guard = (roles: readonly string[]) => (req: Request, res: Response, next: () => void) => {
    if (req.get('x-api-key')) return detail(res, 403, 'API keys are not permitted for this endpoint')
    const auth = req.get('authorization')
    if (!auth) return detail(res, 401, 'Missing authentication credentials')
    const role = AURION_TOKENS[auth.replace(/^Bearer\s+/i, '')]
    if (!role) return detail(res, 401, 'Invalid authentication credentials')
    if (!roles.includes(role)) return detail(res, 403, 'Forbidden')
    next()
  }
  const read = guard(READ_ROLES)
  const admin = guard(ADMIN_ROLES)
  const unknownTeam = (req: Request) => q(req, 'team_id') !== undefined && q(req, 'team_id') !== TEAM

  app.get('/api/v2/analytics/conversations/overview', read, (req, res) => {
    if (!checkQuery(req, res, v2Dates)) return
    res.json({
      total_conversations: 285,
      ai_resolved_count: 118,
      ai_resolution_rate: 41.4,
      human_resolved_count: 92,
      escalation_rate: 12.6,
      first_response_minutes_avg: 12.5,
      resolution_minutes_median: 252.0,
      channel_distribution: [
        { channel: 'email', conversation_count: 145 },
        { channel: 'chat', conversation_count: 80 },
      ],
    })
  })
  app.get('/api/v2/analytics/conversations/sla-compliance', read, (req, res) => {
    if (!checkQuery(req, res, v2Dates)) return
    res.json({
      first_response: { tracked: 285, met: 275, breached: 10, compliance_rate: 96.5 },
      resolution: { tracked: 285, met: 262, breached: 23, compliance_rate: 91.8 },
      by_priority: [{ priority: 'urgent', tracked: 25, met: 22, breached: 3, compliance_rate: 88.0 }],
      // Unassigned conversations are in no team: by_team does not add up to the total.
      by_team: [{ team_id: TEAM, team_name: 'Tier 1', tracked: 180, met: 171, breached: 9, compliance_rate: 95.0 }],
    })
  })
  const csat = (zero: boolean) => ({
    total_responses: zero ? 0 : 120,
    rated_responses: zero ? 0 : 112,
    avg_rating: zero ? 0 : 4.3,
    positive_responses: zero ? 0 : 96,
    positive_rate: zero ? 0 : 85.7,
    distribution: zero ? [] : [{ rating: 5, response_count: 64 }],
    trend: zero ? [] : [{ day: '2026-03-01', count: 14, avg_rating: 4.4 }],
    per_agent: zero
      ? []
      : [{ assignee_user_id: AGENT, assignee_name: 'Jane Doe', response_count: 40, avg_rating: 4.5, positive_rate: 90.0 }],
  })
  app.get('/api/v2/analytics/conversations/csat', read, (req, res) => {
    if (!checkQuery(req, res, { ...v2Dates, agent_id: uuidParam, team_id: uuidParam })) return
    res.json(csat(unknownTeam(req)))
  })
  app.get('/api/v2/analytics/conversations/csat/responses', read, (req, res) => {
    const limit = { test: intIn(1, 200), type: 'integer' }
    if (!checkQuery(req, res, { ...v2Dates, agent_id: uuidParam, team_id: uuidParam, limit, offset: { test: intIn(0), type: 'integer' } }))
      return
    const items = unknownTeam(req)
      ? []
      : [
          {
            id: 'c0ffee00-1234-5678-9abc-def012345678',
            conversation_id: '11112222-3333-4444-5555-666677778888',
            contact_id: '99990000-aaaa-bbbb-cccc-ddddeeeeffff',
            rating: 5,
            comment: 'Resolved quickly, thanks!',
            followup_answer: null,
            channel: 'email',
            sent_at: '2026-03-02T09:15:00Z',
            responded_at: '2026-03-02T10:02:00Z',
            conversation_subject: 'VPN cannot connect',
            assignee_user_id: AGENT,
            assignee_name: 'Jane Doe',
            assignee_team_id: TEAM,
            assignee_team_name: 'Tier 1',
          },
        ]
    res.json({ items, total: items.length, limit: Number(q(req, 'limit') ?? 50), offset: Number(q(req, 'offset') ?? 0) })
  })
  app.get('/api/v2/analytics/conversations/resolution-rates', read, (req, res) => {
    if (!checkQuery(req, res, { ...v2Dates, team_id: uuidParam })) return
    if (unknownTeam(req)) {
      res.json({
        total_conversations: 0,
        resolved_count: 0,
        ai_resolved_count: 0,
        human_resolved_count: 0,
        ai_resolution_rate: 0,
        human_resolution_rate: 0,
        resolution_rate: 0,
        by_priority: [],
      })
      return
    }
    res.json({
      total_conversations: 285,
      resolved_count: 210,
      ai_resolved_count: 118,
      human_resolved_count: 92,
      ai_resolution_rate: 41.4,
      human_resolution_rate: 32.3,
      resolution_rate: 73.7,
      by_priority: [{ priority: 'high', total: 50, resolved: 46, ai_resolved: 20, human_resolved: 26, resolution_rate: 92.0 }],
    })
  })
  app.get('/api/v2/analytics/conversations/teams', read, (_req, res) => {
    res.json({ teams: [{ team_id: TEAM, team_name: 'Tier 1' }] })
  })
  const health = {
    target_conversation_volume: 100000,
    per_query_budget_ms: 500.0,
    total_budget_ms: 2000.0,
    total_runtime_ms: 480.0,
    target_met: true,
    overview_ms: 120.0,
    sla_compliance_ms: 160.0,
    agent_performance_ms: 200.0,
  }
  app.get('/api/v2/analytics/conversations/insights', read, (req, res) => {
    if (!checkQuery(req, res, v2Dates)) return
    res.json({
      csat: csat(false),
      busiest_hours: [{ hour_utc: 14, conversation_count: 38 }],
      top_topics: [{ topic: 'VPN connectivity', conversation_count: 42, share: 14.7 }],
      agent_performance: [
        {
          assignee_user_id: AGENT,
          assignee_name: 'Jane Doe',
          assigned_count: 60,
          resolved_count: 55,
          resolution_rate: 91.7,
          avg_first_response_minutes: 9.2,
          avg_resolution_minutes: 210.0,
        },
      ],
      team_performance: [
        {
          team_id: TEAM,
          team_name: 'Tier 1',
          assigned_count: 180,
          resolved_count: 171,
          resolution_rate: 95.0,
          avg_resolution_minutes: 198.0,
        },
      ],
      help_center_deflection: {
        article_count: 120,
        total_views: 5400,
        helpful_feedback: 410,
        not_helpful_feedback: 60,
        deflection_rate: 22.5,
        top_articles: [
          {
            article_id: 'kb_001',
            title: 'Reset your VPN client',
            slug: 'reset-vpn-client',
            view_count: 320,
            helpful_count: 41,
            not_helpful_count: 3,
          },
        ],
      },
      sla_breach_trend: [{ day: '2026-03-01', tracked: 40, breached: 3, met: 37, compliance_rate: 92.5 }],
      email_channel_metrics: {
        total_channels: 3,
        active_channels: 2,
        email_conversations: 145,
        inbound_messages: 320,
        outbound_messages: 298,
        bounced_contacts: 4,
        complained_contacts: 1,
        by_channel: [{ channel_id: 'ch_001', address: 'support@acme.example', status: 'active', conversation_count: 130 }],
      },
      aggregation_health: health,
      // A free-form object in the vendor's schema: no range was requested, none is echoed.
      metadata: {},
    })
  })
  app.get('/api/v2/analytics/conversations/aggregation-health', read, (req, res) => {
    if (!checkQuery(req, res, v2Dates)) return
    res.json(health)
  })
  app.get('/api/v2/analytics/unified-overview', read, (req, res) => {
    if (!checkQuery(req, res, v2Dates)) return
    res.json({
      profile: 'complete',
      voice: {
        total_calls: 156,
        completed_calls: 130,
        failed_calls: 26,
        avg_duration_seconds: 245.0,
        first_call_resolution_rate: 62.8,
        tickets_created: 98,
        escalation_count: 32,
      },
      cs: {
        total_conversations: 285,
        ai_resolved_count: 118,
        ai_resolution_rate: 41.4,
        human_resolved_count: 92,
        escalation_rate: 12.6,
        first_response_minutes_avg: 12.5,
        resolution_minutes_median: 252.0,
        csat_avg: 4.3,
        channel_distribution: [{ channel: 'email', conversation_count: 145 }],
      },
      cross_product: { total_interactions: 441, blended_resolution_rate: 70.5, voice_share: 35.4, cs_share: 64.6 },
      kb: { total_published: 120, total_views: 5400, helpfulness_rate: 87.2, ai_resolutions: 64 },
    })
  })

  const tz = { test: (v: string) => v.length > 0, type: 'string' }
  app.get('/api/v1/analytics/call-metrics', read, (req, res) => {
    if (!checkQuery(req, res, { ...v1Dates, tz })) return
    res.json({
      kpis: {
        total_calls: 156,
        completed_calls: 130,
        failed_calls: 26,
        avg_duration_seconds: 245.0,
        first_call_resolution_rate: 62.8,
        tickets_created: 98,
        escalation_count: 32,
        period_start: q(req, 'start_date'),
        period_end: q(req, 'end_date'),
      },
      call_volume: [{ date: '2026-03-01', total_calls: 22, completed_calls: 18, failed_calls: 4 }],
      outcome_breakdown: [{ outcome: 'ticket_created', count: 98, percentage: 62.8 }],
      peak_hours: [{ hour: 14, day_of_week: 2, call_count: 12 }],
    })
  })
  app.get('/api/v1/analytics/resolution-rates', read, (req, res) => {
    if (!checkQuery(req, res, { ...v1Dates, tz })) return
    // Free-form items: the guide shows empty lists; these are of a shape of the server's own.
    res.json({
      fcr_trend: [{ period: '2026-W10', rate: '61%' }],
      resolution_by_category: [{ name: 'billing', share: 0.4 }],
      avg_resolution_time_seconds: 252.0,
      period_comparison: null,
    })
  })
  app.get('/api/v1/analytics/usage-patterns', read, (req, res) => {
    if (!checkQuery(req, res, { ...v1Dates, tz })) return
    res.json({
      hourly_distribution: [{ label: '09:00', calls: 3 }],
      weekly_distribution: [{ weekday: 'Mon', calls: 12 }],
      monthly_trends: [{ month: 'March 2026', calls: 156 }],
      llm_usage: [
        {
          provider: 'groq',
          total_requests: 1240,
          total_input_tokens: 410000,
          total_output_tokens: 96000,
          avg_latency_ms: 320.0,
          error_count: 3,
        },
      ],
      avg_tokens_per_call: 412.0,
    })
  })
  app.get('/api/v1/analytics/search', read, (req, res) => {
    const phone = { required: true, test: (v: string) => v.length >= 4, type: 'string' }
    if (!checkQuery(req, res, { phone, ...v1Dates, limit: { test: intIn(1, 100), type: 'integer' }, tz })) return
    res.json({
      results: [
        {
          call_id: '11112222-3333-4444-5555-666677778888',
          phone_number_redacted: '***-***-5678',
          start_time: '2026-03-02T09:15:00Z',
          duration_seconds: 245,
          outcome: 'ticket_created',
          status: 'completed',
        },
      ],
      total_count: 1,
      search_term_redacted: '***-***-5678',
    })
  })

  app.post('/api/v1/analytics/export', admin, express.json(), (req, res) => {
    const body: Json = typeof req.body === 'object' && req.body !== null ? (req.body as Json) : {}
    for (const field of ['format', 'start_date', 'end_date']) {
      if (!(field in body)) return validation(res, ['body', field], 'Field required', 'missing', body)
    }
    if (!['csv', 'json', 'pdf'].includes(String(body.format)))
      return validation(res, ['body', 'format'], "Input should be 'csv', 'json' or 'pdf'", 'enum', body.format)
    for (const field of ['start_date', 'end_date']) {
      if (!DATE.test(String(body[field])))
        return validation(res, ['body', field], 'Input should be a valid date', 'date_parsing', body[field])
    }
    const scopes = ['voice', 'conversations', 'all', 'sla_quality', 'resolution_rates', 'performance']
    if (body.scope !== undefined && !scopes.includes(String(body.scope)))
      return validation(res, ['body', 'scope'], 'Input should be a valid scope', 'enum', body.scope)
    for (const field of ['include_call_details', 'include_transcripts', 'include_conversations']) {
      if (body[field] !== undefined && typeof body[field] !== 'boolean')
        return validation(res, ['body', field], 'Input should be a valid boolean', 'bool_parsing', body[field])
    }
    if (body.tz !== undefined && typeof body.tz !== 'string')
      return validation(res, ['body', 'tz'], 'Input should be a valid string', 'string_type', body.tz)
    // Plain-string ids: the vendor documents a string, not a UUID.
    const id = `exp_${nextExport++}`
    const download_url = `/api/v1/analytics/export/${id}/download?format=${String(body.format)}&start_date=${String(body.start_date)}&end_date=${String(body.end_date)}`
    const created = { export_id: id, download_url, expires_at: '2026-03-09T12:00:00Z' }
    exports.set(id, {
      ...created,
      format: body.format,
      scope: body.scope ?? 'voice',
      start_date: body.start_date,
      end_date: body.end_date,
      include_call_details: body.include_call_details ?? true,
      include_transcripts: body.include_transcripts ?? false,
      include_conversations: body.include_conversations ?? false,
      created_at: '2026-03-08T12:00:00Z',
    })
    res.json(created)
  })
  app.get('/api/v1/analytics/exports', admin, (_req, res) => {
    const listed =
      exports.size > 0
        ? [...exports.values()]
        : [
            {
              export_id: 'exp_0',
              format: 'csv',
              scope: 'voice',
              start_date: '2026-03-01',
              end_date: '2026-03-08',
              include_call_details: true,
              include_transcripts: false,
              include_conversations: false,
              download_url: '/api/v1/analytics/export/exp_0/download?format=csv',
              created_at: '2026-03-08T12:00:00Z',
              expires_at: '2026-03-09T12:00:00Z',
            },
          ]
    res.json({ exports: listed })
  })
  app.get('/api/v1/analytics/export/:id/download', read, (req, res) => {
    const found = exports.get(String(req.params.id))
    if (!found) return detail(res, 404, 'Export not found')
    // The file in the export's own format; no Content-Disposition (the vendor shows only `curl -o`).
    if (found.format === 'json') res.json({ export_id: found.export_id, rows: [] })
    else if (found.format === 'pdf') res.type('application/pdf').send(Buffer.from('%PDF-1.4\n%%EOF\n'))
    else res.type('text/csv').send('date,total_calls\n2026-03-01,22\n')
  })

  app.get('/api/v2/conversations', read, (req, res) => {
    const bool = { test: (v: string) => ['true', 'false', '1', '0'].includes(v), type: 'boolean' }
    const limit = { test: options.acceptOutOfRangeLimit ? intIn(1) : intIn(1, 100), type: 'integer' }
    if (!checkQuery(req, res, { limit, offset: { test: intIn(0), type: 'integer' }, include_deleted: bool, is_spam: bool, archived: bool }))
      return
    const item = {
      ai_triage_hint: null,
      ai_triage_hint_type: null,
      archived_at: null,
      assigned_at: null,
      assignee_team_id: null,
      assignee_team_name: null,
      assignee_user_id: null,
      assignee_user_name: null,
      assignment_reason: null,
      category: null,
      channel: 'email',
      company_name: null,
      contact_email: null,
      contact_id: null,
      contact_name: null,
      contact_phone: null,
      contact_role: null,
      conversation_type: null,
      created_at: '2026-03-02T09:15:00Z',
      current_sentiment_label: null,
      current_sentiment_score: null,
      deleted_at: null,
      department_id: null,
      detected_language: null,
      id: 'conv_1',
      impact: null,
      is_read: false,
      is_spam: false,
      last_message_snippet: null,
      merged_at: null,
      merged_by: null,
      merged_into_id: null,
      // Nullable in the vendor's stack: a conversation imported without a priority or a source.
      priority: null,
      source: null,
      sentiment_trend: null,
      sla_first_response_due: null,
      sla_last_escalation_at: null,
      sla_resolution_due: null,
      sla_state: null,
      snoozed_by: null,
      snoozed_until: null,
      source_thread_id: null,
      status: 'open',
      subject: 'VPN cannot connect',
      tags: [],
      updated_at: '2026-03-02T09:15:00Z',
      urgency: null,
      version: 1,
    }
    res.json({ items: [item], total: 1, limit: Number(q(req, 'limit') ?? 50), offset: Number(q(req, 'offset') ?? 0) })
  })
}

function chatlayer(app: express.Express) {
  const expected = `Basic ${Buffer.from(`${CHATLAYER.token_id}:${CHATLAYER.token_secret}`).toString('base64')}`
  // grpc-gateway's status without the empty `details` (no EmitUnpopulated).
  const status = (res: Response, http: number, code: number, message: string): void => {
    res.status(http).json({ code, message })
  }
  const auth = (req: Request, res: Response, next: () => void) =>
    req.get('authorization') === expected ? next() : status(res, 401, 16, 'unauthenticated')
  const bot = (req: Request, res: Response, next: () => void) => {
    const id = req.params.bot_id
    if (id === CHATLAYER.otherBot) return status(res, 403, 7, 'permission denied')
    if (id !== CHATLAYER.bot) return status(res, 404, 5, 'bot not found')
    next()
  }
  const times = (req: Request, res: Response): boolean => {
    for (const name of ['start_time', 'end_time']) {
      if (!q(req, name)) {
        status(res, 400, 3, `${name} is required`)
        return false
      }
    }
    return true
  }
  const botQuery = (req: Request, res: Response): boolean => {
    if (!['DRAFT', 'LIVE'].includes(q(req, 'version') ?? '')) {
      status(res, 400, 3, 'version is required')
      return false
    }
    if (!times(req, res)) return false
    const bucket = q(req, 'bucket')
    if (bucket !== undefined && !['1h', '1d', '1w'].includes(bucket)) {
      status(res, 400, 3, 'invalid bucket')
      return false
    }
    return true
  }
  /** Zero values are left out: `mean`, `min` of 0 and the empty `series_labels` are not written. */
  const series = (req: Request) => {
    // Repeated keys (explode: true): channel_type=A&channel_type=B.
    const channels = ([] as string[]).concat((req.query.channel_type as string | string[] | undefined) ?? [])
    return {
      data: {
        series: [{ values: [3, 0], max: 3, sum: 3, labels: channels.length > 0 ? { channel_type: channels[0] } : {} }],
        x_values: ['2026-03-01T00:00:00Z', '2026-03-02T00:00:00Z'],
      },
    }
  }
  app.get('/v1/bots/:bot_id/conversations/insights', auth, bot, (req, res) => {
    if (!botQuery(req, res)) return
    if (!['num_conversations', 'duration_seconds', 'num_messages'].includes(q(req, 'stat') ?? ''))
      return status(res, 400, 3, 'invalid stat')
    res.json(series(req))
  })
  app.get('/v1/bots/:bot_id/conversations/:conversation_id/flow', auth, bot, (req, res) => {
    if (!botQuery(req, res)) return
    if (req.params.conversation_id !== CHATLAYER.conversation) return status(res, 404, 5, 'conversation not found')
    res.json({
      bot_id: CHATLAYER.bot,
      conversation_id: CHATLAYER.conversation,
      user_id: 'user-1',
      // int64 as a JSON number: a valid protojson reading, not what grpc-gateway writes.
      transitions: [
        {
          id: 't1',
          from_step: { id: 's1', type: 'message' },
          to_step: { id: 's2', type: 'input' },
          depth: 1,
          timestamp: '2026-03-01T10:00:00Z',
        },
      ],
    })
  })
  app.get('/v1/bots/:bot_id/conversations', auth, bot, (req, res) => {
    if (!botQuery(req, res)) return
    const groupBy = q(req, 'group_by')
    if (groupBy !== undefined && !['channel_type', 'language'].includes(groupBy)) return status(res, 400, 3, 'invalid group_by')
    res.json(series(req))
  })
  app.get('/v1/teams/:team_id/conversations', auth, (req, res) => {
    const team = String(req.params.team_id)
    if (team === CHATLAYER.otherTeam) return status(res, 403, 7, 'permission denied')
    if (team !== CHATLAYER.team) return status(res, 404, 5, 'team not found')
    if (!times(req, res)) return
    if (!['1d', '1w', '1m'].includes(q(req, 'bucket') ?? '')) return status(res, 400, 3, 'invalid bucket')
    res.json(series(req))
  })
}

function nebuly(app: express.Express) {
  app.post('/api/external/get-interaction-aggregates', express.json(), (req, res) => {
    const auth = req.get('authorization')
    // FastAPI's HTTPBearer before 0.122.0: a missing key is 403 "Not authenticated".
    if (!auth) return detail(res, 403, 'Not authenticated')
    const key = auth.replace(/^Bearer\s+/i, '')
    if (key === NEBULY_DISABLED_KEY) return detail(res, 403, 'Forbidden')
    if (key !== NEBULY_KEY) return detail(res, 401, 'Invalid API key')
    const body: Json = typeof req.body === 'object' && req.body !== null ? (req.body as Json) : {}
    for (const field of ['time_range', 'filters', 'limit', 'offset']) {
      if (!(field in body)) return validation(res, ['body', field], 'Field required', 'missing', body)
    }
    const range = body.time_range
    const isDateTime = (v: unknown) => typeof v === 'string' && DATE_OR_DATETIME.test(v) && v.includes('T')
    if (typeof range !== 'object' || range === null || Array.isArray(range))
      return validation(res, ['body', 'time_range'], 'Input should be a valid dictionary', 'model_type', range)
    for (const end of ['start', 'end'] as const) {
      const value = (range as Json)[end]
      if (!isDateTime(value))
        return validation(res, ['body', 'time_range', end], 'Input should be a valid datetime', 'datetime_parsing', value)
    }
    if (!Array.isArray(body.filters)) return validation(res, ['body', 'filters'], 'Input should be a valid list', 'list_type', body.filters)
    const variables = ['n_interactions', 'n_users', 'user_feedback', 'cost', 'latency_seconds', 'n_intents', 'retention']
    if (body.variables !== undefined && (!Array.isArray(body.variables) || body.variables.some((v) => !variables.includes(String(v))))) {
      return validation(res, ['body', 'variables'], 'Input should be a list of known variables', 'enum', body.variables)
    }
    for (const field of ['limit', 'offset']) {
      const value = body[field]
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
        return validation(res, ['body', field], 'Input should be greater than or equal to 0', 'greater_than_equal', value)
    }
    res.json({
      total: 1,
      offset: body.offset,
      limit: body.limit,
      data: [{ group_name: 'Track an order', additional_groups: [], n_interactions: 412, n_users: 158 }],
    })
  })
}

export async function startVendorLegalServer(options: VendorLegalOptions = {}): Promise<VendorLegalServer> {
  const app = express()
  aurion(app, options)
  chatlayer(app)
  nebuly(app)
  const server = await new Promise<ReturnType<typeof app.listen>>((resolve, reject) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s))
    s.once('error', reject)
  })
  const { port } = server.address() as AddressInfo
  const config: VerifyConfig = {
    aurion: {
      sessions: Object.fromEntries(Object.entries(AURION_TOKENS).map(([token, role]) => [role, token])),
      api_key: AURION_API_KEY,
      api_keys: 'preview',
    },
    chatlayer: {
      token_id: CHATLAYER.token_id,
      token_secret: CHATLAYER.token_secret,
      team_id: CHATLAYER.team,
      bot_id: CHATLAYER.bot,
      other_team_id: CHATLAYER.otherTeam,
      other_team_bot_id: CHATLAYER.otherBot,
      conversation_id: CHATLAYER.conversation,
      conversation_bot_id: CHATLAYER.bot,
      conversation_version: 'LIVE',
      conversation_started_at: '2026-03-01T10:00:00Z',
    },
    nebuly: { api_key: NEBULY_KEY, forbidden_api_key: NEBULY_DISABLED_KEY },
  }
  const secrets = [
    ...Object.keys(AURION_TOKENS),
    AURION_API_KEY,
    CHATLAYER.token_secret,
    Buffer.from(`${CHATLAYER.token_id}:${CHATLAYER.token_secret}`).toString('base64'),
    NEBULY_KEY,
    NEBULY_DISABLED_KEY,
  ]
  return {
    url: `http://127.0.0.1:${port}`,
    config,
    secrets,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())))
    },
  }
}
