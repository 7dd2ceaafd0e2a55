#!/usr/bin/env node
// The kit ships TypeScript sources; tsx compiles them on the fly so `npx analytics-mock` needs no build step.
import { register } from 'tsx/esm/api'

register()
await import('../server/cli.ts')
