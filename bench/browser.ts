// npm run bench:browser [-- --size 500] [-- --query '?mock-apis=aurion'] [-- --root <a checkout of the kit>]
// Bundles a minimal page that starts the mock of all three APIs in the browser (startBrowserMock, or
// createMock + msw's setupWorker) with Vite and prints the gzip size of the JavaScript the page loads up
// front: (a) the whole page, (b) a page with only msw's setupWorker and one handler (what any MSW user
// pays), (c) the kit's share, a - b; each at Vite's defaults and with rolldown's inlineConst off (see
// docs/serving.md); lazy chunks such as pdf-lib apart. Then it opens the page in Chromium (/usr/bin/chromium,
// never a downloaded browser) and prints the time from navigation to the first mocked response, the longest
// main-thread task (Long Tasks API: tasks over 50 ms) and the main thread's busy time (CDP TaskDuration),
// with the load average, since a shared machine slows them. Exits 1 when the page or the kit's share is over
// its budget.
// `--root` measures another checkout (e.g. an older commit) the same way.
import { existsSync } from 'node:fs'
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { gzipSync } from 'node:zlib'
import express from 'express'
import { build as viteBuild } from 'vite'
import { launchChromium } from '../test/support/chromium.ts'

const { values } = parseArgs({ options: { root: { type: 'string' }, size: { type: 'string' }, query: { type: 'string', default: '' } } })
/** Conversations (and Chatlayer conversations, Nebuly interactions) of each world; default: createMock's. */
const SIZE = values.size ? Number(values.size) : undefined
const KIT = resolve(values.root ?? fileURLToPath(new URL('..', import.meta.url)))
const HERE = fileURLToPath(new URL('..', import.meta.url))

// The kit's browser helper with its defaults when the checkout has one and no --size is given; else
// createMock + setupWorker (what the helper does), so older checkouts measure the same way.
const HELPER = SIZE === undefined && existsSync(join(KIT, 'mocks', 'browser.ts'))
const START = HELPER
  ? `const { mock } = await startBrowserMock({ seed: 42 })`
  : `const mock = await createMock({ seed: 42, ${SIZE === undefined ? '' : `size: ${SIZE}, chatlayerConversations: ${SIZE}, nebulyInteractions: ${SIZE}`} })
await setupWorker(...mock.handlers).start({ onUnhandledRequest: 'bypass', quiet: true })`

const PAGE = `
import { setupWorker } from 'msw/browser'
import { createMock } from '${join(KIT, 'mocks', 'index.ts')}'
${HELPER ? `import { startBrowserMock } from '${join(KIT, 'mocks', 'browser.ts')}'` : ''}

const longest = { ms: 0 }
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longest.ms = Math.max(longest.ms, entry.duration)
}).observe({ type: 'longtask', buffered: true })

${START}
// Builds the world in short turns (older checkouts have no ready(): credentials() builds it in one task).
await mock.ready?.('aurion')
const token = mock.credentials().aurion.sessions[0].token
const response = await fetch('/api/v2/analytics/conversations/overview', { headers: { Authorization: 'Bearer ' + token } })
const body = await response.json()
const firstResponseMs = performance.now()
await new Promise((done) => setTimeout(done, 100))
Object.assign(window, { __result: { status: response.status, total: body.total_conversations, firstResponseMs, longestTaskMs: longest.ms } })
`

/** msw's part alone: the smallest page that starts setupWorker with one handler. */
const MSW_ONLY = `
import { http } from 'msw'
import { setupWorker } from 'msw/browser'
await setupWorker(http.get('/ping', () => new Response('pong'))).start({ quiet: true })
`

interface Bundle {
  dir: string
  /** gzip bytes of each script the page loads up front, and of each chunk it loads on demand. */
  upFront: Map<string, number>
  lazy: Map<string, number>
}

