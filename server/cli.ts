// analytics-mock serve | verify. Argument parsing is commander's; this file only maps flags to options.
// Everything heavy (the worlds, Express, Dredd) is imported inside the actions, so --help and --version
// answer without loading the mock.
import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { Command, InvalidArgumentError, Option } from 'commander'
import { formatEntry } from '../mocks/core/journal.ts'
import { API_KEY_RATE_LIMIT } from '../mocks/aurion/access.ts'
import type { MockCore } from '../mocks/index.ts'

/** package.json is one folder up from both server/cli.ts and the compiled dist/cli.js. */
const { version } = createRequire(import.meta.url)('../package.json') as { version: string }
import { insideWindow, WINDOW_TEXT } from '../mocks/core/limits.ts'

/** The config file `verify` reads from the working directory when --config is not given. */
const VERIFY_CONFIG = 'analytics-mock.verify.json'

interface VerifyCliOptions {
  contract: string
  server: string
  config?: string
  credential: string[]
  fromMock?: boolean
  includeRateLimits: boolean
  burstLimit: number
  api?: 'aurion' | 'chatlayer' | 'nebuly' | 'generic'
  reporter: 'table' | 'junit' | 'markdown' | 'json'
  output?: string
  json: boolean
  strict: boolean
  negative: boolean
  allowSkips: boolean
  failOnSkip: boolean
  waitFor?: number
  maxRetryWait: number
  loglevel: 'silent' | 'error' | 'warning' | 'debug'
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value]
}

function integer(min: number, max: number) {
  return (value: string): number => {
    if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`expected an integer from ${min} to ${max}`)
    const n = Number(value)
    if (n < min || n > max) throw new InvalidArgumentError(`expected an integer from ${min} to ${max}`)
    return n
  }
}

function instant(value: string): Date {
  const date = new Date(value)
  if (!insideWindow(date.getTime())) {
    throw new InvalidArgumentError(`expected an ISO 8601 date-time from ${WINDOW_TEXT}, e.g. 2026-03-09T12:00:00Z`)
  }
  return date
}

