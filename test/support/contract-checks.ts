// The checks that keep the contracts honest, as plain functions: the contract tests run them on the real
// contracts, and the broken-contract tests run them on damaged copies to prove that each one can fail.
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { parse } from 'yaml'
import { isObject, resolvePointer, toJsonSchema, type JsonObject } from '../../server/json-schema.ts'
import { CONTRACTS, GENERATED_DIR, ROOT, renderGenerated } from '../../scripts/generated-files.ts'
import type { ContractName, RenderOptions } from '../../scripts/generated-files.ts'
import { runProcess, type ProcessResult } from './process.ts'

// ajv-formats is CommonJS: under NodeNext its default export is the module object.
const addFormats = addFormatsModule.default

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const

function entries(value: unknown): [string, unknown][] {
  return isObject(value) ? Object.entries(value) : []
}

/** A contract file parsed into plain data (no validation: broken contracts must load too). */
export async function loadContract(file: string): Promise<JsonObject> {
  const document: unknown = parse(await readFile(file, 'utf8'))
  if (!isObject(document)) throw new Error(`${file} is not an OpenAPI document`)
  return document
}

// ---------------------------------------------------------------------------------------------
// (a) every example validates against its own schema

interface ExampleSite {
  where: string
  schema: unknown
  value: unknown
}

/** The Example Object a `$ref` points to; an unresolved one is the lint's to report (no-unresolved-refs). */
function resolveExample(document: JsonObject, ref: string): unknown {
  try {
    return resolvePointer(document, ref)
  } catch {
    return undefined
  }
}

/** Collects every example of the document with the schema it must satisfy. */
function exampleSites(document: JsonObject): ExampleSite[] {
  const sites: ExampleSite[] = []

  // Schema-level `example`, at any depth; a $ref is checked where it points to.
  function visitSchema(schema: unknown, where: string): void {
    if (!isObject(schema) || typeof schema.$ref === 'string') return
    if (schema.example !== undefined) sites.push({ where: `${where}.example`, schema, value: schema.example })
    for (const [name, sub] of entries(schema.properties)) visitSchema(sub, `${where}.properties.${name}`)
    for (const key of ['items', 'not', 'additionalProperties'] as const) visitSchema(schema[key], `${where}.${key}`)
    for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
      const list = schema[key]
      if (Array.isArray(list)) for (const [i, sub] of list.entries()) visitSchema(sub, `${where}.${key}[${i}]`)
    }
  }

  // Media types, parameters and headers share example / examples / schema.
  function visitExamples(holder: JsonObject, where: string): void {
    visitSchema(holder.schema, `${where}.schema`)
    if (holder.schema === undefined) return
    if (holder.example !== undefined) {
      sites.push({ where: `${where}.example`, schema: holder.schema, value: holder.example })
    }
    for (const [name, raw] of entries(holder.examples)) {
      const example = isObject(raw) && typeof raw.$ref === 'string' ? resolveExample(document, raw.$ref) : raw
      if (isObject(example) && 'value' in example) {
        sites.push({ where: `${where}.examples.${name}`, schema: holder.schema, value: example.value })
      }
    }
  }

  function visitContent(content: unknown, where: string): void {
    for (const [mediaType, media] of entries(content)) {
      if (isObject(media)) visitExamples(media, `${where}.content.${mediaType}`)
    }
  }

  function visitParameter(parameter: unknown, where: string): void {
    if (!isObject(parameter) || typeof parameter.$ref === 'string') return
    visitExamples(parameter, where)
    visitContent(parameter.content, where)
  }

  function visitHeaders(headers: unknown, where: string): void {
    for (const [name, header] of entries(headers)) {
      if (isObject(header) && typeof header.$ref !== 'string') {
        visitExamples(header, `${where}.headers.${name}`)
        visitContent(header.content, `${where}.headers.${name}`)
      }
    }
  }

  function visitResponse(response: unknown, where: string): void {
    if (!isObject(response) || typeof response.$ref === 'string') return
    visitHeaders(response.headers, where)
    visitContent(response.content, where)
  }

  function visitRequestBody(body: unknown, where: string): void {
    if (!isObject(body) || typeof body.$ref === 'string') return
    visitContent(body.content, where)
  }

  for (const [pathName, item] of entries(document.paths)) {
    if (!isObject(item)) continue
    const at = `paths.${pathName}`
    if (Array.isArray(item.parameters)) {
      for (const p of item.parameters) visitParameter(p, `${at}.parameters[${isObject(p) ? String(p.name) : '?'}]`)
    }
    for (const method of METHODS) {
      const op = item[method]
      if (!isObject(op)) continue
      const opAt = `${at}.${method}`
      if (Array.isArray(op.parameters)) {
        for (const p of op.parameters) visitParameter(p, `${opAt}.parameters[${isObject(p) ? String(p.name) : '?'}]`)
      }
      visitRequestBody(op.requestBody, `${opAt}.requestBody`)
      for (const [status, response] of entries(op.responses)) visitResponse(response, `${opAt}.responses.${status}`)
    }
  }

  const components = isObject(document.components) ? document.components : {}
  for (const [name, schema] of entries(components.schemas)) visitSchema(schema, `components.schemas.${name}`)
  for (const [name, p] of entries(components.parameters)) visitParameter(p, `components.parameters.${name}`)
  for (const [name, r] of entries(components.responses)) visitResponse(r, `components.responses.${name}`)
  for (const [name, b] of entries(components.requestBodies)) visitRequestBody(b, `components.requestBodies.${name}`)
  visitHeaders(components.headers, 'components')
  return sites
}

