// The fuzz run: contract-derived bad requests (requests.ts) over all 22 operations of a real server.
// Asserts: no answer >= 500, no request unanswered after 5 s, every answer valid against the contract
// (the operation's documented status, or the API's error shape for a fallback), and the answers to the
// valid requests byte-identical before and after. `npm test` sends FUZZ_REQUESTS=1100 (50 an operation);
// `npm run fuzz` sends 11,000.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { aurionDocument } from '../../contracts/generated/aurion-document.ts'
import { chatlayerDocument } from '../../contracts/generated/chatlayer-document.ts'
import { nebulyDocument } from '../../contracts/generated/nebuly-document.ts'
import { createSchemaValidator, toJsonSchema, type JsonObject } from '../../server/json-schema.ts'
import type { RunningServer } from '../../server/serve.ts'
import { basic, bearer, call, sessionOf, startTestServer } from '../support/http.ts'
import { rawRequest, type RawReply } from '../support/raw-http.ts'
import { responseValidator, type ResponseCheck } from '../support/response-validator.ts'
import { fuzzRequests, validRequest, type Api, type FuzzRequest, type FuzzTarget } from './requests.ts'

const COUNT = Number(process.env.FUZZ_REQUESTS ?? 1100)
const CONCURRENCY = 8
/** Answers an operation does not document but any path may get: the API's plain error shape. */
const FALLBACK_STATUSES = new Set([404, 405, 413, 501])
/** Operations whose answers change state on purpose: left out of the before/after comparison. */
const STATEFUL = new Set(['request_export_api_v1_analytics_export_post', 'list_exports_api_v1_analytics_exports_get'])

let server: RunningServer
let targets: FuzzTarget[]
let readers: Record<Api, Record<string, string>>
let keptExport: { id: string; reader: Record<string, string> }
const DOWNLOAD = 'download_export_api_v1_analytics_export__export_id__download_get'
const checks = {} as Record<Api, ResponseCheck>

const schemas = createSchemaValidator()
const ERROR_SHAPES: Record<Api, JsonObject> = {
  aurion: toJsonSchema({ $ref: '#/components/schemas/ErrorDetail' }, aurionDocument),
  chatlayer: toJsonSchema({ $ref: '#/components/schemas/rpcStatus' }, chatlayerDocument),
  nebuly: toJsonSchema({ $ref: '#/components/schemas/HTTPError' }, nebulyDocument),
}

beforeAll(async () => {
  server = await startTestServer()
  const credentials = server.mock.credentials()
  const adminHeaders = bearer(sessionOf(credentials.aurion.sessions, 'tenant_admin').token)
  const token = credentials.chatlayer!.tokens[0]!
  const conversation = token.conversations[0]!
  const created = await call(`${server.url}/api/v1/analytics/export`, {
    method: 'POST',
    headers: { ...adminHeaders, 'Content-Type': 'application/json' },
    body: JSON.stringify({ format: 'csv', start_date: '2026-03-01', end_date: '2026-03-08' }),
  })
  const exportId = (created.body as { export_id: string }).export_id
  // The before/after download reads another tenant's export: the fuzz's own export requests (200 at most
  // live a tenant, the oldest dropped) would otherwise evict the one it reads.
  const sessions = credentials.aurion.sessions.filter((s) => s.plan !== 'growth')
  const admin = sessionOf(credentials.aurion.sessions, 'tenant_admin')
  const other = sessions.find((s) => s.role === 'tenant_admin' && s.tenant_id !== admin.tenant_id)!
  const kept = await call(`${server.url}/api/v1/analytics/export`, {
    method: 'POST',
    headers: { ...bearer(other.token), 'Content-Type': 'application/json' },
    body: JSON.stringify({ format: 'csv', start_date: '2026-03-01', end_date: '2026-03-08' }),
  })
  expect(kept.status).toBe(200)
  keptExport = { id: (kept.body as { export_id: string }).export_id, reader: bearer(other.token) }
  const auth: Record<Api, Record<string, string>> = {
    aurion: adminHeaders,
    chatlayer: basic(token),
    nebuly: bearer(credentials.nebuly!.api_keys[0]!.key),
  }
  readers = { ...auth, aurion: bearer(sessionOf(credentials.aurion.sessions, 'tenant_readonly').token) }
  const pathValues = { bot_id: conversation.bot_id, team_id: token.team_id, conversation_id: conversation.id, export_id: exportId }
  const apis = { aurion: server.mock.aurion, chatlayer: server.mock.chatlayer, nebuly: server.mock.nebuly }
  targets = (Object.keys(apis) as Api[]).flatMap((api) =>
    [...apis[api].contract.operations.values()].map((op) => ({ api, contract: apis[api].contract, op, pathValues, auth: auth[api] })),
  )
  for (const api of Object.keys(apis) as Api[]) checks[api] = await responseValidator(api)
})
afterAll(() => server.close())

