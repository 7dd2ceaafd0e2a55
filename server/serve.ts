// Starts the mock on a real port. Tests use port 0 and read the URL back. The port is bound before the
// worlds are generated, so a port in use or a bad host fails in milliseconds with a BindError.
import { createServer, type RequestListener } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createMock, type MockOptions, type Mock } from '../mocks/index.ts'
import { createClock, currentMinute } from '../mocks/core/clock.ts'
import { prepareConversationList } from '../mocks/aurion/reports/conversations-list.ts'
import { createApp } from './app.ts'

export { createApp } from './app.ts'

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

/** The port or host could not be bound; the message is one line a person can act on. */
export class BindError extends Error {
  override name = 'BindError'
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message)
  }
}

function bindMessage(error: NodeJS.ErrnoException, host: string, port: number): string {
  switch (error.code) {
    case 'EADDRINUSE':
      return `port ${port} is in use: try --port 0`
    case 'EACCES':
      return `no permission to listen on port ${port} (ports below 1024 need privileges): try --port 0`
    case 'EADDRNOTAVAIL':
      return `host ${host} is not an address of this machine: try --host 127.0.0.1`
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `host ${host} does not resolve: try --host 127.0.0.1`
    default:
      return `cannot listen on ${host}:${port}: ${error.message}`
  }
}

export async function startServer(options: ServeOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1'
  const requestedPort = options.port ?? 4010
  // Until the mock is ready nothing is printed, so no client knows the URL; a stray request gets a 503.
  let listener: RequestListener = (_req, res) => {
    res.writeHead(503, { 'retry-after': '1' }).end()
  }
  const server = createServer((req, res) => listener(req, res))
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(new BindError(bindMessage(error, host, requestedPort), error.code ?? 'UNKNOWN')),
    )
    server.listen(requestedPort, host, () => resolve())
  })
  const now = options.now ?? currentMinute()
  const clock = createClock(now, options.frozenClock ? undefined : () => Date.now())
  let mock: Mock
  try {
    mock = await createMock({ ...options, now, clock })
  } catch (error) {
    server.close()
    throw error
  }
  // The list's sort orders and search text are built now, not by the first list request (seconds at 1M).
  for (const view of mock.aurion.index.tenants.values()) prepareConversationList(view)
  listener = createApp(mock)
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