export function buildCli(): Command {
  const program = new Command('analytics-mock')
    .description('Mock server and contract verifier for the AurionAI, Chatlayer and Nebuly analytics APIs')
    .version(version, '-v, --version')
    .showHelpAfterError()

  program
    .command('serve', { isDefault: true })
    .description('serve the seeded, stateful mock of all three APIs on one port')
    .addOption(new Option('-p, --port <port>', 'port to listen on (0 picks a free one)').default(4010).argParser(integer(0, 65535)))
    .option('-H, --host <host>', 'interface to bind', '127.0.0.1')
    .addOption(new Option('--seed <seed>', 'seed of the generated world').default(42).argParser(integer(0, 2 ** 31 - 1)))
    .addOption(new Option('--now <iso>', 'the world ends at this instant (default: now)').argParser(instant))
    .addOption(
      new Option('--conversations <n>', 'conversations of the default AurionAI tenant over the 13 months before now')
        .default(14_000)
        .argParser(integer(1, 1_000_000)),
    )
    .addOption(
      new Option('--chatlayer-conversations <n>', 'Chatlayer conversations over all teams').default(3000).argParser(integer(0, 1_000_000)),
    )
    .addOption(
      new Option('--nebuly-interactions <n>', 'Nebuly interactions over all projects').default(3000).argParser(integer(0, 1_000_000)),
    )
    .option('--admin-token <token>', 'require this token on /__mock/* (generated and printed when --host is not loopback)')
    .option('--allowed-host <name>', 'also answer requests whose Host is this name (repeatable); loopback and IPs always are', collect, [])
    .option('--public-api-keys', 'accept AurionAI X-API-Key on read operations (the documented future contract)', false)
    .addOption(
      new Option('--rate-limit <n>', 'API-key requests per minute when --public-api-keys is on')
        .default(API_KEY_RATE_LIMIT.limit)
        .argParser(integer(1, 1_000_000)),
    )
    .option('--measured-timings', 'aggregation health reports real measured run times (default: modelled, deterministic)', false)
    .option(
      '--no-report-cache',
      'render every analytics report afresh (default: a repeated identical request gets the body rendered before)',
    )
    .addOption(
      new Option('--journal-size <n>', 'requests the journal keeps (GET /__mock/requests)').default(1000).argParser(integer(1, 100_000)),
    )
    .addOption(
      new Option('--redis <url>', 'share state with other replicas through this Redis, e.g. redis://127.0.0.1:6379').env('REDIS_URL'),
    )
    .option('--redis-prefix <prefix>', 'key prefix of this mock in Redis (two mocks can share one Redis)', 'analytics-mock')
    .addOption(
      new Option('--log <mode>', 'one console line per request, or none (default: requests when stdout is a terminal)').choices([
        'requests',
        'quiet',
      ]),
    )
    .action(
      async (opts: {
        port: number
        host: string
        seed: number
        now?: Date
        conversations: number
        chatlayerConversations: number
        nebulyInteractions: number
        publicApiKeys: boolean
        rateLimit: number
        measuredTimings: boolean
        reportCache: boolean
        journalSize: number
        redis?: string
        redisPrefix: string
        log?: 'requests' | 'quiet'
        adminToken?: string
        allowedHost: string[]
      }) => {
        const logRequests = (opts.log ?? (process.stdout.isTTY ? 'requests' : 'quiet')) === 'requests'
        // Request lines wait until the whole banner is out (its last lines follow the Chatlayer and Nebuly
        // worlds, built while the server already answers), so that none lands inside it.
        let held: string[] | undefined = []
        const logLine = (line: string) => (held ? held.push(line) : console.log(line))
        // Loaded on demand: the mock takes a second to load and `verify` does not need it.
        const { startServer, BindError } = await import('./serve.ts')
        // Its error can only come with --redis: without it, ioredis (~110 ms, ~20 MB) is never loaded.
        const SharedStateError = opts.redis ? (await import('./redis-state.ts')).SharedStateError : undefined
        const { worldStart } = await import('../generators/aurion/index.ts')
        const server = await startServer({
          port: opts.port,
          host: opts.host,
          seed: opts.seed,
          now: opts.now,
          size: opts.conversations,
          chatlayerConversations: opts.chatlayerConversations,
          nebulyInteractions: opts.nebulyInteractions,
          publicApiKeys: opts.publicApiKeys,
          rateLimit: opts.rateLimit,
          measuredTimings: opts.measuredTimings,
          reportCache: opts.reportCache,
          journalSize: opts.journalSize,
          ...(opts.redis && { redis: opts.redis, redisPrefix: opts.redisPrefix }),
          ...(logRequests && { onRequest: (entry) => logLine(formatEntry(entry)) }),
          ...(opts.adminToken ? { adminToken: opts.adminToken } : {}),
          allowedHosts: opts.allowedHost,
        }).catch((error: unknown) => {
          // A port or host that cannot be bound, Redis out of reach, a namespace of another world: one line, exit 1.
          if (!(error instanceof BindError) && !(SharedStateError && error instanceof SharedStateError)) throw error
          console.error(`analytics-mock: ${error.message}`)
          process.exit(1)
        })
        // performance.now() counts from the process's start: module loading is part of being ready.
        const now = server.mock.options.now
        console.log(bannerHead(server.url, server.mock, performance.now(), new Date(worldStart(now.getTime()))).join('\n'))
        const stop = () => void server.close().then(() => process.exit(0))
        process.once('SIGINT', stop)
        process.once('SIGTERM', stop)
        await server.ready
        console.log(bannerTail(server.url, server.mock).join('\n'))
        if (server.adminToken !== undefined) {
          const shown = opts.adminToken ? '(the one given with --admin-token)' : server.adminToken
          console.log(`\nAdmin routes (/__mock/*) need: Authorization: Bearer ${shown}`)
        }
        for (const line of held) console.log(line)
        held = undefined
      },
    )

  program
    .command('verify')
    .description('verify a server against a contract: Dredd 14 with the kit hooks (real schemas, every documented status)')
    .requiredOption(
      '-c, --contract <contract>',
      "aurion, chatlayer, nebuly, mock-admin (the mock's own admin API) or a path to an OpenAPI 3.0 file",
    )
    .requiredOption('-s, --server <url>', 'base URL of the server under test, e.g. http://127.0.0.1:4010')
    .option('--config <file>', `credentials and fixture ids (default: ${VERIFY_CONFIG} when present)`)
    .option('--credential <path=value>', 'set one config value, e.g. aurion.sessions.agent=sess_... (repeatable)', collect, [])
    .option('--from-mock', "require the credentials of the kit's mock (<server>/__mock/credentials)")
    .option('--no-from-mock', 'never ask <server>/__mock/credentials (by default it is used when it answers)')
    .option('--include-rate-limits', 'exercise 429s with a real burst of requests (spends a rate-limit window)', false)
    .addOption(new Option('--burst-limit <n>', 'most requests a burst sends looking for a 429').default(400).argParser(integer(1, 100_000)))
    .addOption(
      new Option('--api <api>', 'API profile when the contract file does not tell').choices(['aurion', 'chatlayer', 'nebuly', 'generic']),
    )
    .addOption(
      new Option('--reporter <name>', 'also write a report file: junit, markdown or json (with the coverage matrix)')
        .choices(['table', 'junit', 'markdown', 'json'])
        .default('table'),
    )
    .option('-o, --output <file>', 'where --reporter writes (default analytics-mock-verify.<junit.xml|md|json>)')
    .option('--json', 'print the results as JSON instead of the table', false)
    .option(
      '--negative',
      'also send one request per broken constraint (expecting the documented 4xx) and boundary requests (expecting the 2xx)',
      false,
    )
    .option('--strict', 'a response that breaks a kit choice (x-kit-choice) fails instead of warning', false)
    .option('--allow-skips', 'do not exit 2 when a 2xx check is skipped for a missing credential', false)
    .option('--fail-on-skip', 'exit 1 when any transaction is skipped', false)
    .addOption(
      new Option(
        '--max-retry-wait <seconds>',
        'with --include-rate-limits: longest Retry-After waited out to check the request then succeeds',
      )
        .default(65)
        .argParser(integer(0, 3600)),
    )
    .addOption(
      new Option('--wait-for <seconds>', 'wait up to this long for the server to answer before starting').argParser(integer(0, 3600)),
    )
    .addOption(new Option('--loglevel <level>', "Dredd's log level").choices(['silent', 'error', 'warning', 'debug']).default('error'))
    .action(async (opts: VerifyCliOptions) => {
      // Loaded on demand: Dredd takes a second to load and `serve` does not need it.
      const { runVerify } = await import('./verify/run-verify.ts')
      const { exitNotes, summaryLine, formatJUnit, formatJson, formatMarkdown, formatMatrix, formatSkips, formatTable } = await import(
        './verify/report.ts'
      )
      const { createRedactor, redactProcessOutput } = await import('./verify/redact.ts')
      // Secrets are redacted from everything printed while verify runs, error messages included.
      const unredact = redactProcessOutput()
      const config = opts.config ?? (existsSync(VERIFY_CONFIG) ? VERIFY_CONFIG : undefined)
      try {
        const result = await runVerify({
          contract: opts.contract,
          server: opts.server,
          ...(opts.api ? { api: opts.api } : {}),
          ...(config ? { config } : {}),
          credentials: opts.credential,
          fromMock: opts.fromMock ?? 'auto',
          includeRateLimits: opts.includeRateLimits,
          burstLimit: opts.burstLimit,
          dreddOutput: !opts.json,
          loglevel: opts.loglevel,
          strict: opts.strict,
          negative: opts.negative,
          allowSkips: opts.allowSkips,
          failOnSkip: opts.failOnSkip,
          ...(opts.waitFor !== undefined ? { waitFor: opts.waitFor } : {}),
          maxRetryWait: opts.maxRetryWait,
        })
        if (opts.json) {
          console.log(formatJson(result).trimEnd())
        } else {
          const lines = ['', `Contract ${result.contract.title} (${result.contract.file}) against ${result.server}`]
          lines.push(`Credentials: ${result.credentialSources.length > 0 ? result.credentialSources.join(' + ') : 'none'}`)
          for (const note of result.configNotes) lines.push(`  ${note}`)
          if (result.warnings.length > 0) {
            // Mostly schema keywords Dredd's OpenAPI 3 parser ignores (format, nullable, minimum...): the hooks' schema check does not.
            lines.push(`Dredd parser warnings: ${result.warnings.length} kinds of keyword it ignores (--loglevel warning lists them)`)
          }
          lines.push('', formatTable(result), '', formatSkips(result), '', formatMatrix(result))
          const notes = exitNotes(result)
          if (notes.length > 0) lines.push('', ...notes)
          // The summary line is always the last line of the table output.
          lines.push('', summaryLine(result))
          console.log(lines.join('\n'))
        }
        if (opts.reporter !== 'table') {
          const formats = { junit: ['junit.xml', formatJUnit], markdown: ['md', formatMarkdown], json: ['json', formatJson] } as const
          const [extension, format] = formats[opts.reporter]
          const output = opts.output ?? `analytics-mock-verify.${extension}`
          await mkdir(path.dirname(path.resolve(output)), { recursive: true })
          await writeFile(output, format(result))
          if (!opts.json) console.log(`\n${opts.reporter} report: ${output}`)
        }
        process.exitCode = result.exitCode
      } catch (error) {
        console.error(createRedactor([])(`verify: ${error instanceof Error ? error.message : String(error)}`))
        process.exitCode = 2
      } finally {
        unredact()
      }
    })

  return program
}

