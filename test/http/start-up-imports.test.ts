// What `analytics-mock serve` loads to start: the server answers through the kit's core, not through MSW
// handlers, so msw (and the graphql it brings, ~230 ms of CPU and their memory) and, without --redis,
// ioredis are never imported; @msw/data is bundled into dist with the five es-toolkit functions it uses, so
// es-toolkit's compat entry (555 modules, ~150 ms) is not loaded either; and @msw/data itself, with the zod
// record schemas, is loaded by the first export, phone search or collections() call only (generators/*/
// collections.ts). Runs the compiled bin with an import hook that records every package and module imported.
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runProcess } from '../support/process.ts'

const ROOT = path.resolve(import.meta.dirname, '../..')
const HOOK = path.join(ROOT, 'test/support/record-imports.mjs')
let dir = ''

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'start-up-imports-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function importedBy(file: string): Promise<Set<string>> {
  return new Set((await readFile(file, 'utf8')).split('\n').filter(Boolean))
}

/**
 * The kit's compiled files among those loaded that bundle @msw/data: esbuild (tsup) marks each bundled
 * source with a `// node_modules/<package>/...` comment.
 */
async function chunksWithMswData(imported: Set<string>): Promise<string[]> {
  const dist = `${path.join(ROOT, 'dist')}${path.sep}`
  const files = [...imported].filter((url) => url.startsWith('file:')).map((url) => fileURLToPath(url))
  const found: string[] = []
  for (const file of files.filter((f) => f.startsWith(dist))) {
    if ((await readFile(file, 'utf8')).includes('// node_modules/@msw/data/')) found.push(path.relative(ROOT, file))
  }
  return found
}

interface Served {
  packages: Set<string>
  status: number
  /** After the first answer: what the first AurionAI export answered, and the packages imported by then. */
  exported?: { status: number; downloaded: number; packages: Set<string> }
}

/** Starts `serve` with the hook, waits until a request is answered, stops it; the packages it imported. */
async function packagesOfServe({ exportAfter = false } = {}, ...extra: string[]): Promise<Served> {
  const record = path.join(dir, `serve-${exportAfter ? 'export' : 'first'}-${extra.length}.txt`)
  const args = ['--import', HOOK, 'bin/analytics-mock.js', 'serve', '--port', '0', '--now', '2026-03-09T12:00:00Z']
  const child = spawn(
    process.execPath,
    [...args, '--conversations', '200', '--chatlayer-conversations', '100', '--nebuly-interactions', '100', ...extra],
    { cwd: ROOT, env: { ...process.env, FORCE_COLOR: '0', RECORD_IMPORTS: record } },
  )
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let output = ''
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString()
        const match = output.match(/listening on (http:\/\/\S+)/)
        if (match) resolve(match[1]!)
      })
      child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${output}`)))
    })
    const { status } = await fetch(`${url}/api/v2/analytics/conversations/overview`)
    const packages = await importedBy(record)
    if (!exportAfter) return { packages, status }
    const credentials = (await (await fetch(`${url}/__mock/credentials`)).json()) as {
      aurion: { sessions: { role: string; token: string }[] }
    }
    const admin = credentials.aurion.sessions.find((s) => s.role === 'tenant_admin')!
    const headers = { Authorization: `Bearer ${admin.token}`, 'Content-Type': 'application/json' }
    const body = JSON.stringify({ format: 'json', scope: 'voice', start_date: '2026-03-01', end_date: '2026-03-08' })
    const created = await fetch(`${url}/api/v1/analytics/export`, { method: 'POST', headers, body })
    const { download_url } = (await created.json()) as { download_url: string }
    const download = await fetch(new URL(download_url, url), { headers })
    return { packages, status, exported: { status: created.status, downloaded: download.status, packages: await importedBy(record) } }
  } finally {
    child.kill()
  }
}

describe('the packages a start loads', () => {
  it('serve answers without importing msw, graphql, ioredis or es-toolkit', async () => {
    const { packages, status } = await packagesOfServe()
    expect(status).toBe(401) // answered by the kit's own pipeline
    expect(packages).toContain('express') // the hook records what the server does import
    for (const name of ['msw', 'msw/node', 'graphql', 'ioredis', 'es-toolkit', 'es-toolkit/compat']) expect(packages).not.toContain(name)
  })

  it('serve answers without loading @msw/data or the zod record schemas; the first export loads them and works', async () => {
    const { packages, status, exported } = await packagesOfServe({ exportAfter: true })
    expect(status).toBe(401)
    expect(packages).not.toContain('zod/mini')
    expect(await chunksWithMswData(packages)).toEqual([])
    expect(exported?.status).toBe(200)
    expect(exported?.downloaded).toBe(200)
    expect(exported?.packages).toContain('zod/mini')
    expect(await chunksWithMswData(exported!.packages)).toHaveLength(1)
  })

  it('the package entry, which builds MSW handlers, does import msw (the same hook sees it)', async () => {
    const record = path.join(dir, 'entry.txt')
    const result = await runProcess(process.execPath, ['--import', HOOK, '--input-type=module', '-e', "await import('./dist/index.js')"], {
      cwd: ROOT,
      env: { ...process.env, RECORD_IMPORTS: record },
    })
    expect(result.code).toBe(0)
    expect(await importedBy(record)).toContain('msw')
  })
})
