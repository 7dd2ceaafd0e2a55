// Where exports are kept: by default the mock's `exports` collection (readable by tests and tools through
// mock.aurion.state); with replicas, the shared store the server injects (state-store.ts), so that an export
// made through one replica is listed and downloaded through every other.
import type { ExpiringRecords } from '../../core/state-store.ts'
import type { AurionStateCollections, ExportRecord } from '../../../generators/aurion/model.ts'

/** The exports of this mock alone, in its collection; `onReset` registers what the mock's reset clears. */
export function memoryExportStore(
  load: () => Promise<AurionStateCollections>,
  onReset: (restore: () => void) => void,
): ExpiringRecords<ExportRecord> {
  // Each tenant numbers its own exports.
  const sequences = new Map<string, number>()
  onReset(() => sequences.clear())
  const dropExpired = (state: AurionStateCollections, nowMs: number) => {
    for (const record of [...state.exports.all()]) if (Date.parse(record.expires_at) <= nowMs) state.exports.delete(record)
  }
  const own = (state: AurionStateCollections, owner: string) => state.exports.findMany((q) => q.where({ tenant_id: owner }))
  return {
    async next(owner) {
      const sequence = (sequences.get(owner) ?? 0) + 1
      sequences.set(owner, sequence)
      return sequence
    },
    async add(_meta, record, { nowMs, keep }) {
      const state = await load()
      dropExpired(state, nowMs)
      const kept = own(state, record.tenant_id)
      for (const old of kept.slice(0, Math.max(0, kept.length - (keep - 1)))) state.exports.delete(old)
      await state.exports.create(record)
    },
    async live(owner, nowMs) {
      const state = await load()
      dropExpired(state, nowMs)
      return own(state, owner)
    },
    async get(owner, id) {
      const state = await load()
      return state.exports.findFirst((q) => q.where({ export_id: id, tenant_id: owner })) ?? undefined
    },
  }
}
