// Starts the mock on a real port. Tests use port 0 and read the URL back.
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createMock, type MockOptions, type Mock } from '../mocks/index.ts'
import { createClock, currentMinute } from '../mocks/core/clock.ts'
import { prepareConversationList } from '../mocks/aurion/reports/conversations-list.ts'
import { createApp } from './app.ts'

export interface ServeOptions extends Omit<MockOptions, 'clock'> {
  port?: number
  host?: string
  /** Keep the clock still (tests); by default it ticks with real time from `now`. */
  frozenClock?: boolean
}

export interface RunningServer {
  url: string
  mock: Mock
  close(): Promise<void>
}

export async function startServer(options: ServeOptions = {}): Promise<RunningServer> {
  const now = options.now ?? currentMinute()
  const clock = createClock(now, options.frozenClock ? undefined : () => Date.now())
  const mock = await createMock({ ...options, now, clock })
  // The list's sort orders and search text are built now, not by the first list request (seconds at 1M).
  for (const view of mock.aurion.index.tenants.values()) prepareConversationList(view)
  const host = options.host ?? '127.0.0.1'
  const server = createServer(createApp(mock))
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 4010, host, resolve)
  })
  const { port } = server.address() as AddressInfo
  const shownHost = host.includes(':') ? `[${host}]` : host
  return {
    url: `http://${shownHost}:${port}`,
    mock,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
