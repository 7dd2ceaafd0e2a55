// One MSW handler per operation (so a test can `server.use()` its own answer for one of them), each
// running the same pipeline as the kit's fetch entry.
import { http, type HttpHandler } from 'msw'
import type { OperationRoute } from './pipeline.ts'
import { toResponse } from './router.ts'

export function mswHandler(route: OperationRoute): HttpHandler {
  const path = `${route.origin}${route.op.path.replace(/\{([^}]+)\}/g, ':$1')}`
  return http[route.op.method](path, async ({ request, params }) => toResponse(await route.answer(request, new URL(request.url), params)))
}
