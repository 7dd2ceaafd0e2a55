// The published build: ESM JavaScript, bundled declarations and source maps in dist/, one file per entry
// point plus shared chunks. Dependencies stay external (npm installs them); only the kit's own code is here.
import { copyFile } from 'node:fs/promises'
import { defineConfig } from 'tsup'
import { precompileContracts } from './server/verify/dredd-contract.ts'

export default defineConfig({
  entry: {
    index: 'mocks/index.ts',
    browser: 'mocks/browser.ts',
    node: 'server/node.ts',
    server: 'server/serve.ts',
    verify: 'server/verify/run-verify.ts',
    cli: 'server/cli.ts',
    'types/aurion': 'contracts/generated/aurion.ts',
    'types/chatlayer': 'contracts/generated/chatlayer.ts',
    'types/nebuly': 'contracts/generated/nebuly.ts',
  },
  format: 'esm',
  target: 'node20',
  platform: 'node',
  removeNodeProtocol: false,
  splitting: true,
  sourcemap: true,
  dts: true,
  clean: true,
  treeshake: false,
  outDir: 'dist',
  // @msw/data imports five functions from es-toolkit, whose compat entry Node loads as 555 modules (~150 ms of
  // CPU and ~22 MB at every start); bundled, only those five are kept.
  noExternal: ['@msw/data', 'es-toolkit'],
  // Dredd requires its hook file by path: runVerify finds it next to the compiled code. The kit's contracts
  // are compiled for verify once here rather than at every run (server/verify/dredd-contract.ts).
  onSuccess: async () => {
    await copyFile('server/verify/hooks.cjs', 'dist/hooks.cjs')
    const contracts = ['aurion', 'chatlayer', 'nebuly', 'mock-admin'].map((name) => `contracts/${name}.yaml`)
    await precompileContracts(contracts, 'dist/verify-contracts')
  },
})
