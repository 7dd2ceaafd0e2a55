// analytics-mock serve | verify. Argument parsing is commander's; this file only maps flags to options.
import { Command, InvalidArgumentError, Option } from 'commander'
import { startServer } from './serve.ts'

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
  if (Number.isNaN(date.getTime())) throw new InvalidArgumentError('expected an ISO 8601 date-time, e.g. 2026-03-09T12:00:00Z')
  return date
}

export function buildCli(): Command {
  const program = new Command('analytics-mock')
    .description('Mock server and contract verifier for the AurionAI, Chatlayer and Nebuly analytics APIs')
    .showHelpAfterError()

  program
    .command('serve', { isDefault: true })
    .description('serve the seeded, stateful mock of all three APIs on one port')
    .addOption(new Option('-p, --port <port>', 'port to listen on (0 picks a free one)').default(4010).argParser(integer(0, 65535)))
    .option('-H, --host <host>', 'interface to bind', '127.0.0.1')
    .addOption(new Option('--seed <seed>', 'seed of the generated world').default(42).argParser(integer(0, 2 ** 31 - 1)))
    .addOption(new Option('--now <iso>', 'the world ends at this instant (default: now)').argParser(instant))
    .addOption(
      new Option('--conversations <n>', "conversations of the default AurionAI tenant").default(3000).argParser(integer(1, 1_000_000)),
    )
    .option('--public-api-keys', 'accept AurionAI X-API-Key on read operations (the documented future contract)', false)
    .addOption(new Option('--rate-limit <n>', 'API-key requests per minute when --public-api-keys is on').default(300).argParser(integer(1, 1_000_000)))
    .action(async (opts: { port: number; host: string; seed: number; now?: Date; conversations: number; publicApiKeys: boolean; rateLimit: number }) => {
      const started = performance.now()
      const server = await startServer({
        port: opts.port,
        host: opts.host,
        seed: opts.seed,
        now: opts.now,
        size: opts.conversations,
        publicApiKeys: opts.publicApiKeys,
        rateLimit: opts.rateLimit,
      })
      printBanner(server.url, server.mock, performance.now() - started)
      const stop = () => void server.close().then(() => process.exit(0))
      process.once('SIGINT', stop)
      process.once('SIGTERM', stop)
    })

  return program
}

function printBanner(url: string, mock: Awaited<ReturnType<typeof startServer>>['mock'], ms: number) {
  const lines = [`analytics-mock listening on ${url} (seed ${mock.options.seed}, now ${mock.clock.now().toISOString()}, ready in ${Math.round(ms)} ms)`, '', 'Operations:']
  for (const op of mock.operations()) lines.push(`  ${op.method.toUpperCase().padEnd(5)} ${op.path}  [${op.api}]`)
  const credentials = mock.credentials()
  lines.push('', 'Credentials (all of them: GET ' + url + '/__mock/credentials):')
  const defaultTenant = credentials.aurion.sessions.filter((s) => s.tenant_id === credentials.aurion.sessions[0]?.tenant_id)
  for (const s of defaultTenant) lines.push(`  AurionAI ${s.role.padEnd(16)} Authorization: Bearer ${s.token}`)
  for (const k of credentials.aurion.api_keys.slice(0, 1)) lines.push(`  AurionAI API key        X-API-Key: ${k.key}${mock.options.publicApiKeys ? '' : '  (403 unless --public-api-keys)'}`)
  for (const t of credentials.chatlayer?.tokens.slice(0, 1) ?? []) lines.push(`  Chatlayer team ${t.team_id}  -u ${t.token_id}:${t.token_secret}  bots: ${t.bot_ids.join(', ')}`)
  for (const k of credentials.nebuly?.api_keys.slice(0, 1) ?? []) lines.push(`  Nebuly project ${k.project_id}  Authorization: Bearer ${k.key}`)
  lines.push('', `Try: curl -H "Authorization: Bearer ${defaultTenant[0]?.token ?? ''}" ${url}/api/v2/analytics/conversations/overview`)
  console.log(lines.join('\n'))
}

await buildCli().parseAsync(process.argv)
