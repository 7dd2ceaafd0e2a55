// The mock's own API under /__mock (contracts/mock-admin.yaml): health, credentials, operations, clock,
// scenarios and presets, the request journal and reset. One Express router, so the admin guard can be
// mounted in front of all of it. Every route is read from the contract and its input is checked by the
// same validation core as the vendor APIs: a bad body answers 422 naming the field.
import express, { Router, type Request, type Response } from 'express'
import type { operations } from '../contracts/generated/mock-admin.ts'
import { mockAdminDocument } from '../contracts/generated/mock-admin-document.ts'
import { compileContract } from '../mocks/core/contract.ts'
import { presetSize, ScenarioError, type PresetName } from '../mocks/core/scenarios.ts'
import { createJournalStreams } from './journal-stream.ts'
import type { PathOf, QueryOf } from '../mocks/core/typed-route.ts'
import { validateRequest, type ValidationIssue } from '../mocks/core/validation.ts'
import type { MockCore } from '../mocks/index.ts'
import { ClockRangeError } from '../mocks/core/clock.ts'
import type { SharedSync } from './redis-state.ts'

type Ops = operations
type OperationId = keyof Ops & string

/** One of the statuses the contract documents for the operation, with that status's body type. */
type Answer<O> = O extends { responses: infer R }
  ? {
      [S in keyof R]: { status: S; body: R[S] extends { content: { 'application/json': infer B } } ? B : undefined }
    }[keyof R]
  : never

/** The JSON body, undefined when the contract makes it optional and none was sent. */
type AdminBody<O> = O extends { requestBody: { content: { 'application/json': infer B } } }
  ? B
  : O extends { requestBody?: { content: { 'application/json': infer B } } }
    ? B | undefined
    : never

interface AdminInput<O> {
  query: QueryOf<O>
  path: PathOf<O>
  body: AdminBody<O>
}

/** Answered by a stream of events (journal-stream.ts), not by one JSON body. */
type StreamedOperation = 'streamRequests'

type AdminHandlers = {
  [Id in Exclude<OperationId, StreamedOperation>]: (input: AdminInput<Ops[Id]>) => Answer<Ops[Id]> | Promise<Answer<Ops[Id]>>
}

const contract = compileContract(mockAdminDocument)
/** The body size an admin request may have: scenarios are small. */
const BODY_LIMIT = '64kb'

function handlersFor(mock: MockCore, shared?: SharedSync): AdminHandlers {
  const now = () => mock.clock.now().toISOString()
  return {
    getHealth: () => ({ status: 200, body: { status: 'ok', now: now(), seed: mock.options.seed } }),
    getCredentials: () => {
      const { aurion, chatlayer, nebuly } = mock.credentials()
      return {
        status: 200,
        body: { aurion: { ...aurion }, ...(chatlayer && { chatlayer: { ...chatlayer } }), ...(nebuly && { nebuly: { ...nebuly } }) },
      }
    },
    listOperations: () => ({ status: 200, body: mock.operations() }),
    getClock: () => ({ status: 200, body: { now: now() } }),
    // QA moves time to expire exports or reset rate-limit windows: {"advance_seconds": 86400} or {"now": "..."}.
    setClock: ({ body }) => {
      try {
        if (body.advance_seconds !== undefined) mock.clock.advance(body.advance_seconds * 1000)
        else if (body.now !== undefined) mock.clock.set(new Date(body.now))
        else throw new ScenarioError([valueError(['body'], 'send advance_seconds or now', body)])
      } catch (error) {
        // Outside the clock's window (docs/security-and-limits.md): refused, and the clock stays where it was.
        if (!(error instanceof ClockRangeError)) throw error
        const field = body.now !== undefined ? 'now' : 'advance_seconds'
        throw new ScenarioError([valueError(['body', field], error.message, body[field])])
      }
      return { status: 200, body: { now: now() } }
    },
    listScenarios: () => ({ status: 200, body: { scenarios: mock.scenarios.list() } }),
    createScenario: ({ body }) => ({ status: 201, body: mock.scenarios.add(body) }),
    clearScenarios: () => ({ status: 200, body: { removed: mock.scenarios.clear() } }),
    deleteScenario: ({ path }) =>
      mock.scenarios.remove(path.id) ? { status: 200, body: { removed: 1 } } : { status: 404, body: { detail: 'Scenario not found' } },
    applyPreset: ({ path, body }) => ({
      status: 201,
      body: { preset: path.name, scenarios: mock.scenarios.preset(path.name, body?.match ? { match: body.match } : {}) },
    }),
    // Replicas: the journal of all of them, from Redis.
    listRequests: async ({ query }) => ({
      status: 200,
      body: { requests: shared ? await shared.journal.list(query) : mock.journal.list(query) },
    }),
    clearRequests: async () => ({ status: 200, body: { removed: shared ? await shared.journal.clear() : mock.journal.clear() } }),
    resetMock: () => {
      mock.reset()
      return { status: 200, body: { now: now() } }
    },
  }
}

