// What Dredd reads of the contract. Dredd only builds the transactions (an example request per documented
// status and media type); the hooks check every response themselves against the contract. Its OpenAPI 3
// parser is slow on large documents (about 2 s of a 3 s run on the AurionAI contract), so it gets a copy
// without what it does not need: descriptions, response schemas and examples, x- extensions.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
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

/** Writes the slim copy next to nothing of the user's: a temporary directory removed by `dispose`. */
export async function writeDreddContract(
  document: JsonObject,
  originalFile: string,
): Promise<{ file: string; dispose: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'analytics-mock-verify-'))
  const file = path.join(dir, `${path.basename(originalFile, path.extname(originalFile))}.json`)
  await writeFile(file, JSON.stringify(slimForDredd(document)))
  return { file, dispose: () => rm(dir, { recursive: true, force: true }) }
}
