// Two levels of truth in one contract (x-kit-choice), the table of them in docs/, the redaction of
// secrets, and --wait-for: the parts of verify that need no server under test.
import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { describe, expect, it } from 'vitest'
import { createSchemaValidator, SchemaConversionError, toJsonSchema } from '../../server/json-schema.ts'
import { collectKitChoices, KIT_CONTRACTS, loadContract, resolveContractPath } from '../../server/verify/contract-model.ts'
import { renderKitChoices } from '../../server/verify/kit-choices.ts'
import { createRedactor, REDACTED, redactDeep, secretsOf } from '../../server/verify/redact.ts'
import { checkRecovery, parseRetryAfter } from '../../server/verify/exercise.ts'
import { waitForServer } from '../../server/verify/run-verify.ts'

const document = {
  components: {
    schemas: {
      Item: {
        type: 'object',
        'x-kit-choice': 'the fields are ours',
        'x-vendor-schema': { type: 'object' },
        required: ['hour'],
        properties: { hour: { type: 'integer', minimum: 0, maximum: 23 } },
      },
      Page: {
        type: 'object',
        required: ['items', 'id'],
        properties: {
          items: { type: 'array', items: { $ref: '#/components/schemas/Item' } },
          id: { type: 'string', format: 'uuid', 'x-kit-choice': 'uuids are ours' },
          total: { type: 'integer' },
        },
      },
    },
  },
}
const validator = createSchemaValidator()
const check = (level: 'strict' | 'vendor', value: unknown) =>
  validator.validate(toJsonSchema({ $ref: '#/components/schemas/Page' }, document, 'ajv', { level }), value)

describe('x-kit-choice: the strict and the vendor level of one schema', () => {
  const vendorLegal = { items: [{ label: 'Mon', calls: 3 }], id: 'exp_1', total: 1 }

  it('strict keeps every kit choice; vendor relaxes them (x-vendor-schema replaces, otherwise constraints go and null is allowed)', () => {
    expect(check('strict', vendorLegal)).toEqual(["body/items/0: missing required property 'hour'", 'body/id: "exp_1" is not a valid uuid'])
    expect(check('vendor', vendorLegal)).toEqual([])
    expect(check('vendor', { ...vendorLegal, id: null })).toEqual([])
  })

  it('the vendor level still fails what the vendor documents', () => {
    expect(check('vendor', { items: [3], id: 7, total: 'one' })).toEqual([
      'body/items/0: expected object, got 3',
      'body/id: expected string,null, got 7',
      'body/total: expected integer, got "one"',
    ])
    expect(check('vendor', { items: [] })).toEqual(["body: missing required property 'id'"])
  })

  it('markers stay on the strict schema only when asked (verify names the why of a warning from them)', () => {
    expect(JSON.stringify(toJsonSchema({ $ref: '#/components/schemas/Page' }, document))).not.toContain('x-kit-choice')
    const marked = toJsonSchema({ $ref: '#/components/schemas/Page' }, document, 'ajv', { markers: true })
    expect(JSON.stringify(marked)).toContain('"x-kit-choice":"uuids are ours"')
  })

  it('a marker without a why, or a vendor schema without a marker, is a broken contract', () => {
    expect(() => toJsonSchema({ type: 'string', 'x-kit-choice': ' ' }, {})).toThrow(SchemaConversionError)
    expect(() => toJsonSchema({ type: 'string', 'x-vendor-schema': { type: 'string' } }, {})).toThrow(
      /x-vendor-schema without x-kit-choice/,
    )
  })
})

describe('the kit choices of the contracts', () => {
  it('docs/kit-choices.md is the table of every marker (npm run kit-choices)', async () => {
    const onDisk = await readFile(new URL('../../docs/kit-choices.md', import.meta.url), 'utf8')
    expect(onDisk).toBe(await renderKitChoices())
  })

  it("the issue's rows are marked: free-form items, team 404, download, metadata, list nullability, export ids, search 429, Nebuly 401, Chatlayer", async () => {
    const sites = new Map<string, string[]>()
    for (const api of KIT_CONTRACTS) {
      const contract = await loadContract(resolveContractPath(api), api)
      sites.set(
        api,
        collectKitChoices(contract.document).map((s) => s.at),
      )
      for (const site of collectKitChoices(contract.document)) expect(site.why.length, site.at).toBeGreaterThan(20)
    }
    const aurion = sites.get('aurion') ?? []
    for (const at of [
      'components.schemas.HourlyDistributionItem',
      'components.schemas.WeeklyDistributionItem',
      'components.schemas.MonthlyTrendItem',
      'components.schemas.FcrTrendItem',
      'components.schemas.ResolutionCategoryItem',
      'components.schemas.PeriodComparison',
      'components.responses.TeamNotFound',
      'paths./api/v1/analytics/export/{export_id}/download.get.responses.200.headers.Content-Disposition',
      'components.schemas.ExportDocument',
      'paths./api/v1/analytics/export/{export_id}/download.get.parameters.format.schema',
      'components.schemas.InsightsMetadata',
      'components.schemas.SlaBreachTrendItem.properties.day',
      'components.schemas.ConversationListItem',
      'components.schemas.ConversationListItem.properties.priority',
      'components.schemas.ExportCreated.properties.export_id',
      'components.schemas.SearchRateLimitError',
      'components.responses.SearchRateLimited.headers.X-RateLimit-Limit',
      'components.schemas.PeakHourItem.properties.day_of_week',
      'components.parameters.DateFrom.schema',
    ]) {
      expect(aurion, at).toContain(at)
    }
    expect(sites.get('nebuly')).toContain('paths./api/external/get-interaction-aggregates.post.responses.401')
    const chatlayer = sites.get('chatlayer') ?? []
    for (const at of [
      'components.schemas.FlowTransition.properties.depth',
      'components.schemas.rpcStatus',
      'components.responses.InvalidArgument',
      'components.schemas.SeriesData',
    ]) {
      expect(chatlayer, at).toContain(at)
    }
  })
})

