// What answers when no operation does, in the dialect of the API whose path it is: FastAPI for AurionAI,
// Nebuly and the admin routes (`{"detail"}`, 404, 405 with Allow), grpc-gateway for Chatlayer
// (`{code, message, details}`: NOT_FOUND 5 as 404, UNIMPLEMENTED 12 as 501 for a wrong method).
import type { ServerResponse } from 'node:http'
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express'
import type { OperationSummary } from '../mocks/index.ts'
import { grpcCode } from '../mocks/core/errors.ts'

/** Chatlayer's API lives under /v1/ (bots, teams); the other two under /api/. */
function isGrpcPath(path: string): boolean {
  // Also for the paths a client got wrong (`/V1/...`, `//v1/...`): they are still Chatlayer's.
  return path
    .replace(/\/{2,}/g, '/')
    .toLowerCase()
    .startsWith('/v1/')
}

export function sendError(res: ServerResponse, path: string, status: number, message: string, headers: Record<string, string> = {}): void {
  const body = JSON.stringify(isGrpcPath(path) ? { code: grpcCode(status), message, details: [] } : { detail: message })
  res.writeHead(status, { ...headers, 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) }).end(body)
}

export interface Fallback {
  notFound: RequestHandler
  onError: ErrorRequestHandler
}

export function createFallback(operations: readonly OperationSummary[]): Fallback {
  const templates = operations.map((op) => ({
    method: op.method.toUpperCase(),
    pattern: new RegExp(`^${op.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
  }))
  const allowedMethods = (path: string) => [...new Set(templates.filter((t) => t.pattern.test(path)).map((t) => t.method))]

  const notFound: RequestHandler = (req, res) => {
    const allow = allowedMethods(req.path)
    if (allow.length === 0) return sendError(res, req.path, 404, 'Not Found')
    // The path exists with other methods: Starlette answers 405 with Allow, grpc-gateway UNIMPLEMENTED.
    if (isGrpcPath(req.path)) return sendError(res, req.path, 501, 'Method Not Allowed')
    sendError(res, req.path, 405, 'Method Not Allowed', { Allow: allow.join(', ') })
  }

  return {
    notFound,
    onError: (error: { status?: number; type?: string; message?: string }, req: Request, res: Response, _next) => {
      const status = typeof error.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500
      if (status === 500) console.error('[analytics-mock] unexpected error', error)
      const message =
        status === 413 ? 'Request body too large' : status === 500 ? 'Internal server error' : String(error.type ?? 'Bad request')
      sendError(res, req.path, status, message)
    },
  }
}
