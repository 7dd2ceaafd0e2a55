import { defineConfig } from 'vitest/config'

// One project per test tier, so that a tier runs alone (`npx vitest run --project unit`); `npm test` runs all.
//   unit      pure functions, generators, the lint rules: no server
//   http      the mock over a real port (Express) and under setupServer
//   contract  the contracts themselves and analytics-mock verify (Dredd)
//   browser   the handlers under setupWorker in Chromium
//   golden    sha256 of every response and world: bytes move only on purpose
//   load      the 100,000-conversation world
//   fuzz      contract-derived bad requests (1,100 here; `npm run fuzz` sends 11,000)
//   docs      every shell example of README.md and docs/ against a real server
//   package   npm pack -> a scratch app: plain node, strict tsc, Vite build, the page in Chromium
//   types     test/types/*.test-d.ts, checked by the compiler
const TIERS = ['unit', 'http', 'contract', 'browser', 'golden', 'load', 'fuzz', 'docs', 'package']

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      ...TIERS.map((name) => ({ extends: true as const, test: { name, include: [`test/${name}/**/*.test.ts`] } })),
      // Type tests (*.test-d.ts: expectTypeOf, @ts-expect-error): a wrong body for a status must not compile.
      {
        extends: true as const,
        test: {
          name: 'types',
          include: [],
          typecheck: { enabled: true, only: true, include: ['test/types/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
        },
      },
    ],
  },
})
