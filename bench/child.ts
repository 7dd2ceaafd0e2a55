// Starts bench/child-server.ts and talks to it over IPC.
import { fork } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import type { Credentials } from '../mocks/index.ts'

export interface ChildServer {
  url: string
  credentials: Credentials
  memory(): Promise<{ rss: number; heapUsed: number }>
  /** The longest the server's event loop was blocked since the last call: wall ms, and CPU ms. */
  longestBlock(): Promise<{ wallMs: number; cpuMs: number }>
  stop(): Promise<void>
}

export async function startChildServer(conversations: number): Promise<ChildServer> {
  const child = fork(fileURLToPath(new URL('./child-server.ts', import.meta.url)), {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    env: { ...process.env, MOCK_CONVERSATIONS: String(conversations) },
  })
  const ready = await new Promise<{ url: string; credentials: Credentials }>((resolve, reject) => {
    child.once('message', (message) => resolve(message as { url: string; credentials: Credentials }))
    child.once('exit', (code) => reject(new Error(`the mock exited with ${code}`)))
  })
  return {
    ...ready,
    memory: () =>
      new Promise((resolve) => {
        child.once('message', (message) => resolve(message as { rss: number; heapUsed: number }))
        child.send('rss')
      }),
    longestBlock: () =>
      new Promise((resolve) => {
        child.once('message', (message) => {
          const { longestBlockMs, longestCpuMs } = message as { longestBlockMs: number; longestCpuMs: number }
          resolve({ wallMs: longestBlockMs, cpuMs: longestCpuMs })
        })
        child.send('block')
      }),
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve())
        child.send('stop')
      }),
  }
}
