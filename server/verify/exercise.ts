// How each documented status is really exercised. Dredd sends the 2xx request for every status; before a
// transaction runs, its API's profile puts real credentials and ids in, then changes the request so that a
// correct server must answer with the transaction's status (or says why it cannot, and the transaction is
// skipped with that reason).
import { randomUUID } from 'node:crypto'
import { DAY_MS } from '../../mocks/lib/time.ts'
import type { ContractModel, OperationModel } from './contract-model.ts'
import type { VerifyConfig } from './credentials.ts'
import type { DreddTransaction } from './dredd-types.ts'
import { breakRequest, getJsonBody, repeatQueryKey, requestUrl, setHeader, setPathParam, setQuery } from './request-edits.ts'

export type Preparation =
  /** `kitChoice`: the request relies on a constraint only the kit enforces (another answer only warns). */
  | { action: 'send'; how: string; kitChoice?: string }
  /** `missing`: the config fields whose absence made the check impossible. */
  | { action: 'skip'; reason: string; missing?: string[] }
  | { action: 'fail'; reason: string }

export interface ExerciseSettings {
  server: string
  contract: ContractModel
  config: VerifyConfig
  includeRateLimits: boolean
  /** Most requests a burst sends while looking for a 429. */
  burstLimit: number
  /** Kit-choice violations fail instead of warning. */
  strict: boolean
  /** The server is the kit's mock: its clock can be advanced instead of waiting out a Retry-After. */
  isMock: boolean
  /** Longest Retry-After (seconds) waited out on a real server. */
  maxRetryWait: number
  sleep: (ms: number) => Promise<void>
}

/** A request as sent, credentials included: kept in memory only, never reported. */
export interface SentRequest {
  method: string
  url: string
  headers: Record<string, string>
  body: string | null
}

/** Retry-After in seconds: delta-seconds or an HTTP date (RFC 9110); undefined when unparseable. */
export function parseRetryAfter(value: string | undefined, now: number = Date.now()): number | undefined {
  if (value === undefined) return undefined
  const text = value.trim()
  if (/^\d+$/.test(text)) return Number(text)
  const date = Date.parse(text)
  if (/[a-z]/i.test(text) && !Number.isNaN(date)) return Math.max(0, Math.ceil((date - now) / 1000))
  return undefined
}

/**
 * Rate-limit compliance after a 429: Retry-After must parse, and the same request must succeed once it has
 * passed (on the kit's mock the clock is advanced instead of waiting). Problems, and a note for the report.
 */
export async function checkRecovery(
  settings: ExerciseSettings,
  sent: SentRequest,
  retryAfterHeader: string | undefined,
): Promise<{ problems: string[]; note: string }> {
  const seconds = parseRetryAfter(retryAfterHeader)
  if (seconds === undefined) {
    return {
      problems: [
        `Retry-After ${retryAfterHeader === undefined ? 'missing' : JSON.stringify(retryAfterHeader)}: not a number of seconds or an HTTP date`,
      ],
      note: '',
    }
  }
  let how: string
  if (settings.isMock) {
    const response = await fetch(new URL('/__mock/clock', settings.server), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ advance_seconds: seconds + 1 }),
    })
    await response.arrayBuffer()
    how = `the mock's clock advanced ${seconds + 1} s`
  } else if (seconds > settings.maxRetryWait) {
    return {
      problems: [],
      note: `; recovery not checked: Retry-After ${seconds} s is longer than --max-retry-wait ${settings.maxRetryWait}`,
    }
  } else {
    await settings.sleep((seconds + 0.5) * 1000)
    how = `waited ${seconds} s`
  }
  const again = await fetch(sent.url, { method: sent.method, headers: sent.headers, body: sent.body })
  await again.arrayBuffer()
  if (again.status >= 200 && again.status < 300)
    return { problems: [], note: `; Retry-After ${seconds} s honoured: ${again.status} after ${how}` }
  return { problems: [`after Retry-After ${seconds} s (${how}) the same request answered ${again.status}, not a success`], note: '' }
}

export interface ExerciseContext {
  t: DreddTransaction
  op: OperationModel
  status: number
  mediaType: string
  settings: ExerciseSettings
  state: RunState
}

