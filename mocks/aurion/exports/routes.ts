// Exports (seed 001 of docs/sources.md, "Export Analytics (v1)"): request one, list the last 24 hours' exports, download the
// file. Exports are state the mock creates while it runs (kept in store.ts); they expire 24 hours
// after creation on the mock clock, so a test advances the clock instead of waiting a day.
import { renderExport } from './files.ts'
import { budgetedTurns, type YieldTurn } from '../../lib/steps.ts'
import { ApiError } from '../../core/errors.ts'
import type { ExportRecord } from '../../../generators/aurion/model.ts'
import type { ExpiringRecords } from '../../core/state-store.ts'
import { deterministicUuid, isoSeconds, type AuditLog } from '../audit.ts'
import { aurionRoute, type AurionContext, type AurionOk } from '../context.ts'
import { exportSections } from './scopes.ts'
import { voiceRange } from '../routes/voice.ts'

const EXPORT_TTL_MS = 24 * 60 * 60 * 1000
/** Kit's choice: live exports kept per tenant; a new one beyond it drops the tenant's oldest. */
export const MAX_EXPORTS_PER_TENANT = 200
const EXPORT_NOT_FOUND = 'Export not found'

type ExportListItem = AurionOk<'list_exports_api_v1_analytics_exports_get'>['exports'][number]

/** The seed's form: `/api/v1/analytics/export/<id>/download?format=csv&start_date=...&end_date=...`. */
function downloadUrl(exportId: string, format: string, startDate: string, endDate: string): string {
  const query = new URLSearchParams({ format, start_date: startDate, end_date: endDate })
  return `/api/v1/analytics/export/${exportId}/download?${query.toString()}`
}

/** Alive from created_at (included) to expires_at (excluded). */
function isLive(record: ExportRecord, nowMs: number): boolean {
  return Date.parse(record.created_at) <= nowMs && nowMs < Date.parse(record.expires_at)
}

/** What the caller asked for: the audit entry's details and the file's metadata. */
function requestedExport(record: ExportRecord) {
  return {
    export_id: record.export_id,
    format: record.format,
    scope: record.scope,
    start_date: record.start_date,
    end_date: record.end_date,
    tz: record.tz,
    include_call_details: record.include_call_details,
    include_transcripts: record.include_transcripts,
    include_conversations: record.include_conversations,
  }
}

function listItem(record: ExportRecord): ExportListItem {
  return {
    export_id: record.export_id,
    format: record.format,
    scope: record.scope,
    start_date: record.start_date,
    end_date: record.end_date,
    include_call_details: record.include_call_details,
    include_transcripts: record.include_transcripts,
    include_conversations: record.include_conversations,
    download_url: record.download_url,
    created_at: record.created_at,
    expires_at: record.expires_at,
  }
}

/**
 * `exportSalt(tenantId)` is a secret of the tenant: an export id is its per-tenant number hashed with it, so
 * ids are deterministic, yet say nothing about other tenants' exports and cannot be guessed from a tenant id.
 * A download calls `yieldTurn` between the slices of its work (default: budgetedTurns, fresh per download).
 * Exports are kept in `store` (the mock's collection, or the replicas' shared store), which drops expired
 * ones for good (a clock moved back does not revive them) and keeps at most MAX_EXPORTS_PER_TENANT a tenant.
 */
export function exportsRoutes(
  context: AurionContext,
  audit: AuditLog,
  exportSalt: (tenantId: string) => string,
  store: ExpiringRecords<ExportRecord>,
  yieldTurn?: YieldTurn,
) {
  const { clock } = context

  return [
    aurionRoute(context, 'request_export_api_v1_analytics_export_post', async ({ principal, body }) => {
      const range = voiceRange(body, 'body')
      const sequence = await store.next(principal.tenant.id)
      const exportId = deterministicUuid(`export:${exportSalt(principal.tenant.id)}:${sequence}`)
      // Whole seconds, as the seed writes them ("2026-03-09T12:00:00Z"); expiry is computed from the same instant.
      const nowMs = clock.now().getTime()
      const createdMs = Math.floor(nowMs / 1000) * 1000
      const record: ExportRecord = {
        export_id: exportId,
        tenant_id: principal.tenant.id,
        created_by: principal.actorId,
        format: body.format,
        scope: body.scope ?? 'voice',
        start_date: range.startDate,
        end_date: range.endDate,
        include_call_details: body.include_call_details ?? true,
        include_transcripts: body.include_transcripts ?? false,
        include_conversations: body.include_conversations ?? false,
        tz: range.tz,
        download_url: downloadUrl(exportId, body.format, range.startDate, range.endDate),
        created_at: isoSeconds(createdMs),
        expires_at: isoSeconds(createdMs + EXPORT_TTL_MS),
      }
      const meta = { id: exportId, owner: record.tenant_id, sequence, expiresMs: createdMs + EXPORT_TTL_MS }
      await store.add(meta, record, { nowMs, keep: MAX_EXPORTS_PER_TENANT })
      await audit.record({
        tenant_id: record.tenant_id,
        actor: principal.actorId,
        action: 'export_requested',
        details: requestedExport(record),
      })
      return { export_id: record.export_id, download_url: record.download_url, expires_at: record.expires_at }
    }),

    aurionRoute(context, 'list_exports_api_v1_analytics_exports_get', async ({ principal }) => {
      const nowMs = clock.now().getTime()
      // Newest first; exports created in the same second keep the newer one first (reverse insertion order).
      const live = (await store.live(principal.tenant.id, nowMs)).filter((record) => isLive(record, nowMs)).reverse()
      live.sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at))
      return { exports: live.map(listItem) }
    }),

    aurionRoute(context, 'download_export_api_v1_analytics_export__export_id__download_get', async ({ principal, view, path }) => {
      const tenantId = principal.tenant.id
      const record = await store.get(tenantId, path.export_id)
      // Unknown, expired and another tenant's exports look the same: nothing tells a caller they exist.
      if (!record || !isLive(record, clock.now().getTime())) throw new ApiError(404, EXPORT_NOT_FOUND)

      const range = voiceRange(record, 'body')
      const turn = yieldTurn ?? budgetedTurns()
      const file = await renderExport(
        {
          ...requestedExport(record),
          generated_at: isoSeconds(clock.now().getTime()),
          sections: await exportSections(view, record, range, turn),
        },
        turn,
      )
      await audit.record({
        tenant_id: tenantId,
        actor: principal.actorId,
        action: 'export_downloaded',
        details: { export_id: record.export_id, format: record.format, scope: record.scope },
      })
      // A copy for PDF bytes: Response wants a view of a plain ArrayBuffer, pdf-lib's type allows a shared one.
      const body = typeof file.body === 'string' ? file.body : new Uint8Array(file.body)
      return new Response(body, {
        status: 200,
        headers: {
          // Exactly the rendered type, no charset: the contract lists the bare media types.
          'Content-Type': file.contentType,
          'Content-Disposition': `attachment; filename="${file.filename}"`,
        },
      })
    }),
  ]
}
