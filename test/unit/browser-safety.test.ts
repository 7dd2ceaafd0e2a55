// mocks/ and generators/ run in a browser (setupWorker): no Node built-in imports, no Node globals.
// The scan parses each file with the TypeScript compiler, so comments and strings never count and every
// form of import is seen: static, type-only, re-export, dynamic import(), require().
import { readdir, readFile } from 'node:fs/promises'
import { builtinModules } from 'node:module'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const SCANNED_DIRS = ['mocks', 'generators']
const BUILTINS = new Set(builtinModules)
/** Globals that exist in Node and not in a browser. */
const NODE_GLOBALS = new Set(['process', 'Buffer', 'global', 'require', '__dirname', '__filename', 'setImmediate'])

interface Finding {
  file: string
  line: number
  message: string
}

function isNodeBuiltin(specifier: string): boolean {
  if (specifier.startsWith('node:')) return true
  return BUILTINS.has(specifier) || BUILTINS.has(specifier.split('/')[0] ?? '')
}

/**
 * True when the identifier is used as a value, not as a property name, key or declared name. No scope
 * analysis: a local binding that shadows a Node global (`const process = ...`) is reported where used;
 * rename it, a browser reader would trip over the name as well.
 */
function isFreeReference(node: ts.Identifier): boolean {
  const parent = node.parent
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) {
    // `globalThis.process` and `window.Buffer` reach the global all the same.
    return ts.isIdentifier(parent.expression) && ['globalThis', 'window', 'self'].includes(parent.expression.text)
  }
  if (ts.isPropertyAssignment(parent) && parent.name === node) return false
  if (ts.isShorthandPropertyAssignment(parent)) return true
  if (ts.isQualifiedName(parent) && parent.right === node) return false
  if ((ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent)) && parent.propertyName === node) return false
  if (
    (ts.isVariableDeclaration(parent) ||
      ts.isParameter(parent) ||
      ts.isFunctionDeclaration(parent) ||
      ts.isClassDeclaration(parent) ||
      ts.isPropertyDeclaration(parent) ||
      ts.isPropertySignature(parent) ||
      ts.isMethodDeclaration(parent) ||
      ts.isMethodSignature(parent) ||
      ts.isBindingElement(parent) ||
      ts.isInterfaceDeclaration(parent) ||
      ts.isTypeAliasDeclaration(parent) ||
      ts.isEnumMember(parent)) &&
    'name' in parent &&
    parent.name === node
  ) {
    return false
  }
  return true
}

/** Node built-in imports and Node globals in one TypeScript/JavaScript source. */
function scanSource(file: string, text: string): Finding[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  const findings: Finding[] = []
  const report = (node: ts.Node, message: string): void => {
    findings.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, message })
  }
  const checkSpecifier = (node: ts.Node, specifier: ts.Expression | undefined): void => {
    if (specifier && ts.isStringLiteralLike(specifier) && isNodeBuiltin(specifier.text)) {
      report(node, `imports the Node built-in "${specifier.text}"`)
    }
  }
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) checkSpecifier(node, node.moduleSpecifier)
    else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      checkSpecifier(node, node.moduleReference.expression)
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))
    ) {
      checkSpecifier(node, node.arguments[0])
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      checkSpecifier(node, node.argument.literal)
    } else if (ts.isIdentifier(node) && NODE_GLOBALS.has(node.text) && isFreeReference(node)) {
      report(node, `uses the Node global "${node.text}"`)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return findings
}

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter((entry) => entry.isFile() && /\.(?:[cm]?ts|[cm]?js)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}

describe('browser safety of mocks/ and generators/', () => {
  it('finds a Node import, a require and Node globals in an in-memory sample', () => {
    const sample = [
      "import { readFileSync } from 'node:fs'",
      "import path from 'path'",
      "import type { Readable } from 'node:stream'",
      "export { createHash } from 'crypto'",
      "const os = require('os')",
      "const zlib = await import('zlib')",
      'const home = process.env.HOME',
      "const bytes = Buffer.from('x')",
      'const env = globalThis.process',
      '// process.exit() in a comment, and "node:fs" in a string, are fine',
      "const ok = { process: 1, Buffer: 2 }.process + 'process.env'",
      'export { readFileSync, path, os, zlib, home, bytes, env, ok }',
      'export type { Readable }',
    ].join('\n')
    expect(scanSource('mocks/sample.ts', sample).map(({ line, message }) => `${line}: ${message}`)).toEqual([
      '1: imports the Node built-in "node:fs"',
      '2: imports the Node built-in "path"',
      '3: imports the Node built-in "node:stream"',
      '4: imports the Node built-in "crypto"',
      '5: imports the Node built-in "os"',
      '5: uses the Node global "require"',
      '6: imports the Node built-in "zlib"',
      '7: uses the Node global "process"',
      '8: uses the Node global "Buffer"',
      '9: uses the Node global "process"',
    ])
  })

  it('accepts browser-safe code', () => {
    const sample = [
      "import { http, HttpResponse } from 'msw'",
      "import { faker } from '@faker-js/faker'",
      "import type { Clock } from './clock.ts'",
      'export function now(clock: Clock): number { return clock.now().getTime() + performance.now() }',
      'export const bytes = new TextEncoder().encode(faker.lorem.word())',
      'export { http, HttpResponse }',
    ].join('\n')
    expect(scanSource('mocks/ok.ts', sample)).toEqual([])
  })

  it('finds nothing Node-only in the real sources', async () => {
    const files = (await Promise.all(SCANNED_DIRS.map((dir) => sourceFiles(join(ROOT, dir))))).flat()
    expect(files.length).toBeGreaterThan(10)
    const findings: string[] = []
    for (const file of files) {
      const path = relative(ROOT, file)
      for (const finding of scanSource(path, await readFile(file, 'utf8'))) {
        findings.push(`${finding.file}:${finding.line} ${finding.message}`)
      }
    }
    expect(findings).toEqual([])
  })
})