/**
 * Every `example` and `examples` entry of the document (media types, parameters, headers, schemas),
 * validated with ajv + ajv-formats against the schema it belongs to, converted by the converter verify
 * uses (server/json-schema.ts). One message per problem. Ajv runs in strict mode here, so a schema with
 * an unknown keyword is reported as one that cannot be compiled.
 */
export function exampleErrors(document: JsonObject): string[] {
  const ajv = new Ajv({ allErrors: true, strictTypes: false, strictTuples: false, strictRequired: false })
  addFormats(ajv)
  const compile = (schema: unknown): ValidateFunction => ajv.compile(toJsonSchema(schema, document))

  // A broken component schema would break every example that uses it: report it once, by name, and stop.
  const components = isObject(document.components) ? document.components : {}
  const broken: string[] = []
  for (const [name, schema] of entries(components.schemas)) {
    try {
      compile(schema)
    } catch (error) {
      broken.push(`components.schemas.${name}: cannot be compiled: ${(error as Error).message}`)
    }
  }
  if (broken.length > 0) return broken

  const errors: string[] = []
  for (const site of exampleSites(document)) {
    let validate: ValidateFunction
    try {
      validate = compile(site.schema)
    } catch (error) {
      errors.push(`${site.where}: its schema cannot be compiled: ${(error as Error).message}`)
      continue
    }
    if (validate(site.value)) continue
    for (const e of validate.errors ?? []) {
      const detail = e.keyword === 'enum' || e.keyword === 'additionalProperties' ? ` ${JSON.stringify(e.params)}` : ''
      errors.push(`${site.where}: ${e.instancePath || '(root)'} ${e.message ?? e.keyword}${detail}`)
    }
  }
  return errors
}

// ---------------------------------------------------------------------------------------------
// (c) the operations

/** "GET /path" for every operation of the document, in document order. */
export function operationList(document: JsonObject): string[] {
  const list: string[] = []
  for (const [pathName, item] of entries(document.paths)) {
    for (const method of METHODS) {
      if (isObject(item) && isObject(item[method])) list.push(`${method.toUpperCase()} ${pathName}`)
    }
  }
  return list
}

/** What differs between the operations a contract has and the ones it must have. */
export function operationDiff(actual: readonly string[], expected: readonly string[]): string[] {
  const problems: string[] = []
  for (const op of expected) if (!actual.includes(op)) problems.push(`missing: ${op}`)
  for (const op of actual) if (!expected.includes(op)) problems.push(`unexpected: ${op}`)
  const duplicates = actual.filter((op, i) => actual.indexOf(op) !== i)
  for (const op of new Set(duplicates)) problems.push(`duplicated: ${op}`)
  return problems
}

// ---------------------------------------------------------------------------------------------
// (d) redocly lint

const REDOCLY_PACKAGE = createRequire(import.meta.url).resolve('@redocly/cli/package.json')
const REDOCLY_CLI = path.join(path.dirname(REDOCLY_PACKAGE), 'bin/cli.js')

interface LintProblem {
  ruleId: string
  severity: 'error' | 'warn'
  message: string
  location?: { pointer?: string }[]
}

function run(command: string, args: string[]): Promise<ProcessResult> {
  // No telemetry and no update check: the lint must not depend on the network.
  return runProcess(command, args, {
    cwd: ROOT,
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
  })
}

/** Runs the Redocly CLI (`redocly lint <file> --format=json`, recommended rules) on one file. */
async function lintProblems(file: string): Promise<LintProblem[]> {
  const { code, stdout, stderr } = await run(process.execPath, [REDOCLY_CLI, 'lint', file, '--format=json'])
  try {
    const report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as { problems?: LintProblem[] }
    if (Array.isArray(report.problems)) return report.problems
  } catch {
    // Fall through: the CLI could not lint the file at all (unreadable file, YAML syntax error).
  }
  // The CLI's Node.js deprecation banner is drawn with box characters: keep only what it says about the file.
  const said = stderr
    .split('\n')
    .filter((line) => line.trim() !== '' && !/[║╔╚]/.test(line))
    .join('\n')
  return [{ ruleId: 'redocly-cli', severity: 'error', message: `no JSON report (exit ${String(code)}): ${said}` }]
}

/** The lint errors (not warnings) of one contract, as "rule: message at pointer". */
export async function lintErrors(file: string): Promise<string[]> {
  return (await lintProblems(file))
    .filter((p) => p.severity === 'error')
    .map((p) => `${p.ruleId}: ${p.message}${p.location?.[0]?.pointer ? ` at ${p.location[0].pointer}` : ''}`)
}

// ---------------------------------------------------------------------------------------------
// (b) generated files

export interface StaleOptions extends RenderOptions {
  /** Where the committed files are; contracts/generated by default. */
  generatedDir?: string
  apis?: readonly ContractName[]
}

/** The generated files that differ from what `npm run generate` would write now. */
export async function staleFiles(options: StaleOptions = {}): Promise<string[]> {
  const generatedDir = options.generatedDir ?? GENERATED_DIR
  const stale: string[] = []
  for (const api of options.apis ?? CONTRACTS) {
    let files: Record<string, string>
    try {
      files = await renderGenerated(api, options)
    } catch (error) {
      stale.push(`${api}: cannot render the contract (${(error as Error).message}): fix it, then run npm run generate`)
      continue
    }
    for (const [name, expected] of Object.entries(files)) {
      const committed = await readFile(path.join(generatedDir, name), 'utf8').catch(() => undefined)
      if (committed === undefined) stale.push(`contracts/generated/${name} is missing: run npm run generate`)
      else if (committed !== expected) stale.push(`contracts/generated/${name} is stale: run npm run generate`)
    }
  }
  return stale
}
