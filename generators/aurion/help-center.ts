// Email channels and help-center articles of a helpdesk tenant. Their ids follow the seed examples
// ("ch_001", "kb_001") and are numbered across the whole world so that they stay unique.
import type { Article, EmailChannel } from './model.ts'
import { EMAIL_CHANNEL_LOCALS, TOPICS } from './catalog.ts'
import { slugify } from './people.ts'
import type { Rng } from './random.ts'
import { Weighted } from './random.ts'
import type { TenantInfo } from './tenants.ts'

export interface IdCounters {
  channel: number
  article: number
}

function serial(prefix: string, n: number): string {
  return `${prefix}_${String(n).padStart(3, '0')}`
}

export interface ChannelSet {
  channels: EmailChannel[]
  /** Channel picker for email conversations: active channels, by weight. */
  active: Weighted<EmailChannel>
  /** Deactivated channels: still referenced by older conversations. */
  inactive: EmailChannel[]
}

export function buildEmailChannels(rng: Rng, info: TenantInfo, counters: IdCounters): ChannelSet {
  const count = rng.int(2, 4)
  const locals = ['support', ...rng.shuffle(EMAIL_CHANNEL_LOCALS.filter((l) => l !== 'support')).slice(0, count - 1)]
  const channels: EmailChannel[] = locals.map((local, i) => ({
    id: serial('ch', ++counters.channel),
    tenant_id: info.tenant.id,
    address: `${local}@${info.domain}`,
    // The last one was retired: metrics must show inactive channels too.
    status: i === locals.length - 1 ? 'inactive' : 'active',
  }))
  const activeChannels = channels.filter((c) => c.status === 'active')
  return {
    channels,
    // support@ takes most of the mail.
    active: new Weighted(activeChannels.map((c, i) => [c, i === 0 ? 6 : 2] as const)),
    inactive: channels.filter((c) => c.status === 'inactive'),
  }
}

export interface ArticleSet {
  articles: Article[]
  /** Published article indexes per topic index (for deflection citations). */
  publishedByTopic: number[][]
  published: number[]
}

const VARIANTS = ['', ' (Windows)', ' (macOS)', ' on mobile', ': FAQ'] as const

export function buildArticles(rng: Rng, info: TenantInfo, counters: IdCounters): ArticleSet {
  const count = info.tenant.is_default ? rng.int(100, 150) : rng.int(40, 90)
  // Base titles first (shuffled), variants only when a big help center needs more.
  const candidates: { title: string; topic: number }[] = []
  for (const variant of VARIANTS) {
    const round: { title: string; topic: number }[] = []
    TOPICS.forEach((topic, topicIndex) => {
      for (const title of topic.articles) round.push({ title: `${title}${variant}`, topic: topicIndex })
    })
    candidates.push(...rng.shuffle(round))
  }
  const chosen = candidates.slice(0, count)

  const articles: Article[] = []
  const publishedByTopic: number[][] = TOPICS.map(() => [])
  const published: number[] = []
  const usedSlugs = new Set<string>()
  chosen.forEach(({ title, topic }, i) => {
    // Slugs drop filler words like the seed's "reset-vpn-client".
    const base = slugify(title.replace(/\b(your|the|a|an)\b/gi, ' '))
    let slug = base
    for (let n = 2; usedSlugs.has(slug); n++) slug = `${base}-${n}`
    usedSlugs.add(slug)
    const isPublished = rng.chance(0.88)
    articles.push({
      id: serial('kb', ++counters.article),
      tenant_id: info.tenant.id,
      title,
      slug,
      published: isPublished,
      // Feedback counts are filled in by finishArticles once the conversations cite them.
      view_count: 0,
      helpful_count: 0,
      not_helpful_count: 0,
      ai_resolution_count: 0,
    })
    if (isPublished) {
      publishedByTopic[topic]?.push(i)
      published.push(i)
    }
  })
  return { articles, publishedByTopic, published }
}

/**
 * Views and feedback after the conversations are known: an article the AI cited N times was read at
 * least N times, and helpful votes stay below views.
 */
export function finishArticles(rng: Rng, set: ArticleSet, citations: Int32Array, scale: number): void {
  set.articles.forEach((article, i) => {
    const cited = citations[i] ?? 0
    article.ai_resolution_count = cited
    const organic = article.published ? Math.round(rng.logNormal(30 * scale, 0.8)) : rng.int(0, 5)
    article.view_count = organic + Math.round(cited * rng.between(1.2, 2))
    article.helpful_count = Math.round(article.view_count * rng.between(0.05, 0.12))
    article.not_helpful_count = Math.round(article.view_count * rng.between(0.005, 0.025))
  })
}
