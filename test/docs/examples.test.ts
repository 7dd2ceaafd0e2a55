// Every shell example in README.md and docs/ runs as written: blocks run in order in one bash session per
// page, against a mock started with the flags the page's own `npx analytics-mock serve …` line gives (the
// port is swapped for a free one). Each request the mock receives must answer 2xx, or a status a comment of
// the block names (`# 401`), and a 2xx JSON answer of an API must carry data (not only zeros and empty
// lists). A block preceded by `<!-- docs-test: skip: <reason> -->` is not run.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { createClock } from '../../mocks/core/clock.ts'
import { createMock, type MockOptions } from '../../mocks/index.ts'
import { createApp } from '../../server/app.ts'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const PAGES = ['README.md', 'docs/serving.md', 'docs/aurion.md', 'docs/chatlayer.md', 'docs/nebuly.md', 'docs/verify.md']
const SKIP = /<!--\s*docs-test:\s*skip:\s*(.+?)\s*-->\s*$/
const START = /^(?:npx analytics-mock serve|npm start --)(.*?)\s*&?\s*$/

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

/** The mock options a `serve` command line asks for; a flag the docs should not use fails the test. */
function serveOptions(args: string): MockOptions {
  const words = args.trim().split(/\s+/).filter(Boolean)
  const options: MockOptions = {}
  for (let i = 0; i < words.length; i++) {
    const flag = words[i]
    const value = () => words[++i] ?? ''
    if (flag === '--port' || flag === '-p' || flag === '--host') value()
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

class RecordedMock {
  exchanges: Exchange[] = []
  private constructor(
    private server: Server,
    readonly port: number,
  ) {}

  static async start(options: MockOptions): Promise<RecordedMock> {
    const now = options.now ?? new Date(Math.floor(Date.now() / 60_000) * 60_000)
    const mock = await createMock({ ...options, now, clock: createClock(now, () => Date.now()) })
    const app = createApp(mock)
    let recorded: RecordedMock | undefined
    const server = createServer((req, res) => {
      const chunks: Buffer[] = []
      const end = res.end.bind(res) as (...args: unknown[]) => typeof res
      res.end = ((...args: unknown[]) => {
        if (Buffer.isBuffer(args[0]) || typeof args[0] === 'string') chunks.push(Buffer.from(args[0]))
        recorded?.exchanges.push({
          method: req.method ?? '',
          url: req.url ?? '',
          status: res.statusCode,
          contentType: String(res.getHeader('content-type') ?? ''),
          body: Buffer.concat(chunks),
        })
        return end(...args)
      }) as typeof res.end
      app(req, res)
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    recorded = new RecordedMock(server, (server.address() as AddressInfo).port)
    return recorded
  }

  close(): Promise<void> {
    this.server.closeAllConnections()
    return new Promise((resolve) => this.server.close(() => resolve()))
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

  for (const examples of pages) {
    const page = examples[0]?.page ?? ''
    it(`${page}: every runnable example answers what the page says`, async () => {
      const shell = new Shell(cwd)
      let mock: RecordedMock | undefined
      try {
        for (const example of examples) {
          if (example.skip) continue
          const where = `${example.page}:${example.line}`
          const lines: string[] = []
          for (const line of example.code.split('\n')) {
            const start = line.match(START)
            if (start) {
              await mock?.close()
              mock = await RecordedMock.start(serveOptions(start[1] ?? ''))
            } else {
              lines.push(line)
            }
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
