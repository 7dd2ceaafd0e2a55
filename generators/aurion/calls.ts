// Voice-agent calls of one tenant and the LLM requests the voice agent made while handling them.
import type { Call } from './model.ts'
import type { LlmProvider, LlmUsageTable } from './llm-usage.ts'
import { TOPICS, UNKNOWN_CALLER } from './catalog.ts'
import { TimeSampler } from './clock.ts'
import type { IsoFormat } from './clock.ts'
import type { ContactBook } from './contacts.ts'
import type { Organisation } from './organisation.ts'
import { pickPhone } from './people.ts'
import type { Rng } from './random.ts'
import { Weighted } from './random.ts'
import type { TenantInfo } from './tenants.ts'

type Outcome = Call['outcome']
type Provider = LlmProvider

const OUTCOMES = new Weighted<Outcome>([
  ['ticket_created', 60],
  ['resolved', 5],
  ['escalated', 20],
  ['abandoned', 15],
])
const TOPIC_MIX = new Weighted(TOPICS.map((t, i) => [i, t.weight] as const))
/** The voice agent's main model per call; the seed's usage example is a groq row. */
const PROVIDERS = new Weighted<Provider>([
  ['groq', 78],
  ['openai', 14],
  ['anthropic', 8],
])
/** Where a failed request is retried. */
const FALLBACK: Readonly<Record<Provider, Provider>> = { groq: 'openai', openai: 'anthropic', anthropic: 'openai' }
/**
 * One LLM request per caller turn: a turn every ~28 s of conversation gives ~8 requests a completed call
 * (seed 001: 1,240 groq requests for 156 calls). Each request re-sends the conversation so far, so input
 * tokens grow with the turn (~330 a request on average, the seed's 410,000 / 1,240); outputs are short
 * spoken answers (~77 tokens, 96,000 / 1,240).
 */
const SECONDS_PER_TURN = 28
const PROMPT_TOKENS = 140
const TOKENS_PER_TURN = 25
const OUTPUT_TOKENS_MEDIAN = 70
/** Tokenizers differ: the same prompt counts a few more tokens on Anthropic's. */
const TOKEN_FACTOR: Readonly<Record<Provider, number>> = { groq: 1, openai: 0.97, anthropic: 1.12 }
/** Median latency per provider, ms. */
const LATENCY_MS: Readonly<Record<Provider, number>> = { groq: 320, openai: 850, anthropic: 1100 }

const FCR_RATE = 0.9
const LLM_ERROR_RATE = 0.004

const OUTCOME_INDEX: Readonly<Record<Outcome, number>> = {
  ticket_created: 0,
  resolved: 1,
  escalated: 2,
  abandoned: 3,
}

function transcript(tenantName: string, callerLine: string, agentLine: string, outcome: Outcome, teamName: string): string {
  const greeting = `Agent: Thank you for calling ${tenantName} support, this is Aurion. How can I help you today?`
  const caller = `Caller: Hi, ${callerLine}`
  if (outcome === 'abandoned') {
    // The caller hung up mid-sentence.
    return [greeting, caller.slice(0, Math.max(12, Math.floor(caller.length / 2))), '[call disconnected]'].join('\n')
  }
  const opening = [greeting, caller, `Agent: ${agentLine}`]
  switch (outcome) {
    case 'resolved':
      return [...opening, 'Caller: Yes, that fixed it.', 'Agent: Great. Is there anything else?', 'Caller: No, thanks!'].join('\n')
    case 'escalated':
      return [
        ...opening,
        'Caller: I tried that already.',
        `Agent: I'll transfer you to a specialist in our ${teamName} team. Please hold.`,
      ].join('\n')
    default:
      return [...opening, "Agent: I've created a ticket; our team will follow up by e-mail.", 'Caller: Perfect, thank you.'].join('\n')
  }
}

/**
 * Appends the tenant's calls to `calls` and the voice agent's LLM requests to `llmUsage` (whose `call`
 * column points into `calls`).
 */
