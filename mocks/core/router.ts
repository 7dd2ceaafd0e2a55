// The kit's one entry, fetch-style: a Request in, the operation's answer out. rou3 matches the method
// and path (a radix tree with a static map; compiled to one function where the page allows eval), then
// the route's pipeline runs. No handler list is searched and nothing is compiled per request.
import { addRoute, createRouter, findRoute } from 'rou3'
import { compileRouter } from 'rou3/compiler'
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
  const match = compiled(tree)

  async function answer(request: MockRequest): Promise<Answer | undefined> {
    const url = new URL(request.url)
    // MSW (path-to-regexp) accepted one trailing slash; so does the router.
    const pathname = url.pathname.length > 1 && url.pathname.endsWith('/') ? url.pathname.slice(0, -1) : url.pathname
    const found = match(request.method, pathname)
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

/** Compiled to one function when `new Function` is allowed; a page whose CSP forbids it uses the tree. */
function compiled(tree: ReturnType<typeof createRouter<OperationRoute[]>>) {
  try {
    return compileRouter(tree)
  } catch {
    return (method: string, path: string) => findRoute(tree, method, path)
  }
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
