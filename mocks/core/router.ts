// The kit's one entry, fetch-style: a Request in, the operation's answer out. rou3 matches the method
// and path (a radix tree with a static map), then the route's pipeline runs. No handler list is searched.
// rou3's compiler is not used: it adds ~4.6 kB gzip to a browser page and needs `new Function`, and over
// the kit's 22 routes it saves ~50 ns a request (94-126 vs 54-68 ns a match, Node, loaded machine).
import { addRoute, createRouter, findRoute } from 'rou3'
import type { Controls } from './controls.ts'
import type { Answer, MockRequest, OperationRoute, SerialisedAnswer } from './pipeline.ts'

export interface MockRouter {
  /** The answer of the route the request names, or undefined when no operation has its method and path. */
  answer(request: MockRequest): Promise<Answer | undefined>
  /** The answer, or the 404 (journalled) when no operation has the request's method and path. */
  fetch(request: Request): Promise<Response>
}

// FastAPI's answer for a path it does not route (what the Express adapter also answers).
const NOT_FOUND: SerialisedAnswer = { status: 404, headers: { 'Content-Type': 'application/json' }, body: '{"detail":"Not Found"}' }

export function createMockRouter(routes: readonly OperationRoute[], controls: Pick<Controls, 'unrouted'>): MockRouter {
  const tree = createRouter<OperationRoute[]>()
  for (const route of routes) {
    // rou3's `:name` params; several origins may bind the same method and path.
    const path = route.op.path.replace(/\{([^}]+)\}/g, ':$1')
    const method = route.op.method.toUpperCase()
    const same = findRoute(tree, method, path)
    if (same && same.data[0]?.op.path === route.op.path) same.data.push(route)
    else addRoute(tree, method, path, [route])
  }

  async function answer(request: MockRequest): Promise<Answer | undefined> {
    const url = new URL(request.url)
    // MSW (path-to-regexp) accepted one trailing slash; so does the router.
    const pathname = url.pathname.length > 1 && url.pathname.endsWith('/') ? url.pathname.slice(0, -1) : url.pathname
    const found = findRoute(tree, request.method, pathname)
    const route = found?.data.find((r) => r.origin === '*' || r.origin === url.origin)
    if (!route) return undefined
    return route.answer(request, url, decodeParams(found?.params))
  }

  return {
    answer,
    async fetch(request) {
      const found = await answer(request)
      if (found) return toResponse(found)
      controls.unrouted(request, new URL(request.url)).finish(NOT_FOUND.status)
      return toResponse(NOT_FOUND)
    },
  }
}

export function toResponse(answer: Answer): Response {
  return answer instanceof Response ? answer : new Response(answer.body, { status: answer.status, headers: answer.headers })
}

// The path parameters of the 20 paths without any: one shared object, never written to.
const NO_PARAMS: Record<string, string> = Object.freeze({})

function decodeParams(params: Record<string, string> | undefined): Record<string, string> {
  if (params === undefined) return NO_PARAMS
  const decoded: Record<string, string> = {}
  for (const [name, value] of Object.entries(params)) {
    try {
      decoded[name] = decodeURIComponent(value)
    } catch {
      decoded[name] = value
    }
  }
  return decoded
}
