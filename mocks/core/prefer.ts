// `Prefer: code=429` picks a documented response, the convention Prism made common
// (https://docs.stoplight.io/docs/prism). Several preferences may share the header: `code=404, example=x`.

export interface Preferences {
  code?: number
  example?: string
}

export function parsePrefer(header: string | null): Preferences {
  const preferences: Preferences = {}
  if (!header) return preferences
  for (const part of header.split(/[,;]/)) {
    const [rawKey, rawValue] = part.split('=')
    const key = rawKey?.trim().toLowerCase()
    const value = rawValue?.trim().replace(/^"|"$/g, '')
    if (!key || value === undefined) continue
    if (key === 'code' && /^\d{3}$/.test(value)) preferences.code = Number(value)
    if (key === 'example') preferences.example = value
  }
  return preferences
}
