// Every shell example in README.md and docs/ runs as written: blocks run in order in one bash session per
// page, against the kit's server (startServer) started with the flags the page's own `npx analytics-mock
// serve …` or `npm start -- …` line gives, behind a recording proxy on a free port that stands in for 4010. Each request the mock receives must answer 2xx, or a status a comment of
// the block names (`# 401`), and a 2xx JSON answer of an API must carry data (not only zeros and empty
// lists). A block preceded by `<!-- docs-test: skip: <reason> -->` is not run.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { request as httpRequest } from 'node:http'
import { startServer, type RunningServer, type ServeOptions } from '../../server/serve.ts'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
// Every page with shell examples; docs/qa-recipes.md is checked line by line against its printed output by
// test/docs/qa-recipes.test.ts.
const PAGES = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md') && name !== 'qa-recipes.md')
    .map((name) => `docs/${name}`),
]
const SKIP = /<!--\s*docs-test:\s*skip:\s*(.+?)\s*-->\s*$/
const START = /^(?:npx analytics-mock serve|npm start(?: --)?)(.*?)\s*&?\s*$/

interface Example {
  page: string
  line: number
  code: string
  skip?: string
}

/** The ```sh blocks of a Markdown page, with the skip reason written just above a block. */
function shellExamples(page: string, markdown: string): Example[] {
  const lines = markdown.split('\n')
  const examples: Example[] = []
  for (let i = 0; i < lines.length; i++) {
    if (!/^```(sh|bash|shell)\s*$/.test(lines[i] ?? '')) continue
    const end = lines.findIndex((line, j) => j > i && line.startsWith('```'))
    let above = i - 1
    while (above >= 0 && lines[above]?.trim() === '') above--
    const skip = lines[above]?.match(SKIP)?.[1]
    examples.push({ page, line: i + 1, code: lines.slice(i + 1, end).join('\n'), ...(skip ? { skip } : {}) })
    i = end
  }
  return examples
}

/** The server options a `serve` command line asks for (words as the shell expanded them); a flag the docs should not use fails the test. */
function serveOptions(words: string[]): ServeOptions {
  const options: ServeOptions & { allowedHosts: string[] } = { allowedHosts: [] }
  for (let i = 0; i < words.length; i++) {
    const flag = words[i]
    const value = () => words[++i] ?? ''
    if (flag === '--port' || flag === '-p') value()
    else if (flag === '--host') options.host = value()
    else if (flag === '--admin-token') options.adminToken = value()
    else if (flag === '--allowed-host') options.allowedHosts.push(value())
    else if (flag === '--seed') options.seed = Number(value())
    else if (flag === '--now') options.now = new Date(value())
    else if (flag === '--conversations') options.size = Number(value())
    else if (flag === '--chatlayer-conversations') options.chatlayerConversations = Number(value())
    else if (flag === '--nebuly-interactions') options.nebulyInteractions = Number(value())
    else if (flag === '--public-api-keys') options.publicApiKeys = true
    else if (flag === '--rate-limit') options.rateLimit = Number(value())
    else throw new Error(`the docs start the mock with ${flag}, which this test does not know`)
  }
  return options
}

/** A 2xx JSON body with numbers or lists in it, all of them zero or empty (limit and offset are echoes). */
function onlyZeros(body: unknown): boolean {
  let seen = 0
  let filled = 0
  const visit = (value: unknown, key: string) => {
    if (key === 'limit' || key === 'offset') return
    if (typeof value === 'number') {
      seen++
      if (value !== 0) filled++
    } else if (Array.isArray(value)) {
      seen++
      if (value.length > 0) filled++
      for (const item of value) visit(item, '')
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) visit(v, k)
    }
  }
  visit(body, '')
  return seen > 0 && filled === 0
}

interface Exchange {
  method: string
  url: string
  status: number
  contentType: string
  body: Buffer
}

/** The kit's server on port 0, behind a proxy that records every exchange (the port the examples call). */
class RecordedMock {
  exchanges: Exchange[] = []
  private constructor(
    private server: RunningServer,
    private proxy: Server,
    readonly port: number,
  ) {}

  static async start(options: ServeOptions): Promise<RecordedMock> {
    const server = await startServer({ ...options, port: 0 })
    const target = new URL(server.url)
    let recorded: RecordedMock | undefined
    const proxy = createServer((req, res) => {
      const upstream = httpRequest(
        { host: '127.0.0.1', port: target.port, method: req.method, path: req.url, headers: req.headers },
        (answer) => {
          const chunks: Buffer[] = []
          res.writeHead(answer.statusCode ?? 502, answer.headers)
          answer.on('data', (chunk: Buffer) => {
            chunks.push(chunk)
            res.write(chunk)
          })
          answer.on('end', () => {
            recorded?.exchanges.push({
              method: req.method ?? '',
              url: req.url ?? '',
              status: answer.statusCode ?? 0,
              contentType: String(answer.headers['content-type'] ?? ''),
              body: Buffer.concat(chunks),
            })
            res.end()
          })
        },
      )
      upstream.on('error', () => res.destroy())
      req.pipe(upstream)
    })
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))
    recorded = new RecordedMock(server, proxy, (proxy.address() as AddressInfo).port)
    return recorded
  }

  async close(): Promise<void> {
    this.proxy.closeAllConnections()
    await new Promise((resolve) => this.proxy.close(resolve))
    await this.server.close()
  }
}

