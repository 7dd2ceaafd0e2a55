// LLM usage rows as columns. A 100k world makes about half a million of them (one per caller turn); as
// records each cost an object, a UUID string and an ISO string (~200 bytes and most of the generation's
// garbage). Here a row is a position in typed arrays; `row(i)` writes the record when someone asks for it
// (the @msw/data collection, JSON).
import { formatUuid } from '../lib/ids.ts'
import { copied, RowTable } from '../lib/row-table.ts'
import type { Call, LlmUsage } from './model.ts'

export type LlmProvider = LlmUsage['provider']
export const LLM_PROVIDERS: readonly LlmProvider[] = ['groq', 'openai', 'anthropic']

/** One usage row's facts, as the generator hands them to `set`. */
export interface LlmUsageFacts {
  tenantId: string
  /** Position of the call in the world's `calls`. */
  call: number
  provider: LlmProvider
  timestampMs: number
  inputTokens: number
  outputTokens: number
  latencyMs: number
  error: boolean
}

const isoSeconds = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z')

export class LlmUsageTable extends RowTable<LlmUsage> {
  /** Tenant ids behind the codes of `tenant`. */
  readonly tenantIds: string[] = []
  tenant = new Uint8Array(0)
  /** Position of the row's call in `calls`. */
  call = new Int32Array(0)
  /** Index in LLM_PROVIDERS. */
  provider = new Uint8Array(0)
  timestampMs = new Float64Array(0)
  inputTokens = new Int32Array(0)
  outputTokens = new Int32Array(0)
  latencyMs = new Int32Array(0)
  error = new Uint8Array(0)
  /** Four words per row (generators/lib/ids.ts); word order is id order. */
  idWords = new Uint32Array(0)

  /** `calls`: the world's calls, which `call` points into. */
  constructor(readonly calls: readonly Call[]) {
    super()
  }

  /** Appends an empty row whose id `drawId` draws now (first, as a record's id was); returns its position. */
  addRow(drawId: (words: Uint32Array, offset: number) => void): number {
    if (this.length === this.call.length) this.grow(Math.max(1024, this.length * 2))
    const i = this.length++
    drawId(this.idWords, 4 * i)
    return i
  }

  set(i: number, facts: LlmUsageFacts): void {
    let tenant = this.tenantIds.indexOf(facts.tenantId)
    if (tenant < 0) tenant = this.tenantIds.push(facts.tenantId) - 1
    this.tenant[i] = tenant
    this.call[i] = facts.call
    this.provider[i] = LLM_PROVIDERS.indexOf(facts.provider)
    this.timestampMs[i] = facts.timestampMs
    this.inputTokens[i] = facts.inputTokens
    this.outputTokens[i] = facts.outputTokens
    this.latencyMs[i] = facts.latencyMs
    this.error[i] = facts.error ? 1 : 0
  }

  /** Gives back the room left after the last row (the arrays grow by doubling). */
  trim(): void {
    this.grow(this.length)
  }

  id(i: number): string {
    return formatUuid(this.idWords, 4 * i)
  }

  /** The row as the record it stands for. */
  row(i: number): LlmUsage {
    return {
      id: this.id(i),
      tenant_id: this.tenantIds[this.tenant[i] as number] as string,
      call_id: (this.calls[this.call[i] as number] as Call).id,
      provider: LLM_PROVIDERS[this.provider[i] as number] as LlmProvider,
      timestamp: isoSeconds(this.timestampMs[i] as number),
      input_tokens: this.inputTokens[i] as number,
      output_tokens: this.outputTokens[i] as number,
      latency_ms: this.latencyMs[i] as number,
      error: this.error[i] === 1,
    }
  }

  private grow(capacity: number): void {
    this.tenant = copied(this.tenant, new Uint8Array(capacity))
    this.call = copied(this.call, new Int32Array(capacity))
    this.provider = copied(this.provider, new Uint8Array(capacity))
    this.timestampMs = copied(this.timestampMs, new Float64Array(capacity))
    this.inputTokens = copied(this.inputTokens, new Int32Array(capacity))
    this.outputTokens = copied(this.outputTokens, new Int32Array(capacity))
    this.latencyMs = copied(this.latencyMs, new Int32Array(capacity))
    this.error = copied(this.error, new Uint8Array(capacity))
    this.idWords = copied(this.idWords, new Uint32Array(4 * capacity))
  }
}
