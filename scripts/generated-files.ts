// Renders the files of contracts/generated/ in memory, so that `npm run generate` writes them and the
// staleness test compares them with the committed ones through the same code.
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import path from 'node:path'
import openapiTS, { astToString } from 'openapi-typescript'
import { parse } from 'yaml'

export const APIS = ['aurion', 'chatlayer', 'nebuly'] as const
export type Api = (typeof APIS)[number]
/** Every contract that gets generated files: the three vendor APIs and the mock's own admin API. */
export const CONTRACTS = [...APIS, 'mock-admin'] as const
export type ContractName = (typeof CONTRACTS)[number]

export const ROOT = fileURLToPath(new URL('..', import.meta.url))
const CONTRACTS_DIR = path.join(ROOT, 'contracts')
export const GENERATED_DIR = path.join(CONTRACTS_DIR, 'generated')

export interface RenderOptions {
  /** Where `<api>.yaml` is read from; the staleness test points it at a modified copy. */
  contractsDir?: string
}

function banner(api: ContractName): string {
  return `// generated: edit the contract (contracts/${api}.yaml) and run npm run generate\n`
}

export function contractPath(api: ContractName, options: RenderOptions = {}): string {
  return path.join(options.contractsDir ?? CONTRACTS_DIR, `${api}.yaml`)
}

/** x-kit-choice and x-vendor-schema are for verify (read from the YAML); the mock's runtime copy leaves them out. */
function withoutVerifyMarkers(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutVerifyMarkers)
  if (typeof node !== 'object' || node === null) return node
  const entries = Object.entries(node).filter(([key]) => key !== 'x-kit-choice' && key !== 'x-vendor-schema')
  return Object.fromEntries(entries.map(([key, value]) => [key, withoutVerifyMarkers(value)]))
}

/** Prose for readers (Swagger UI, the dashboard): the runtime copy the mock compiles leaves it out. */
const PROSE = new Set(['description', 'summary', 'tags', 'externalDocs'])

/** Values that are data (an example's body, a default), kept as written whatever their keys. */
const DATA = new Set(['example', 'value', 'default', 'enum'])

/** Without descriptions and summaries: the same contract at half the size in a browser bundle. */
function withoutProse(node: unknown, key = ''): unknown {
  if (Array.isArray(node)) return node.map((item) => withoutProse(item))
  if (typeof node !== 'object' || node === null || DATA.has(key) || key.startsWith('x-')) return node
  // Under `properties` the keys are field names (a field may be called `description`), not keywords.
  const entries = Object.entries(node).filter(([name]) => key === 'properties' || !PROSE.has(name))
  return Object.fromEntries(entries.map(([name, value]) => [name, withoutProse(value, name)]))
}

type Json = Record<string, unknown>

/**
 * Without the schemas of response bodies, and the component schemas only those referenced: the mock answers
 * from its worlds and the contract's examples and never validates its own answers at run time (the
 * contract tests and verify check them against the whole document). What a request is validated against,
 * and every example, default and header, stays.
 */
export function withoutResponseSchemas(document: Json): Json {
  const copy = structuredClone(document)
  const paths = (copy.paths ?? {}) as Record<string, Record<string, { responses?: Json }>>
  const components = (copy.components ?? {}) as { responses?: Json; schemas?: Json }
  const responses = [
    ...Object.values(paths).flatMap((item) => Object.values(item).flatMap((op) => Object.values(op?.responses ?? {}))),
    ...Object.values(components.responses ?? {}),
  ]
  for (const response of responses as { content?: Record<string, Json> }[]) {
    for (const media of Object.values(response.content ?? {})) delete media.schema
  }
  // Keep the component schemas still referenced, following references from schema to schema.
  const schemas = components.schemas ?? {}
  const kept = new Set<string>()
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return
    const ref = (node as { $ref?: unknown }).$ref
    const name = typeof ref === 'string' && ref.startsWith('#/components/schemas/') ? ref.slice('#/components/schemas/'.length) : undefined
    if (name !== undefined && !kept.has(name)) {
      kept.add(name)
      visit(schemas[name])
    }
    for (const value of Object.values(node)) visit(value)
  }
  visit({ ...copy, components: { ...components, schemas: undefined } })
  for (const name of Object.keys(schemas)) if (!kept.has(name)) delete schemas[name]
  return copy
}

/** The generated files of one contract, keyed by file name inside contracts/generated/. */
export async function renderGenerated(api: ContractName, options: RenderOptions = {}): Promise<Record<string, string>> {
  const text = await readFile(contractPath(api, options), 'utf8')
  const document: unknown = parse(text)

  // The parsed object, not the file URL, so that the output cannot depend on where the file lives.
  const ast = await openapiTS(JSON.stringify(document), { silent: true })
  const types = `${banner(api)}\n${astToString(ast)}`

  // The mock reads the contract at run time, in browsers too: a typed literal needs no YAML parser. The
  // whole document is for the dashboard's API reference; the runtime copy, without prose, is what the mock compiles.
  const module = (name: string, value: unknown) =>
    [
      banner(api),
      `import type { OpenApiDocument } from '../openapi.ts'`,
      '',
      `export const ${name}: OpenApiDocument = ${JSON.stringify(value, null, 2)}`,
      '',
    ].join('\n')
  const runtime = withoutVerifyMarkers(document)

  return {
    [`${api}.ts`]: types,
    [`${api}-document.ts`]: module(`${camelCase(api)}Document`, runtime),
    [`${api}-runtime.ts`]: module(`${camelCase(api)}Runtime`, withoutResponseSchemas(withoutProse(runtime) as Json)),
  }
}

/** `mock-admin` -> `mockAdmin`: the name of the generated document constant. */
function camelCase(name: string): string {
  return name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())
}
