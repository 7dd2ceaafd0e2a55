// Dredd requires hook files itself (through proxyquire, which injects the 'hooks' module), so this file is
// CommonJS and tiny: the hooks are TypeScript (hooks.ts). runVerify registers them for its run in a
// per-process registry and passes the run id through Dredd's `custom` configuration, which Dredd copies to
// `hooks.configuration`. Use it through `analytics-mock verify`, not with the dredd CLI.
'use strict'

const hooks = require('hooks')

const custom = hooks.configuration?.custom || {}
const registry = globalThis[Symbol.for('analytics-mock-kit.verify-runs')]
const register = registry?.get(custom.analyticsMockVerifyRun)
if (typeof register !== 'function') {
  throw new Error('analytics-mock verify hooks: no verify run registered; run `analytics-mock verify`, not dredd directly')
}
register(hooks)