/** The scenarios an admin operation may add. */
function idsNeeded(operationId: string, path: Record<string, string>): number {
  if (operationId === 'createScenario') return 1
  // The name passed validation: one of the contract's presets.
  if (operationId === 'applyPreset') return presetSize(path.name as PresetName)
  return 0
}

function valueError(loc: string[], message: string, input: unknown): ValidationIssue {
  return { type: 'value_error', loc, msg: `Value error, ${message}`, input, ctx: { error: message } }
}

export function adminRouter(mock: MockCore, shared?: SharedSync): Router {
  const router = Router()
  const handlers = handlersFor(mock, shared)
  const streamJournal = createJournalStreams(mock.journal)
  let turn: Promise<unknown> = Promise.resolve()
  // Text, not JSON: a body that is not JSON gets the validation core's json_invalid 422, not Express's 400.
  router.use(express.text({ type: () => true, limit: BODY_LIMIT }))
  for (const op of contract.operations.values()) {
    const route = op.path.replace(/^\/__mock/, '').replace(/\{([^}]+)\}/g, ':$1')
    if (op.operationId === 'streamRequests') {
      router.get(route, async (req, res) => {
        await shared?.pull()
        const headers = new Headers()
        const lastEventId = req.get('last-event-id')
        if (lastEventId !== undefined) headers.set('last-event-id', lastEventId)
        const { values, issues } = validateRequest(contract, op, {
          url: new URL(req.originalUrl, 'http://mock.invalid'),
          pathParams: {},
          headers,
          bodyText: undefined,
        })
        if (issues.length > 0) res.status(422).json({ detail: issues })
        else
          streamJournal(res, {
            ...(values.query as QueryOf<Ops['streamRequests']>),
            ...(lastEventId !== undefined && { lastEventId: Number(lastEventId) }),
          })
      })
      continue
    }
    const handler = handlers[op.operationId as Exclude<OperationId, StreamedOperation>] as (
      input: AdminInput<unknown>,
    ) => { status: number; body: unknown } | Promise<{ status: number; body: unknown }>
    const serve = async (req: Request, res: Response) => {
      // Replicas: read the shared state first (with the scenarios' uses left, for a listing that is never
      // stale), and answer only once this replica's change is stored.
      await shared?.pull({ countdowns: op.method === 'get' })
      const { values, issues } = validateRequest(contract, op, {
        url: new URL(req.originalUrl, 'http://mock.invalid'),
        pathParams: req.params as Record<string, string>,
        headers: new Headers(),
        bodyText: typeof req.body === 'string' ? req.body : undefined,
      })
      let answer: { status: number; body: unknown }
      try {
        if (issues.length > 0) throw new ScenarioError(issues)
        // Scenario ids come from the namespace's counter, so that two replicas never hand out the same one.
        if (shared) await shared.reserveScenarioIds(idsNeeded(op.operationId, values.path as Record<string, string>))
        answer = await handler(values as AdminInput<unknown>)
        if (shared && op.method !== 'get' && answer.status < 300) await shared.changed(op.operationId)
      } catch (error) {
        if (error instanceof ScenarioError) answer = { status: 422, body: { detail: error.issues } }
        else if (shared) {
          // Redis away: nothing can be shared or read from it, so nothing is confirmed.
          res.status(503).set('Retry-After', '1').json({ detail: 'The mock cannot reach its shared state (Redis); try again' })
          return
        } else throw error
      }
      if (answer.body === undefined) res.status(answer.status).end()
      else res.status(answer.status).json(answer.body)
    }
    router[op.method](route, (req, res) => {
      if (!shared) return serve(req, res)
      // Replicas: one admin request at a time, so that reading the shared scenarios, changing them and
      // publishing the change never interleave with another request's on this replica.
      const mine = turn.then(() => serve(req, res))
      turn = mine.catch(() => undefined)
      return mine
    })
  }
  return router
}
