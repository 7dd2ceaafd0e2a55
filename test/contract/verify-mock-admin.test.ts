// `analytics-mock verify --contract mock-admin`: the mock's own admin API against its contract.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningServer } from '../../server/serve.ts'
import { runVerify } from '../../server/verify/run-verify.ts'
import { startTestServer } from '../support/http.ts'

let server: RunningServer
beforeAll(async () => {
  server = await startTestServer({ size: 300, chatlayerConversations: 300, nebulyInteractions: 300 })
})
afterAll(async () => {
  await server.close()
})

describe('verify --contract mock-admin', () => {
  it('passes against the mock: every route answers as its contract says', async () => {
    const result = await runVerify({ contract: 'mock-admin', server: server.url, dreddOutput: false, loglevel: 'silent' })
    expect(result.transactions.filter((t) => t.result === 'fail').map((t) => `${t.name}: ${t.reason}`)).toEqual([])
    expect(result.ok).toBe(true)
    const passed = result.transactions.filter((t) => t.result === 'pass').map((t) => `${t.operation} ${t.status}`)
    expect(passed).toEqual(
      expect.arrayContaining([
        'POST /__mock/scenarios 201',
        'POST /__mock/scenarios 422',
        'POST /__mock/scenarios/presets/{name} 201',
        'GET /__mock/requests 422',
        'GET /__mock/requests/stream 422',
      ]),
    )
    // The stream's 200 never ends, so it is skipped rather than left hanging.
    const stream = result.transactions.find((t) => t.operation === 'GET /__mock/requests/stream' && t.status === 200)
    expect([stream?.result, stream?.reason]).toEqual([
      'skip',
      'a server-sent event stream does not end, so it has no whole answer to compare',
    ])
  })
})
