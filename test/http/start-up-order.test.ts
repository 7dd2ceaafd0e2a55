// A server answers AurionAI as soon as AurionAI's world is built; the Chatlayer and Nebuly worlds are built
// after that, in short turns while it answers. A request to them meanwhile waits for its world and gets the
// bytes an eager mock gives; the CLI prints its whole banner before any request line.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createMock } from '../../mocks/index.ts'
import { startServer } from '../../server/serve.ts'
import { basic, bearer, call, NOW } from '../support/http.ts'

const ROOT = path.resolve(import.meta.dirname, '../..')
// Worlds of other APIs large enough that building them takes many turns (a second or more of CPU).
/** The journal line of the request the third test makes (the banner's list of operations has the path too). */
const REQUEST_LINE = /GET \/api\/v2\/analytics\/conversations\/teams -> 200/
const OPTIONS = { now: NOW, size: 200, chatlayerConversations: 20_000, nebulyInteractions: 20_000 }

describe('start-up order', () => {
  it('answers AurionAI while the Chatlayer and Nebuly worlds are built, then them, as an eager mock does', async () => {
    const eager = await createMock(OPTIONS)
    const server = await startServer({ ...OPTIONS, port: 0, frozenClock: true, timer: () => performance.now() })
    try {
      let built = false
      void server.ready.then(() => {
        built = true
      })
      const token = server.mock.credentials().aurion.sessions[0]!.token
      const overview = await call(`${server.url}/api/v2/analytics/conversations/overview`, { headers: bearer(token) })
      expect(overview.status).toBe(200)
      expect(built).toBe(false)

      // Credentials from the eager mock: asking the server's would build its worlds at once.
      const team = eager.credentials().chatlayer.tokens[0]!
      const teamPath = `/v1/teams/${team.team_id}/conversations?start_time=2026-02-01T00:00:00Z&end_time=2026-03-01T00:00:00Z&bucket=1w`
      const [served, expected] = await Promise.all([
        call(server.url + teamPath, { headers: basic(team) }),
        eager.fetch(new Request(`http://127.0.0.1${teamPath}`, { headers: basic(team) })).then((r) => r.text()),
      ])
      expect(served.status).toBe(200)
      expect(served.text).toBe(expected)
      await server.ready
      expect(built).toBe(true)
    } finally {
      await server.close()
    }
  })

  it('still fails the start on a bad option of those worlds', async () => {
    await expect(startServer({ ...OPTIONS, port: 0, chatlayerConversations: -1 })).rejects.toThrow(RangeError)
    await expect(startServer({ ...OPTIONS, port: 0, nebulyInteractions: 1.5 })).rejects.toThrow(RangeError)
  })

  it('prints the whole banner before the line of a request answered while the other worlds are built', async () => {
    const child = spawn(
      process.execPath,
      [
        'bin/analytics-mock.js',
        'serve',
        ...['--port', '0', '--now', NOW.toISOString(), '--log', 'requests', '--conversations', '200'],
        ...['--chatlayer-conversations', '20000', '--nebuly-interactions', '20000'],
      ],
      { cwd: ROOT, env: { ...process.env, FORCE_COLOR: '0' } },
    )
    try {
      let output = ''
      let asked = false
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString()
          const url = /listening on (http:\/\/\S+)/.exec(output)?.[1]
          const token = /Authorization: Bearer (sess_\S+)/.exec(output)?.[1]
          if (url && token && !asked) {
            asked = true
            void fetch(`${url}/api/v2/analytics/conversations/teams`, { headers: bearer(token) })
          }
          if (REQUEST_LINE.test(output)) resolve()
        })
        child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)))
      })
      const lines = output.split('\n')
      const request = lines.findIndex((line) => REQUEST_LINE.test(line))
      const tryLine = lines.findIndex((line) => line.startsWith('Try: curl'))
      expect(tryLine).toBeGreaterThan(0)
      expect(request).toBeGreaterThan(tryLine)
    } finally {
      child.kill()
    }
  })
})
