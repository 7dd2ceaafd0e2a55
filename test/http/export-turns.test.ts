// A large export download does not hold a shared mock: it renders in slices and gives the event loop a
// turn between them (issue 10). The turn is injected, so the test acts at a pause of the render instead of
// racing it: a health request sent then is answered before the download ends.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningServer } from '../../server/serve.ts'
import { bearer, call, sessionOf, startTestServer } from '../support/http.ts'

let server: RunningServer
let admin: Record<string, string>
let turns = 0
/** Runs at the next turn of a render, which goes on once it is done. */
let atNextTurn: (() => Promise<void>) | undefined

beforeAll(async () => {
  server = await startTestServer({
    yieldTurn: async () => {
      turns += 1
      const act = atNextTurn
      atNextTurn = undefined
      await act?.()
      await new Promise((resolve) => setTimeout(resolve, 0))
    },
  })
  admin = bearer(sessionOf(server.mock.credentials().aurion.sessions, 'tenant_admin').token)
})
afterAll(() => server.close())

describe('an export download gives other requests their turn', () => {
  for (const format of ['pdf', 'csv', 'json'] as const) {
    it(`answers a health request while a ${format.toUpperCase()} export renders`, async () => {
      const created = await call(`${server.url}/api/v1/analytics/export`, {
        method: 'POST',
        headers: { ...admin, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          format,
          scope: 'voice',
          start_date: '2025-12-01',
          end_date: '2026-03-08',
          include_call_details: true,
          include_transcripts: true,
        }),
      })
      expect(created.status).toBe(200)
      const events: string[] = []
      turns = 0
      atNextTurn = async () => {
        const health = await call(`${server.url}/__mock/health`)
        events.push(`health ${health.status}`)
      }
      const download = await call(`${server.url}${(created.body as { download_url: string }).download_url}`, { headers: admin })
      events.push(`download ${download.status}`)
      expect(events).toEqual(['health 200', 'download 200'])
      // A `voice` export is one part: every turn is the render's. A thousand calls: more than one slice.
      expect(turns).toBeGreaterThan(4)
    })
  }
})
