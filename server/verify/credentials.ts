// Credentials and fixture ids for verify: a config file (analytics-mock.verify.json), `--credential
// path=value` flags, and the kit's own mock (`GET /__mock/credentials`), merged in that order of strength:
// flags > file > mock.
import { readFile } from 'node:fs/promises'
import { z } from 'zod'

const token = z.string().min(1)

const aurionSchema = z.strictObject({
  /** Dashboard session tokens by role: super_admin (or tenant_admin) is the one every check starts from. */
  sessions: z.record(z.string(), token).optional(),
  /** An `X-API-Key` of the same tenant. */
  api_key: token.optional(),
  /** `preview` (API keys get 403, today's behaviour) or `accepted` (the documented future contract). Probed when absent. */
  api_keys: z.enum(['preview', 'accepted']).optional(),
  /** A session of a tenant below the Professional plan (a 403 when no other way is available). */
  low_plan_session: token.optional(),
})

const chatlayerSchema = z.strictObject({
  token_id: token.optional(),
  token_secret: token.optional(),
  /** The token's team and one of its bots. */
  team_id: token.optional(),
  bot_id: token.optional(),
  /** Another team and a bot of it: the token must get 403 there. */
  other_team_id: token.optional(),
  other_team_bot_id: token.optional(),
  /** A conversation the flow endpoint can return (its bot, version and start help build a range holding it). */
  conversation_id: token.optional(),
  conversation_bot_id: token.optional(),
  conversation_version: z.enum(['DRAFT', 'LIVE']).optional(),
  conversation_started_at: z.iso.datetime({ offset: true }).optional(),
})

const nebulySchema = z.strictObject({
  api_key: token.optional(),
  /** A valid key that may not read the project (disabled project): the 403 check. */
  forbidden_api_key: token.optional(),
})

const verifyConfigSchema = z.strictObject({
  $schema: z.string().optional(),
  aurion: aurionSchema.optional(),
  chatlayer: chatlayerSchema.optional(),
  nebuly: nebulySchema.optional(),
})

export type VerifyConfig = z.infer<typeof verifyConfigSchema>

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * `${NAME}` in a string value reads the environment, so CI secrets never land in the file. A variable that
 * is unset or empty drops its field (the checks that need it skip, naming the field) and adds a note: one
 * config file can then serve a matrix of jobs that each hold the secrets of one API.
 */
function interpolateEnv(value: unknown, env: NodeJS.ProcessEnv = process.env, notes: string[] = [], at = ''): unknown {
  if (typeof value === 'string') {
    let missing: string | undefined
    const out = value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_match, name: string) => {
      const found = env[name]
      if (found === undefined || found === '') missing ??= name
      return found ?? ''
    })
    if (missing === undefined) return out
    notes.push(`${missing} is not set: ${at} left out`)
    return undefined
  }
  if (Array.isArray(value)) return value.map((v, i) => interpolateEnv(v, env, notes, `${at}[${i}]`))
  if (isObject(value)) {
    const entries = Object.entries(value).map(([k, v]) => [k, interpolateEnv(v, env, notes, at ? `${at}.${k}` : k)] as const)
    return Object.fromEntries(entries.filter(([, v]) => v !== undefined))
  }
  return value
}

function parseVerifyConfig(raw: unknown, source = 'verify config'): VerifyConfig {
  const result = verifyConfigSchema.safeParse(raw)
  if (!result.success) throw new Error(`${source} is invalid:\n${z.prettifyError(result.error)}`)
  return result.data
}

export async function loadVerifyConfig(
  file: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ config: VerifyConfig; notes: string[] }> {
  let raw: unknown
  try {
    raw = JSON.parse(await readFile(file, 'utf8'))
  } catch (error) {
    throw new Error(`cannot read the verify config ${file}: ${error instanceof Error ? error.message : String(error)}`)
  }
  const notes: string[] = []
  const config = parseVerifyConfig(interpolateEnv(raw, env, notes), file)
  return { config, notes: notes.map((n) => `${file}: ${n}`) }
}

/** `aurion.sessions.agent=sess_...` -> {aurion: {sessions: {agent: 'sess_...'}}}. */
export function configFromAssignments(assignments: readonly string[]): VerifyConfig {
  const root: Record<string, unknown> = {}
  for (const assignment of assignments) {
    const eq = assignment.indexOf('=')
    if (eq <= 0) throw new Error(`--credential expects path=value, got '${assignment}'`)
    const keys = assignment.slice(0, eq).split('.')
    let node = root
    for (const key of keys.slice(0, -1)) {
      const next = node[key]
      node[key] = isObject(next) ? next : {}
      node = node[key] as Record<string, unknown>
    }
    node[keys[keys.length - 1] ?? ''] = assignment.slice(eq + 1)
  }
  return parseVerifyConfig(root, '--credential')
}

/** Deep merge, `override` winning. */
export function mergeConfigs(...configs: VerifyConfig[]): VerifyConfig {
  const merge = (a: unknown, b: unknown): unknown => {
    if (!isObject(a) || !isObject(b)) return b === undefined ? a : b
    const out: Record<string, unknown> = { ...a }
    for (const [key, value] of Object.entries(b)) out[key] = merge(a[key], value)
    return out
  }
  return parseVerifyConfig(
    configs.reduce<unknown>((acc, c) => merge(acc, c), {}),
    'merged verify config',
  )
}