/** One bash process per page, so a variable set in one block is there in the next, as for a reader. */
class Shell {
  private child: ChildProcessWithoutNullStreams
  private output = ''
  private counter = 0

  constructor(cwd: string) {
    const tsx = import.meta.resolve('tsx')
    this.child = spawn('bash', ['--noprofile', '--norc'], { cwd, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } })
    this.child.stdout.on('data', (chunk: Buffer) => (this.output += chunk.toString()))
    this.child.stderr.on('data', (chunk: Buffer) => (this.output += chunk.toString()))
    // `npx analytics-mock …` runs the CLI from this checkout's sources (never the registry).
    this.child.stdin.write(
      `npx() { if [ "$1" = analytics-mock ]; then shift; node --import '${tsx}' '${join(ROOT, 'server', 'cli.ts')}' "$@"; else command npx "$@"; fi; }\n`,
    )
  }

  run(code: string, timeoutMs: number): Promise<{ status: number; output: string }> {
    const marker = `__docs_test_end_${++this.counter}__`
    this.output = ''
    this.child.stdin.write(`${code}\necho "${marker} $?"\n`)
    return new Promise((resolve, reject) => {
      const started = Date.now()
      const poll = setInterval(() => {
        const match = this.output.match(new RegExp(`${marker} (\\d+)`))
        if (match) {
          clearInterval(poll)
          resolve({ status: Number(match[1]), output: this.output.slice(0, match.index) })
        } else if (Date.now() - started > timeoutMs) {
          clearInterval(poll)
          reject(new Error(`no end after ${timeoutMs} ms; output so far:\n${this.output}`))
        }
      }, 50)
    })
  }

  close(): void {
    this.child.stdin.end()
    this.child.kill()
  }
}

function allowedStatuses(code: string): Set<number> {
  const comments = code.split('\n').flatMap((line) => line.match(/(?:^|\s)#.*$/)?.[0] ?? [])
  return new Set(comments.flatMap((comment) => [...comment.matchAll(/\b([1-5]\d\d)\b/g)].map((m) => Number(m[1]))))
}

describe('the shell examples of README.md and docs/', async () => {
  const pages = await Promise.all(PAGES.map(async (page) => shellExamples(page, await readFile(join(ROOT, page), 'utf8'))))
  const cwd = await mkdtemp(join(tmpdir(), 'analytics-mock-kit-docs-'))
  afterAll(() => rm(cwd, { recursive: true, force: true }))

  it('finds examples, and every skipped one says why', () => {
    expect(pages.flat().filter((example) => !example.skip).length).toBeGreaterThan(20)
    for (const example of pages.flat().filter((e) => e.skip !== undefined)) expect(example.skip?.length).toBeGreaterThan(10)
  })

  for (const examples of pages.filter((found) => found.length > 0)) {
    const page = examples[0]?.page ?? ''
    it(`${page}: every runnable example answers what the page says`, async () => {
      const shell = new Shell(cwd)
      let mock: RecordedMock | undefined
      try {
        for (const example of examples) {
          if (example.skip) continue
          const where = `${example.page}:${example.line}`
          // Lines before a start line run first (they may set a variable the flags use), then the flags are
          // expanded by the page's shell and the mock starts; the rest runs against it.
          const lines: string[] = []
          for (const line of example.code.split('\n')) {
            const start = line.match(START)
            if (!start) {
              lines.push(line)
              continue
            }
            if (lines.join('').trim() !== '') await shell.run(lines.splice(0).join('\n'), 60_000)
            const words = (await shell.run(`printf '%s\\n' ${start[1] ?? ''}`, 10_000)).output.split('\n').filter(Boolean)
            await mock?.close()
            mock = await RecordedMock.start(serveOptions(words))
          }
          const code = lines.join('\n').trim()
          if (code === '' || /^npm (ci|test)\b/m.test(code)) continue
          if (!mock) throw new Error(`${where}: the page runs this example before it starts a mock`)
          mock.exchanges = []
          const result = await shell.run(code.replaceAll(':4010', `:${mock.port}`), 180_000)
          expect(result.status, `${where} exited ${result.status}:\n${result.output}`).toBe(0)
          if (/analytics-mock verify/.test(code)) continue // verify provokes errors on purpose; its exit code is the check
          expect(mock.exchanges.length, `${where}: no request reached the mock`).toBeGreaterThan(0)
          const allowed = allowedStatuses(code)
          for (const exchange of mock.exchanges) {
            const what = `${where}: ${exchange.method} ${exchange.url} -> ${exchange.status} ${exchange.body.toString().slice(0, 300)}`
            expect(exchange.status < 300 || allowed.has(exchange.status), what).toBe(true)
            if (exchange.status >= 300 || exchange.url.startsWith('/__mock/')) continue
            expect(exchange.body.length, what).toBeGreaterThan(0)
            if (exchange.contentType.startsWith('application/json'))
              expect(onlyZeros(JSON.parse(exchange.body.toString())), what).toBe(false)
          }
        }
      } finally {
        shell.close()
        await mock?.close()
      }
    }, 600_000)
  }
})
