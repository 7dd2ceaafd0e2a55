import { createMock } from '../mocks/index.ts'
const size = Number(process.argv[2])
const t0 = performance.now()
const mock = await createMock({ seed: 42, now: new Date('2026-03-09T12:00:00Z'), size })
console.log('createMock', size, (performance.now() - t0).toFixed(0), 'ms; since process start', performance.now().toFixed(0), 'rss', (process.memoryUsage().rss / 1e6).toFixed(0), 'MB')
const token = mock.credentials().aurion.sessions[0]!.token
for (const p of ['/api/v2/analytics/conversations/insights', '/api/v2/analytics/conversations/insights', '/api/v2/analytics/conversations/overview', '/api/v2/conversations?search=vpn&status=open,pending&sort_by=priority', '/api/v2/conversations?search=vpn&status=open,pending&sort_by=priority']) {
  const t = performance.now()
  const r = await mock.fetch(new Request('http://x' + p, { headers: { authorization: 'Bearer ' + token } }))
  await r.text()
  console.log(p, r.status, (performance.now() - t).toFixed(0), 'ms')
}
