// analytics-mock-kit/node: the mock inside Node tests through msw's setupServer (no port, no Express).
import { setupServer, type SetupServer } from 'msw/node'
import { createMock, type Mock, type MockOptions } from '../mocks/index.ts'

export interface MockServer {
  mock: Mock
  /** msw's setupServer with the mock's handlers: call listen() before the tests, close() after. */
  server: SetupServer
}

/** Builds the mock and an msw request interceptor around its handlers; the caller starts it with listen(). */
export async function setupMockServer(options: MockOptions = {}): Promise<MockServer> {
  const mock = await createMock(options)
  return { mock, server: setupServer(...mock.handlers) }
}

export * from '../mocks/index.ts'
