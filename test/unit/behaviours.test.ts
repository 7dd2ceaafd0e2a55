import { describe, expect, it } from 'vitest'
import { compileContract } from '../../mocks/core/contract.ts'
import { fastApiDialect, json } from '../../mocks/core/errors.ts'
import { defineRoute, type ApiDefinition } from '../../mocks/core/pipeline.ts'
import { createMockRouter } from '../../mocks/core/router.ts'
import { createClock } from '../../mocks/core/clock.ts'
import { createControls } from '../../mocks/core/controls.ts'
import { parsePrefer } from '../../mocks/core/prefer.ts'
import { createWindowLimiter } from '../../mocks/core/rate-limit.ts'

describe('clock', () => {
  it('stands still until advanced, and can tick from a time source', () => {
    const clock = createClock(new Date('2026-03-09T12:00:00Z'))
    clock.advance(90_000)
    expect(clock.now().toISOString()).toBe('2026-03-09T12:01:30.000Z')
    let real = 1000
    const ticking = createClock(new Date('2026-03-09T12:00:00Z'), () => real)
    real += 5000
    expect(ticking.now().toISOString()).toBe('2026-03-09T12:00:05.000Z')
    ticking.set(new Date('2026-01-01T00:00:00Z'))
    expect(ticking.now().toISOString()).toBe('2026-01-01T00:00:00.000Z')
  })
})

describe('Prefer header', () => {
  it('reads code and example, ignores the rest', () => {
    expect(parsePrefer('code=429')).toEqual({ code: 429 })
    expect(parsePrefer('code=404, example=missing')).toEqual({ code: 404, example: 'missing' })
    expect(parsePrefer('respond-async; wait=5')).toEqual({})
    expect(parsePrefer(null)).toEqual({})
  })
})

describe('window rate limiter on the mock clock', () => {
  it('allows the limit, refuses the next with Retry-After, and resets when the clock moves a minute', async () => {
    const clock = createClock(new Date('2026-03-09T12:00:15Z'))
    const limiter = createWindowLimiter({ limit: 3, windowMs: 60_000, clock })
    const remaining = []
    for (let i = 0; i < 3; i++) remaining.push((await limiter.consume('u1')).remaining)
    expect(remaining).toEqual([2, 1, 0])
    expect(await limiter.consume('u1')).toEqual({ allowed: false, limit: 3, remaining: 0, retryAfterSeconds: 45 })
    expect((await limiter.consume('u2')).allowed).toBe(true)
    clock.advance(60_000)
    expect(await limiter.consume('u1')).toMatchObject({ allowed: true, remaining: 2 })
  })

  it('never lets more than the limit through concurrent requests', async () => {
    const limiter = createWindowLimiter({ limit: 5, windowMs: 60_000, clock: createClock(new Date('2026-03-09T12:00:00Z')) })
    const decisions = await Promise.all(Array.from({ length: 40 }, () => limiter.consume('k')))
    expect(decisions.filter((d) => d.allowed)).toHaveLength(5)
  })
})

describe('Prefer falls back to the contract when no real behaviour is registered', () => {
  it('answers with the documented example body and the examples of its ($ref) headers', async () => {
    const contract = compileContract({
      openapi: '3.0.3',
      info: { title: 't', version: '1' },
      paths: {
        '/status': {
          get: {
            operationId: 'status',
            responses: {
              '200': { description: 'ok' },
              '503': { $ref: '#/components/responses/Unavailable' },
            },
          },
        },
      },
      components: {
        headers: { RetryAfter: { schema: { type: 'integer' }, example: 120 } },
        responses: {
          Unavailable: {
            description: 'down',
            headers: { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } },
            content: { 'application/json': { example: { detail: 'Maintenance' } } },
          },
        },
      },
    })
    const api: ApiDefinition<null> = { contract, dialect: fastApiDialect, baseUrl: '*', authenticate: () => ({ principal: null }) }
    const controls = createControls({ clock: createClock(new Date('2026-03-09T12:00:00Z')) })
    const { fetch } = createMockRouter([defineRoute({ ...api, controls }, 'status', () => json({ ok: true }))], controls)
    const forced = await fetch(new Request('http://x.test/status', { headers: { Prefer: 'code=503' } }))
    expect(forced?.status).toBe(503)
    expect(forced?.headers.get('retry-after')).toBe('120')
    expect(await forced?.json()).toEqual({ detail: 'Maintenance' })
    const normal = await fetch(new Request('http://x.test/status'))
    expect(await normal?.json()).toEqual({ ok: true })
  })
})
