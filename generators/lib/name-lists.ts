// Faker's name lists, stored front-coded in faker-en.ts: each name as the number of leading characters it
// shares with the one before (one digit, at most 9) and the rest. The lists are sorted, so this stores them
// in ~30% fewer gzip bytes of a browser page than an array literal (8.3 vs 11.9 kB).

/** Names that are letters, apostrophes, hyphens and spaces (no digits: a digit starts the next name). */
export function encodeNames(names: readonly string[]): string {
  const withDigit = names.find((name) => /\d/.test(name))
  if (withDigit !== undefined) throw new RangeError(`a name with a digit cannot be front-coded: ${withDigit}`)
  return names
    .map((name, i) => {
      const previous = names[i - 1] ?? ''
      let shared = 0
      while (shared < 9 && shared < name.length && name[shared] === previous[shared]) shared++
      return `${shared}${name.slice(shared)}`
    })
    .join('')
}

export function decodeNames(encoded: string): string[] {
  const names: string[] = []
  let previous = ''
  for (const [, shared, rest] of encoded.matchAll(/(\d)(\D*)/g)) {
    previous = previous.slice(0, Number(shared)) + rest
    names.push(previous)
  }
  return names
}
