// Transport faults over a real socket, for the responses the core tagged (mocks/core/faults.ts):
//   reset     the connection is reset (RST): fetch fails with ECONNRESET
//   empty     the connection is closed with no response: fetch fails, "other side closed"
//   malformed a 200 whose chunked body breaks the chunk framing: reading the body fails
//   timeout   the core held the request (30 s at most); then the connection is dropped unanswered
import type { ServerResponse } from 'node:http'
import { faultOf, MALFORMED_BODY } from '../mocks/core/faults.ts'

/** Carries out the fault a response stands for; false when it stands for none (send it normally). */
export function sendFault(res: ServerResponse, response: Response): boolean {
  // An untagged network error (a Response.error() from elsewhere) cannot be sent as HTTP either: reset.
  const fault = faultOf(response) ?? (response.type === 'error' ? 'reset' : undefined)
  if (!fault) return false
  const socket = res.socket
  if (!socket || socket.destroyed) return true
  if (fault === 'reset') socket.resetAndDestroy()
  else if (fault === 'empty') socket.end()
  else if (fault === 'timeout') socket.destroy()
  else {
    // Written past Node's HTTP layer: a valid head, one valid chunk, then a chunk size that is not hex.
    const chunk = Buffer.from(MALFORMED_BODY)
    socket.end(
      `HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n` +
        `${chunk.length.toString(16)}\r\n${MALFORMED_BODY}\r\nzz-not-a-chunk-size\r\n`,
    )
  }
  return true
}
