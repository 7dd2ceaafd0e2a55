// `node --import ./test/support/record-imports.mjs …`: appends every package (bare specifier) the process
// imports to the file named by RECORD_IMPORTS, one a line, so a test can say which libraries a start loads.
import { register } from 'node:module'

const hooks = `import { appendFileSync } from 'node:fs'
export async function resolve(specifier, context, next) {
  if (!/^(\\.|\\/|node:|file:|data:)/.test(specifier)) appendFileSync(process.env.RECORD_IMPORTS, specifier + '\\n')
  return next(specifier, context)
}`
register(`data:text/javascript,${encodeURIComponent(hooks)}`)