export function buildCalls(
  rng: Rng,
  iso: IsoFormat,
  info: TenantInfo,
  book: ContactBook,
  org: Organisation,
  window: { start: number; now: number },
  calls: Call[],
  llmUsage: LlmUsageTable,
): void {
  const { start, now } = window
  const count = info.calls
  if (count === 0) return
  const tenantId = info.tenant.id
  const times = new TimeSampler(start, now).sampleSorted(rng, count)
  const drawId = (words: Uint32Array, offset: number) => rng.uuidWords(words, offset)
  const escalationTeam = org.teams.find((t) => t.name === 'Tier 2' || t.name === 'Escalations') ?? org.teams[0]

  // A tenant has a few hundred distinct transcripts; calls share the strings instead of each building one.
  const transcripts = new Map<number, string>()
  const transcriptFor = (topicIndex: number, outcome: Outcome): string => {
    const topic = TOPICS[topicIndex]!
    const c = rng.int(0, topic.callerLines.length - 1)
    const a = rng.int(0, topic.agentLines.length - 1)
    const key = ((topicIndex * 16 + c) * 16 + a) * 4 + OUTCOME_INDEX[outcome]
    let text = transcripts.get(key)
    if (text === undefined) {
      const line = (list: readonly string[], i: number) => list[i] ?? ''
      const team = escalationTeam?.name ?? 'Tier 2'
      text = transcript(info.tenant.name, line(topic.callerLines, c), line(topic.agentLines, a), outcome, team)
      transcripts.set(key, text)
    }
    return text
  }

  for (let i = 0; i < count; i++) {
    const startMs = times[i] as number
    const outcome = OUTCOMES.sample(rng)
    const topicIndex = TOPIC_MIX.sample(rng)
    const known = book.contacts.length > 0 && rng.chance(0.85)
    const contact = known ? book.contacts[rng.skewedIndex(book.contacts.length)] : undefined
    const id = rng.uuid()
    const callIndex = calls.length
    // Abandoned calls hang up early; a call never runs past `now`.
    const wanted = outcome === 'abandoned' ? rng.int(5, 60) : Math.round(Math.max(30, rng.logNormal(220, 0.5)))
    const duration = Math.max(1, Math.min(wanted, Math.floor((now - startMs) / 1000)))
    const fcr = (outcome === 'ticket_created' || outcome === 'resolved') && rng.chance(FCR_RATE)
    calls.push({
      id,
      tenant_id: tenantId,
      contact_id: contact?.id ?? null,
      caller_name: contact?.name ?? UNKNOWN_CALLER,
      phone_number: contact?.phone ?? pickPhone(rng).e164,
      start_time: iso(startMs),
      duration_seconds: duration,
      status: outcome === 'abandoned' ? 'failed' : 'completed',
      outcome,
      category: TOPICS[topicIndex]!.category,
      first_call_resolution: fcr,
      ticket_created: outcome === 'ticket_created',
      escalated: outcome === 'escalated',
      // Resolved on the call: near its end.
      resolution_time_seconds: fcr ? Math.max(1, duration - rng.int(0, Math.min(30, duration - 1))) : null,
      transcript: transcriptFor(topicIndex, outcome),
    })

    // A caller who hangs up within a turn never reached the model.
    const turns = Math.max(outcome === 'abandoned' ? 0 : 2, Math.round(duration / SECONDS_PER_TURN + rng.normal() * 0.8))
    const main = PROVIDERS.sample(rng)
    for (let turn = 0; turn < turns; turn++) {
      const at = Math.min(now, startMs + Math.floor(((turn + rng.next()) / turns) * duration) * 1000)
      const input = PROMPT_TOKENS + TOKENS_PER_TURN * turn + rng.logNormal(60, 0.5)
      let provider = main
      let failed = rng.chance(LLM_ERROR_RATE)
      for (let attempt = 0; attempt < 2; attempt++) {
        const row = llmUsage.addRow(drawId)
        llmUsage.set(row, {
          tenantId,
          call: callIndex,
          provider,
          timestampMs: at,
          inputTokens: Math.round(input * TOKEN_FACTOR[provider]),
          outputTokens: failed ? 0 : Math.round(rng.logNormal(OUTPUT_TOKENS_MEDIAN, 0.5) * TOKEN_FACTOR[provider]) + 1,
          latencyMs: Math.round(rng.logNormal(LATENCY_MS[provider], 0.35)),
          error: failed,
        })
        if (!failed) break
        // A failed request is retried once on the fallback provider.
        provider = FALLBACK[provider]
        failed = false
      }
    }
  }
}
