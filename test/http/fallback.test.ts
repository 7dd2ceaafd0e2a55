// Errors no operation rendered (a bug, a body parser's refusal) still answer in the dialect of the path:
// grpc-gateway's {code, message, details} on Chatlayer paths, FastAPI's {"detail"} elsewhere.
import type { AddressInfo } from 'node:net'
import express from 'express'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createFallback } from '../../server/fallback.ts'
import { call } from '../support/http.ts'

let url: string
let close: () => void

beforeAll(async () => {
  const fallback = createFallback([])
  const app = express()
  app.use(express.raw({ type: () => true, limit: '10b' }))
  app.use(() => {
    throw new Error('a bug in the mock')
  })
  app.use(fallback.onError)
  const server = app.listen(0, '127.0.0.1')
  await new Promise((resolve) => server.once('listening', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  close = () => server.close()
})
afterAll(() => close())

describe('the error fallback', () => {
  it('renders a 500 on a Chatlayer path as grpc-gateway INTERNAL', async () => {
    const reply = await call(`${url}/v1/bots/b/conversations`)
    expect(reply.status).toBe(500)
    expect(reply.body).toEqual({ code: 13, message: 'Internal server error', details: [] })
  })

  it('renders a 500 elsewhere in FastAPI shape', async () => {
    const reply = await call(`${url}/api/v2/analytics/conversations/overview`)
    expect(reply.status).toBe(500)
    expect(reply.body).toEqual({ detail: 'Internal server error' })
  })

  it('renders a body parser refusal with its status', async () => {
    const reply = await call(`${url}/v1/bots/b/conversations`, { method: 'POST', body: 'x'.repeat(100) })
    expect(reply.status).toBe(413)
    expect(reply.body).toEqual({ code: 2, message: 'Request body too large', details: [] })
  })
})
