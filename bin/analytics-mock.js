#!/usr/bin/env node
// The CLI is compiled JavaScript in dist/ (`npm run build`; `prepare` runs it on install from git).
import { existsSync } from 'node:fs'

if (!existsSync(new URL('../dist/cli.js', import.meta.url))) {
  console.error('analytics-mock: dist/ is missing: run `npm run build` in the kit first')
  process.exit(1)
}
await import('../dist/cli.js')
