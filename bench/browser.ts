// npm run bench:browser [-- --size 500] [-- --query '?mock-apis=aurion'] [-- --root <a checkout of the kit>]
// Bundles a minimal page that starts the mock of all three APIs in the browser (createMock + msw's
// setupWorker, as startBrowserMock does) with Vite, prints the gzip size of the JavaScript the page loads
// up front (lazy chunks such as pdf-lib listed apart; msw's own share, from a page with only setupWorker;
// and the same page built with rolldown's inlineConst off, see docs/serving.md), then opens it in Chromium
// (/usr/bin/chromium, never a downloaded browser) and prints the time from navigation to the first mocked
// response and the longest main-thread task (Long Tasks API). `--root` measures another checkout (e.g. an older commit) the same way.
import { existsSync } from 'node:fs'
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
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

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`
const total = (chunks: Map<string, number>) => [...chunks.values()].reduce((a, b) => a + b, 0)
const list = (chunks: Map<string, number>) => [...chunks].map(([name, gzip]) => `${name} ${kB(gzip)}`).join(', ') || 'none'

const built = await bundle(PAGE)
const mswOnly = await bundle(MSW_ONLY)
// Vite 8's bundler (rolldown) inlines exported constants across modules by default, and copies tldts' 68 kB
// public-suffix string (msw -> tough-cookie -> tldts) into each of its three uses; turned off, it is stored once.
const noInline = await bundle(PAGE, { rolldownOptions: { optimization: { inlineConst: false } } })
try {
  const app = express().use(express.static(join(built.dir, 'dist')))
  const server = createServer(app)
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  const browser = await launchChromium()
  const runs: { firstResponseMs: number; longestTaskMs: number; total: number }[] = []
  try {
    for (let i = 0; i < 3; i++) {
      const page = await browser.newPage()
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/${values.query}`)
      await page.waitForFunction(() => '__result' in window, undefined, { timeout: 120_000 })
      runs.push(await page.evaluate(() => (window as unknown as { __result: (typeof runs)[number] }).__result))
      await page.close()
    }
  } finally {
    await browser.close()
    server.closeAllConnections()
    server.close()
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0
  console.log(`kit: ${KIT} (${HELPER ? 'startBrowserMock defaults' : `createMock, size ${SIZE ?? 'default'}`})`)
  console.log(`up-front JavaScript, Vite defaults: ${kB(total(built.upFront))} gzip (${list(built.upFront)})`)
  console.log(
    `  of which msw (a page with setupWorker and one handler): ${kB(total(mswOnly.upFront))}; the kit: ${kB(total(built.upFront) - total(mswOnly.upFront))}`,
  )
  console.log(`up-front JavaScript, inlineConst off: ${kB(total(noInline.upFront))} gzip (${list(noInline.upFront)})`)
  console.log(`loaded on demand: ${list(built.lazy)}`)
  console.log(`overview total_conversations: ${runs[0]?.total}`)
  console.log(
    `first mocked response after load: median ${Math.round(median(runs.map((r) => r.firstResponseMs)))} ms (${runs.map((r) => Math.round(r.firstResponseMs)).join(', ')})`,
  )
  console.log(
    `longest main-thread task: median ${Math.round(median(runs.map((r) => r.longestTaskMs)))} ms (${runs.map((r) => Math.round(r.longestTaskMs)).join(', ')})`,
  )
} finally {
  for (const { dir } of [built, mswOnly, noInline]) await rm(dir, { recursive: true, force: true })
}
