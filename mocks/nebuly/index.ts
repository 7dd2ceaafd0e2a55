// The Nebuly external API of the mock: world -> interactions per project, Bearer project keys, the handler.
import { nebulyWorldSteps, seedNebulyCollections } from '../../generators/nebuly/world.ts'
import type { Clock } from '../core/clock.ts'
import type { Controls } from '../core/controls.ts'
import { keyHint } from '../core/journal.ts'
import type { CompiledContract } from '../core/contract.ts'
import { fastApiDialect } from '../core/errors.ts'
import type { Interaction, NebulyCollections } from '../../generators/nebuly/model.ts'
import { aggregatesRoutes, type NebulyContext } from './routes.ts'
import { unauthorized } from '../core/credentials.ts'
import { createNebulyAuthenticator, disabledKeyOf } from './access.ts'

export interface NebulyOptions {
  seed: number
  now: Date
  /** Interactions of the whole world (every project), independent of AurionAI's size. */
  size: number
  /** Unused today (no Nebuly behaviour depends on time); kept so every API gets the same inputs. */
  clock: Clock
  baseUrl: string
  /** The compiled nebuly.yaml (createMock compiles it before any world is built). */
  contract: CompiledContract
  controls?: Controls
}

export interface NebulyCredentials {
  /** Live keys, then each project's disabled key (`disabled: true`: 403). */
  api_keys: { project_id: string; key: string; disabled?: true }[]
}

/** The API built in steps (the world's, then one for the rest), so that requests are answered meanwhile. */
export function* nebulyApiSteps(options: NebulyOptions) {
  const records = yield* nebulyWorldSteps({ seed: options.seed, now: options.now, size: options.size })
  yield
  // The generator sorts each project's interactions by time; grouping keeps that order.
  const interactionsByProject = new Map<string, Interaction[]>(records.projects.map((p) => [p.id, []]))
  for (const i of records.interactions) interactionsByProject.get(i.project_id)?.push(i)
  let seeded: Promise<NebulyCollections> | undefined
  const collections = () => (seeded ??= seedNebulyCollections(records))

  const api: NebulyContext['api'] = {
    contract: options.contract,
    dialect: fastApiDialect,
    baseUrl: options.baseUrl,
    authenticate: createNebulyAuthenticator(options.seed, records.projects),
    // A forced 401 carries WWW-Authenticate like a real one; other statuses use the contract's examples.
    scenario: (status) => (status === 401 ? fastApiDialect.render(unauthorized('Not authenticated')) : undefined),
    name: 'nebuly',
    controls: options.controls,
    describeCaller: (p) => ({ account: p.project.id, key_id: keyHint(p.project.api_key) }),
  }
  const context: NebulyContext = { api, interactionsByProject }
  const routes = aggregatesRoutes(context)

  function credentials(): NebulyCredentials {
    return {
      api_keys: [
        ...records.projects.map((p) => ({ project_id: p.id, key: p.api_key })),
        ...records.projects.map((p) => ({ project_id: p.id, key: disabledKeyOf(options.seed, p), disabled: true as const })),
      ],
    }
  }

  return { routes, records, collections, interactionsByProject, contract: api.contract, credentials }
}

export type NebulyApi = ReturnType<typeof nebulyApiSteps> extends Generator<unknown, infer T> ? T : never
