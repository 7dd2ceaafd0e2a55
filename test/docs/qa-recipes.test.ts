// docs/qa-recipes.md runs as written: each shell block (after the Setup block's variables) runs in
// bash against a real server, and prints what the text block under it says (`…` matches anything).
import { spawnSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningServer } from '../../server/serve.ts'
import { startTestServer } from '../support/http.ts'
import { runProcess, type ProcessResult } from '../support/process.ts'

const DOC = new URL('../../docs/qa-recipes.md', import.meta.url)
const DOC_URL = 'http://127.0.0.1:4010'
const hasCurl = spawnSync('curl', ['--version']).status === 0

interface Recipe {
  heading: string
  command: string
  expected: string
}

/** Each ```sh block with the ```text block right after it, under its heading. */
function recipes(markdown: string): Recipe[] {
  const found: Recipe[] = []
  let heading = ''
  const blocks = /^## (.+)$|```sh\n([\s\S]*?)```\n\n```text\n([\s\S]*?)```/gm
  for (const match of markdown.matchAll(blocks)) {
    if (match[1]) heading = match[1]
    else found.push({ heading, command: match[2]!, expected: match[3]!.trimEnd() })
  }
  return found
}

function bash(script: string): Promise<ProcessResult> {
  return runProcess('bash', ['-c', script])
}

function pattern(expected: string): RegExp {
  const escaped = expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/…/g, '[\\s\\S]*?')
  return new RegExp(`^${escaped}$`)
}

let server: RunningServer
let all: Recipe[] = []

beforeAll(async () => {
  all = recipes(await readFile(DOC, 'utf8'))
  server = await startTestServer({ size: 300, chatlayerConversations: 300, nebulyInteractions: 300 })
})
afterAll(async () => {
  await server?.close()
})

describe.skipIf(!hasCurl)('docs/qa-recipes.md', () => {
  it('has a setup block and the recipes the QA page promises', () => {
    expect(all[0]?.heading).toBe('Setup')
    expect(all).toHaveLength(8)
    expect([...new Set(all.map((r) => r.heading))]).toEqual(
      expect.arrayContaining([
        "Make the dashboard's CSAT call fail with 503 for the next 3 requests",
        'Make the conversations list slow',
        'Simulate an outage',
        'See what the app sent',
      ]),
    )
  })

  it('every recipe prints what the page says', async () => {
    const setup = all[0]!.command.replaceAll(DOC_URL, server.url)
    for (const recipe of all) {
      const script = recipe === all[0] ? setup : `${setup.replace(/^echo .*$/m, '')}\n${recipe.command.replaceAll(DOC_URL, server.url)}`
      const { stdout, stderr } = await bash(script)
      expect(stdout.trimEnd(), `${recipe.heading}\n${recipe.command}\n${stderr}`).toMatch(pattern(recipe.expected))
    }
  })
})
