// The import boundaries are Biome lint rules (biome.jsonc `overrides`, run by `npm run lint`). This test
// lints deliberately broken files placed where the rules apply, in a scratch copy of the layout, and shows
// each rule failing; allowed imports at the same places stay clean.
import { execFile } from 'node:child_process'
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const BIOME = path.join(ROOT, 'node_modules', '.bin', 'biome')

const IMPORTS = 'lint/style/noRestrictedImports'
const NODE_MODULES = 'lint/correctness/noNodejsModules'
const NODE_GLOBALS = 'lint/style/noRestrictedGlobals'
const NODE_PROTOCOL = 'lint/style/useNodejsImportProtocol'

/** One file per broken rule: its path in the layout, its source, the rules that must fire. */
const BROKEN: Record<string, { source: string; rules: string[] }> = {
  // mocks/** and generators/** run in a browser
  'mocks/aurion/node-import.ts': {
    source: "import { readFileSync } from 'node:fs'\nexport { readFileSync }",
    rules: [NODE_MODULES, IMPORTS],
  },
  'mocks/lib/bare-builtin.ts': { source: "import path from 'path'\nexport { path }", rules: [NODE_MODULES, NODE_PROTOCOL] },
  'mocks/core/re-export.ts': { source: "export { createHash } from 'node:crypto'", rules: [NODE_MODULES, IMPORTS] },
  // A type-only import is erased before it runs; the import rule still keeps node: out of the folder.
  'generators/lib/type-import.ts': {
    source: "import type { Readable } from 'node:stream'\nexport type { Readable }",
    rules: [IMPORTS],
  },
  'mocks/nebuly/dynamic-import.ts': { source: "export const zlib = await import('node:zlib')", rules: [NODE_MODULES, IMPORTS] },
  'mocks/core/process.ts': { source: 'export const home = process.env.HOME', rules: [NODE_GLOBALS] },
  'generators/aurion/buffer.ts': { source: "export const bytes = Buffer.from('x')", rules: [NODE_GLOBALS] },
  'mocks/core/express.ts': { source: "import express from 'express'\nexport const app = express()", rules: [IMPORTS] },
  'mocks/aurion/msw-node.ts': { source: "export { setupServer } from 'msw/node'", rules: [IMPORTS] },
  'mocks/aurion/routes/server.ts': { source: "export { createApp } from '../../../server/app.ts'", rules: [IMPORTS] },
  // mocks/core and mocks/lib (and generators/lib) know no API
  'mocks/core/api.ts': { source: "export { aurionHandlers } from '../aurion/index.ts'", rules: [IMPORTS] },
  'mocks/lib/api.ts': { source: "export * from '../nebuly/access.ts'", rules: [IMPORTS] },
  'generators/lib/api.ts': { source: "export * from '../chatlayer/model.ts'", rules: [IMPORTS] },
  // one API never imports another, in mocks/ and in generators/
  'mocks/aurion/other-api.ts': { source: "export * from '../chatlayer/routes.ts'", rules: [IMPORTS] },
  'mocks/chatlayer/reports/other-api.ts': { source: "export * from '../../nebuly/reports/aggregates.ts'", rules: [IMPORTS] },
  'mocks/nebuly/other-generator.ts': { source: "export * from '../../generators/aurion/model.ts'", rules: [IMPORTS] },
  'generators/aurion/other-api.ts': { source: "export * from '../nebuly/world.ts'", rules: [IMPORTS] },
  'generators/chatlayer/mocks.ts': { source: "export * from '../../mocks/chatlayer/access.ts'", rules: [IMPORTS] },
  // contracts/ imports nothing from mocks/ (the generated documents included)
  'contracts/from-mocks.ts': { source: "export * from '../mocks/core/errors.ts'", rules: [IMPORTS] },
  'contracts/generated/x-document.ts': { source: "export * from '../../mocks/aurion/access.ts'", rules: [IMPORTS] },
}

/** Imports the layout allows, at the same places. */
const ALLOWED: Record<string, string> = {
  'mocks/entry.ts': "export * from './aurion/index.ts'\nexport * from './core/errors.ts'",
  'mocks/aurion/reports/ok.ts': [
    "import { http } from 'msw'",
    "import { faker } from '@faker-js/faker'",
    "export * from '../../core/errors.ts'",
    "export * from '../../lib/rounding.ts'",
    "export * from '../../../generators/aurion/model.ts'",
    "export type * from '../../../contracts/generated/aurion.ts'",
    'export const now = () => performance.now() + new TextEncoder().encode(faker.lorem.word()).length',
    'export { http }',
  ].join('\n'),
  'mocks/core/ok.ts': "export type * from '../../contracts/openapi.ts'\nexport * from '../lib/lists.ts'",
  'generators/nebuly/ok.ts': "export * from '../lib/seeded.ts'\nexport * from './model.ts'",
  'server/ok.ts':
    "import express from 'express'\nimport { readFile } from 'node:fs/promises'\nexport * from '../mocks/index.ts'\nexport { express, readFile }",
}

interface Finding {
  file: string
  rule: string
}

let scratch = ''
let findings: Finding[] = []

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'import-boundaries-'))
  await copyFile(path.join(ROOT, 'biome.jsonc'), path.join(scratch, 'biome.jsonc'))
  const files = { ...Object.fromEntries(Object.entries(BROKEN).map(([file, { source }]) => [file, source])), ...ALLOWED }
  for (const [file, source] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(scratch, file)), { recursive: true })
    await writeFile(path.join(scratch, file), `${source}\n`)
  }
  // The GitHub reporter prints one stable line per diagnostic: ::error title=<rule>,file=<path>,...
  const output = await new Promise<string>((resolve) => {
    execFile(
      BIOME,
      ['lint', '--vcs-enabled=false', '--reporter=github', '--max-diagnostics=none', '.'],
      { cwd: scratch },
      (_error, stdout) => resolve(stdout),
    )
  })
  findings = [...output.matchAll(/^::\w+ title=([^,]+),file=([^,]+),/gm)].map((m) => ({
    rule: m[1]!,
    file: path.relative(scratch, m[2]!).split(path.sep).join('/'),
  }))
})

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true })
})

const rulesOf = (file: string) => [...new Set(findings.filter((f) => f.file === file).map((f) => f.rule))].sort()
const sorted = (rules: string[]) => [...rules].sort()

describe('import boundaries (biome.jsonc overrides)', () => {
  it.each(Object.entries(BROKEN))('%s breaks a boundary', (file, { rules }) => {
    expect(rulesOf(file)).toEqual(sorted(rules))
  })

  it.each(Object.keys(ALLOWED))('%s stays clean', (file) => {
    expect(rulesOf(file)).toEqual([])
  })

  it('reports no file outside the samples', () => {
    const known = new Set([...Object.keys(BROKEN), ...Object.keys(ALLOWED)])
    expect(findings.filter((f) => !known.has(f.file))).toEqual([])
  })
})
