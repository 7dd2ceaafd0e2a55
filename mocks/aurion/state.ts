// The exports and audit log a mock keeps while it runs, in @msw/data collections created on first use: a page
// or server that makes no export and no phone search never loads @msw/data and the zod schemas
// (generators/aurion/collections.ts: ~21 kB gzip in a page, ~0.15 s of CPU and ~29 MB in Node).
import type { AurionState, AurionStateCollections } from '../../generators/aurion/model.ts'

export interface LazyAurionState {
  state: AurionState
  /** The collections, created (and @msw/data imported) by the first call. */
  load(): Promise<AurionStateCollections>
  /** Empties both collections, if they exist yet. */
  clear(): void
}

export function createLazyAurionState(): LazyAurionState {
  let created: AurionStateCollections | undefined
  let creating: Promise<AurionStateCollections> | undefined
  // What both read before their collection exists.
  const none = { all: () => [], count: () => 0, findMany: () => [] }
  return {
    state: {
      get exports() {
        return created?.exports ?? none
      },
      get audit() {
        return created?.audit ?? none
      },
    },
    load: () =>
      (creating ??= import('../../generators/aurion/collections.ts').then((module) => (created = module.createAurionStateCollections()))),
    clear() {
      created?.exports.clear()
      created?.audit.clear()
    },
  }
}