describe('redaction', () => {
  const config = {
    aurion: { sessions: { super_admin: 'sess_admin_0123456789' }, api_key: 'itsm_sk_live_abcdef' },
    chatlayer: { token_id: 'tok-id-1234', token_secret: 'tok-secret-5678' },
    nebuly: { api_key: 'nb_key_abcdef' },
  }
  const redact = createRedactor(secretsOf(config))
  const basic = Buffer.from('tok-id-1234:tok-secret-5678').toString('base64')

  it('replaces every credential and its encodings wherever it appears', () => {
    const text = `Bearer sess_admin_0123456789 key=itsm_sk_live_abcdef basic ${basic} nb_key_abcdef ${encodeURIComponent('tok-secret-5678')}`
    const out = redact(text)
    for (const secret of ['sess_admin_0123456789', 'itsm_sk_live_abcdef', basic, 'nb_key_abcdef', 'tok-secret-5678'])
      expect(out).not.toContain(secret)
    expect(out.split(REDACTED)).toHaveLength(6)
  })

  it('masks the value of credential headers it does not know, in the forms Dredd and logs print them', () => {
    expect(redact('Authorization: Basic dW5rbm93bjpzZWNyZXQ=')).toBe(`Authorization: Basic ${REDACTED}`)
    expect(redact('{"X-API-Key":"other_key_value","Accept":"application/json"}')).toBe(
      `{"X-API-Key":"${REDACTED}","Accept":"application/json"}`,
    )
    expect(redact("cookie: 'session=abc'")).toBe(`cookie: '${REDACTED}'`)
    // Already masked (by the hooks): left as it is.
    expect(redact(`Authorization: ${REDACTED}\n`)).toBe(`Authorization: ${REDACTED}\n`)
    // Words are left alone: "Authorization header is missing".
    expect(redact('the Authorization header is missing')).toBe('the Authorization header is missing')
  })

  it('redacts a whole result object', () => {
    expect(redactDeep({ a: ['x nb_key_abcdef'], b: 3 }, redact)).toEqual({ a: [`x ${REDACTED}`], b: 3 })
  })
})

describe('--wait-for', () => {
  it('waits for a server that starts listening after the first attempt', async () => {
    const server: Server = createServer((_req, res) => res.end('up'))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    await new Promise<void>((resolve) => server.close(() => resolve()))
    const waiting = waitForServer(`http://127.0.0.1:${port}`, 30)
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
    await expect(waiting).resolves.toBeUndefined()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })

  it('gives up once the (injected) clock passes the deadline, saying why', async () => {
    let now = 0
    const clock = () => (now += 600)
    await expect(waitForServer('http://127.0.0.1:9', 1, clock)).rejects.toThrow(/did not answer within 1 s \(--wait-for\)/)
  })
})

describe('rate-limit compliance (--include-rate-limits)', () => {
  async function fixture(answer: (count: number) => number): Promise<{ url: string; close: () => Promise<void> }> {
    let count = 0
    const server = createServer((_req, res) => {
      res.statusCode = answer(++count)
      res.end('{}')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
  }
  const settingsFor = (url: string, waits: number[]) =>
    ({ server: url, isMock: false, maxRetryWait: 65, sleep: async (ms: number) => void waits.push(ms) }) as unknown as Parameters<
      typeof checkRecovery
    >[0]
  const sent = (url: string) => ({ method: 'GET', url: `${url}/x`, headers: {}, body: null })

  it('Retry-After parses as seconds or an HTTP date, and nothing else', () => {
    expect(parseRetryAfter('42')).toBe(42)
    expect(parseRetryAfter('Thu, 26 Nov 2026 15:01:00 GMT', Date.parse('2026-11-26T15:00:00Z'))).toBe(60)
    expect(parseRetryAfter('soon')).toBeUndefined()
    expect(parseRetryAfter('1.5')).toBeUndefined()
  })

  it('waits Retry-After out (injected sleep) and expects the same request to succeed', async () => {
    const ok = await fixture(() => 200)
    const waits: number[] = []
    expect(await checkRecovery(settingsFor(ok.url, waits), sent(ok.url), '3')).toEqual({
      problems: [],
      note: '; Retry-After 3 s honoured: 200 after waited 3 s',
    })
    expect(waits).toEqual([3500])
    await ok.close()
  })

  it('fails a server still limiting after Retry-After, or one whose Retry-After does not parse', async () => {
    const limited = await fixture(() => 429)
    const result = await checkRecovery(settingsFor(limited.url, []), sent(limited.url), '2')
    expect(result.problems).toEqual(['after Retry-After 2 s (waited 2 s) the same request answered 429, not a success'])
    expect((await checkRecovery(settingsFor(limited.url, []), sent(limited.url), 'in a while')).problems).toEqual([
      'Retry-After "in a while": not a number of seconds or an HTTP date',
    ])
    // A wait longer than --max-retry-wait is not waited: said, not failed.
    expect(await checkRecovery(settingsFor(limited.url, []), sent(limited.url), '3600')).toEqual({
      problems: [],
      note: '; recovery not checked: Retry-After 3600 s is longer than --max-retry-wait 65',
    })
    await limited.close()
  })
})
