// `analytics-mock serve --log requests --journal-size 2`: one console line per request, never a secret,
// and a journal that keeps only the newest two.
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { JournalEntry } from '../../mocks/core/journal.ts'
import { bearer, call } from '../support/http.ts'

const ROOT = path.resolve(import.meta.dirname, '../..')
let child: ChildProcess
let output = ''
let url = ''

/** Resolves when the output so far matches; rejects when the process ends first. */
function waitFor(pattern: RegExp): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const match = output.match(pattern)
      if (match) {
        child.stdout?.off('data', check)
        resolve(match)
      }
    }
    child.stdout?.on('data', check)
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)))
    check()
  })
}

beforeAll(async () => {
  const args = ['bin/analytics-mock.js', 'serve', '--port', '0', '--now', '2026-03-09T12:00:00Z', '--conversations', '200']
  child = spawn(
    process.execPath,
    [...args, '--chatlayer-conversations', '100', '--nebuly-interactions', '100', '--log', 'requests', '--journal-size', '2'],
    {
      cwd: ROOT,
      env: { ...process.env, FORCE_COLOR: '0' },
    },
  )
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  url = (await waitFor(/listening on (http:\/\/\S+)/))[1]!
})
afterAll(() => {
  child?.kill()
})

describe('serve --log requests --journal-size 2', () => {
  it('prints one line per request without the secret, and keeps the newest two entries', async () => {
    const credentials = (await call(`${url}/__mock/credentials`)).body as { aurion: { sessions: { token: string; role: string }[] } }
    const session = credentials.aurion.sessions.find((s) => s.role === 'agent')!
    await call(`${url}/api/v2/analytics/conversations/teams`, { headers: bearer(session.token) })
    await call(`${url}/api/v2/analytics/conversations/csat?__code=503`)
    await call(`${url}/api/v2/analytics/conversations/overview`)
    await waitFor(/conversations\/overview -> 401/)
    const lines = output.split('\n').filter((line) => line.includes(' -> '))
    expect(lines).toEqual([
      expect.stringMatching(
        /^\d\d:\d\d:\d\d\.\d{3} GET \/api\/v2\/analytics\/conversations\/teams -> 200 \d+ ms \[list_analytics_teams_\w+\] [\w-]+\/agent$/,
      ),
      expect.stringMatching(/ GET \/api\/v2\/analytics\/conversations\/csat\?__code=503 -> 503 \d+ ms \[get_csat_\w+\] \(Prefer\)$/),
      expect.stringMatching(/ GET \/api\/v2\/analytics\/conversations\/overview -> 401 \d+ ms \[get_conversation_overview_\w+\]$/),
    ])
    // The banner lists credentials on purpose; the request lines never do.
    expect(lines.join('\n')).not.toContain(session.token)
    const journal = (await call(`${url}/__mock/requests`)).body as { requests: JournalEntry[] }
    expect(journal.requests.map((e) => e.status)).toEqual([401, 503])
  })
})