/** What a run learns and creates along the way (exports, the API-key mode). */
export interface RunState {
  exports: Map<string, Promise<string>>
  aurionApiKeys?: Promise<'preview' | 'accepted'>
}

export function createRunState(): RunState {
  return { exports: new Map() }
}

const send = (how: string): Preparation => ({ action: 'send', how })
const skip = (reason: string): Preparation => ({ action: 'skip', reason })
/** A check that needs credentials or fixture ids the config does not hold. */
const missingConfig = (reason: string, ...fields: string[]): Preparation => ({ action: 'skip', reason, missing: fields })
const fail = (reason: string): Preparation => ({ action: 'fail', reason })

const RATE_LIMIT_SKIP = 'rate limits are only exercised with --include-rate-limits (a burst of real requests)'

export async function prepareTransaction(ctx: ExerciseContext): Promise<Preparation> {
  // An event stream (the mock's journal stream) does not end: there is no whole answer to compare.
  if (ctx.mediaType === 'text/event-stream') return skip('a server-sent event stream does not end, so it has no whole answer to compare')
  // Comma-joined array values are a kit choice where the contract marks them so: send the vendor's form,
  // the repeated key (e.g. Chatlayer's grpc-gateway: channel_type=WEBCHAT&channel_type=WHATSAPP).
  for (const p of ctx.op.parameters) {
    if (p.in === 'query' && p.schema.type === 'array' && !p.explode && p.kitChoice) repeatQueryKey(ctx.t, p.name)
  }
  switch (ctx.settings.contract.api) {
    case 'aurion':
      return prepareAurion(ctx)
    case 'chatlayer':
      return prepareChatlayer(ctx)
    case 'nebuly':
      return prepareNebuly(ctx)
    default:
      return prepareGeneric(ctx)
  }
}

function removeCredentials(t: DreddTransaction) {
  setHeader(t, 'Authorization', undefined)
  setHeader(t, 'X-API-Key', undefined)
}

function unknownStatus(status: number): Preparation {
  return skip(`no request is known to make a correct server answer ${status} here`)
}

/** 400/422: break the constraint the contract makes most certain. */
function invalidRequest(ctx: ExerciseContext): Preparation {
  const broken = breakRequest(ctx.op, ctx.t)
  return broken
    ? { action: 'send', how: `${ctx.status} ${broken.description}`, ...(broken.kitChoice ? { kitChoice: broken.kitChoice } : {}) }
    : skip(`the contract declares no parameter or body constraint that a request could break for a ${ctx.status}`)
}

// ---------------------------------------------------------------------------------------------
// HTTP helpers for setup requests and bursts (outside Dredd, which only sends the checked request)

function absoluteUrl(settings: ExerciseSettings, fullPath: string): string {
  return new URL(fullPath, settings.server).toString()
}

function requestInit(t: DreddTransaction): RequestInit {
  const headers = new Headers()
  for (const [name, value] of Object.entries(t.request.headers)) {
    if (name.toLowerCase() !== 'content-length') headers.set(name, value)
  }
  return { method: t.request.method, headers, body: t.request.method === 'GET' || t.request.method === 'HEAD' ? null : t.request.body }
}

/**
 * Sends the transaction's request until the server answers 429 (10 at a time), so that Dredd's own request
 * lands in an exhausted window. A window about to reset (Retry-After under 3 s) is waited out and exhausted
 * again, so the checked request does not slip into a fresh one.
 */
async function burstUntilRateLimited(ctx: ExerciseContext, limitDocumented: boolean): Promise<Preparation> {
  const url = absoluteUrl(ctx.settings, ctx.t.fullPath)
  let sent = 0
  for (let attempt = 0; attempt < 2; attempt++) {
    let limited: Response | undefined
    while (!limited && sent < ctx.settings.burstLimit) {
      const batch = Math.min(10, ctx.settings.burstLimit - sent)
      const responses = await Promise.all(Array.from({ length: batch }, () => fetch(url, requestInit(ctx.t))))
      sent += batch
      for (const r of responses) await r.arrayBuffer()
      limited = responses.find((r) => r.status === 429)
    }
    if (!limited) {
      const why = `no 429 after a burst of ${sent} requests (--burst-limit ${ctx.settings.burstLimit})`
      // A documented limit that is never enforced is a failure; an undocumented one may just be higher.
      return limitDocumented ? fail(why) : skip(`${why}; the contract documents no limit to reach`)
    }
    // A missing Retry-After is the checked response's problem to report, not a reason to wait.
    const header = limited.headers.get('retry-after')
    const retryAfter = header === null ? Number.NaN : Number(header)
    if (!(Number.isFinite(retryAfter) && retryAfter < 3)) return send(`429 after a burst of ${sent} requests`)
    await new Promise((resolve) => setTimeout(resolve, (retryAfter + 0.5) * 1000))
  }
  return send(`429 after a burst of ${sent} requests`)
}

