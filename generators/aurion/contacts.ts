// Companies and contacts (the people who write in and call) of one tenant.
import type { Company, Contact } from './model.ts'
import { CONTACT_ROLES, FREEMAIL_DOMAINS } from './catalog.ts'
import type { NamePool } from './people.ts'
import { emailLocal, pickName, pickPhone, slugify } from './people.ts'
import type { Rng } from './random.ts'
import type { TenantInfo } from './tenants.ts'

export interface ContactBook {
  companies: Company[]
  contacts: Contact[]
  /** Language each contact writes in (by phone country), parallel to `contacts`. */
  languages: string[]
}

/** About one contact per dozen interactions, a few hundred at least, five thousand at most. */
function contactCountFor(info: TenantInfo): number {
  const interactions = info.conversations + info.calls
  return Math.min(5000, Math.max(150, Math.round(interactions / 12)))
}

export function buildContacts(rng: Rng, info: TenantInfo, names: NamePool): ContactBook {
  const tenantId = info.tenant.id
  const contactCount = contactCountFor(info)
  const companyCount = Math.min(200, Math.max(8, Math.round(contactCount / 25)))

  const companies: Company[] = []
  const companyDomains: string[] = []
  const usedCompanyNames = new Set<string>()
  for (let i = 0; i < companyCount; i++) {
    let name = rng.faker.company.name()
    // Faker repeats names now and then; keep them distinct within a tenant.
    for (let n = 2; usedCompanyNames.has(name); n++) name = `${rng.faker.company.name()} ${n}`
    usedCompanyNames.add(name)
    companies.push({ id: rng.uuid(), tenant_id: tenantId, name })
    companyDomains.push(`${slugify(name).slice(0, 40)}.example`)
  }

  const contacts: Contact[] = []
  const languages: string[] = []
  const usedEmails = new Set<string>()
  const usedPhones = new Set<string>()
  for (let i = 0; i < contactCount; i++) {
    const name = pickName(rng, names)
    const companyIndex = rng.chance(0.75) ? rng.skewedIndex(companies.length, 1.5) : -1
    const company = companies[companyIndex]
    const domain = company ? (companyDomains[companyIndex] as string) : rng.pick(FREEMAIL_DOMAINS)
    let email = `${emailLocal(name)}@${domain}`
    for (let n = 2; usedEmails.has(email); n++) email = `${emailLocal(name)}${n}@${domain}`
    usedEmails.add(email)
    let phone = pickPhone(rng)
    while (usedPhones.has(phone.e164)) phone = pickPhone(rng)
    usedPhones.add(phone.e164)
    contacts.push({
      id: rng.uuid(),
      tenant_id: tenantId,
      company_id: company?.id ?? null,
      name: name.full,
      email,
      phone: phone.e164,
      role: company && rng.chance(0.7) ? rng.pick(CONTACT_ROLES) : null,
      email_bounced: rng.chance(0.015),
      email_complained: rng.chance(0.004),
    })
    languages.push(phone.language)
  }
  // Every tenant shows at least one bounced and one complained address in the email metrics.
  const [first, second] = contacts
  if (first && !contacts.some((c) => c.email_bounced)) first.email_bounced = true
  if (second && !contacts.some((c) => c.email_complained)) second.email_complained = true

  return { companies, contacts, languages }
}
