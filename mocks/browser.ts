// analytics-mock-kit/browser: the mock behind msw's service worker. Options come from code, and the page
// URL can override them (?mock-seed=7&mock-size=500&mock-now=2026-03-09T12:00:00Z&mock-apis=aurion) so QA
// can pick a world without a rebuild.
import { setupWorker, type SetupWorker, type StartOptions } from 'msw/browser'
import { createMock, type Mock, type MockOptions } from './index.ts'
import { mswHandler } from './core/msw-handlers.ts'

export const APIS = ['aurion', 'chatlayer', 'nebuly'] as const
export type ApiName = (typeof APIS)[number]

export interface BrowserMockOptions extends BrowserUrlOptions {
  /** msw's worker.start() options (default: quiet, unhandled requests pass through to the network). */
  start?: StartOptions
  /** Where the mock-* parameters are read from (default: the page's URL); false ignores the URL. */
  url?: string | URL | false
}

/** What the page URL may set: createMock's options and the APIs to mock. */
export interface BrowserUrlOptions extends MockOptions {
  /** The APIs to mock (default all three); the others get empty worlds and no handler, so their requests go to the network. */
  apis?: ApiName[]
}

export interface BrowserMock {
  mock: Mock
  worker: SetupWorker
}

/** Options named in a URL's query: mock-seed, mock-size, mock-now, mock-apis. Invalid values are refused, not ignored. */
export function mockOptionsFromUrl(url: string | URL): BrowserUrlOptions {
  const params = new URL(url).searchParams
  const options: BrowserUrlOptions = {}
  const seed = params.get('mock-seed')
  if (seed !== null) options.seed = integerParam('mock-seed', seed)
  const size = params.get('mock-size')
  if (size !== null) options.size = integerParam('mock-size', size)
  const now = params.get('mock-now')
  if (now !== null) {
    const date = new Date(now)
    if (Number.isNaN(date.getTime())) throw new Error(`mock-now: expected an ISO 8601 date-time, got "${now}"`)
    options.now = date
  }
  const apis = params.get('mock-apis')
  if (apis !== null) {
    const names = apis.split(',')
    const unknown = names.filter((name) => !(APIS as readonly string[]).includes(name))
    if (unknown.length > 0 || names.length === 0) throw new Error(`mock-apis: expected some of ${APIS.join(',')}, got "${apis}"`)
    options.apis = names as ApiName[]
  }
  return options
}

function integerParam(name: string, value: string): number {
  if (!/^\d{1,9}$/.test(value)) throw new Error(`${name}: expected a whole number, got "${value}"`)
  return Number(value)
}

/**
 * Smaller worlds than createMock's defaults (3000 each): generating runs on the page's main thread, and at
 * this size the first mocked response comes well under a second after load. `size` or `?mock-size=` raise it.
 */
export const BROWSER_DEFAULTS = { size: 500, chatlayerConversations: 500, nebulyInteractions: 500 } as const satisfies MockOptions

/** Builds the mock and starts msw's service worker with its handlers (run `npx msw init public/` once). */
export async function startBrowserMock(options: BrowserMockOptions = {}): Promise<BrowserMock> {
  const { start, url, ...mockOptions } = options
  const source = url ?? (typeof window === 'undefined' ? false : window.location.href)
  const { apis = APIS, ...chosen } = { ...BROWSER_DEFAULTS, ...mockOptions, ...(source === false ? {} : mockOptionsFromUrl(source)) }
  // An API left out is built at its smallest (nothing for Chatlayer and Nebuly, one conversation for AurionAI).
  const mock = await createMock({
    ...chosen,
    ...(apis.includes('aurion') ? {} : { size: 1 }),
    ...(apis.includes('chatlayer') ? {} : { chatlayerConversations: 0 }),
    ...(apis.includes('nebuly') ? {} : { nebulyInteractions: 0 }),
  })
  const worker = setupWorker(...apis.flatMap((api) => mock[api].routes.map(mswHandler)))
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true, ...start })
  return { mock, worker }
}

export * from './index.ts'
