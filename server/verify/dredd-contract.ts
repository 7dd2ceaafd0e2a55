// What Dredd reads of the contract. Dredd only builds the transactions (an example request per documented
// status and media type); the hooks check every response themselves against the contract. Its OpenAPI 3
// parser is slow (loading it costs about 0.4 s of CPU, parsing the AurionAI contract 1.2 s), so:
// - it gets a slim copy, without what it does not need: descriptions, response schemas and examples, x-;
// - the build compiles the kit's contracts once (`precompileContracts`, dist/verify-contracts/<name>.json,
//   keyed by the YAML's sha256): a run then reads the document and Dredd's transactions from JSON, without
//   the YAML parser or Dredd's (a contract that does not match its precompiled copy is compiled as usual).
import { createHash } from 'node:crypto'
import { readFile, mkdir, writeFile } from 'node:fs/promises'
import { createRequire, Module } from 'node:module'
import path from 'node:path'
import type { DreddAnnotation } from 'dredd'
import { isObject, type JsonObject } from '../json-schema.ts'

const METHODS = new Set(['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'])

function withoutDescriptions(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutDescriptions)
  if (!isObject(node)) return node
  const out: JsonObject = {}
  for (const [key, value] of Object.entries(node)) {
    // Response Objects require one: an empty string is enough.
    if (key === 'description' && typeof value === 'string') {
      out[key] = ''
      continue
    }
    if (key.startsWith('x-')) continue
    out[key] = withoutDescriptions(value)
  }
  return out
}

/** A response for Dredd: its headers and media types, without bodies to compare. */
function slimResponse(response: unknown): unknown {
  if (!isObject(response) || typeof response.$ref === 'string') return response
  const content = isObject(response.content) ? response.content : undefined
  return {
    ...response,
    ...(content ? { content: Object.fromEntries(Object.keys(content).map((mediaType) => [mediaType, {}])) } : {}),
  }
}

function slimForDredd(document: JsonObject): JsonObject {
  const slim = withoutDescriptions(document) as JsonObject
  const paths = isObject(slim.paths) ? slim.paths : {}
  for (const item of Object.values(paths)) {
    if (!isObject(item)) continue
    for (const [method, op] of Object.entries(item)) {
      if (!METHODS.has(method) || !isObject(op) || !isObject(op.responses)) continue
      op.responses = Object.fromEntries(Object.entries(op.responses).map(([status, r]) => [status, slimResponse(r)]))
    }
  }
  const components = isObject(slim.components) ? slim.components : undefined
  if (components && isObject(components.responses)) {
    components.responses = Object.fromEntries(Object.entries(components.responses).map(([name, r]) => [name, slimResponse(r)]))
  }
  return slim
}

/** What Dredd builds from one API description: its transactions and the parser's annotations. */
export interface DreddDescription {
  location: string
  mediaType: string
  annotations: DreddAnnotation[]
  transactions: unknown[]
}

type ParseCallback = (error: Error | null, result: { mediaType: string; apiElements: unknown }) => void
function requireFromDredd(id: string): unknown {
  return createRequire(createRequire(import.meta.url).resolve('dredd'))(id)
}

/**
 * With precompiled transactions Dredd never parses, but Dredd.js requires its parser (fury and three
 * API-description parsers: about 0.4 s of CPU) when it loads. This puts a stand-in in the require cache
 * that loads the real parser only if it is ever called.
 */
export function deferDreddParser(): void {
  const fromDredd = createRequire(createRequire(import.meta.url).resolve('dredd'))
  const resolved = fromDredd.resolve('dredd-transactions/parse')
  if (fromDredd.cache[resolved]) return
  const standIn = new Module(resolved)
  standIn.filename = resolved
  standIn.loaded = true
  standIn.exports = (...args: unknown[]) => {
    delete fromDredd.cache[resolved]
    return (fromDredd(resolved) as (...a: unknown[]) => unknown)(...args)
  }
  fromDredd.cache[resolved] = standIn
}

/** Dredd's own parse and compile steps (dredd-transactions), on the slim copy, in memory. */
export function compileForDredd(document: JsonObject, location: string): Promise<DreddDescription> {
  const parse = requireFromDredd('dredd-transactions/parse') as (content: string, callback: ParseCallback) => void
  const compile = requireFromDredd('dredd-transactions/compile') as (
    mediaType: string,
    apiElements: unknown,
    location: string,
  ) => { annotations: DreddAnnotation[]; transactions: unknown[] }
  return new Promise((resolve, reject) => {
    parse(JSON.stringify(slimForDredd(document)), (error, result) => {
      if (error) return reject(error)
      try {
        const { annotations, transactions } = compile(result.mediaType, result.apiElements, location)
        // Through JSON: the precompiled copy and a fresh compile hand Dredd the same plain objects.
        resolve(JSON.parse(JSON.stringify({ location, mediaType: result.mediaType, annotations, transactions })))
      } catch (compileError) {
        reject(compileError)
      }
    })
  })
}

interface PrecompiledContract {
  /** sha256 of the YAML text it was compiled from. */
  sha256: string
  document: JsonObject
  dredd: DreddDescription
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex')

/** The compiled copies shipped next to the built code (dist/verify-contracts/); none in a source checkout. */
const PRECOMPILED_DIR = new URL('./verify-contracts/', import.meta.url)

/** The precompiled copy of a contract when one was built from exactly this YAML text. */
export async function readPrecompiled(file: string, text: string, dir: URL = PRECOMPILED_DIR): Promise<PrecompiledContract | undefined> {
  const name = `${path.basename(file, path.extname(file))}.json`
  let stored: PrecompiledContract
  try {
    stored = JSON.parse(await readFile(new URL(name, dir), 'utf8')) as PrecompiledContract
  } catch {
    return undefined
  }
  return stored.sha256 === sha256(text) ? stored : undefined
}

/** The build step: every contract file compiled into `outDir/<name>.json`. */
export async function precompileContracts(files: readonly string[], outDir: string): Promise<void> {
  await mkdir(outDir, { recursive: true })
  for (const file of files) {
    const text = await readFile(file, 'utf8')
    const { parse } = await import('yaml')
    const document = parse(text) as JsonObject
    const precompiled: PrecompiledContract = {
      sha256: sha256(text),
      document,
      dredd: await compileForDredd(document, path.basename(file)),
    }
    await writeFile(path.join(outDir, `${path.basename(file, path.extname(file))}.json`), JSON.stringify(precompiled))
  }
}
