// AurionAI exports in process (mock.fetch; no socket adds anything here), end to end: request (admin
// roles), list (last 24 hours), download in CSV, JSON and PDF with the figures of the endpoints, PII
// redaction, flags, expiry on the mock clock, tenant isolation and the audit log.
import { getResponse } from 'msw'
import { PDFDocument } from 'pdf-lib'
import { beforeAll, describe, expect, it } from 'vitest'
import { phoneDigits } from '../../mocks/aurion/phone.ts'
import { createMock } from '../../mocks/index.ts'
import { blockObjects, parseExportCsv } from '../support/export-csv.ts'
import { NOW, bearer, sessionOf, withQuery, type AurionSession, type Reply } from '../support/http.ts'
import { inProcessMock, type InProcessMock } from '../support/in-process.ts'
import { pdfTexts } from '../support/pdf-text.ts'
import { responseValidator, type ResponseCheck } from '../support/response-validator.ts'
import { conversationAt, conversationPosition } from '../../mocks/aurion/view.ts'

const REQUEST = 'request_export_api_v1_analytics_export_post'
const LIST = 'list_exports_api_v1_analytics_exports_get'
const DOWNLOAD = 'download_export_api_v1_analytics_export__export_id__download_get'
const METRICS = 'get_call_metrics_api_v1_analytics_call_metrics_get'
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
const DAY_MS = 86_400_000

interface Created {
  export_id: string
  download_url: string
  expires_at: string
}
interface ListItem extends Created {
  format: string
  scope: string
  start_date: string
  end_date: string
  include_call_details: boolean
  include_transcripts: boolean
  include_conversations: boolean
  created_at: string
}
type Row = Record<string, string | number | boolean | null>
interface ExportJson {
  export_id: string
  scope: string
  start_date: string
  end_date: string
  tz: string
  generated_at: string
  sections: Record<string, Row[]>
}
interface CallMetricsBody {
  kpis: Record<string, number | string>
  call_volume: { date: string; total_calls: number; completed_calls: number; failed_calls: number }[]
}

let server: InProcessMock
let check: ResponseCheck
let sessions: AurionSession[]
const session = (role: string, profile = 'complete') => sessionOf(sessions, role, profile)
/** Another tenant with analytics (Orbital Retail, enterprise, complete). */
const otherTenant = (role: string) =>
  sessions.find((s) => s.role === role && s.profile === 'complete' && s.plan === 'enterprise' && s.tenant_id !== session(role).tenant_id)!
const json = (token: string) => ({ ...bearer(token), 'Content-Type': 'application/json' })
const WEEK = { start_date: '2026-03-01', end_date: '2026-03-08' }

async function requestExport(token: string, body: Record<string, unknown>): Promise<Reply & { problems: string[] }> {
  const reply = await server.call(`${server.url}/api/v1/analytics/export`, {
    method: 'POST',
    headers: json(token),
    body: JSON.stringify(body),
  })
  return { ...reply, problems: check(REQUEST, reply) }
}

async function createExport(token: string, body: Record<string, unknown>): Promise<Created> {
  const reply = await requestExport(token, body)
  expect(reply.status, reply.text).toBe(200)
  expect(reply.problems).toEqual([])
  return reply.body as Created
}

async function list(token: string): Promise<Reply & { problems: string[] }> {
  const reply = await server.call(`${server.url}/api/v1/analytics/exports`, { headers: bearer(token) })
  return { ...reply, problems: check(LIST, reply) }
}

async function download(token: string, created: Pick<Created, 'download_url'>): Promise<Reply & { problems: string[] }> {
  const reply = await server.call(`${server.url}${created.download_url}`, { headers: bearer(token) })
  return { ...reply, problems: check(DOWNLOAD, reply) }
}

async function downloadBytes(token: string, created: Created): Promise<{ response: Response; bytes: Uint8Array }> {
  const response = await server.mock.fetch(new Request(`${server.url}${created.download_url}`, { headers: bearer(token) }))
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) }
}

async function callMetrics(token: string, query: Record<string, string>): Promise<CallMetricsBody> {
  const reply = await server.call(withQuery(`${server.url}/api/v1/analytics/call-metrics`, query), { headers: bearer(token) })
  expect(reply.status).toBe(200)
  expect(check(METRICS, reply)).toEqual([])
  return reply.body as CallMetricsBody
}

/** The tenant's calls whose start lies in [from, to), for the redaction checks. */
function callsBetween(tenantId: string, from: string, to: string) {
  return server.mock.aurion.index.tenants.get(tenantId)!.calls.filter((c) => c.start_time >= from && c.start_time < to)
}

