// GET /api/v2/analytics/unified-overview (seed 001 of docs/sources.md): voice, CS helpdesk and knowledge base side by side,
// each block present only for the products of the tenant's profile.
//   voice:    the voice block only          platform: cs and kb, no voice
//   complete: every block, plus cross_product
import type { Profile } from '../../../generators/aurion/model.ts'
import { aurionCsat } from './csat.ts'
import { callsInRange, countedSpan } from '../view.ts'
import type { DateRange, TenantView } from '../view.ts'
import { articleTotals, deflectedCount, publishedArticles, trafficShare } from './insights.ts'
import { aurionOverview } from './overview.ts'
import type { AurionOverview, ChannelCount } from './overview.ts'
import { voiceKpis } from './voice-kpis.ts'
import type { VoiceKpis } from './voice-kpis.ts'
import { percent, shares } from '../../lib/rounding.ts'

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
  const profile = view.tenant.profile
  const hasVoice = profile !== 'platform'
  const hasCs = profile !== 'voice'
  const calls = hasVoice ? callsInRange(view, range.from.getTime(), range.to.getTime()) : []
  const voice = hasVoice ? voiceKpis(calls) : null

  let cs: UnifiedCsBlock | null = null
  let kb: UnifiedKbBlock | null = null
  if (hasCs) {
    // The overview endpoint's figures plus the csat endpoint's average, for the same range.
    // In the contract's order (UnifiedCs): csat_avg before channel_distribution.
    const { channel_distribution, ...figures } = aurionOverview(view, range)
    cs = { ...figures, csat_avg: aurionCsat(view, range).avg_rating, channel_distribution }
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
      ai_resolutions: deflectedCount(view, span),
    }
  }

  let crossProduct: UnifiedCrossProduct | null = null
  if (profile === 'complete' && voice && cs) {
    const total = voice.total_calls + cs.total_conversations
    let fcrCalls = 0
    for (const call of calls) if (call.first_call_resolution) fcrCalls += 1
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