/** Builds a page with Vite (its defaults, plus `build` overrides) and weighs its chunks. */
async function bundle(page: string, build: Record<string, unknown> = {}): Promise<Bundle> {
  const dir = await mkdtemp(join(tmpdir(), 'analytics-mock-kit-bundle-'))
  await writeFile(
    join(dir, 'index.html'),
    '<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body><script type="module" src="/main.ts"></script></body></html>',
  )
  await writeFile(join(dir, 'main.ts'), page)
  await cp(join(HERE, 'node_modules', 'msw', 'lib', 'mockServiceWorker.js'), join(dir, 'public', 'mockServiceWorker.js'), {
    recursive: true,
  })
  await viteBuild({
    root: dir,
    logLevel: 'error',
    resolve: { alias: { msw: join(HERE, 'node_modules', 'msw') } },
    server: { fs: { allow: [KIT, HERE] } },
    build: { outDir: join(dir, 'dist'), target: 'es2022', reportCompressedSize: false, ...build },
  })
  const html = await readFile(join(dir, 'dist', 'index.html'), 'utf8')
  const assets = join(dir, 'dist', 'assets')
  const upFrontNames = new Set([...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1] as string))
  const result: Bundle = { dir, upFront: new Map(), lazy: new Map() }
  for (const name of (await readdir(assets)).filter((n) => n.endsWith('.js'))) {
    const gzip = gzipSync(await readFile(join(assets, name))).length
    ;(upFrontNames.has(name) ? result.upFront : result.lazy).set(name, gzip)
  }
  return result
}

/**
 * Budgets, gzip kB. The page of all three APIs (a) at Vite's defaults: the issue's 250 (measured 248.8). The
 * page with inlineConst off and the kit's share (c): a few kB over what was measured (183.6 and 90.1), so that
 * a regression fails. msw's own share at the defaults (~159 kB, its cookie library's public-suffix list copied
 * three times) is not the kit's to cut (docs/serving.md). The collections layer (@msw/data, mutative, zod's
 * record schemas: ~20 kB) is loaded on demand, by the first export, phone search or collections().
 */
const PAGE_DEFAULTS_BUDGET_KB = 250
const PAGE_BUDGET_KB = 188
const KIT_BUDGET_KB = 94

/** Page loads measured in Chromium; the medians are printed. */
const RUNS = 5

/** What the page reports (window.__result), and what the bench adds. */
interface PageResult {
  status: number
  total: number
  firstResponseMs: number
  longestTaskMs: number
}
interface Run extends PageResult {
  busyMs: number
  longestTaskCpuMs: number
  load: number
}

/**
 * The thread (CPU) time of the longest task on the page's main thread, from a Chromium trace: unlike the
 * Long Tasks API's wall time, it does not grow when other processes take the core.
 */
