// analytics-mock-kit/browser: the mock behind msw's service worker. Options come from code, and the page
// URL can override them (?mock-seed=7&mock-size=500&mock-now=2026-03-09T12:00:00Z) so QA can pick a world
// without a rebuild.
import { setupWorker, type SetupWorker, type StartOptions } from 'msw/browser'
import { createMock, type Mock, type MockOptions } from './index.ts'

export interface BrowserMockOptions extends MockOptions {
  /** msw's worker.start() options (default: quiet, unhandled requests pass through to the network). */
  start?: StartOptions
  /** Where the mock-* parameters are read from (default: the page's URL); false ignores the URL. */
  url?: string | URL | false
}

export interface BrowserMock {
  mock: Mock
  worker: SetupWorker
}

/** Options named in a URL's query: mock-seed, mock-size, mock-now. Invalid values are refused, not ignored. */
export function mockOptionsFromUrl(url: string | URL): MockOptions {
  const params = new URL(url).searchParams
  const options: MockOptions = {}
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
  const mock = await createMock({ ...BROWSER_DEFAULTS, ...mockOptions, ...(source === false ? {} : mockOptionsFromUrl(source)) })
  const worker = setupWorker(...mock.handlers)
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true, ...start })
  return { mock, worker }
}

export * from './index.ts'
