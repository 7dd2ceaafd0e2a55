// The kit's handlers in a real browser: bundled with esbuild for platform 'browser', served by a static
// Express server on port 0, started with msw's setupWorker in Chromium (playwright-core, the system's
// /usr/bin/chromium, never a downloaded browser). Every probe's status, headers and body must equal what
// the same handlers give in Node through msw's getResponse for the same Request.
import { once } from 'node:events'
import { existsSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { build } from 'esbuild'
import express from 'express'
import { getResponse } from 'msw'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMock } from '../../mocks/index.ts'
import { browserBuildOptions, buildBrowserBundle, ROOT, type BrowserBundle } from './build.ts'
import { PROBES, probeMockOptions, probeRequest, readProbeResult, type ControlsResult, type ProbeName, type ProbeResult } from './probes.ts'
import { CHROMIUM, launchChromium } from '../support/chromium.ts'

const hasChromium = existsSync(CHROMIUM)
if (!hasChromium) {
  console.warn(
    `[browser] skipping the setupWorker test: ${CHROMIUM} not found (install it with \`apt-get install -y chromium\`; CI's .ci/run does)`,
  )
}

/** Bundles a few lines of source as if they were a file under mocks/, with the kit's browser options. */
async function bundleSample(contents: string, options: { guard: boolean } = { guard: true }): Promise<unknown> {
  return build({
    ...browserBuildOptions(),
    ...(options.guard ? {} : { plugins: [] }),
    stdin: { contents, resolveDir: `${ROOT}mocks`, sourcefile: 'sample.ts', loader: 'ts' },
    write: false,
  })
}

describe('browser bundle', () => {
  it('fails when code under mocks/ imports a Node built-in', async () => {
    await expect(bundleSample(`import { readFileSync } from 'node:fs'\nexport const read = readFileSync`)).rejects.toThrow(
      /Node built-in "node:fs" imported by mocks\/sample\.ts/,
    )
    // esbuild alone already refuses node:* for platform 'browser'; the guard only makes the message plain.
    await expect(
      bundleSample(`import { readFileSync } from 'node:fs'\nexport const read = readFileSync`, { guard: false }),
    ).rejects.toThrow(/node:fs/)
    await expect(bundleSample(`import { createHash } from 'crypto'\nexport const hash = createHash`)).rejects.toThrow(
      /Node built-in "crypto" imported by mocks\/sample\.ts/,
    )
  })

  it("fails on a dependency whose entry pulls in Node built-ins (rate-limiter-flexible's root)", async () => {
    await expect(bundleSample(`export { RateLimiterMemory } from 'rate-limiter-flexible'`)).rejects.toThrow(
      /Node built-in "(cluster|crypto)" imported by node_modules\/rate-limiter-flexible\//,
    )
  })
})

