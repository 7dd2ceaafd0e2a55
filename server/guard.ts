// What protects a mock shared on a network: a Host allowlist against DNS rebinding (API and admin routes
// alike), a token on the admin routes when the mock listens beyond loopback, and request lines that cannot
// break the Fetch conversion. Rejections answer in the dialect of the path (fallback.ts).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { isIP } from 'node:net'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { RequestHandler } from 'express'
import { sendError } from './fallback.ts'

export interface GuardOptions {
  /** The interface the server is bound to, e.g. 127.0.0.1 or 0.0.0.0. */
  host: string
  /** Extra host names the Host header may carry (`--allowed-host`), e.g. `qa-mock.internal`. */
  allowedHosts?: readonly string[]
  /** The admin token; required on /__mock/* when set. */
  adminToken?: string | undefined
}

const ADMIN_TOKEN_HEADER = 'x-mock-admin-token'

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '::1', '[::1]'])

export function isLoopback(host: string): boolean {
  return LOOPBACK_NAMES.has(host) || host.startsWith('127.') || host.endsWith('.localhost')
}

/** A fresh admin token for a mock bound beyond loopback without --admin-token (printed in the banner). */
export function generateAdminToken(): string {
  return randomBytes(24).toString('base64url')
}

/** The host name of a Host header, without port or IPv6 brackets, lowercased. */
function hostName(header: string): string {
  const value = header.trim().toLowerCase()
  if (value.startsWith('[')) return value.slice(1, value.indexOf(']') === -1 ? undefined : value.indexOf(']'))
  const colon = value.indexOf(':')
  return colon === -1 ? value : value.slice(0, colon)
}

/**
 * Which Host headers are answered: loopback names, any IP literal (DNS rebinding needs a name), the bound
 * host and the allowed hosts. Anything else, e.g. `attacker.example` pointed at this machine, gets 421.
 */
function hostAllowlist(options: GuardOptions): (hostHeader: string | undefined) => boolean {
  const names = new Set([options.host, ...(options.allowedHosts ?? [])].map((h) => hostName(h)))
  return (hostHeader) => {
    // HTTP/1.0 without Host: no browser sends that, so no page can make that request.
    if (hostHeader === undefined) return true
    const name = hostName(hostHeader)
    return isLoopback(name) || isIP(name) !== 0 || names.has(name)
  }
}

/**
 * 421 Misdirected Request (RFC 9110, 15.5.20): the request names a host this server does not answer for.
 * Not 403: nothing is wrong with the caller's rights, the request was sent to the wrong authority.
 */
const MISDIRECTED = 421

/**
 * The Host allowlist, then the stray-percent repair, for every request (API and admin alike), on
 * node:http's request before anything routes it. True when it answered (the request is refused).
 */
export function requestGuard(options: GuardOptions): (req: IncomingMessage, res: ServerResponse) => boolean {
  const allowed = hostAllowlist(options)
  return (req, res) => {
    const target = req.url ?? '/'
    // Read from the raw list (node keeps the first Host too): building req.headers costs more than the check.
    const host = firstHeader(req.rawHeaders, 'host')
    // The absolute form (`GET http://host/path`) names a host too: it is checked like Host, then dropped.
    let authority = host
    let path = target
    if (!target.startsWith('/')) {
      const absolute = absoluteUrl(target)
      if (absolute === null) {
        sendError(res, '/', 400, 'Bad request target: expected a path such as /api/...')
        return true
      }
      authority = absolute.host
      path = `${absolute.pathname}${absolute.search}`
    }
    if (!allowed(host) || (authority !== host && !allowed(authority))) {
      const shown = allowed(host) ? authority : host
      sendError(res, path, MISDIRECTED, `Host "${shown}" is not allowed: start the mock with --allowed-host to serve it`)
      return true
    }
    // A `%` that starts no escape (`/v1/bots/%zz`) is kept literally, as Python and Go routers read it;
    // escaped here so that URL parsing downstream never throws on it.
    req.url = path.includes('%') ? repairPercents(path) : path
    return false
  }
}

function firstHeader(raw: readonly string[], name: string): string | undefined {
  for (let i = 0; i < raw.length; i += 2) if (raw[i]!.length === name.length && raw[i]!.toLowerCase() === name) return raw[i + 1]
  return undefined
}

function absoluteUrl(target: string): URL | null {
  if (!/^https?:\/\//i.test(target)) return null
  try {
    return new URL(target)
  } catch {
    return null
  }
}

function repairPercents(url: string): string {
  return url.replace(/%(?![0-9A-Fa-f]{2})/g, '%25')
}

/**
 * Express middleware for /__mock: with a token configured, a request must carry it as
 * `Authorization: Bearer <token>` or `X-Mock-Admin-Token: <token>`; 401 otherwise.
 */
export function adminGuard(token: string | undefined): RequestHandler {
  const expected = token === undefined ? undefined : digest(token)
  return (req, res, next) => {
    if (expected === undefined) return next()
    const header = req.headers[ADMIN_TOKEN_HEADER]
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1]
    const given = typeof header === 'string' ? header : bearer
    // Digests compared in constant time: the answer does not tell how much of a guess was right.
    if (given !== undefined && timingSafeEqual(digest(given), expected)) return next()
    res.setHeader('WWW-Authenticate', 'Bearer realm="analytics-mock admin"')
    res.status(401).json({ detail: 'The admin routes need the admin token: Authorization: Bearer <token> or X-Mock-Admin-Token' })
  }
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest()
}
