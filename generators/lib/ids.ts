// The one UUID maker of the kit: 128 bits as four 32-bit words, version 4 and RFC 4122 variant bits set,
// written as lower-case hex. The worlds draw the words from their seeded stream; the mock's own ids
// (exports, audit) hash a string into them. Words rather than strings let a table keep ids as numbers
// (LLM usage rows) and write them only when asked.

const HEX = Array.from('0123456789abcdef', (c) => c.charCodeAt(0))
const codes = new Array<number>(36).fill(0)

/** Sets the version (4) and variant (10xx) bits of the words at `offset`, so that word order is id order. */
export function markUuidWords(words: Uint32Array, offset = 0): void {
  words[offset + 1] = ((words[offset + 1] as number) & 0xffff0fff) | 0x4000
  words[offset + 2] = ((words[offset + 2] as number) & 0x3fffffff) | 0x80000000
}

/** Four words from uniform draws in [0, 1) (53-bit draws, so 32 of their bits are random), marked. */
export function drawUuidWords(next: () => number, words: Uint32Array, offset = 0): void {
  for (let w = 0; w < 4; w++) words[offset + w] = Math.floor(next() * 4294967296) >>> 0
  markUuidWords(words, offset)
}

/**
 * "xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx" from four marked words. Built from char codes so the result is
 * one flat string (concatenation would keep a tree of fragments alive).
 */
export function formatUuid(words: Uint32Array, offset = 0): string {
  let k = 0
  for (let w = 0; w < 4; w++) {
    const word = words[offset + w] as number
    for (let n = 0; n < 8; n++) {
      const i = w * 8 + n
      if (i === 8 || i === 12 || i === 16 || i === 20) codes[k++] = 45 // '-'
      codes[k++] = HEX[(word >>> (28 - 4 * n)) & 15] as number
    }
  }
  return String.fromCharCode.apply(null, codes)
}

const scratch = new Uint32Array(4)

/** A random UUID from a seeded uniform source (the world's stream): same draws, same id. */
export function randomUuid(next: () => number): string {
  drawUuidWords(next, scratch)
  return formatUuid(scratch)
}

/**
 * The four words of a lower-case UUID string into `words` at `offset` (formatUuid's inverse: formatting
 * them gives the string back); false, and nothing written, for any other string.
 */
export function parseUuidWords(text: string, words: Uint32Array, offset = 0): boolean {
  if (text.length !== 36) return false
  let word = 0
  let digits = 0
  for (let k = 0; k < 36; k++) {
    const c = text.charCodeAt(k)
    if (k === 8 || k === 13 || k === 18 || k === 23) {
      if (c !== 45) return false
      continue
    }
    const nibble = c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : -1
    if (nibble < 0) return false
    word = word * 16 + nibble
    if (++digits % 8 === 0) {
      scratch[digits / 8 - 1] = word
      word = 0
    }
  }
  words.set(scratch, offset)
  return true
}

/** Compares the UUIDs in rows `a` and `b` of four-word ids (`parseUuidWords`) as their strings compare. */
export function compareUuidWords(words: Uint32Array, a: number, b: number): number {
  for (let w = 0; w < 4; w++) {
    const d = words[4 * a + w]! - words[4 * b + w]!
    if (d !== 0) return d
  }
  return 0
}
