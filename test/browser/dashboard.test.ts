// The dashboard at /__mock/ driven like a user in Chromium (playwright-core with the system's
// /usr/bin/chromium, never a downloaded browser) against a real server on port 0. Each panel's
// screenshot goes to test-artifacts/dashboard/ (CI keeps that folder as an artifact).
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { gzipSync } from 'node:zlib'
import express from 'express'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { once } from 'node:events'
import type { AddressInfo } from 'node:net'
import { adminRouter } from '../../server/admin.ts'
import { dashboardRouter } from '../../server/dashboard/router.ts'
import { startServer, type RunningServer } from '../../server/serve.ts'
import { ROOT } from './build.ts'
import { CHROMIUM, launchChromium } from '../support/chromium.ts'

const CURL = '/usr/bin/curl'
const SHOTS = join(ROOT, 'test-artifacts', 'dashboard')
const NOW = new Date('2026-03-09T12:00:00Z')
const CSAT = 'get_csat_analytics_api_v2_analytics_conversations_csat_get'
const OVERVIEW = 'get_conversation_overview_api_v2_analytics_conversations_overview_get'
const EXPORT = 'request_export_api_v1_analytics_export_post'
const LIST_EXPORTS = 'list_exports_api_v1_analytics_exports_get'
const DOWNLOAD = 'download_export_api_v1_analytics_export__export_id__download_get'
/** axe impacts that fail the test. */
const BLOCKING_IMPACTS = ['serious', 'critical']

const missing = [CHROMIUM, CURL].filter((file) => !existsSync(file))
if (missing.length > 0) {
  // In CI the screenshots are the run's artifact (.ci/run checks for them): there a missing browser fails.
  if (process.env.CI) throw new Error(`the dashboard test must run in CI: ${missing.join(' and ')} not found`)
  console.warn(`[browser] skipping the dashboard test: ${missing.join(' and ')} not found (CI's .ci/run apt-installs chromium and curl)`)
}

interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[] }[]
}

