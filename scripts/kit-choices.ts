// `npm run kit-choices`: rewrites docs/kit-choices.md from the contracts' x-kit-choice markers.
import { writeFile } from 'node:fs/promises'
import { renderKitChoices } from '../server/verify/kit-choices.ts'

await writeFile(new URL('../docs/kit-choices.md', import.meta.url), await renderKitChoices())
console.log('wrote docs/kit-choices.md')
