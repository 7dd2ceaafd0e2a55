// No secret in any output of verify: Dredd's console reporter and logger, the table, JSON, JUnit and
// markdown reports, error messages. Two layers: every credential value the run knows (and its encodings,
// the base64 of HTTP basic `id:secret` included) is replaced wherever it appears, and the value of any
// Authorization / X-API-Key / Cookie header printed as `name: value` is replaced whatever it is.
import type { VerifyConfig } from './credentials.ts'

export const REDACTED = '[REDACTED]'

/** Shorter values are too likely to be ordinary words to replace everywhere. */
const MIN_SECRET_LENGTH = 6
const SECRET_HEADER =
  /\b(authorization|proxy-authorization|x-api-key|cookie|set-cookie)(["']?\s*[:=]\s*["']?)((?:basic|bearer)\s+)?(?!\[REDACTED\])[^\s"',;}\]]+/gi

function encodings(value: string): string[] {
  return [value, encodeURIComponent(value), Buffer.from(value).toString('base64'), Buffer.from(value).toString('base64').replace(/=+$/, '')]
}

/** Every credential of a config, with the encodings a request or a log may carry it in. */
export function secretsOf(config: VerifyConfig): string[] {
  const values: string[] = []
  const a = config.aurion
  if (a) values.push(...Object.values(a.sessions ?? {}), a.api_key ?? '', a.low_plan_session ?? '')
  const c = config.chatlayer
  if (c) {
    values.push(c.token_id ?? '', c.token_secret ?? '')
    if (c.token_id && c.token_secret) values.push(`${c.token_id}:${c.token_secret}`)
  }
  const n = config.nebuly
  if (n) values.push(n.api_key ?? '', n.forbidden_api_key ?? '')
  return values.filter((v) => v.length >= MIN_SECRET_LENGTH).flatMap(encodings)
}

export type Redactor = (text: string) => string

export function createRedactor(secrets: Iterable<string>): Redactor {
  const known = [...new Set([...secrets].filter((s) => s.length >= MIN_SECRET_LENGTH))].sort((a, b) => b.length - a.length)
  return (text) => {
    let out = text
    for (const secret of known) if (out.includes(secret)) out = out.split(secret).join(REDACTED)
    return out.replace(
      SECRET_HEADER,
      (_m, name: string, sep: string, scheme: string | undefined) => `${name}${sep}${scheme ?? ''}${REDACTED}`,
    )
  }
}

/** Every string of a JSON-like value, redacted (a copy). */
export function redactDeep<T>(value: T, redact: Redactor): T {
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return redact(node)
    if (Array.isArray(node)) return node.map(walk)
    if (typeof node === 'object' && node !== null) return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v)]))
    return node
  }
  return walk(value) as T
}

// ---------------------------------------------------------------------------------------------
// The process's stdout and stderr, redacted while verify runs (Dredd writes through winston, which
// writes to process.stdout / process.stderr).

const registry = new Set<string>()
let installed = 0
let restore: (() => void) | undefined

/** Adds secrets to what the installed stream redaction replaces. */
export function registerSecrets(secrets: Iterable<string>): void {
  for (const s of secrets) if (s.length >= MIN_SECRET_LENGTH) registry.add(s)
}

/** Redacts process.stdout and process.stderr until the returned function is called (nestable). */
export function redactProcessOutput(): () => void {
  installed++
  if (installed === 1) {
    const patch = (stream: NodeJS.WriteStream) => {
      const original = stream.write
      const write = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]): boolean {
        const redact = createRedactor(registry)
        const text =
          typeof chunk === 'string'
            ? chunk
            : Buffer.isBuffer(chunk) || chunk instanceof Uint8Array
              ? Buffer.from(chunk).toString('utf8')
              : chunk
        return (original as (...args: unknown[]) => boolean).call(this, typeof text === 'string' ? redact(text) : text, ...rest)
      }
      stream.write = write as typeof stream.write
      return () => {
        stream.write = original
      }
    }
    const undo = [patch(process.stdout), patch(process.stderr)]
    restore = () => {
      for (const u of undo) u()
    }
  }
  let done = false
  return () => {
    if (done) return
    done = true
    installed--
    if (installed === 0) {
      restore?.()
      restore = undefined
      registry.clear()
    }
  }
}
