// Builders of AurionAI calls and LLM usage rows for the v1 voice analytics tests. A call's flags follow its
// outcome the way decision 0001 describes them (failed exactly when abandoned), so a test states only the
// fields its assertion depends on.
import type { Call, LlmUsage } from '../../generators/aurion/model.ts'

type Outcome = Call['outcome']

function outcomeDefaults(
  outcome: Outcome,
): Pick<Call, 'status' | 'first_call_resolution' | 'ticket_created' | 'escalated' | 'resolution_time_seconds'> {
  switch (outcome) {
    case 'resolved':
      return { status: 'completed', first_call_resolution: true, ticket_created: false, escalated: false, resolution_time_seconds: 180 }
    case 'ticket_created':
      return { status: 'completed', first_call_resolution: false, ticket_created: true, escalated: false, resolution_time_seconds: null }
    case 'escalated':
      return { status: 'completed', first_call_resolution: false, ticket_created: true, escalated: true, resolution_time_seconds: null }
    case 'abandoned':
      return { status: 'failed', first_call_resolution: false, ticket_created: false, escalated: false, resolution_time_seconds: null }
  }
}

/** A call starting at `start_time` (ISO, UTC); the id defaults to one derived from the time. */
export function call(start_time: string, overrides: Partial<Call> = {}): Call {
  const outcome = overrides.outcome ?? 'resolved'
  return {
    id: `call-${start_time}`,
    tenant_id: 't1',
    contact_id: null,
    caller_name: 'Jane Doe',
    phone_number: '+33612345678',
    start_time,
    duration_seconds: 120,
    outcome,
    ...outcomeDefaults(outcome),
    category: 'network',
    transcript: 'Agent: Hello, how can I help?',
    ...overrides,
  }
}

/** An LLM usage row of a call. */
export function usage(id: string, of: Call, overrides: Partial<LlmUsage> = {}): LlmUsage {
  return {
    id,
    tenant_id: of.tenant_id,
    call_id: of.id,
    provider: 'groq',
    timestamp: of.start_time,
    input_tokens: 300,
    output_tokens: 100,
    latency_ms: 300,
    error: false,
    ...overrides,
  }
}

const OUTCOMES: readonly Outcome[] = ['resolved', 'ticket_created', 'escalated', 'abandoned']
const CATEGORIES = ['network', 'billing', 'hardware', 'access'] as const

/**
 * `count` calls spread over [fromIso, toIso) by a fixed linear congruential sequence: varied enough to test
 * agreements between figures, identical on every run.
 */
export function pseudoRandomCalls(count: number, fromIso: string, toIso: string, seed = 7): Call[] {
  let state = seed >>> 0
  const next = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
  const from = Date.parse(fromIso)
  const span = Date.parse(toIso) - from
  const calls: Call[] = []
  for (let i = 0; i < count; i += 1) {
    const start = new Date(from + Math.floor(next() * span)).toISOString()
    const outcome = OUTCOMES[Math.floor(next() * OUTCOMES.length)] ?? 'resolved'
    calls.push(
      call(start, {
        id: `call-${String(i).padStart(5, '0')}`,
        outcome,
        duration_seconds: 30 + Math.floor(next() * 600),
        category: CATEGORIES[Math.floor(next() * CATEGORIES.length)] ?? 'network',
        phone_number: `+3361${String(1_000_000 + i).slice(-7)}`,
      }),
    )
  }
  return calls
}
