// The browser helper's page-URL options: mock-seed, mock-size and mock-now become createMock options, and a
// value that is not what it should be is refused by name instead of silently giving another world.
import { describe, expect, it } from 'vitest'
import { mockOptionsFromUrl } from '../../mocks/browser.ts'

describe('mockOptionsFromUrl', () => {
  it('reads the seed, the size and now from the query', () => {
    expect(mockOptionsFromUrl('http://localhost:5173/?mock-seed=7&mock-size=300&mock-now=2026-03-09T12:00:00Z')).toEqual({
      seed: 7,
      size: 300,
      now: new Date('2026-03-09T12:00:00Z'),
    })
  })

  it('reads the APIs to mock, comma-separated', () => {
    expect(mockOptionsFromUrl('http://localhost/?mock-apis=aurion,nebuly')).toEqual({ apis: ['aurion', 'nebuly'] })
  })

  it('refuses an API it does not mock, or none', () => {
    expect(() => mockOptionsFromUrl('http://localhost/?mock-apis=aurion,zendesk')).toThrow(
      'mock-apis: expected some of aurion,chatlayer,nebuly, got "aurion,zendesk"',
    )
    expect(() => mockOptionsFromUrl('http://localhost/?mock-apis=')).toThrow('mock-apis')
  })

  it('leaves out what the URL does not name, and ignores other parameters', () => {
    expect(mockOptionsFromUrl('http://localhost:5173/dashboard?tab=voice')).toEqual({})
  })

  it('refuses a seed or size that is not a whole number, and a date it cannot read', () => {
    expect(() => mockOptionsFromUrl('http://localhost/?mock-seed=seven')).toThrow('mock-seed: expected a whole number, got "seven"')
    expect(() => mockOptionsFromUrl('http://localhost/?mock-size=-5')).toThrow('mock-size: expected a whole number, got "-5"')
    expect(() => mockOptionsFromUrl('http://localhost/?mock-size=1e6')).toThrow('mock-size')
    expect(() => mockOptionsFromUrl('http://localhost/?mock-now=yesterday')).toThrow(
      'mock-now: expected an ISO 8601 date-time, got "yesterday"',
    )
  })
})
