// Golden digest: the sha256 of a fixed set of responses (every operation, its error statuses, an export in
// each format) and of the generated worlds for two seeds at a fixed `now`. A refactor changes no byte; a
// change that moves bytes on purpose updates digest.json in the same commit and says why
// (`UPDATE_GOLDEN=1 npx vitest run test/golden`).
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { getResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { buildAurionWorld } from '../../generators/aurion/index.ts'
import { buildChatlayerWorld } from '../../generators/chatlayer/world.ts'
import { buildNebulyWorld } from '../../generators/nebuly/world.ts'
import { createMock, type Mock } from '../../mocks/index.ts'
import { NOW, basic, bearer } from '../support/http.ts'

const FILE = new URL('./digest.json', import.meta.url)
const ORIGIN = 'http://mock.test'
const sha256 = (bytes: string | Uint8Array) => createHash('sha256').update(bytes).digest('hex')

interface Step {
  name: string
  request: Request
}

function steps(mock: Mock): Step[] {
  const { aurion, chatlayer, nebuly } = mock.credentials()
  const session = (role: string, plan?: string) =>
    aurion.sessions.find((s) => s.role === role && s.profile === 'complete' && (plan ? s.plan === plan : s.plan !== 'growth'))!
  const admin = bearer(session('super_admin').token)
  const reader = bearer(session('tenant_readonly').token)
  const billing = bearer(session('billing_viewer').token)
  const growth = bearer(aurion.sessions.find((s) => s.plan === 'growth')!.token)
  const team = chatlayer!.tokens[0]!
  const cl = basic(team)
  const nb = { ...bearer(nebuly!.api_keys[0]!.key), 'Content-Type': 'application/json' }
  const disabled = { ...bearer(nebuly!.api_keys.find((k) => k.disabled)!.key), 'Content-Type': 'application/json' }
  const get = (name: string, path: string, headers: Record<string, string> = reader): Step => ({
    name,
    request: new Request(`${ORIGIN}${path}`, { headers }),
  })
  const post = (name: string, path: string, body: string, headers: Record<string, string>): Step => ({
    name,
    request: new Request(`${ORIGIN}${path}`, { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body }),
  })
  const v2 = '/api/v2/analytics/conversations'
  const week = 'date_from=2026-03-01T00:00:00Z&date_to=2026-03-08T23:59:59Z'
  const v1 = 'start_date=2026-02-01&end_date=2026-03-08'
  const range = 'start_time=2026-01-01T00:00:00Z&end_time=2026-03-09T00:00:00Z'
  const aggregates = {
    time_range: { start: '2026-01-01T00:00:00Z', end: '2026-03-09T00:00:00Z' },
    filters: [],
    group_by: { kind: 'topic' },
    limit: 50,
    offset: 0,
  }
  const list: Step[] = [
    get('v2 overview', `${v2}/overview?${week}`),
    get('v2 overview 401', `${v2}/overview?${week}`, {}),
    get('v2 overview 403 role', `${v2}/overview`, billing),
    get('v2 overview 403 plan', `${v2}/overview`, growth),
    get('v2 overview 422', `${v2}/overview?date_from=yesterday`),
    get('v2 overview prefer 429', `${v2}/overview`, { ...reader, Prefer: 'code=429' }),
    get('v2 sla', `${v2}/sla-compliance?${week}`),
    get('v2 csat', `${v2}/csat`),
    get('v2 csat responses', `${v2}/csat/responses?limit=200`),
    get('v2 csat 404', `${v2}/csat?team_id=00000000-0000-4000-8000-000000000000`),
    get('v2 resolution', `${v2}/resolution-rates`),
    get('v2 teams', `${v2}/teams`),
    get('v2 insights', `${v2}/insights`),
    get('v2 aggregation health', `${v2}/aggregation-health`),
    get('unified overview', '/api/v2/analytics/unified-overview'),
    get('list', '/api/v2/conversations?limit=100&sort_by=priority'),
    get('list page 2', '/api/v2/conversations?limit=50&offset=50&status=resolved'),
    get('list 422', '/api/v2/conversations?limit=abc'),
    get('v1 call metrics', `/api/v1/analytics/call-metrics?${v1}&tz=Europe/Paris`),
    get('v1 call metrics 422', '/api/v1/analytics/call-metrics?start_date=2026-03-08&end_date=2026-03-01&tz=Mars/Olympus'),
    get('v1 resolution', `/api/v1/analytics/resolution-rates?${v1}`),
    get('v1 usage', `/api/v1/analytics/usage-patterns?start_date=2026-01-01&end_date=2026-03-08`),
    get('v1 search', `/api/v1/analytics/search?phone=0000&start_date=2026-01-01&end_date=2026-03-08`),
    get('v1 search prefer 429', `/api/v1/analytics/search?phone=0000`, { ...reader, Prefer: 'code=429' }),
    get('exports list', '/api/v1/analytics/exports', admin),
    get('export 404', '/api/v1/analytics/export/00000000-0000-4000-8000-000000000000/download?format=csv', admin),
    post(
      'export 403',
      '/api/v1/analytics/export',
      JSON.stringify({ format: 'csv', start_date: '2026-03-01', end_date: '2026-03-08', scope: 'all' }),
      reader,
    ),
    post(
      'export 422',
      '/api/v1/analytics/export',
      JSON.stringify({ format: 'xls', start_date: '2026-03-01', end_date: '2026-03-08' }),
      admin,
    ),
    get('chatlayer bot', `/v1/bots/${team.bot_ids[0]}/conversations?version=LIVE&bucket=1w&group_by=language&${range}`, cl),
    get('chatlayer bot default', `/v1/bots/${team.bot_ids[0]}/conversations?version=LIVE&${range}`, cl),
    get('chatlayer insights', `/v1/bots/${team.bot_ids[0]}/conversations/insights?version=LIVE&stat=num_messages&${range}`, cl),
    get(
      'chatlayer flow',
      `/v1/bots/${team.conversations[0]!.bot_id}/conversations/${team.conversations[0]!.id}/flow?version=${team.conversations[0]!.version}&start_time=2025-11-01T00:00:00Z&end_time=2026-03-10T00:00:00Z`,
      cl,
    ),
    get('chatlayer team', `/v1/teams/${team.team_id}/conversations?bucket=1m&group_by=channel_type&${range}`, cl),
    get('chatlayer 401', `/v1/teams/${team.team_id}/conversations?${range}`, {}),
    get('chatlayer 404', `/v1/bots/nope/conversations?version=LIVE&${range}`, cl),
    get('chatlayer 400', `/v1/bots/${team.bot_ids[0]}/conversations?bucket=7x`, cl),
    post('nebuly aggregates', '/api/external/get-interaction-aggregates', JSON.stringify(aggregates), nb),
    post('nebuly 403', '/api/external/get-interaction-aggregates', JSON.stringify(aggregates), disabled),
    post('nebuly 422', '/api/external/get-interaction-aggregates', '{"limit": -1', nb),
    post('nebuly 401', '/api/external/get-interaction-aggregates', JSON.stringify(aggregates), {}),
  ]
  for (const format of ['csv', 'json', 'pdf']) {
    list.push(
      post(
        `export ${format}`,
        '/api/v1/analytics/export',
        JSON.stringify({ format, start_date: '2026-03-01', end_date: '2026-03-08', scope: 'all', include_call_details: true }),
        admin,
      ),
    )
  }
  return list
}

async function respond(mock: Mock, request: Request): Promise<{ status: number; headers: string; body: Uint8Array }> {
  const response = await getResponse(mock.handlers, request)
  if (!response) throw new Error(`no handler for ${request.method} ${request.url}`)
  const headers = [...response.headers].map(([k, v]) => `${k}: ${v}`).join('\n')
  return { status: response.status, headers, body: new Uint8Array(await response.arrayBuffer()) }
}

async function digests(): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  const mock = await createMock({ seed: 99, now: NOW, size: 800 })
  const admin = bearer(
    mock.credentials().aurion.sessions.find((s) => s.role === 'super_admin' && s.profile === 'complete' && s.plan !== 'growth')!.token,
  )
  for (const step of steps(mock)) {
    const answer = await respond(mock, step.request)
    out[step.name] = `${answer.status} ${sha256(`${answer.headers}\n\n`)} ${sha256(answer.body)}`
    if (step.name.startsWith('export ') && answer.status === 200) {
      const created = JSON.parse(new TextDecoder().decode(answer.body)) as { download_url: string }
      const file = await respond(mock, new Request(`${ORIGIN}${created.download_url}`, { headers: admin }))
      out[`${step.name} download`] = `${file.status} ${sha256(`${file.headers}\n\n`)} ${sha256(file.body)}`
    }
  }
  for (const seed of [7, 42]) {
    const now = new Date('2026-03-09T00:00:00Z')
    out[`world aurion ${seed}`] = sha256(JSON.stringify(buildAurionWorld({ seed, now, size: 600 })))
    out[`world chatlayer ${seed}`] = sha256(JSON.stringify(buildChatlayerWorld({ seed, now, size: 600 })))
    out[`world nebuly ${seed}`] = sha256(JSON.stringify(buildNebulyWorld({ seed, now, size: 600 })))
  }
  return out
}

describe('golden digest', () => {
  it('every response byte and every generated world is what it was', async () => {
    const actual = await digests()
    // A response that was not a real answer would make the digest guard nothing.
    expect(actual['v2 overview']).toMatch(/^200 /)
    expect(actual['export pdf download']).toMatch(/^200 /)
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(FILE, `${JSON.stringify(actual, null, 2)}\n`)
    const expected = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, string>
    expect(actual).toEqual(expected)
  })
})