// ---------------------------------------------------------------------------------------------
// The kit's mock publishes its credentials; shapes are read loosely (APIs appear as they are built).

const mockSessions = z.array(z.looseObject({ tenant_id: z.string(), plan: z.string(), role: z.string(), token: z.string() }))
const mockConversation = z.looseObject({
  id: z.string().optional(),
  conversation_id: z.string().optional(),
  bot_id: z.string().optional(),
  version: z.enum(['DRAFT', 'LIVE']).optional(),
  bot_version: z.enum(['DRAFT', 'LIVE']).optional(),
  started_at: z.string().optional(),
})
const mockToken = z.looseObject({
  team_id: z.string(),
  token_id: z.string(),
  token_secret: z.string(),
  bot_ids: z.array(z.string()).default([]),
  conversations: z.array(mockConversation).optional(),
})
const mockCredentials = z.looseObject({
  aurion: z
    .looseObject({
      sessions: mockSessions.default([]),
      api_keys: z.array(z.looseObject({ tenant_id: z.string(), key: z.string() })).default([]),
    })
    .optional(),
  chatlayer: z.looseObject({ tokens: z.array(mockToken).default([]), conversations: z.array(mockConversation).optional() }).optional(),
  nebuly: z
    .looseObject({
      api_keys: z
        .array(z.looseObject({ project_id: z.string().optional(), key: z.string(), disabled: z.boolean().optional() }))
        .default([]),
    })
    .optional(),
})

const ANALYTICS_PLANS = ['professional', 'enterprise']

export function configFromMockCredentials(raw: unknown): VerifyConfig {
  const parsed = mockCredentials.safeParse(raw)
  if (!parsed.success) throw new Error(`unexpected /__mock/credentials answer:\n${z.prettifyError(parsed.error)}`)
  const creds = parsed.data
  const config: VerifyConfig = {}

  if (creds.aurion && creds.aurion.sessions.length > 0) {
    const tenant = creds.aurion.sessions[0]?.tenant_id
    const sessions: Record<string, string> = {}
    for (const s of creds.aurion.sessions) if (s.tenant_id === tenant && !(s.role in sessions)) sessions[s.role] = s.token
    const lowPlan = creds.aurion.sessions.filter((s) => !ANALYTICS_PLANS.includes(s.plan))
    const lowPlanSession = (lowPlan.find((s) => s.role === 'super_admin') ?? lowPlan[0])?.token
    const apiKey = creds.aurion.api_keys.find((k) => k.tenant_id === tenant)?.key
    config.aurion = { sessions, ...(apiKey ? { api_key: apiKey } : {}), ...(lowPlanSession ? { low_plan_session: lowPlanSession } : {}) }
  }

  const first = creds.chatlayer?.tokens[0]
  if (creds.chatlayer && first) {
    const other = creds.chatlayer.tokens.find((t) => t.team_id !== first.team_id)
    const conversation = [...(first.conversations ?? []), ...(creds.chatlayer.conversations ?? [])].find(
      (c) => c.bot_id === undefined || first.bot_ids.includes(c.bot_id),
    )
    const conversationId = conversation?.conversation_id ?? conversation?.id
    const version = conversation?.version ?? conversation?.bot_version
    config.chatlayer = {
      token_id: first.token_id,
      token_secret: first.token_secret,
      team_id: first.team_id,
      ...(first.bot_ids[0] ? { bot_id: first.bot_ids[0] } : {}),
      ...(other ? { other_team_id: other.team_id } : {}),
      ...(other?.bot_ids[0] ? { other_team_bot_id: other.bot_ids[0] } : {}),
      ...(conversationId ? { conversation_id: conversationId } : {}),
      ...(conversation?.bot_id ? { conversation_bot_id: conversation.bot_id } : {}),
      ...(version ? { conversation_version: version } : {}),
      ...(conversation?.started_at && !Number.isNaN(Date.parse(conversation.started_at))
        ? { conversation_started_at: new Date(conversation.started_at).toISOString() }
        : {}),
    }
  }

  const keys = creds.nebuly?.api_keys ?? []
  const usable = keys.find((k) => k.disabled !== true)
  const forbidden = keys.find((k) => k.disabled === true)
  if (usable) config.nebuly = { api_key: usable.key, ...(forbidden ? { forbidden_api_key: forbidden.key } : {}) }

  return parseVerifyConfig(config, '/__mock/credentials')
}

/** The mock's credentials when `server` is the kit's mock; undefined when nothing (valid) answers there. */
export async function fetchMockCredentials(server: string, timeoutMs = 5000): Promise<VerifyConfig | undefined> {
  let response: Response
  try {
    response = await fetch(new URL('/__mock/credentials', server), { signal: AbortSignal.timeout(timeoutMs) })
  } catch {
    return undefined
  }
  if (!response.ok || !(response.headers.get('content-type') ?? '').includes('json')) return undefined
  const body: unknown = await response.json().catch(() => undefined)
  if (!isObject(body) || !isObject(body.aurion)) return undefined
  return configFromMockCredentials(body)
}
