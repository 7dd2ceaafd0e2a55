// parseUuidWords is formatUuid's inverse for lower-case UUIDs and refuses every other string.
import { describe, expect, it } from 'vitest'
import { formatUuid, parseUuidWords } from '../../generators/lib/ids.ts'

describe('parseUuidWords', () => {
  it('reads the words that format back to the same string', () => {
    const words = new Uint32Array(8)
    for (const id of [
      '00000000-0000-4000-8000-000000000000',
      'ffffffff-ffff-4fff-bfff-ffffffffffff',
      '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0',
    ]) {
      expect(parseUuidWords(id, words, 4)).toBe(true)
      expect(formatUuid(words, 4)).toBe(id)
    }
  })

  it('refuses anything but a lower-case UUID, and writes nothing then', () => {
    const words = new Uint32Array(4).fill(7)
    for (const text of [
      '',
      'c1',
      '0F1E2D3C-4B5A-4968-8776-A5B4C3D2E1F0',
      '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f',
      '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1fg',
      '0f1e2d3c4b5a-4968-8776-a5b4c3d2e1f0-',
    ]) {
      expect(parseUuidWords(text, words)).toBe(false)
    }
    expect(Array.from(words)).toEqual([7, 7, 7, 7])
  })
})