describe.skipIf(!hasChromium)('setupWorker in Chromium', () => {
  let bundle: BrowserBundle | undefined
  let server: Server | undefined
  let browser: Browser | undefined
  let origin = ''
  const browserResults = new Map<ProbeName, ProbeResult>()
  const nodeResults = new Map<ProbeName, ProbeResult>()
  let controls: ControlsResult | undefined

  beforeAll(async () => {
    bundle = await buildBrowserBundle()

    const app = express()
    app.use(express.static(bundle.dir))
    server = createServer(app)
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

    browser = await launchChromium(['--disable-quic'])
    const page = await browser.newPage()
    const pageLog: string[] = []
    page.on('console', (message) => pageLog.push(`console.${message.type()}: ${message.text()}`))
    page.on('pageerror', (error) => pageLog.push(`pageerror: ${error.message}`))
    await page.goto(`${origin}/`)
    await page
      .waitForFunction(() => window.__ready === true, undefined, { timeout: 60_000 })
      .catch((error: unknown) => {
        throw new Error(`the browser entry never set window.__ready: ${String(error)}\n${pageLog.join('\n')}`)
      })
    const outcome = await page.evaluate(() => ({ results: window.__results, error: window.__error, controls: window.__controls }))
    controls = outcome.controls
    if (outcome.error !== undefined || outcome.results === undefined) {
      throw new Error(`the browser entry failed: ${outcome.error ?? 'no results'}\n${pageLog.join('\n')}`)
    }
    for (const result of outcome.results) browserResults.set(result.name, result)

    // The Node side: an identically created mock, the same Requests, msw's network-free resolution.
    const mock = await createMock(probeMockOptions())
    const token = mock.credentials().aurion.sessions[0]?.token ?? ''
    for (const probe of PROBES) {
      const response = await getResponse(mock.handlers, probeRequest(probe, origin, token))
      if (!response) throw new Error(`no handler answered ${probe.path} in Node`)
      nodeResults.set(probe.name, await readProbeResult(probe.name, response))
    }
  })

  afterAll(async () => {
    await browser?.close()
    if (server) {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server?.close(() => resolve()))
    }
    if (bundle) await rm(bundle.dir, { recursive: true, force: true })
  })

  function results(name: ProbeName): { inBrowser: ProbeResult; inNode: ProbeResult } {
    const inBrowser = browserResults.get(name)
    const inNode = nodeResults.get(name)
    if (!inBrowser || !inNode) throw new Error(`no result for probe ${name}`)
    return { inBrowser, inNode }
  }

  it('serves the overview with a body byte-identical to Node', () => {
    const { inBrowser, inNode } = results('overview')
    expect(inBrowser.status).toBe(200)
    expect(inBrowser.headers['content-type']).toBe('application/json')
    // Bodies are strictly decoded UTF-8 (probes.ts), so equal strings are equal bytes.
    expect(inBrowser.body).toBe(inNode.body)
    expect(new TextEncoder().encode(inBrowser.body).byteLength).toBe(new TextEncoder().encode(inNode.body).byteLength)
    expect(JSON.parse(inBrowser.body)).toMatchObject({ total_conversations: expect.any(Number), channel_distribution: expect.any(Array) })
  })

  it('refuses a request without credentials with 401 and WWW-Authenticate', () => {
    const { inBrowser } = results('unauthenticated')
    expect(inBrowser.status).toBe(401)
    expect(inBrowser.headers['www-authenticate']).toBe('Bearer')
    expect(JSON.parse(inBrowser.body)).toEqual({ detail: 'Missing authentication credentials' })
  })

  it('answers Prefer: code=429 with Retry-After and the rate-limit headers', () => {
    const { inBrowser } = results('prefer-429')
    expect(inBrowser.status).toBe(429)
    expect(inBrowser.headers['retry-after']).toMatch(/^\d+$/)
    expect(Number(inBrowser.headers['retry-after'])).toBeGreaterThan(0)
    expect(inBrowser.headers['x-ratelimit-limit']).toBe('300')
    expect(inBrowser.headers['x-ratelimit-remaining']).toBe('0')
    expect(JSON.parse(inBrowser.body)).toMatchObject({ detail: expect.any(String) })
  })

  it('rejects limit=0 on csat/responses with the 422 validation body', () => {
    const { inBrowser } = results('limit-0')
    expect(inBrowser.status).toBe(422)
    expect(JSON.parse(inBrowser.body)).toEqual({
      detail: [
        {
          type: 'greater_than_equal',
          loc: ['query', 'limit'],
          msg: 'Input should be greater than or equal to 1',
          input: '0',
          ctx: { ge: 1 },
        },
      ],
    })
  })

  it('answers forced 5xx from the Prefer header and the __code query form', () => {
    expect([results('prefer-503').inBrowser.status, results('prefer-503').inBrowser.headers['retry-after']]).toEqual([503, '30'])
    expect(JSON.parse(results('query-code-500').inBrowser.body)).toEqual({ detail: 'Internal server error' })
  })

  it('runs the in-process controls: a scenario answering twice, a reset fault as a network error, journal and reset', () => {
    expect(controls).toEqual({ statuses: [503, 503, 200], reset: 'TypeError', journaled: 4, afterReset: 0 })
  })

  it('gives every probe the same status, headers and body as Node', () => {
    for (const probe of PROBES) {
      const { inBrowser, inNode } = results(probe.name)
      expect({ name: probe.name, status: inBrowser.status, headers: inBrowser.headers, body: inBrowser.body }).toEqual({
        name: probe.name,
        status: inNode.status,
        headers: inNode.headers,
        body: inNode.body,
      })
    }
  })
})
