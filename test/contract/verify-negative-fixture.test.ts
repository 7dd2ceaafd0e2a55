// verify --negative on a small contract of its own: a header parameter, string lengths and a body field
// three levels deep. A server that enforces them passes; one that lets any of them through (or rejects a
// value at its length boundary) fails exactly those cells.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runVerify, type VerifyResult } from '../../server/verify/run-verify.ts'

const CONTRACT = `
openapi: 3.0.3
info: { title: Negative fixture, version: '1' }
paths:
  /items:
    get:
      operationId: listItems
      parameters:
        - { name: X-Tenant, in: header, required: true, schema: { type: string, minLength: 3, maxLength: 8 }, example: acme }
        - { name: q, in: query, required: false, schema: { type: string, minLength: 2, maxLength: 5 }, example: abc }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object } } } }
        '422': { description: invalid, content: { application/json: { schema: { $ref: '#/components/schemas/Error' } } } }
  /search:
    post:
      operationId: search
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              required: [filter]
              properties:
                filter:
                  type: object
                  required: [range]
                  properties:
                    range:
                      type: object
                      required: [from]
                      properties:
                        from: { type: integer, minimum: 0 }
                tags:
                  type: array
                  items:
                    type: object
                    required: [name]
                    properties:
                      name: { type: string, enum: [red, blue] }
            example: { filter: { range: { from: 1 } }, tags: [{ name: red }] }
      responses:
        '200': { description: ok, content: { application/json: { schema: { type: object } } } }
        '422': { description: invalid, content: { application/json: { schema: { $ref: '#/components/schemas/Error' } } } }
components:
  schemas:
    Error: { type: object, required: [detail], properties: { detail: { type: string } } }
`

interface Leniency {
  /** X-Tenant is not checked at all. */
  header?: boolean
  /** `q` of exactly 5 characters (its maxLength) is refused: an off-by-one. */
  offByOne?: boolean
  /** filter.range.from is not checked. */
  deep?: boolean
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

function problem(req: IncomingMessage, url: URL, body: unknown, lenient: Leniency): string | undefined {
  if (url.pathname === '/items') {
    const tenant = req.headers['x-tenant']
    if (!lenient.header && (typeof tenant !== 'string' || tenant.length < 3 || tenant.length > 8)) return 'X-Tenant'
    const q = url.searchParams.get('q')
    if (q !== null && (q.length < 2 || q.length > (lenient.offByOne ? 4 : 5))) return 'q'
    return undefined
  }
  if (!isObject(body) || !isObject(body.filter) || !isObject(body.filter.range)) return 'filter'
  const from = body.filter.range.from
  if (!lenient.deep && (typeof from !== 'number' || !Number.isInteger(from) || from < 0)) return 'filter.range.from'
  if (body.tags !== undefined) {
    if (!Array.isArray(body.tags)) return 'tags'
    for (const tag of body.tags) if (!isObject(tag) || !['red', 'blue'].includes(String(tag.name))) return 'tags.name'
  }
  return undefined
}

function startFixture(lenient: Leniency): Promise<{ url: string; server: Server }> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let text = ''
    req.on('data', (chunk: Buffer) => (text += chunk.toString()))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://fixture.invalid')
      let body: unknown
      try {
        body = text ? JSON.parse(text) : undefined
      } catch {
        body = undefined
      }
      const known = (url.pathname === '/items' && req.method === 'GET') || (url.pathname === '/search' && req.method === 'POST')
      const bad = known ? problem(req, url, body, lenient) : 'route'
      res.writeHead(bad ? 422 : 200, { 'Content-Type': 'application/json' })
      res.end(JSON.stringify(bad ? { detail: `invalid ${bad}` } : {}))
    })
  })
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }))
  })
}

const failures = (result: VerifyResult) =>
  result.transactions
    .filter((t) => t.result === 'fail')
    .map((t) => t.name)
    .sort()

describe('verify --negative: headers, string lengths, deep body fields', () => {
  let dir: string
  let contract: string
  const servers: Server[] = []
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'verify-negative-fixture-'))
    contract = path.join(dir, 'fixture.yaml')
    await writeFile(contract, CONTRACT)
  })
  afterAll(async () => {
    for (const server of servers) server.close()
    await rm(dir, { recursive: true, force: true })
  })

  const verify = async (lenient: Leniency) => {
    const fixture = await startFixture(lenient)
    servers.push(fixture.server)
    return runVerify({ contract, server: fixture.url, api: 'generic', fromMock: false, dreddOutput: false, negative: true })
  }

  it('a server that enforces every constraint: 0 failures, the cases are the expected ones', async () => {
    const result = await verify({})
    expect(failures(result)).toEqual([])
    const cases = result.transactions.filter((t) => t.check !== undefined).map((t) => `${t.check} ${t.how}`)
    expect(cases).toEqual(
      expect.arrayContaining([
        'negative without X-Tenant (header X-Tenant missing, and required)',
        'negative header X-Tenant: xx (header X-Tenant shorter than 3 characters)',
        'negative header X-Tenant: xxxxxxxxx (header X-Tenant longer than 8 characters)',
        'boundary header X-Tenant: acm (header X-Tenant at its minLength 3)',
        'boundary header X-Tenant: acmeacme (header X-Tenant at its maxLength 8)',
        'boundary q=ab (query q at its minLength 2)',
        'boundary q=abcab (query q at its maxLength 5)',
        'negative without filter.range.from (body filter.range.from missing, and required)',
        'negative filter.range.from=-1 (body filter.range.from below its minimum 0)',
        'negative tags.0.name="not-a-listed-value" (body tags.0.name not one of its enum values)',
      ]),
    )
  })

  it('a header parameter the server does not check: its negative cells fail', async () => {
    expect(failures(await verify({ header: true }))).toEqual([
      '/items > negative > header X-Tenant longer than 8 characters',
      '/items > negative > header X-Tenant missing, and required',
      '/items > negative > header X-Tenant shorter than 3 characters',
    ])
  })

  it('a string refused at its maxLength: the boundary cell fails', async () => {
    const result = await verify({ offByOne: true })
    expect(failures(result)).toEqual(['/items > boundary > query q at its maxLength 5'])
    expect(result.transactions.find((t) => t.result === 'fail')?.reason).toBe(
      'rejected q=abcab (query q at its maxLength 5): answered 422, expected a 2xx',
    )
  })

  it('a body field three levels deep that the server does not check: its negative cells fail', async () => {
    expect(failures(await verify({ deep: true }))).toEqual([
      '/search > negative > body filter.range.from a fraction where an integer is required',
      '/search > negative > body filter.range.from below its minimum 0',
      '/search > negative > body filter.range.from missing, and required',
      '/search > negative > body filter.range.from not an integer',
    ])
  })
})
