// The dashboard's files over HTTP, from the CLI a user starts: the banner names the page, the page and
// its script load, the contracts and Swagger UI's files are served locally, and anything else is a 404.
import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Credentials, OperationSummary } from '../../mocks/index.ts'
import { sampleRequest } from '../../server/dashboard/page/samples.ts'

const ROOT = path.resolve(import.meta.dirname, '../..')
let child: ChildProcess
let output = ''
let url = ''

beforeAll(async () => {
  const args = ['bin/analytics-mock.js', 'serve', '--port', '0', '--now', '2026-03-09T12:00:00Z', '--conversations', '100']
  child = spawn(process.execPath, [...args, '--chatlayer-conversations', '50', '--nebuly-interactions', '50', '--log', 'quiet'], {
    cwd: ROOT,
    env: { ...process.env, FORCE_COLOR: '0' },
  })
  url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const match = output.match(/^Dashboard: (http:\/\/\S+)\/__mock\/$/m)
      if (match?.[1]) resolve(match[1])
    })
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)))
  })
})
afterAll(() => {
  child?.kill()
})

describe('GET /__mock/', () => {
  it('is printed in the banner and serves the page, whose script is the bundled app', async () => {
    expect(output).toContain(`analytics-mock listening on ${url}`)
    const page = await fetch(`${url}/__mock/`)
    expect([page.status, page.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8'])
    const html = await page.text()
    expect(html).toContain('<script type="module" src="/__mock/dashboard/app.js"></script>')
    // No CDN: every URL the page names is on the mock itself.
    expect(html).not.toMatch(/https?:\/\//)
    const script = await fetch(`${url}/__mock/dashboard/app.js`)
    expect([script.status, script.headers.get('content-type')]).toEqual([200, 'text/javascript; charset=utf-8'])
    expect(await script.text()).toContain('analytics-mock dashboard')
  })

  it('redirects /__mock to /__mock/, since the page links relative to it', async () => {
    const response = await fetch(`${url}/__mock`, { redirect: 'manual' })
    expect([response.status, response.headers.get('location')]).toEqual([301, '/__mock/'])
  })

  it('serves the contracts, the data window and Swagger UI locally; anything else is a 404', async () => {
    const aurion = await fetch(`${url}/__mock/dashboard/contracts/aurion.json`)
    expect((await aurion.json()) as { info: { title: string } }).toMatchObject({
      info: { title: 'AurionAI Analytics & Conversations API' },
    })
    const context = await (await fetch(`${url}/__mock/dashboard/context.json`)).json()
    expect(context).toEqual({
      seed: 42,
      data_from: '2025-02-09T12:00:00.000Z',
      data_to: '2026-03-09T12:00:00.000Z',
      public_api_keys: false,
    })
    const swagger = await fetch(`${url}/__mock/dashboard/swagger/swagger-ui-bundle.js`)
    expect([swagger.status, swagger.headers.get('content-type')]).toEqual([200, 'text/javascript; charset=utf-8'])
    await swagger.arrayBuffer()

    for (const missing of ['contracts/openai.json', 'contracts/..%2Fpackage.json', 'swagger/package.json', 'swagger/index.html']) {
      const response = await fetch(`${url}/__mock/dashboard/${missing}`)
      expect([missing, response.status]).toEqual([missing, 404])
      await response.arrayBuffer()
    }
  })
})

describe("the page's sample requests", () => {
  it('answer 200 on every operation but the export download, which needs an id the mock creates', async () => {
    const operations = (await (await fetch(`${url}/__mock/operations`)).json()) as OperationSummary[]
    const credentials = (await (await fetch(`${url}/__mock/credentials`)).json()) as Credentials
    const { now } = (await (await fetch(`${url}/__mock/clock`)).json()) as { now: string }
    const statuses: Record<string, number> = {}
    for (const op of operations) {
      const sample = sampleRequest(op, credentials, now)
      const response = await fetch(url + sample.url, { method: sample.method, headers: sample.headers, body: sample.body })
      statuses[op.operationId] = response.status
      await response.arrayBuffer()
    }
    const download = 'download_export_api_v1_analytics_export__export_id__download_get'
    expect(Object.keys(statuses)).toHaveLength(22)
    expect(statuses).toEqual(Object.fromEntries(operations.map((op) => [op.operationId, op.operationId === download ? 404 : 200])))
  })
})
