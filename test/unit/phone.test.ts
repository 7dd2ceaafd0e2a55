import { describe, expect, it } from 'vitest'
import { phoneDigits, redactEmail, redactName, redactPhone, redactText, searchCalls } from '../../mocks/aurion/phone.ts'
import { call } from '../support/call-fixtures.ts'

describe('redaction', () => {
  it('keeps the last 4 digits of a phone number', () => {
    expect(phoneDigits('+33 6 12-34.56 78')).toBe('33612345678')
    expect(redactPhone('+33612345678')).toBe('***-***-5678')
    expect(redactPhone('(555) 123-4567')).toBe('***-***-4567')
    expect(redactPhone('5678')).toBe('***-***-5678')
    expect(redactPhone('123')).toBe('***')
    expect(redactPhone('')).toBe('***')
  })

  it('keeps the first letter of e-mail addresses and names', () => {
    expect(redactEmail('jane.doe@acme.example')).toBe('j***@acme.example')
    expect(redactEmail('not an address')).toBe('***')
    expect(redactName('Jane Doe')).toBe('J*** D***')
    expect(redactName('  Élodie   de la Tour ')).toBe('É*** d*** l*** T***')
    expect(redactName('')).toBe('')
  })

  it('redacts phone numbers and e-mail addresses inside free text', () => {
    const text =
      'Caller: my number is +33 6 12 34 56 78, or (555) 123-4567, mail jane.doe@acme.example. ' +
      'Ticket 4521 opened on 2026-03-02 at 10:15; call back 0612345678.'
    const out = redactText(text)
    expect(out).toBe(
      'Caller: my number is ***-***-5678, or ***-***-4567, mail j***@acme.example. ' +
        'Ticket 4521 opened on 2026-03-02 at 10:15; call back ***-***-5678.',
    )
    expect(phoneDigits(out)).not.toContain('612345678')
  })

  it('replaces the known names in full', () => {
    expect(redactText('Agent: Hello Jane Doe. JANE DOE: hi', ['Jane Doe'])).toBe('Agent: Hello J*** D***. J*** D***: hi')
    expect(redactText('Name (with) [regex] chars', ['(with) [regex]'])).toBe('Name (*** [*** chars')
  })

  it('replaces a known name said in part, as a whole word only', () => {
    expect(redactText('Hi Jane, is Janet there? Mrs doe said so.', ['Jane Doe'])).toBe('Hi J***, is Janet there? Mrs D*** said so.')
    // Short parts are common words ("de", "la"): only the full name goes.
    expect(redactText('Élodie de la Tour: la box est en panne', ['Élodie de la Tour'])).toBe('É*** d*** l*** T***: la box est en panne')
  })
})

describe('searchCalls', () => {
  const calls = [
    call('2026-03-02T09:15:00Z', { id: 'a', phone_number: '+33612345678', outcome: 'ticket_created', duration_seconds: 245 }),
    call('2026-03-04T10:00:00Z', { id: 'b', phone_number: '+33612345678' }),
    call('2026-03-03T10:00:00Z', { id: 'c', phone_number: '+14155550199' }),
    call('2026-03-05T10:00:00Z', { id: 'd', phone_number: '+447700905678' }),
  ]

  it('matches numbers containing the digits of the term, newest first', () => {
    const r = searchCalls(calls, '5678', 50)
    expect(r.results.map((x) => x.call_id)).toEqual(['d', 'b', 'a'])
    expect(r.total_count).toBe(3)
    expect(r.search_term_redacted).toBe('***-***-5678')
  })

  it('finds a full number however it is written, with the seed shape', () => {
    for (const term of ['+33612345678', '+33 6 12 34 56 78', '33612345678']) {
      const r = searchCalls(calls, term, 50)
      expect(r.results.map((x) => x.call_id)).toEqual(['b', 'a'])
    }
    expect(searchCalls(calls, '+33612345678', 50).results[1]).toEqual({
      call_id: 'a',
      phone_number_redacted: '***-***-5678',
      start_time: '2026-03-02T09:15:00Z',
      duration_seconds: 245,
      outcome: 'ticket_created',
      status: 'completed',
    })
  })

  it('counts every match but returns at most limit', () => {
    const r = searchCalls(calls, '5678', 2)
    expect(r.results.map((x) => x.call_id)).toEqual(['d', 'b'])
    expect(r.total_count).toBe(3)
  })

  it('matches nothing without digits or without a match', () => {
    expect(searchCalls(calls, 'abcd', 50)).toEqual({ results: [], total_count: 0, search_term_redacted: '***' })
    expect(searchCalls(calls, '9999', 50).total_count).toBe(0)
  })

  it('never lets a full phone number through', () => {
    const r = searchCalls(calls, '+33612345678', 50)
    const json = JSON.stringify(r)
    for (const c of calls) {
      expect(json).not.toContain(c.phone_number)
      expect(json).not.toContain(phoneDigits(c.phone_number))
    }
    expect(json).not.toContain('612345678')
  })
})