describe.skipIf(missing.length > 0)('dashboard at /__mock/ in Chromium', () => {
  let server: RunningServer
  let browser: Browser
  let page: Page
  const problems: string[] = []
  const axeFindings: string[] = []

  beforeAll(async () => {
    server = await startServer({ port: 0, seed: 42, now: NOW, size: 400, frozenClock: true })
    browser = await launchChromium()
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url })
    page = await context.newPage()
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console.error: ${message.text()}`)
    })
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
    await mkdir(SHOTS, { recursive: true })
  })

  afterAll(async () => {
    if (axeFindings.length > 0)
      console.log(`[dashboard] axe findings that do not fail the test (minor or moderate):\n  ${axeFindings.join('\n  ')}`)
    await browser?.close()
    await server?.close()
  })

  async function openPanel(name: string): Promise<void> {
    await page.getByRole('navigation', { name: 'Panels' }).getByRole('button', { name, exact: true }).click()
    await page.getByRole('heading', { level: 2, name, exact: true }).waitFor()
  }

  /** axe-core in the page; serious or critical violations fail, the rest is printed. */
  async function checkAccessibility(panel: string, scope: { include?: string; exclude?: string[] } = {}): Promise<void> {
    if (!(await page.evaluate(() => 'axe' in window))) {
      await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') })
    }
    const violations = await page.evaluate(
      async ({ include, exclude }) => {
        const axe = (window as unknown as { axe: { run(context: unknown): Promise<{ violations: AxeViolation[] }> } }).axe
        const { violations } = await axe.run({ include: [[include]], exclude: exclude.map((selector) => [selector]) })
        return violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map((n) => ({ target: n.target })) }))
      },
      { include: scope.include ?? 'body', exclude: scope.exclude ?? [] },
    )
    const where = (v: AxeViolation) =>
      v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(', ') + (v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : '')
    const describe = (v: AxeViolation) => `${panel}: ${v.impact} ${v.id} (${v.help}) at ${where(v)}`
    const fails = (v: AxeViolation) => BLOCKING_IMPACTS.includes(v.impact ?? '')
    axeFindings.push(...violations.filter((v) => !fails(v)).map(describe))
    expect(violations.filter(fails).map(describe)).toEqual([])
  }

  const operation = (id: string) => page.locator(`article[data-operation="${id}"]`)

  /** Clicks "Try it" on an operation and returns the status it shows. */
  async function tryIt(id: string): Promise<number> {
    const card = operation(id)
    const previous =
      (await card.locator('[data-result]').count()) > 0 ? await card.locator('[data-result]').getAttribute('data-attempt') : '0'
    await card.getByRole('button', { name: 'Try it' }).click()
    const answer = card.locator(`[data-result][data-attempt="${Number(previous) + 1}"]`)
    return Number(await answer.locator('[data-status]').getAttribute('data-status'))
  }

  it('opens with every panel, its script under 100 kB gzip, and no console error', async () => {
    const started = performance.now()
    await page.goto(`${server.url}/__mock/`)
    await page.locator('body[data-ready="true"]').waitFor()
    const interactiveMs = performance.now() - started
    const script = await (await fetch(`${server.url}/__mock/dashboard/app.js`)).arrayBuffer()
    const gzipKb = gzipSync(Buffer.from(script)).length / 1024
    console.log(
      `[dashboard] interactive after ${Math.round(interactiveMs)} ms; page script ${(script.byteLength / 1024).toFixed(1)} kB, ${gzipKb.toFixed(1)} kB gzip`,
    )
    expect(gzipKb).toBeLessThan(100)
    await expect(page.locator('article[data-operation]').count()).resolves.toBe(22)
    await page.screenshot({ path: join(SHOTS, 'operations.png'), fullPage: false })
    await checkAccessibility('Operations')
    expect(problems).toEqual([])
  })

  it('copies a curl line that answers 200 when run', async () => {
    await operation(OVERVIEW).getByRole('button', { name: 'Copy curl' }).click()
    await operation(OVERVIEW).getByText('Copied').waitFor()
    const line = await page.evaluate(() => navigator.clipboard.readText())
    expect(line).toMatch(/^curl -sS 'http:\/\/127\.0\.0\.1:\d+\/api\/v2\/analytics\/conversations\/overview' -H 'Authorization: Bearer /)
    const { stdout } = await promisify(execFile)('sh', ['-c', `${line} -o /dev/null -w '%{http_code}'`])
    expect(stdout).toBe('200')
  })

  it('creates "csat 503 for the next 2 requests" in the form: 503, 503, then 200', async () => {
    await openPanel('Scenarios')
    const form = page.getByRole('form', { name: 'New scenario' })
    await form.getByLabel('Operation').selectOption(CSAT)
    // What only the admin API can refuse (a status the operation does not document) comes back as its
    // 422, naming the field, and creates nothing.
    await form.getByLabel('Times').fill('2')
    await form.getByLabel('Status').fill('418')
    await form.getByRole('button', { name: 'Create scenario' }).click()
    await expect
      .poll(() => page.getByRole('alert').allTextContents())
      .toEqual([
        expect.stringMatching(/^POST \/__mock\/scenarios: 422 body\.respond\.status: Value error, get_csat_\w+ documents 200, 401/),
      ])
    expect(server.mock.scenarios.list()).toEqual([])
    await form.getByLabel('Status').fill('503')
    await form.getByLabel('Times').fill('2')
    await form.getByRole('button', { name: 'Create scenario' }).click()
    await expect.poll(() => page.locator('[data-times-left]').textContent()).toBe('2')
    await page.screenshot({ path: join(SHOTS, 'scenarios.png') })
    await checkAccessibility('Scenarios')

    await openPanel('Operations')
    const statuses = [await tryIt(CSAT), await tryIt(CSAT), await tryIt(CSAT)]
    expect(statuses).toEqual([503, 503, 200])
  })

  it('shows those three requests in the journal, filtered by operation', async () => {
    await openPanel('Journal')
    await page.getByLabel('Operation').selectOption(CSAT)
    const rows = page.locator(`details[data-journal-row][data-operation="${CSAT}"]`)
    // Polled, not read once: choosing an operation reopens the stream, so the unfiltered rows may still be on
    // the page for a moment before the panel clears them and shows the filtered ones.
    await expect
      .poll(() => rows.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-status'))))
      .toEqual(['200', '503', '503'])
    // Live: the panel follows the journal's event stream, so a request made elsewhere shows without a reload.
    await expect.poll(() => page.locator('[data-journal-mode]').getAttribute('data-journal-mode')).toBe('stream')
    const session = server.mock.credentials().aurion.sessions[0]?.token ?? 'no token'
    const outside = await fetch(`${server.url}/api/v2/analytics/conversations/csat`, { headers: { Authorization: `Bearer ${session}` } })
    expect(outside.status).toBe(200)
    await expect.poll(() => rows.count()).toBe(4)
    await rows.first().locator('summary').click()
    const opened = await rows.first().textContent()
    expect(opened).toContain('"status": 200')
    // Never a secret: the page shows what the journal holds, which has no header.
    const token = server.mock.credentials().aurion.sessions[0]?.token ?? 'no token'
    expect(await page.locator('.journal').textContent()).not.toContain(token)
    await page.screenshot({ path: join(SHOTS, 'journal.png') })
    await checkAccessibility('Journal')
  })

  it('advances the clock a day and an export expires', async () => {
    await openPanel('Operations')
    expect(await tryIt(EXPORT)).toBe(200)
    expect(await tryIt(LIST_EXPORTS)).toBe(200)
    expect(JSON.parse((await operation(LIST_EXPORTS).locator('[data-body]').textContent()) ?? '').exports).toHaveLength(1)

    await openPanel('Clock')
    await page.getByRole('button', { name: 'Advance 1 day' }).click()
    await expect.poll(() => page.locator('[data-clock-now]').textContent()).toBe('2026-03-10T12:00:00.000Z')
    await page.screenshot({ path: join(SHOTS, 'clock.png') })
    await checkAccessibility('Clock')

    await openPanel('Operations')
    expect(await tryIt(LIST_EXPORTS)).toBe(200)
    expect(JSON.parse((await operation(LIST_EXPORTS).locator('[data-body]').textContent()) ?? '').exports).toEqual([])
  })

  it('tries the export download on a real export: requested when there is none, then the listed one', async () => {
    // The export of the previous test has expired: the first click requests one, the second finds it listed.
    await openPanel('Operations')
    expect(await tryIt(DOWNLOAD)).toBe(200)
    expect(await operation(DOWNLOAD).locator('[data-body]').textContent()).toMatch(/^\S+,/)
    expect(await tryIt(DOWNLOAD)).toBe(200)
    expect(await tryIt(LIST_EXPORTS)).toBe(200)
    const listed = JSON.parse((await operation(LIST_EXPORTS).locator('[data-body]').textContent()) ?? '') as {
      exports: { download_url: string }[]
    }
    expect(listed.exports).toHaveLength(1)
    // The card's curl line now names that export, and runs as copied.
    await expect(operation(DOWNLOAD).locator('[data-curl]').textContent()).resolves.toContain(listed.exports[0]?.download_url)
    await operation(DOWNLOAD).getByRole('button', { name: 'Copy curl' }).click()
    await operation(DOWNLOAD).getByText('Copied').waitFor()
    const line = await page.evaluate(() => navigator.clipboard.readText())
    const { stdout } = await promisify(execFile)('sh', ['-c', `${line} -o /dev/null -w '%{http_code}'`])
    expect(stdout).toBe('200')
  })

  it('shows the credentials with copy buttons', async () => {
    // Keyboard only: the panel buttons are buttons.
    await page.getByRole('navigation', { name: 'Panels' }).getByRole('button', { name: 'Credentials' }).focus()
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { level: 2, name: 'Credentials' }).waitFor()
    const token = server.mock.credentials().aurion.sessions[0]?.token ?? 'no token'
    await expect.poll(() => page.getByText(token, { exact: true }).count()).toBe(1)
    await page.screenshot({ path: join(SHOTS, 'credentials.png') })
    await checkAccessibility('Credentials')
  })

  it('resets after a confirmation', async () => {
    await openPanel('Reset')
    await page.getByRole('button', { name: 'Reset the mock…' }).click()
    await page.getByRole('button', { name: 'Yes, reset' }).click()
    await page.getByText(`Reset: the clock is back at ${NOW.toISOString()}.`).waitFor()
    expect(server.mock.clock.now().toISOString()).toBe(NOW.toISOString())
    expect(server.mock.journal.list({}).filter((entry) => !entry.path.startsWith('/__mock'))).toEqual([])
    await page.screenshot({ path: join(SHOTS, 'reset.png') })
    await checkAccessibility('Reset')
  })

  it("opens the AurionAI reference and finds the conversations list's limit parameter", async () => {
    await openPanel('API reference')
    await page.getByRole('button', { name: 'AurionAI' }).click()
    // Swagger UI names each operation's block operations-<tag>-<operationId>.
    const list = page.locator('[id$="-list_conversations_v2_api_v2_conversations_get"]')
    await list.locator('.opblock-summary-control').click()
    await list.locator('tr[data-param-name="limit"]').waitFor()
    await expect(list.locator('tr[data-param-name="limit"]').textContent()).resolves.toContain('query')
    await expect(page.locator('#api-reference mark').count()).resolves.toBeGreaterThan(1)
    await page.screenshot({ path: join(SHOTS, 'api-reference.png') })
    // Swagger UI's markup too: the page darkens its light colours and names its selects (moderate findings
    // of its own, such as its <main> inside the page's landmarks, are printed).
    await checkAccessibility('API reference', { exclude: ['#api-reference'] })
    await checkAccessibility('Swagger UI (AurionAI)', { include: '#api-reference' })
    await page.getByRole('button', { name: 'Mock admin' }).click()
    await page.locator('#api-reference .opblock-delete').first().waitFor()
    await checkAccessibility('Swagger UI (mock admin)', { include: '#api-reference' })
    // Chromium logs every non-2xx fetch; the only ones expected are the refused scenario and the two 503s it forced.
    const failed = (status: string) => `console.error: Failed to load resource: the server responded with a status of ${status}`
    expect(problems).toEqual([
      failed('422 (Unprocessable Entity)'),
      failed('503 (Service Unavailable)'),
      failed('503 (Service Unavailable)'),
    ])
  })

  it('falls back to polling when the journal stream fails', async () => {
    await page.route('**/__mock/requests/stream*', (route) => route.abort())
    try {
      await openPanel('Operations')
      expect(await tryIt(OVERVIEW)).toBe(200)
      await openPanel('Journal')
      await expect.poll(() => page.locator('[data-journal-mode]').getAttribute('data-journal-mode')).toBe('polling')
      await page.getByLabel('Operation').selectOption(OVERVIEW)
      await expect.poll(() => page.locator(`details[data-journal-row][data-operation="${OVERVIEW}"]`).count()).toBe(1)
      const session = server.mock.credentials().aurion.sessions[0]?.token ?? 'no token'
      const outside = await fetch(`${server.url}/api/v2/analytics/conversations/overview`, {
        headers: { Authorization: `Bearer ${session}` },
      })
      expect(outside.status).toBe(200)
      await expect.poll(() => page.locator(`details[data-journal-row][data-operation="${OVERVIEW}"]`).count()).toBe(2)
    } finally {
      await page.unroute('**/__mock/requests/stream*')
    }
  })

  it('asks once for the admin token when /__mock is guarded, and keeps it for the tab', async () => {
    // The guard a non-loopback bind puts in front of the admin API (Authorization: Bearer <token>).
    const app = express()
    app.use('/__mock', dashboardRouter(server.mock))
    app.use('/__mock', (req, res, next) => {
      if (req.get('authorization') === 'Bearer s3cret') next()
      else res.status(401).json({ detail: 'admin token required' })
    })
    app.use('/__mock', adminRouter(server.mock))
    const guarded = app.listen(0, '127.0.0.1')
    await once(guarded, 'listening')
    const origin = `http://127.0.0.1:${(guarded.address() as AddressInfo).port}`
    const tab = await browser.newPage()
    try {
      await tab.goto(`${origin}/__mock/`)
      await tab.getByLabel('Admin token').fill('wrong')
      await tab.getByRole('button', { name: 'Use token' }).click()
      // A wrong token is asked for again; the right one loads the panels.
      await tab.getByLabel('Admin token').fill('s3cret')
      await tab.getByRole('button', { name: 'Use token' }).click()
      await tab.locator('body[data-ready="true"]').waitFor()
      expect(await tab.locator('article[data-operation]').count()).toBe(22)
      await tab.reload()
      await tab.locator('body[data-ready="true"]').waitFor()
      expect(await tab.getByLabel('Admin token').count()).toBe(0)
    } finally {
      await tab.close()
      guarded.closeAllConnections()
      await new Promise<void>((resolve) => guarded.close(() => resolve()))
    }
  })
})