// ---------------------------------------------------------------------------------------------
// AurionAI: bearer sessions per role, X-API-Key (403 in the preview), plan, exports, phone search limit.

const EXPORT_FORMATS: Record<string, string> = { 'text/csv': 'csv', 'application/json': 'json', 'application/pdf': 'pdf' }
const EXPORT_OPERATION = { method: 'post', path: '/api/v1/analytics/export' }

function isAurionAdminOperation(op: OperationModel): boolean {
  return (op.method === 'post' && op.path === EXPORT_OPERATION.path) || (op.method === 'get' && op.path === '/api/v1/analytics/exports')
}

function aurionSession(config: VerifyConfig, roles: readonly string[]): { role: string; token: string } | undefined {
  const sessions = config.aurion?.sessions ?? {}
  for (const role of roles) {
    const token = sessions[role]
    if (token) return { role, token }
  }
  return undefined
}

async function prepareAurion(ctx: ExerciseContext): Promise<Preparation> {
  const { t, op, status, settings } = ctx
  const config = settings.config
  const admin = isAurionAdminOperation(op)
  const session = aurionSession(config, op.roles)
  // A 401 needs no credentials: it is checked even when none are configured.
  if (!session && status !== 401) {
    return missingConfig(
      `no AurionAI session of an allowed role (${admin ? 'super_admin or tenant_admin' : 'a read role'}): set aurion.sessions.super_admin in the config`,
      'aurion.sessions.super_admin',
    )
  }
  if (session) setHeader(t, 'Authorization', `Bearer ${session.token}`)

  // The download needs a real export: one per format, created once per run as an admin.
  let note = ''
  if (op.parameters.some((p) => p.in === 'path' && p.name === 'export_id')) {
    const format = status < 300 ? EXPORT_FORMATS[ctx.mediaType] : 'csv'
    if (!format) return skip(`no export format gives ${ctx.mediaType}`)
    const created = await ensureExport(ctx, format).then(
      (id) => ({ id }),
      (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
    )
    if ('id' in created) {
      setPathParam(t, op.path, 'export_id', created.id)
      setQuery(t, 'format', format)
      note = ` (export ${format} created for the check)`
    } else if (status < 300) {
      return fail(`could not create the ${format} export the download needs: ${created.error}`)
    } else {
      note = ` (no real export: ${created.error})`
    }
  }

  if (status === 401) {
    removeCredentials(t)
    return send('401 without credentials')
  }
  if (!session) return unknownStatus(status)
  if (status >= 200 && status < 300) return send(`${status} as ${session.role}${note}`)
  switch (status) {
    case 403:
      return aurionForbidden(ctx, admin)
    case 404:
      if (op.parameters.some((p) => p.in === 'path' && p.name === 'export_id')) {
        const id = randomUUID()
        setPathParam(t, op.path, 'export_id', id)
        return send(`404 with an unknown export id ${id}`)
      }
      if (op.parameters.some((p) => p.in === 'query' && p.name === 'team_id')) {
        const id = randomUUID()
        setQuery(t, 'team_id', id)
        return send(`404 with an unknown team_id ${id}`)
      }
      return unknownStatus(status)
    case 422:
      return invalidRequest(ctx)
    case 429:
      return aurionRateLimited(ctx, admin)
    default:
      return unknownStatus(status)
  }
}

async function aurionApiKeyMode(ctx: ExerciseContext): Promise<'preview' | 'accepted'> {
  const configured = ctx.settings.config.aurion?.api_keys
  if (configured) return configured
  const key = ctx.settings.config.aurion?.api_key
  if (!key) return 'preview'
  // One read with the key tells the preview (403) from the future contract (accepted).
  ctx.state.aurionApiKeys ??= fetch(absoluteUrl(ctx.settings, joinBase(ctx.settings.server, '/api/v2/analytics/conversations/teams')), {
    headers: { 'X-API-Key': key, Accept: 'application/json' },
  }).then(
    async (r) => {
      await r.arrayBuffer()
      return r.status === 403 ? 'preview' : 'accepted'
    },
    () => 'preview' as const,
  )
  return ctx.state.aurionApiKeys
}

async function aurionForbidden(ctx: ExerciseContext, admin: boolean): Promise<Preparation> {
  const { t, settings } = ctx
  const config = settings.config
  const apiKey = config.aurion?.api_key
  const useKey = async (): Promise<Preparation | undefined> => {
    if (!apiKey || (await aurionApiKeyMode(ctx)) !== 'preview') return undefined
    setHeader(t, 'Authorization', undefined)
    setHeader(t, 'X-API-Key', apiKey)
    return send('403 with an X-API-Key (API keys are refused on analytics: preview)')
  }
  const useSession = (roles: readonly string[], why: string): Preparation | undefined => {
    const session = aurionSession(config, roles)
    if (!session) return undefined
    setHeader(t, 'Authorization', `Bearer ${session.token}`)
    return send(`403 as ${session.role} (${why})`)
  }
  const lowPlan = (): Preparation | undefined => {
    if (!config.aurion?.low_plan_session) return undefined
    setHeader(t, 'Authorization', `Bearer ${config.aurion.low_plan_session}`)
    return send('403 with a session of a tenant below the Professional plan')
  }
  // agent first: the role the guide names as reading analytics but not exporting.
  const nonAdminReaders = ['agent', 'supervisor', 'tenant_user', 'tenant_readonly', 'tenant_owner']
  const strategies = admin
    ? [
        () => useSession(nonAdminReaders, 'a role that may not export'),
        () => useSession(['billing_viewer'], 'no analytics role'),
        useKey,
        lowPlan,
      ]
    : [useKey, () => useSession(['billing_viewer'], 'no analytics role'), lowPlan]
  for (const strategy of strategies) {
    const prepared = await strategy()
    if (prepared) return prepared
  }
  return skip(
    admin
      ? '403 needs a session of a role that may not export (aurion.sessions.agent) or billing_viewer'
      : '403 needs aurion.api_key (preview), aurion.sessions.billing_viewer or aurion.low_plan_session',
  )
}

async function aurionRateLimited(ctx: ExerciseContext, admin: boolean): Promise<Preparation> {
  if (!ctx.settings.includeRateLimits) return skip(RATE_LIMIT_SKIP)
  const { t, op, settings } = ctx
  if (op.path === '/api/v1/analytics/search') {
    // 10 searches a minute per user: exhaust a non-admin reader so the admin session stays usable.
    const session = aurionSession(settings.config, [
      'agent',
      'supervisor',
      'tenant_user',
      'tenant_readonly',
      'tenant_owner',
      'tenant_admin',
      'super_admin',
    ])
    if (session) setHeader(t, 'Authorization', `Bearer ${session.token}`)
    return burstUntilRateLimited(ctx, true)
  }
  if (admin) return skip('export create/list are session-only: the per-API-key limit does not apply and no other limit is documented')
  const apiKey = settings.config.aurion?.api_key
  if (!apiKey) return skip('the per-API-key limit needs aurion.api_key')
  if ((await aurionApiKeyMode(ctx)) === 'preview') {
    return skip('the server refuses API keys on analytics (preview), so the per-key limit of the future contract cannot be reached')
  }
  setHeader(t, 'Authorization', undefined)
  setHeader(t, 'X-API-Key', apiKey)
  return burstUntilRateLimited(ctx, true)
}

/** Creates (once per run and format) an export as an admin, from the contract's example request. */
function ensureExport(ctx: ExerciseContext, format: string): Promise<string> {
  let created = ctx.state.exports.get(format)
  if (!created) {
    created = createExport(ctx, format)
    ctx.state.exports.set(format, created)
  }
  return created
}

async function createExport(ctx: ExerciseContext, format: string): Promise<string> {
  const op = ctx.settings.contract.find(EXPORT_OPERATION.method, EXPORT_OPERATION.path)
  const admin = aurionSession(ctx.settings.config, op?.roles ?? [])
  if (!admin) throw new Error('no super_admin or tenant_admin session to create it')
  const example = op?.requestBody?.content.get('application/json')?.example
  const body = {
    ...(typeof example === 'object' && example !== null ? example : { start_date: '2026-03-01', end_date: '2026-03-08' }),
    format,
  }
  const response = await fetch(absoluteUrl(ctx.settings, joinBase(ctx.settings.server, EXPORT_OPERATION.path)), {
    method: 'POST',
    headers: { Authorization: `Bearer ${admin.token}`, 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  })
  const text = await response.text()
  if (response.status !== 200) throw new Error(`POST ${EXPORT_OPERATION.path} answered ${response.status} ${text.slice(0, 120)}`)
  const parsed: unknown = JSON.parse(text)
  const id = typeof parsed === 'object' && parsed !== null && 'export_id' in parsed ? parsed.export_id : undefined
  if (typeof id !== 'string') throw new Error(`POST ${EXPORT_OPERATION.path} answered without an export_id`)
  return id
}

/** The server URL's own path in front of an API path. */
function joinBase(server: string, apiPath: string): string {
  const base = new URL(server).pathname.replace(/\/+$/, '')
  return `${base}${apiPath}`
}

// ---------------------------------------------------------------------------------------------
// Chatlayer: HTTP basic with a team token; bots and teams of other teams are 403, unknown ones 404.

async function prepareChatlayer(ctx: ExerciseContext): Promise<Preparation> {
  const { t, op, status, settings } = ctx
  const c = settings.config.chatlayer ?? {}
  const hasToken = Boolean(c.token_id && c.token_secret)
  // A 401 needs no credentials (nor real ids): it is checked even when none are configured.
  if (!hasToken && status !== 401) {
    return missingConfig(
      'no Chatlayer token: set chatlayer.token_id and chatlayer.token_secret',
      ...(['token_id', 'token_secret'] as const).filter((k) => !c[k]).map((k) => `chatlayer.${k}`),
    )
  }
  if (hasToken) setHeader(t, 'Authorization', `Basic ${Buffer.from(`${c.token_id}:${c.token_secret}`).toString('base64')}`)

  const hasParam = (name: string) => op.parameters.some((p) => p.in === 'path' && p.name === name)
  const isFlow = hasParam('conversation_id')
  const botId = isFlow && c.conversation_bot_id ? c.conversation_bot_id : c.bot_id
  if (hasParam('bot_id')) {
    if (botId) setPathParam(t, op.path, 'bot_id', botId)
    else if (status !== 401) return missingConfig('no Chatlayer bot: set chatlayer.bot_id', 'chatlayer.bot_id')
  }
  if (hasParam('team_id')) {
    if (c.team_id) setPathParam(t, op.path, 'team_id', c.team_id)
    else if (status !== 401) return missingConfig("no Chatlayer team: set chatlayer.team_id (the token's team)", 'chatlayer.team_id')
  }
  if (isFlow) {
    // The example's message id belongs to the example conversation.
    setQuery(t, 'message_id', undefined)
    if (c.conversation_id) {
      setPathParam(t, op.path, 'conversation_id', c.conversation_id)
      if (c.conversation_version) setQuery(t, 'version', c.conversation_version)
      const range = conversationRange(c.conversation_started_at)
      setQuery(t, 'start_time', range.start)
      setQuery(t, 'end_time', range.end)
    } else if (status < 300) {
      return missingConfig(
        'no Chatlayer conversation to read the flow of: set chatlayer.conversation_id (and conversation_started_at)',
        'chatlayer.conversation_id',
      )
    }
  }

  if (status === 401) {
    removeCredentials(t)
    return send('401 without credentials')
  }
  if (status >= 200 && status < 300) return send(`${status} with the token of team ${c.team_id ?? '?'}`)
  switch (status) {
    case 400:
      return invalidRequest(ctx)
    case 403:
      if (hasParam('bot_id')) {
        if (!c.other_team_bot_id) return skip('403 needs a bot of another team: set chatlayer.other_team_bot_id')
        setPathParam(t, op.path, 'bot_id', c.other_team_bot_id)
        return send(`403 with bot ${c.other_team_bot_id} of another team`)
      }
      if (hasParam('team_id')) {
        if (!c.other_team_id) return skip('403 needs another team: set chatlayer.other_team_id')
        setPathParam(t, op.path, 'team_id', c.other_team_id)
        return send(`403 with team ${c.other_team_id}, not the token's`)
      }
      return unknownStatus(status)
    case 404: {
      const missing = `verify-missing-${randomUUID()}`
      if (isFlow) {
        setPathParam(t, op.path, 'conversation_id', missing)
        return send(`404 with an unknown conversation ${missing}`)
      }
      if (hasParam('bot_id')) {
        setPathParam(t, op.path, 'bot_id', missing)
        return send(`404 with an unknown bot ${missing}`)
      }
      if (hasParam('team_id')) {
        setPathParam(t, op.path, 'team_id', missing)
        return send(`404 with an unknown team ${missing}`)
      }
      return unknownStatus(status)
    }
    case 429:
      return ctx.settings.includeRateLimits ? burstUntilRateLimited(ctx, false) : skip(RATE_LIMIT_SKIP)
    default:
      return unknownStatus(status)
  }
}

/** A day on each side of the conversation's start, or the last year when the start is unknown. */
function conversationRange(startedAt: string | undefined): { start: string; end: string } {
  if (startedAt) {
    const at = Date.parse(startedAt)
    return { start: new Date(at - DAY_MS).toISOString(), end: new Date(at + DAY_MS).toISOString() }
  }
  const now = Date.now()
  return { start: new Date(now - 365 * DAY_MS).toISOString(), end: new Date(now + DAY_MS).toISOString() }
}

// ---------------------------------------------------------------------------------------------
// Nebuly: a project API key as a bearer token; FastAPI 422s.

async function prepareNebuly(ctx: ExerciseContext): Promise<Preparation> {
  const { t, status, settings } = ctx
  const n = settings.config.nebuly ?? {}
  if (status === 401) {
    removeCredentials(t)
    return send('401 without credentials')
  }
  if (!n.api_key) return missingConfig('no Nebuly API key: set nebuly.api_key', 'nebuly.api_key')
  setHeader(t, 'Authorization', `Bearer ${n.api_key}`)
  if (status >= 200 && status < 300) return send(`${status} with the project API key`)
  switch (status) {
    case 403:
      if (!n.forbidden_api_key) return skip('403 needs a key that may not read the project: set nebuly.forbidden_api_key')
      setHeader(t, 'Authorization', `Bearer ${n.forbidden_api_key}`)
      return send('403 with a key of a project without access')
    case 400:
    case 422:
      return invalidRequest(ctx)
    case 429:
      return ctx.settings.includeRateLimits ? burstUntilRateLimited(ctx, false) : skip(RATE_LIMIT_SKIP)
    default:
      return unknownStatus(status)
  }
}

// ---------------------------------------------------------------------------------------------
// A contract the kit does not know: only what needs no credentials or fixtures.

async function prepareGeneric(ctx: ExerciseContext): Promise<Preparation> {
  const { t, status } = ctx
  if (status >= 200 && status < 300) return send(`${status} with the contract's example request`)
  if (status === 401) {
    removeCredentials(t)
    return send('401 without credentials')
  }
  if (status === 400 || status === 422) return invalidRequest(ctx)
  if (status === 429) return ctx.settings.includeRateLimits ? burstUntilRateLimited(ctx, false) : skip(RATE_LIMIT_SKIP)
  return skip(`the kit knows no fixtures for ${status} on a contract other than aurion, chatlayer and nebuly`)
}

/** For the report: the request as finally sent. */
export function describeRequest(t: DreddTransaction): string {
  const url = requestUrl(t)
  const body = getJsonBody(t)
  return `${t.request.method} ${url.pathname}${url.search}${body === undefined ? '' : ` ${JSON.stringify(body)}`}`
}
