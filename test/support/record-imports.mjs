// `node --import ./test/support/record-imports.mjs …`: appends every package (bare specifier) the process
// imports to the file named by RECORD_IMPORTS, one a line, so a test can say which libraries a start loads;
// and the file: URL of every module it loads, so a test can look into the kit's compiled chunks (which
// bundle some libraries, e.g. @msw/data).
import { register } from 'node:module'

const hooks = `import { appendFileSync } from 'node:fs'
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context)
  const bare = !/^(\\.|\\/|node:|file:|data:)/.test(specifier)
  if (bare) appendFileSync(process.env.RECORD_IMPORTS, specifier + '\\n')
  else if (result.url.startsWith('file:')) appendFileSync(process.env.RECORD_IMPORTS, result.url + '\\n')
  return result
}`
register(`data:text/javascript,${encodeURIComponent(hooks)}`)
