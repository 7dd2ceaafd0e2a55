// The mock in a child process, so that a load script measures the server's memory and event loop apart
// from its own. Sends {url, credentials} once listening; answers 'rss' with its resident set size and heap,
// measured after a full garbage collection (started with --expose-gc) so that samples compare live memory,
// not how far V8 let the heap grow before collecting; answers 'block' with the longest event-loop block
// (ms) since the last 'block': in wall time from perf_hooks' event-loop delay histogram sampled every
// millisecond, and in CPU time as the most CPU the process used between two ticks of a 1 ms probe timer
// (on a loaded machine the wall time counts the time the process waited for a core; the CPU time does not).
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { startServer } from '../server/serve.ts'

const server = await startServer({
  port: 0,
  now: new Date('2026-03-09T12:00:00Z'),
  size: Number(process.env.MOCK_CONVERSATIONS ?? 3000),
})
const loop = monitorEventLoopDelay({ resolution: 1 })
loop.enable()
let lastCpu = process.cpuUsage()
let longestCpuMs = 0
setInterval(() => {
  const used = process.cpuUsage(lastCpu)
  lastCpu = process.cpuUsage()
  longestCpuMs = Math.max(longestCpuMs, (used.user + used.system) / 1000)
}, 1).unref()
process.send?.({ url: server.url, credentials: server.mock.credentials() })
process.on('message', (message) => {
  if (message === 'rss') {
    globalThis.gc?.()
    const { rss, heapUsed } = process.memoryUsage()
    process.send?.({ rss, heapUsed })
  }
  if (message === 'block') {
    process.send?.({ longestBlockMs: loop.max / 1e6, longestCpuMs })
    loop.reset()
    longestCpuMs = 0
  }
  if (message === 'stop') void server.close().then(() => process.exit(0))
})
