// The mock in process, for behaviour tests a socket adds nothing to: the same requests as over a port,
// answered by mock.fetch, the core the server hands every API request to (test/http/same-bytes.test.ts
// shows both give the same bytes). Socket concerns (faults, the guard, the CLI, binding, the fallback's
// 404/405, streams) stay in tests on a real port.
import { createMock, type Mock, type MockOptions } from '../../mocks/index.ts'
import { NOW, type Reply } from './http.ts'

export interface InProcessMock {
  /** The origin requests name; nothing listens there, mock.fetch answers. */
  url: string
  mock: Mock
  /** Like http.ts's call(), without the socket. */
  call(url: string, init?: RequestInit): Promise<Reply>
}

/** The options startTestServer gives a server: the fixed `now`, a still clock, 5,000 conversations. */
export async function inProcessMock(options: MockOptions = {}): Promise<InProcessMock> {
  const mock = await createMock({ now: NOW, size: 5000, timer: () => 0, ...options })
  return {
    url: 'http://127.0.0.1:4010',
    mock,
    async call(url, init = {}) {
      const response = await mock.fetch(new Request(url, init))
      const text = await response.text()
      const contentType = response.headers.get('content-type')
      let body: unknown = text
      if (contentType?.startsWith('application/json')) body = text === '' ? null : (JSON.parse(text) as unknown)
      return { status: response.status, headers: response.headers, contentType, text, body }
    },
  }
}