/** The answers to the valid request of every stateless operation, as a reader (whose rate limits the fuzz leaves alone). */
async function validAnswers(): Promise<string[]> {
  const answers: string[] = []
  for (const target of targets.filter((t) => !STATEFUL.has(t.op.operationId))) {
    const request =
      target.op.operationId === DOWNLOAD
        ? validRequest({ ...target, auth: keptExport.reader, pathValues: { ...target.pathValues, export_id: keptExport.id } })
        : validRequest({ ...target, auth: readers[target.api] })
    const reply = await send(request)
    answers.push(`${request.method} ${request.path} ${reply.status} ${String(reply.headers['content-type'])}\n${reply.text}`)
  }
  return answers
}

function send(request: FuzzRequest): Promise<RawReply> {
  return rawRequest(server.url, request.path, { method: request.method, headers: request.headers, body: request.body })
}

/** What is wrong with an answer, if anything. */
function problemsOf(request: FuzzRequest, reply: RawReply): string[] {
  const { api, op } = request.target
  // The one answer >= 500 that is right: grpc-gateway's 501 UNIMPLEMENTED for a method a Chatlayer path lacks.
  const unimplemented =
    api === 'chatlayer' &&
    reply.status === 501 &&
    request.method !== op.method.toUpperCase() &&
    (request.method === 'HEAD' || (reply.body as { code?: number }).code === 12)
  if (reply.status >= 500 && !unimplemented) return [`answered ${reply.status}: ${reply.text.slice(0, 200)}`]
  // HEAD has no body; OPTIONS is CORS's preflight answer.
  if (request.method === 'HEAD' || request.method === 'OPTIONS') return []
  const contentType = String(reply.headers['content-type'] ?? '')
  if (request.method === op.method.toUpperCase() && op.statuses.includes(String(reply.status))) {
    return checks[api](op.operationId, { status: reply.status, contentType, body: reply.body })
  }
  const preferAnswer = request.kind === 'prefer' && reply.status === 400
  if (!FALLBACK_STATUSES.has(reply.status) && !preferAnswer) return [`status ${reply.status} is neither documented nor a fallback`]
  if (!contentType.startsWith('application/json')) return [`${reply.status} with content type ${contentType}`]
  return schemas.validate(ERROR_SHAPES[api], reply.body).map((p) => `${reply.status} body: ${p}`)
}

describe(`fuzz: ${COUNT} contract-derived bad requests`, () => {
  it('covers all 22 operations', () => {
    expect(targets).toHaveLength(22)
  })

  it('never answers >= 500, never hangs, answers in the contract, and leaves valid answers unchanged', async () => {
    const before = await validAnswers()
    const failures: string[] = []
    const seenKinds = new Set<string>()
    const requests = fuzzRequests(targets, COUNT)
    let sent = 0
    const worker = async () => {
      for (let next = requests.next(); !next.done; next = requests.next()) {
        const request = next.value
        sent += 1
        seenKinds.add(request.kind.split(' ')[0]!)
        const label = `${request.target.op.operationId} [${request.kind}] ${request.method} ${request.path.slice(0, 160)}`
        try {
          for (const problem of problemsOf(request, await send(request))) failures.push(`${label}: ${problem}`)
        } catch (error) {
          failures.push(`${label}: ${error instanceof Error ? error.message : String(error)}`)
        }
      }
    }
    await Promise.all(Array.from({ length: CONCURRENCY }, worker))
    expect(sent).toBe(COUNT)
    expect(failures.slice(0, 30), `${failures.length} failures`).toEqual([])
    expect(await validAnswers()).toEqual(before)
  }, 600_000)
})
