// `npm run generate`: contracts/<api>.yaml -> contracts/generated/<api>.ts (types) and <api>-document.ts.
import { access, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { CONTRACTS, GENERATED_DIR, contractPath, renderGenerated } from './generated-files.ts'

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  )
}

await mkdir(GENERATED_DIR, { recursive: true })
let missing = 0
for (const api of CONTRACTS) {
  if (!(await exists(contractPath(api)))) {
    // Keep going so that the other contracts still generate; the exit code reports it.
    console.error(`skipped ${api}: ${path.relative(process.cwd(), contractPath(api))} does not exist`)
    missing += 1
    continue
  }
  const files = await renderGenerated(api)
  for (const [name, contents] of Object.entries(files)) {
    await writeFile(path.join(GENERATED_DIR, name), contents)
    console.log(`wrote contracts/generated/${name}`)
  }
}
if (missing > 0) process.exitCode = 1
