// Bundles test/browser/worker-entry.ts for the browser with esbuild and lays out a directory a static
// server can serve: index.html, the bundle and msw's worker script. The build fails when anything in
// the bundle asks for a Node built-in: esbuild already refuses `node:*` for platform 'browser' (nothing is
// marked external here), and the guard below also refuses bare names (`fs`, `crypto`) that a package's
// "browser" field would otherwise silently replace with an empty module.
import { build, type BuildOptions, type Plugin } from 'esbuild'
import { copyFile, mkdtemp, stat, writeFile } from 'node:fs/promises'
import { builtinModules } from 'node:module'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const WORKER_ENTRY = fileURLToPath(new URL('./worker-entry.ts', import.meta.url))
const MSW_WORKER_SCRIPT = join(ROOT, 'node_modules', 'msw', 'lib', 'mockServiceWorker.js')

const BUILTIN_NAMES = builtinModules.filter((name) => !name.startsWith('node:'))
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** `node:anything`, or a built-in name optionally followed by a subpath (`fs`, `fs/promises`). */
const BUILTIN_FILTER = new RegExp(`^(?:node:.*|(?:${BUILTIN_NAMES.map(escapeRegExp).join('|')})(?:/.*)?)$`)

/** Fails the build on any import of a Node built-in, naming the file that asked for it. */
function nodeBuiltinGuard(): Plugin {
  return {
    name: 'node-builtin-guard',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: BUILTIN_FILTER }, (args) => ({
        errors: [
          {
            text: `Node built-in "${args.path}" imported by ${relative(ROOT, args.importer) || args.importer}: code bundled for the browser must not use Node`,
          },
        ],
      }))
    },
  }
}

/** The options every browser bundle of the kit is built with (also used to prove a Node import fails). */
export function browserBuildOptions(): BuildOptions {
  return {
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'chrome120',
    logLevel: 'silent',
    metafile: true,
    plugins: [nodeBuiltinGuard()],
  }
}

export interface BrowserBundle {
  /** Temporary directory holding index.html, worker-entry.js and mockServiceWorker.js. */
  dir: string
  bundleBytes: number
  /** Source files in the bundle, relative to the repository root. */
  inputs: string[]
}

const INDEX_HTML = `<!doctype html>
<html>
  <head>
    <meta charset="utf-8">
    <link rel="icon" href="data:,">
    <title>analytics-mock-kit: setupWorker</title>
  </head>
  <body>
    <script type="module" src="/worker-entry.js"></script>
  </body>
</html>
`

export async function buildBrowserBundle(): Promise<BrowserBundle> {
  const dir = await mkdtemp(join(tmpdir(), 'analytics-mock-kit-browser-'))
  const outfile = join(dir, 'worker-entry.js')
  const result = await build({ ...browserBuildOptions(), entryPoints: [WORKER_ENTRY], outfile, write: true })
  await writeFile(join(dir, 'index.html'), INDEX_HTML)
  await copyFile(MSW_WORKER_SCRIPT, join(dir, 'mockServiceWorker.js'))
  return {
    dir,
    bundleBytes: (await stat(outfile)).size,
    inputs: Object.keys(result.metafile?.inputs ?? {}),
  }
}
