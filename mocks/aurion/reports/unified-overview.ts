// GET /api/v2/analytics/unified-overview (seed 001 of docs/sources.md): voice, CS helpdesk and knowledge base side by side,
// each block present only for the products of the tenant's profile.
//   voice:    the voice block only          platform: cs and kb, no voice
//   complete: every block, plus cross_product
import type { Profile } from '../../../generators/aurion/model.ts'
import { aurionCsatSteps } from './csat.ts'
import { callSpan, countedSpan } from '../view.ts'
import type { DateRange, TenantView } from '../view.ts'
import { articleTotals, deflectedCount, publishedArticles, trafficShare } from './insights.ts'
import { aurionOverviewSteps } from './overview.ts'
import type { AurionOverview, ChannelCount } from './overview.ts'
import { voiceKpisOfSpan } from './voice-kpis.ts'
import type { VoiceKpis } from './voice-kpis.ts'
import { percent, shares } from '../../lib/rounding.ts'
import { runSteps, slices, type Steps } from '../../lib/steps.ts'

/** The overview endpoint's figures, with the csat endpoint's average before the channel distribution. */
interface UnifiedCsBlock extends Omit<AurionOverview, 'channel_distribution'> {
  csat_avg: number
  channel_distribution: ChannelCount[]
}

interface UnifiedCrossProduct {
  total_interactions: number
  blended_resolution_rate: number
  voice_share: number
  cs_share: number
}

interface UnifiedKbBlock {
  total_published: number
  total_views: number
  helpfulness_rate: number
  ai_resolutions: number
}

export interface AurionUnifiedOverview {
  profile: Profile
  voice: VoiceKpis | null
  cs: UnifiedCsBlock | null
  cross_product: UnifiedCrossProduct | null
  kb: UnifiedKbBlock | null
}

export function aurionUnifiedOverview(view: TenantView, range: DateRange): AurionUnifiedOverview {
  return runSteps(aurionUnifiedOverviewSteps(view, range))
}

/** The same in slices (see lib/steps.ts). */
export function* aurionUnifiedOverviewSteps(view: TenantView, range: DateRange): Steps<AurionUnifiedOverview> {
  const profile = view.tenant.profile
  const hasVoice = profile !== 'platform'
  const hasCs = profile !== 'voice'
  const calls = hasVoice ? callSpan(view, range.from.getTime(), range.to.getTime()) : { start: 0, end: 0 }
  const voice = hasVoice ? yield* voiceKpisOfSpan(view.callColumns, calls) : null

  let cs: UnifiedCsBlock | null = null
  let kb: UnifiedKbBlock | null = null
  if (hasCs) {
    // The overview endpoint's figures plus the csat endpoint's average, for the same range.
    // In the contract's order (UnifiedCs): csat_avg before channel_distribution.
    const { channel_distribution, ...figures } = yield* aurionOverviewSteps(view, range)
    cs = { ...figures, csat_avg: (yield* aurionCsatSteps(view, range)).avg_rating, channel_distribution }
    // total_published is a snapshot at now (the contract says so); views and feedback read the range.
    const span = countedSpan(view, range)
    const articles = publishedArticles(view)
    const { views, helpful, notHelpful } = articleTotals(articles, trafficShare(view, span))
    kb = {
      total_published: articles.length,
      total_views: views,
      helpfulness_rate: percent(helpful, helpful + notHelpful),
      // AI-resolved conversations of the range that cite an article, not the articles' lifetime
      // ai_resolution_count: the rest of this response is range-bound, and this way it is the numerator
      // of the insights' deflection_rate.
      ai_resolutions: yield* deflectedCount(view, span),
    }
  }

  let crossProduct: UnifiedCrossProduct | null = null
  if (profile === 'complete' && voice && cs) {
    const total = voice.total_calls + cs.total_conversations
    let fcrCalls = 0
    const fcr = view.callColumns.firstCallResolution
    yield* slices(calls.start, calls.end, (from, to) => {
      for (let p = from; p < to; p++) fcrCalls += fcr[p]!
    })
    const [voiceShare, csShare] = shares([voice.total_calls, cs.total_conversations])
    crossProduct = {
      total_interactions: total,
      // Calls resolved on the first call plus resolved conversations, over every interaction.
      blended_resolution_rate: percent(fcrCalls + cs.ai_resolved_count + cs.human_resolved_count, total),
      voice_share: voiceShare ?? 0,
      cs_share: csShare ?? 0,
    }
  }

  // Key order as in seed 001.
  return { profile, voice, cs, cross_product: crossProduct, kb }
}
