// npm run build:dashboard: writes the dashboard's bundled script to dist/dashboard/app.js for a package
// that ships without esbuild, and prints its size (the page's budget is 100 kB gzip).
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import * as esbuild from 'esbuild'
import { bundleDashboard, PREBUILT_SCRIPT } from '../server/dashboard/bundle.ts'

const script = await bundleDashboard(esbuild)
await mkdir(path.dirname(PREBUILT_SCRIPT), { recursive: true })
await writeFile(PREBUILT_SCRIPT, script)
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`
console.log(`${path.relative(process.cwd(), PREBUILT_SCRIPT)}: ${kb(Buffer.byteLength(script))}, ${kb(gzipSync(script).length)} gzip`)
