// analytics-mock-kit/browser: the mock behind msw's service worker. Options come from code, and the page
// URL can override them (?mock-seed=7&mock-size=500&mock-now=2026-03-09T12:00:00Z&mock-apis=aurion) so QA
// can pick a world without a rebuild.
import { setupWorker, type SetupWorker, type StartOptions } from 'msw/browser'
import { API_NAMES, createLazyMock, type ApiName, type Mock, type MockOptions } from './index.ts'

export interface BrowserMockOptions extends BrowserUrlOptions {
  /** msw's worker.start() options (default: quiet, unhandled requests pass through to the network). */
  start?: StartOptions
  /** Where the mock-* parameters are read from (default: the page's URL); false ignores the URL. */
  url?: string | URL | false
}

/** What the page URL may set: createMock's options and the APIs to mock. */
export interface BrowserUrlOptions extends MockOptions {
  /** The APIs to mock (default all three); the others get no handler, so their requests go to the network. */
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
    const unknown = names.filter((name) => !(API_NAMES as readonly string[]).includes(name))
    if (unknown.length > 0 || names.length === 0) throw new Error(`mock-apis: expected some of ${API_NAMES.join(',')}, got "${apis}"`)
    options.apis = names as ApiName[]
  }
  return options
}

function integerParam(name: string, value: string): number {
  if (!/^\d{1,9}$/.test(value)) throw new Error(`${name}: expected a whole number, got "${value}"`)
  return Number(value)
}

/**
 * Smaller worlds than createMock's defaults: a world is built on the page's main thread, on the first
 * request to its API (or `mock.ready()`), in steps of a few milliseconds, and at this size the page waits
 * well under a second. `size` or `?mock-size=` raise it.
 */
export const BROWSER_DEFAULTS = { size: 500, chatlayerConversations: 500, nebulyInteractions: 500 } as const satisfies MockOptions

/**
 * Starts msw's service worker with the handlers of the chosen APIs (run `npx msw init public/` once). No
 * world is built yet: each API's is built on its first use, in short turns between which the page runs (a
 * request waits for the whole world); `await mock.ready()` does it up front, before reading `credentials()`.
 */
export async function startBrowserMock(options: BrowserMockOptions = {}): Promise<BrowserMock> {
  const { start, url, ...mockOptions } = options
  const source = url ?? (typeof window === 'undefined' ? false : window.location.href)
  const { apis = API_NAMES, ...chosen } = { ...BROWSER_DEFAULTS, ...mockOptions, ...(source === false ? {} : mockOptionsFromUrl(source)) }
  const mock = createLazyMock(chosen, apis)
  const worker = setupWorker(...mock.handlers)
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true, ...start })
  return { mock, worker }
}

export * from './index.ts'