beforeAll(async () => {
  server = await inProcessMock({ seed: 42 })
  check = await responseValidator('aurion')
  sessions = server.mock.credentials().aurion.sessions
})

describe('the export lifecycle', () => {
  it('creates an export, lists it and downloads a CSV with the figures of the call-metrics endpoint', async () => {
    const admin = session('super_admin')
    const now = server.mock.clock.now().getTime()
    const created = await createExport(admin.token, {
      format: 'csv',
      ...WEEK,
      scope: 'voice',
      include_call_details: true,
      include_transcripts: false,
    })
    expect(created.export_id).toMatch(UUID)
    expect(created.download_url).toBe(
      `/api/v1/analytics/export/${created.export_id}/download?format=csv&start_date=2026-03-01&end_date=2026-03-08`,
    )
    expect(created.expires_at).toBe(new Date(now + DAY_MS).toISOString().replace('.000Z', 'Z'))

    const listed = await list(admin.token)
    expect(listed.status).toBe(200)
    expect(listed.problems).toEqual([])
    const item = (listed.body as { exports: ListItem[] }).exports.find((e) => e.export_id === created.export_id)
    expect(item).toEqual({
      export_id: created.export_id,
      format: 'csv',
      scope: 'voice',
      start_date: '2026-03-01',
      end_date: '2026-03-08',
      include_call_details: true,
      include_transcripts: false,
      include_conversations: false,
      download_url: created.download_url,
      created_at: new Date(now).toISOString().replace('.000Z', 'Z'),
      expires_at: created.expires_at,
    })

    const file = await download(admin.token, created)
    expect(file.status).toBe(200)
    expect(file.contentType).toBe('text/csv')
    expect(file.problems).toEqual([])
    expect(file.headers.get('content-disposition')).toBe('attachment; filename="aurion-analytics-voice-2026-03-01_2026-03-08.csv"')
    const blocks = parseExportCsv(file.text)
    expect([...blocks.keys()]).toEqual(['export', 'kpis', 'call_volume', 'outcome_breakdown', 'llm_usage', 'calls'])
    expect(blockObjects(blocks.get('export')!)[0]).toMatchObject({ export_id: created.export_id, scope: 'voice', tz: 'UTC' })

    const metrics = await callMetrics(admin.token, WEEK)
    const kpis = Object.fromEntries(blocks.get('kpis')!.rows.map(([metric, value]) => [metric, value]))
    expect(Number(kpis.total_calls)).toBe(metrics.kpis.total_calls)
    expect(Number(kpis.avg_duration_seconds)).toBe(metrics.kpis.avg_duration_seconds)
    expect(
      blockObjects(blocks.get('call_volume')!).map((r) => ({
        ...r,
        total_calls: Number(r.total_calls),
        completed_calls: Number(r.completed_calls),
        failed_calls: Number(r.failed_calls),
      })),
    ).toEqual(metrics.call_volume)
    const callRows = blockObjects(blocks.get('calls')!)
    expect(callRows).toHaveLength(metrics.kpis.total_calls as number)
    expect(blocks.get('calls')!.columns).not.toContain('transcript')
  })

  it('downloads JSON with the contract’s document shape and the same figures', async () => {
    const admin = session('tenant_admin')
    const created = await createExport(admin.token, { format: 'json', ...WEEK, tz: 'Europe/Paris' })
    const file = await download(admin.token, created)
    expect(file.status).toBe(200)
    expect(file.contentType).toBe('application/json')
    expect(file.problems).toEqual([])
    expect(file.headers.get('content-disposition')).toBe('attachment; filename="aurion-analytics-voice-2026-03-01_2026-03-08.json"')
    const doc = file.body as ExportJson
    expect(doc).toMatchObject({ export_id: created.export_id, scope: 'voice', ...WEEK, tz: 'Europe/Paris' })
    // Bucketed in the export's zone, like the endpoint with the same tz.
    const metrics = await callMetrics(admin.token, { ...WEEK, tz: 'Europe/Paris' })
    expect(doc.sections.call_volume).toEqual(metrics.call_volume)
    expect(doc.sections.kpis!.find((r) => r.metric === 'total_calls')!.value).toBe(metrics.kpis.total_calls)
    expect(doc.sections.calls).toHaveLength(metrics.kpis.total_calls as number)
    for (const row of doc.sections.calls ?? []) expect(String(row.start_time)).toMatch(/\+0[12]:00$/)
  })

  it('downloads a PDF that pdf-lib opens', async () => {
    const admin = session('super_admin')
    const created = await createExport(admin.token, { format: 'pdf', ...WEEK, scope: 'all', include_conversations: true })
    const { response, bytes } = await downloadBytes(admin.token, created)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="aurion-analytics-all-2026-03-01_2026-03-08.pdf"')
    expect(check(DOWNLOAD, { status: 200, contentType: 'application/pdf', body: '' })).toEqual([])
    expect(new TextDecoder('latin1').decode(bytes.subarray(0, 5))).toBe('%PDF-')
    const doc = await PDFDocument.load(bytes)
    expect(doc.getPageCount()).toBeGreaterThan(1)
    const texts = (await pdfTexts(bytes)).join('\n')
    expect(texts).toContain('Call volume per day')
    expect(texts).toContain('Agent performance')
    for (const c of callsBetween(admin.tenant_id, '2026-02-28', '2026-03-10')) expect(texts).not.toContain(phoneDigits(c.phone_number))
  })

  it('lists only the caller tenant’s exports of the last 24 hours, newest first', async () => {
    const admin = session('super_admin')
    const first = await createExport(admin.token, { format: 'csv', ...WEEK })
    server.mock.clock.advance(5_000)
    const second = await createExport(admin.token, { format: 'json', ...WEEK })
    const foreign = await createExport(otherTenant('super_admin').token, { format: 'csv', ...WEEK })
    const ids = ((await list(admin.token)).body as { exports: ListItem[] }).exports.map((e) => e.export_id)
    expect(ids.indexOf(second.export_id)).toBeLessThan(ids.indexOf(first.export_id))
    expect(ids.indexOf(first.export_id)).toBeGreaterThanOrEqual(0)
    expect(ids).not.toContain(foreign.export_id)
    const created = ((await list(admin.token)).body as { exports: ListItem[] }).exports.map((e) => e.created_at)
    expect(created).toEqual([...created].sort().reverse())
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('expires an export 24 hours after creation on the mock clock', async () => {
    const admin = session('super_admin')
    const created = await createExport(admin.token, { format: 'csv', ...WEEK })
    server.mock.clock.advance(DAY_MS - 1_000)
    expect((await download(admin.token, created)).status).toBe(200)
    expect(((await list(admin.token)).body as { exports: ListItem[] }).exports.map((e) => e.export_id)).toContain(created.export_id)
    server.mock.clock.advance(1_000)
    const gone = await download(admin.token, created)
    expect(gone.status).toBe(404)
    expect(gone.problems).toEqual([])
    expect(gone.body).toEqual({ detail: 'Export not found' })
    expect(((await list(admin.token)).body as { exports: ListItem[] }).exports.map((e) => e.export_id)).not.toContain(created.export_id)
  })

  it('records every request and download in the audit log', async () => {
    const admin = session('tenant_admin')
    const created = await createExport(admin.token, {
      format: 'json',
      start_date: '2026-03-02',
      end_date: '2026-03-03',
      scope: 'performance',
    })
    expect((await download(admin.token, created)).status).toBe(200)
    const entries = server.mock.aurion.state.audit.findMany((q) => q.where({ tenant_id: admin.tenant_id }))
    const requested = entries.find((e) => e.action === 'export_requested' && e.details.export_id === created.export_id)
    const downloaded = entries.find((e) => e.action === 'export_downloaded' && e.details.export_id === created.export_id)
    const actor = `user:${server.mock.aurion.records.users.find((u) => u.session_token === admin.token)!.id}`
    expect(requested).toMatchObject({
      actor,
      at: server.mock.clock.now().toISOString(),
      details: {
        format: 'json',
        scope: 'performance',
        start_date: '2026-03-02',
        end_date: '2026-03-03',
        tz: 'UTC',
        include_call_details: true,
      },
    })
    expect(downloaded).toMatchObject({ actor, details: { format: 'json', scope: 'performance' } })
  })
})

describe('export contents', () => {
  const exportJson = async (body: Record<string, unknown>): Promise<ExportJson> => {
    const admin = session('super_admin')
    const created = await createExport(admin.token, { format: 'json', ...WEEK, ...body })
    const file = await download(admin.token, created)
    expect(file.status).toBe(200)
    expect(file.problems).toEqual([])
    return file.body as ExportJson
  }

  it('builds the tables of each scope', async () => {
    const expected: Record<string, string[]> = {
      voice: ['kpis', 'call_volume', 'outcome_breakdown', 'llm_usage', 'calls'],
      conversations: ['conversation_kpis', 'channel_distribution'],
      sla_quality: ['sla_summary', 'sla_by_priority', 'sla_by_team'],
      resolution_rates: ['cs_resolution', 'cs_resolution_by_priority', 'voice_resolution', 'fcr_trend', 'resolution_by_category'],
      performance: ['agent_performance', 'team_performance'],
    }
    for (const [scope, names] of Object.entries(expected)) {
      expect(Object.keys((await exportJson({ scope })).sections), scope).toEqual(names)
    }
    expect(Object.keys((await exportJson({ scope: 'all' })).sections)).toEqual(Object.values(expected).flat())
  })

  it('uses the figures of the v2 endpoints for the same days', async () => {
    const admin = session('super_admin')
    const doc = await exportJson({ scope: 'all' })
    const range = { date_from: '2026-03-01T00:00:00Z', date_to: '2026-03-08T23:59:59.999Z' }
    const v2 = async (path: string) =>
      (await server.call(withQuery(`${server.url}/api/v2/analytics/conversations/${path}`, range), { headers: bearer(admin.token) }))
        .body as Record<string, unknown>
    const overview = await v2('overview')
    const kpis = Object.fromEntries(doc.sections.conversation_kpis!.map((r) => [r.metric, r.value]))
    const { channel_distribution, ...scalars } = overview
    expect(kpis).toEqual(scalars)
    expect(doc.sections.channel_distribution).toEqual(channel_distribution)
    const sla = (await v2('sla-compliance')) as { resolution: Row; by_priority: Row[] }
    expect(doc.sections.sla_summary![1]).toEqual({ step: 'resolution', ...sla.resolution })
    expect(doc.sections.sla_by_priority).toEqual(sla.by_priority)
    const resolution = (await v2('resolution-rates')) as { by_priority: Row[]; resolved_count: number }
    expect(doc.sections.cs_resolution_by_priority).toEqual(resolution.by_priority)
    expect(doc.sections.cs_resolution!.find((r) => r.metric === 'resolved_count')!.value).toBe(resolution.resolved_count)
    const insights = (await v2('insights')) as { agent_performance: Row[]; team_performance: Row[] }
    expect(doc.sections.agent_performance).toEqual(insights.agent_performance)
    expect(doc.sections.team_performance).toEqual(insights.team_performance)
  })

  it('follows the flags: call details, transcripts (redacted) and conversations (redacted)', async () => {
    const admin = session('super_admin')
    const without = await exportJson({ include_call_details: false, include_transcripts: true })
    expect(without.sections.calls).toBeUndefined()
    const plain = await exportJson({})
    expect(Object.keys(plain.sections.calls![0]!)).not.toContain('transcript')
    const withTranscripts = await exportJson({ include_transcripts: true })
    const rows = withTranscripts.sections.calls!
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every((r) => typeof r.transcript === 'string' && r.transcript.length > 0)).toBe(true)

    const conversations = (await exportJson({ scope: 'conversations', include_conversations: true })).sections.conversations!
    const view = server.mock.aurion.index.tenants.get(admin.tenant_id)!
    expect(conversations.length).toBe(
      (await exportJson({ scope: 'conversations' })).sections.conversation_kpis!.find((r) => r.metric === 'total_conversations')!.value,
    )
    for (const row of conversations.slice(0, 200)) {
      const contact = view.contacts.get(conversationAt(view, conversationPosition(view, String(row.id))).contact_id)!
      expect(row.contact_email).toBe(`${contact.email[0]}***${contact.email.slice(contact.email.indexOf('@'))}`)
      expect(String(row.contact_name)).toMatch(/^(\S\*\*\*)( \S\*\*\*)*$/)
    }
  })

  it('redacts every phone number, caller name and e-mail address in every format', async () => {
    const admin = session('super_admin')
    const calls = callsBetween(admin.tenant_id, '2026-02-28', '2026-03-10')
    const view = server.mock.aurion.index.tenants.get(admin.tenant_id)!
    // Staff names may be shown (agent performance); a contact who shares one with a user is left out.
    const staff = new Set([...view.users.values()].map((u) => u.name))
    const contacts = [...view.contacts.values()].filter((c) => !staff.has(c.name))
    const body = { ...WEEK, scope: 'all', include_transcripts: true, include_conversations: true }
    for (const format of ['csv', 'json'] as const) {
      const created = await createExport(admin.token, { format, ...body })
      const text = (await download(admin.token, created)).text
      for (const c of calls) {
        expect(text).not.toContain(c.phone_number)
        expect(text).not.toContain(phoneDigits(c.phone_number))
        if (c.caller_name.includes(' ') && c.contact_id !== null) expect(text).not.toContain(c.caller_name)
      }
      for (const contact of contacts) {
        expect(text).not.toContain(contact.email)
        expect(text).not.toContain(contact.name)
      }
    }
  })
})

describe('export access', () => {
  it('refuses create and list to roles other than super_admin and tenant_admin, with 403', async () => {
    for (const role of ['agent', 'supervisor', 'tenant_owner', 'tenant_readonly']) {
      const created = await requestExport(session(role).token, { format: 'csv', ...WEEK })
      expect(created.status, role).toBe(403)
      expect(created.problems).toEqual([])
      expect(created.body).toEqual({ detail: expect.stringContaining(`Role '${role}' is not allowed`) })
      const listed = await list(session(role).token)
      expect(listed.status, role).toBe(403)
      expect(listed.problems).toEqual([])
    }
  })

  it('lets any read role of the tenant download, and answers 404 to another tenant and for unknown ids', async () => {
    const created = await createExport(session('super_admin').token, { format: 'csv', ...WEEK })
    expect((await download(session('agent').token, created)).status).toBe(200)
    const foreign = await download(otherTenant('super_admin').token, created)
    expect(foreign.status).toBe(404)
    expect(foreign.problems).toEqual([])
    expect(foreign.body).toEqual({ detail: 'Export not found' })
    const unknown = await download(session('super_admin').token, {
      download_url: '/api/v1/analytics/export/c0ffee00-1234-5678-9abc-def012345678/download',
    })
    expect(unknown.status).toBe(404)
    expect(unknown.body).toEqual({ detail: 'Export not found' })
    const malformed = await download(session('super_admin').token, { download_url: '/api/v1/analytics/export/not-a-uuid/download' })
    expect(malformed.status).toBe(422)
    expect(malformed.problems).toEqual([])
  })

  it('validates the request body from the contract', async () => {
    const token = session('super_admin').token
    const inverted = await requestExport(token, { format: 'csv', start_date: '2026-03-08', end_date: '2026-03-01', tz: 'Mars/Olympus' })
    expect(inverted.status).toBe(422)
    expect(inverted.problems).toEqual([])
    expect(inverted.body).toEqual({
      detail: [
        {
          type: 'value_error',
          loc: ['body', 'end_date'],
          msg: 'Value error, end_date must not be before start_date',
          input: '2026-03-01',
          ctx: { error: 'end_date must not be before start_date' },
        },
        {
          type: 'value_error',
          loc: ['body', 'tz'],
          msg: 'Value error, Unknown time zone: Mars/Olympus',
          input: 'Mars/Olympus',
          ctx: { error: 'Unknown time zone: Mars/Olympus' },
        },
      ],
    })
    const wrong = await requestExport(token, {
      format: 'xlsx',
      start_date: '2026-03-01',
      scope: 'everything',
      include_transcripts: 'maybe',
    })
    expect(wrong.status).toBe(422)
    expect(wrong.problems).toEqual([])
    expect((wrong.body as { detail: { type: string; loc: string[] }[] }).detail.map((d) => [d.type, d.loc.join('.')])).toEqual([
      ['enum', 'body.format'],
      ['missing', 'body.end_date'],
      ['enum', 'body.scope'],
      ['bool_parsing', 'body.include_transcripts'],
    ])
    const empty = await server.call(`${server.url}/api/v1/analytics/export`, { method: 'POST', headers: json(token) })
    expect(empty.status).toBe(422)
    expect(empty.body).toEqual({ detail: [{ type: 'missing', loc: ['body'], msg: 'Field required', input: null }] })
  })
})

describe('determinism', () => {
  it('gives the same export ids and byte-identical files for the same seed, now and size', async () => {
    const run = async () => {
      const mock = await createMock({ seed: 99, now: NOW, size: 600, timer: () => 0 })
      const token = mock.credentials().aurion.sessions.find((s) => s.role === 'super_admin')!.token
      const files: string[] = []
      for (const format of ['csv', 'json', 'pdf']) {
        const request = new Request('http://mock.test/api/v1/analytics/export', {
          method: 'POST',
          headers: json(token),
          body: JSON.stringify({ format, ...WEEK, scope: 'all', include_transcripts: true, include_conversations: true }),
        })
        const created = (await (await getResponse(mock.handlers, request))!.json()) as Created
        const file = await getResponse(mock.handlers, new Request(`http://mock.test${created.download_url}`, { headers: bearer(token) }))
        files.push(created.export_id, Array.from(new Uint8Array(await file!.arrayBuffer())).join(','))
      }
      return files
    }
    const [first, second] = [await run(), await run()]
    expect(new Set(first.filter((f) => UUID.test(f))).size).toBe(3)
    expect(second).toEqual(first)
  })
})
