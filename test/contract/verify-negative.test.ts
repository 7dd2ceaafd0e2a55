// verify --negative: a request per broken constraint (the documented 4xx expected) and boundary requests
// (the 2xx expected), derived from the contract. The kit's mock rejects every one of them; a server that
// accepts an out-of-range `limit` fails exactly that cell.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type RunningServer } from '../../server/serve.ts'
import { coverageMatrix, formatMatrix } from '../../server/verify/report.ts'
import { runVerify, type VerifyResult } from '../../server/verify/run-verify.ts'
import { startVendorLegalServer, type VendorLegalServer } from '../support/vendor-legal-server.ts'

const WORLD = {
  seed: 42,
  size: 300,
  chatlayerConversations: 300,
  nebulyInteractions: 300,
  now: new Date('2026-03-09T12:00:00Z'),
  frozenClock: true,
}

const negatives = (result: VerifyResult) => result.transactions.filter((t) => t.check !== undefined)
const failures = (result: VerifyResult) => result.transactions.filter((t) => t.result === 'fail').map((t) => `${t.name}: ${t.reason}`)

describe('verify --negative against the kit mock', () => {
  let server: RunningServer
  beforeAll(async () => {
    server = await startServer({ ...WORLD, port: 0 })
  })
  afterAll(() => server.close())

  it('aurion, chatlayer and nebuly: every broken constraint gets the documented 4xx, every boundary a 2xx', async () => {
    const token = server.mock.credentials().chatlayer?.tokens[0]
    const conversation = server.mock.chatlayer.records.conversations.findLast((c) => c.team_id === token?.team_id)
    const chatlayer = conversation
      ? {
          chatlayer: {
            conversation_id: conversation.id,
            conversation_bot_id: conversation.bot_id,
            conversation_version: conversation.bot_version,
            conversation_started_at: conversation.started_at,
          },
        }
      : {}
    for (const contract of ['aurion', 'chatlayer', 'nebuly'] as const) {
      const result = await runVerify({
        contract,
        server: server.url,
        dreddOutput: false,
        negative: true,
        config: contract === 'chatlayer' ? chatlayer : {},
      })
      expect(failures(result), contract).toEqual([])
      expect(result.exitCode, contract).toBe(0)
      const cases = negatives(result)
      expect(cases.filter((t) => t.check === 'negative').length, contract).toBeGreaterThan(contract === 'nebuly' ? 15 : 20)
      expect(
        cases.every((t) => t.result === 'pass'),
        contract,
      ).toBe(true)
    }
  }, 240_000)

  it('what each case sent and why, e.g. the conversations list limit at and beyond its bounds', async () => {
    const result = await runVerify({ contract: 'aurion', server: server.url, dreddOutput: false, negative: true })
    const limit = negatives(result).filter((t) => t.operation === 'GET /api/v2/conversations' && t.name.includes('query limit'))
    expect(limit.map((t) => `${t.check} ${t.status} ${t.how}`).sort()).toEqual([
      'boundary 200 limit=1 (query limit at its minimum 1)',
      'boundary 200 limit=100 (query limit at its maximum 100)',
      'negative 422 limit=0 (query limit below its minimum 1)',
      'negative 422 limit=1.5 (query limit a fraction where an integer is required)',
      'negative 422 limit=101 (query limit above its maximum 100)',
      'negative 422 limit=not-a-number (query limit not an integer)',
    ])
  }, 120_000)
})

describe('verify --negative against vendor-legal fixtures', () => {
  let strictLimit: VendorLegalServer
  let lenientLimit: VendorLegalServer
  beforeAll(async () => {
    strictLimit = await startVendorLegalServer()
    lenientLimit = await startVendorLegalServer({ acceptOutOfRangeLimit: true })
  })
  afterAll(async () => {
    await strictLimit.close()
    await lenientLimit.close()
  })

  it('a server accepting limit=101 on the conversations list fails that cell, and only that one', async () => {
    const run = (s: VendorLegalServer) =>
      runVerify({ contract: 'aurion', server: s.url, config: s.config, fromMock: false, dreddOutput: false, negative: true })
    const good = await run(strictLimit)
    expect(failures(good)).toEqual([])
    expect(good.exitCode).toBe(0)

    const bad = await run(lenientLimit)
    expect(bad.exitCode).toBe(1)
    expect(failures(bad)).toEqual([
      '/api/v2/conversations > negative > query limit above its maximum 100: accepted limit=101 (query limit above its maximum 100) with 200, expected 422',
    ])
    const cell = coverageMatrix(bad).filter((c) => c.operation === 'GET /api/v2/conversations [negative]' && c.status === 422)
    expect(cell.filter((c) => c.state === 'failed')).toHaveLength(1)
    expect(formatMatrix(bad)).toMatch(/GET \/api\/v2\/conversations \[negative\]\s+FAIL \d+\/\d+/)
  }, 180_000)
})