function longestTaskCpu(trace: Buffer): number {
  type TraceEvent = { name: string; ph: string; pid: number; tid: number; tdur?: number; args?: { name?: string } }
  const { traceEvents } = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }
  const main = new Set(
    traceEvents
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  )
  let longest = 0
  for (const e of traceEvents) {
    if (e.name === 'RunTask' && e.ph === 'X' && main.has(`${e.pid}:${e.tid}`)) longest = Math.max(longest, (e.tdur ?? 0) / 1000)
  }
  return longest
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`
const total = (chunks: Map<string, number>) => [...chunks.values()].reduce((a, b) => a + b, 0)
const list = (chunks: Map<string, number>) => [...chunks].map(([name, gzip]) => `${name} ${kB(gzip)}`).join(', ') || 'none'

const built = await bundle(PAGE)
const mswOnly = await bundle(MSW_ONLY)
// Vite 8's bundler (rolldown) inlines exported constants across modules by default, and copies tldts' 68 kB
// public-suffix string (msw -> tough-cookie -> tldts) into each of its three uses; turned off, it is stored once.
const NO_INLINE = { rolldownOptions: { optimization: { inlineConst: false } } }
const noInline = await bundle(PAGE, NO_INLINE)
const mswOnlyNoInline = await bundle(MSW_ONLY, NO_INLINE)
try {
  const app = express().use(express.static(join(built.dir, 'dist')))
  const server = createServer(app)
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const browser = await launchChromium()
  const runs: Run[] = []
  try {
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.newPage()
      const cdp = await page.context().newCDPSession(page)
      await cdp.send('Performance.enable')
      await browser.startTracing(page, { categories: ['toplevel', 'disabled-by-default-devtools.timeline'] })
      const load = loadavg()[0] ?? 0
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/${values.query}`)
      await page.waitForFunction(() => '__result' in window, undefined, { timeout: 120_000 })
      const result = await page.evaluate(() => (window as unknown as { __result: PageResult }).__result)
      // TaskDuration: seconds the renderer's main thread spent running tasks since Performance.enable.
      const { metrics } = await cdp.send('Performance.getMetrics')
      const busyMs = (metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0) * 1000
      runs.push({ ...result, busyMs, longestTaskCpuMs: longestTaskCpu(await browser.stopTracing()), load })
      await page.close()
    }
  } finally {
    await browser.close()
    server.closeAllConnections()
    server.close()
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0
  const ms = (key: 'firstResponseMs' | 'longestTaskMs' | 'longestTaskCpuMs' | 'busyMs') =>
    `median ${Math.round(median(runs.map((r) => r[key])))} ms (${runs.map((r) => Math.round(r[key])).join(', ')})`
  const kit = total(built.upFront) - total(mswOnly.upFront)
  console.log(`kit: ${KIT} (${HELPER ? 'startBrowserMock defaults' : `createMock, size ${SIZE ?? 'default'}`})`)
  console.log('up-front JavaScript, gzip       Vite defaults  inlineConst off')
  for (const [label, on, off] of [
    ['(a) the page, all three APIs', total(built.upFront), total(noInline.upFront)],
    ['(b) msw alone, one handler', total(mswOnly.upFront), total(mswOnlyNoInline.upFront)],
    ['(c) the kit, a - b', kit, total(noInline.upFront) - total(mswOnlyNoInline.upFront)],
  ] as const) {
    console.log(`  ${label.padEnd(30)} ${kB(on).padStart(13)} ${kB(off).padStart(16)}`)
  }
  console.log(`  chunks: ${list(built.upFront)}`)
  console.log(`loaded on demand: ${list(built.lazy)}`)
  console.log(`overview total_conversations: ${runs[0]?.total}`)
  console.log(`load average (1 min) at each run: ${runs.map((r) => r.load.toFixed(1)).join(', ')} on ${availableParallelism()} cores`)
  console.log(`first mocked response after load: ${ms('firstResponseMs')}`)
  console.log(`longest main-thread task (0: none over 50 ms): ${ms('longestTaskMs')}`)
  console.log(`  the CPU time of the longest task (trace, main thread): ${ms('longestTaskCpuMs')}`)
  console.log(`main-thread busy until then (CDP TaskDuration): ${ms('busyMs')}`)
  if (kit > KIT_BUDGET_KB * 1000) {
    console.error(`the kit adds ${kB(kit)} gzip to the page: over its budget of ${KIT_BUDGET_KB} kB`)
    process.exitCode = 1
  }
  if (total(built.upFront) > PAGE_DEFAULTS_BUDGET_KB * 1000) {
    console.error(`the page is ${kB(total(built.upFront))} gzip at Vite's defaults: over its budget of ${PAGE_DEFAULTS_BUDGET_KB} kB`)
    process.exitCode = 1
  }
  if (total(noInline.upFront) > PAGE_BUDGET_KB * 1000) {
    console.error(`the page is ${kB(total(noInline.upFront))} gzip with inlineConst off: over its budget of ${PAGE_BUDGET_KB} kB`)
    process.exitCode = 1
  }
} finally {
  for (const { dir } of [built, mswOnly, noInline, mswOnlyNoInline]) await rm(dir, { recursive: true, force: true })
}
