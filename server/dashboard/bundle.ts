// The dashboard's script. From a clone (esbuild installed, sources present) it is bundled on first request
// and kept in memory, so `npm start` and the tests always serve the current source; a package built
// without dev dependencies serves the copy `npm run build:dashboard` wrote to dist/dashboard/.
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'

const DASHBOARD_ENTRY = fileURLToPath(new URL('./page/main.ts', import.meta.url))
export const PREBUILT_SCRIPT = fileURLToPath(new URL('../../dist/dashboard/app.js', import.meta.url))
/** Where the prebuilt copy is from the sources (server/dashboard/) and from the compiled package (dist/). */
const PREBUILT_PLACES = [PREBUILT_SCRIPT, fileURLToPath(new URL('./dashboard/app.js', import.meta.url))]

let script: Promise<string> | undefined

/** The bundled page script, built once per process. */
export function dashboardScript(): Promise<string> {
  script ??= loadScript().catch((error: unknown) => {
    script = undefined
    throw error
  })
  return script
}

async function loadScript(): Promise<string> {
  const esbuild = existsSync(DASHBOARD_ENTRY) ? await import('esbuild').catch(() => undefined) : undefined
  if (esbuild) return bundleDashboard(esbuild)
  return readFile(PREBUILT_PLACES.find((place) => existsSync(place)) ?? PREBUILT_SCRIPT, 'utf8')
}

/** One minified ES module for current browsers, every dependency inlined (Preact). */
export async function bundleDashboard(esbuild: typeof import('esbuild')): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [DASHBOARD_ENTRY],
    bundle: true,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'silent',
  })
  const [output] = result.outputFiles
  if (!output) throw new Error('esbuild produced no dashboard bundle')
  return output.text
}