/**
 * The banner up to AurionAI's credentials, printed as soon as the server answers (`ms`: since the process
 * started); `start`: where the AurionAI world and the Chatlayer/Nebuly worlds begin.
 */
function bannerHead(url: string, mock: MockCore, ms: number, start: Date): string[] {
  const end = mock.options.now
  const day = (date: Date) => date.toISOString().slice(0, 10)
  const lines = [
    `analytics-mock listening on ${url} (seed ${mock.options.seed}, now ${mock.clock.now().toISOString()}, ready in ${Math.round(ms)} ms)`,
    `Data covers ${day(start)} to ${day(end)} (UTC), the 13 calendar months before --now, for every API: ask for dates inside it, or omit them.`,
    `Dashboard: ${url}/__mock/`,
    '',
    'Operations:',
  ]
  for (const op of mock.operations()) lines.push(`  ${op.method.toUpperCase().padEnd(5)} ${op.path}  [${op.api}]`)
  const aurion = mock.credentials().aurion
  lines.push('', `Credentials (all of them: GET ${url}/__mock/credentials):`)
  for (const s of defaultTenantSessions(mock)) lines.push(`  AurionAI ${s.role.padEnd(16)} Authorization: Bearer ${s.token}`)
  for (const k of aurion.api_keys.slice(0, 1))
    lines.push(`  AurionAI API key        X-API-Key: ${k.key}${mock.options.publicApiKeys ? '' : '  (403 unless --public-api-keys)'}`)
  return lines
}

/** The rest of the banner, once the Chatlayer and Nebuly worlds are built. */
function bannerTail(url: string, mock: MockCore): string[] {
  const credentials = mock.credentials()
  const lines: string[] = []
  for (const t of credentials.chatlayer.tokens.slice(0, 1))
    lines.push(`  Chatlayer team ${t.team_id}  -u ${t.token_id}:${t.token_secret}  bots: ${t.bot_ids.join(', ')}`)
  for (const k of credentials.nebuly.api_keys.slice(0, 1)) lines.push(`  Nebuly project ${k.project_id}  Authorization: Bearer ${k.key}`)
  const token = defaultTenantSessions(mock)[0]?.token ?? ''
  lines.push('', `Try: curl -H "Authorization: Bearer ${token}" ${url}/api/v2/analytics/conversations/overview`)
  return lines
}

function defaultTenantSessions(mock: MockCore) {
  const sessions = mock.credentials().aurion.sessions
  return sessions.filter((s) => s.tenant_id === sessions[0]?.tenant_id)
}

await buildCli().parseAsync(process.argv)
