// The fixed tenant line-up: one of each shape the analytics endpoints must handle
// (default complete tenant, voice-only, platform-only, below-Professional plan, a second enterprise).
import type { Plan, Profile, Tenant } from './model.ts'
import type { Rng } from './random.ts'

interface TenantPlan {
  slug: string
  name: string
  plan: Plan
  profile: Profile
  isDefault: boolean
  /** Conversations as a share of `size`; 0 for voice-only tenants. */
  conversationShare: number
  /** Calls as a share of `size`; 0 for platform-only tenants. */
  callShare: number
}

const TENANT_PLANS: readonly TenantPlan[] = [
  {
    slug: 'northwind',
    name: 'Northwind Health',
    plan: 'professional',
    profile: 'complete',
    isDefault: true,
    conversationShare: 1,
    callShare: 0.5,
  },
  {
    slug: 'helix',
    name: 'Helix Telecom',
    plan: 'enterprise',
    profile: 'voice',
    isDefault: false,
    conversationShare: 0,
    callShare: 0.1,
  },
  {
    slug: 'brightpath',
    name: 'Brightpath Software',
    plan: 'professional',
    profile: 'platform',
    isDefault: false,
    conversationShare: 0.2,
    callShare: 0,
  },
  {
    slug: 'cobalt',
    name: 'Cobalt Dental Group',
    plan: 'growth',
    profile: 'complete',
    isDefault: false,
    conversationShare: 0.05,
    callShare: 0.025,
  },
  {
    slug: 'orbital',
    name: 'Orbital Retail',
    plan: 'enterprise',
    profile: 'complete',
    isDefault: false,
    conversationShare: 0.1,
    callShare: 0.05,
  },
]

/** Smaller tenants still get a usable volume, but never more than the default tenant. */
const MIN_SECONDARY_VOLUME = 200

function volumeFor(share: number, size: number, isDefault: boolean): number {
  if (share === 0) return 0
  const scaled = Math.round(size * share)
  if (isDefault) return scaled
  return Math.max(Math.min(size, MIN_SECONDARY_VOLUME), scaled)
}

export interface TenantInfo {
  tenant: Tenant
  plan: TenantPlan
  /** Mail domain of the tenant's own staff and support addresses. */
  domain: string
  conversations: number
  calls: number
}

export function buildTenants(rng: Rng, size: number): TenantInfo[] {
  return TENANT_PLANS.map((plan) => ({
    tenant: {
      id: rng.uuid(),
      name: plan.name,
      plan: plan.plan,
      profile: plan.profile,
      is_default: plan.isDefault,
    },
    plan,
    domain: `${plan.slug}.example`,
    conversations: volumeFor(plan.conversationShare, size, plan.isDefault),
    calls: volumeFor(plan.callShare, size, plan.isDefault),
  }))
}

export function hasVoice(profile: Profile): boolean {
  return profile === 'voice' || profile === 'complete'
}

export function hasHelpdesk(profile: Profile): boolean {
  return profile === 'platform' || profile === 'complete'
}
