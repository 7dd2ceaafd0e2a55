// The dashboard: one Preact app (h() calls, no JSX build step) over the admin API. Panels: operations,
// credentials, clock, scenarios, journal, reset, API reference (Swagger UI, loaded when opened).
import { h, render, type ComponentChildren, type VNode } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import type { components } from '../../../contracts/generated/mock-admin.ts'
import type { Credentials, JournalEntry, OperationSummary, Scenario } from '../../../mocks/index.ts'
import { admin, adminEvents, NeedsAdminToken, storeToken } from './api.ts'
import { curlLine, exportDownloadUrl, sampleRequest } from './samples.ts'
import { STYLE } from './style.ts'

type ApiName = OperationSummary['api']
type ScenarioInput = components['schemas']['ScenarioInput']
type OpenApiDocument = { paths: Record<string, Record<string, { responses?: Record<string, unknown> }>> }

interface Context {
  seed: number
  data_from: string
  data_to: string
}

interface Loaded {
  context: Context
  operations: OperationSummary[]
  credentials: Credentials
  contracts: Record<ApiName, OpenApiDocument>
}

const API_TITLES: Record<ApiName, string> = { aurion: 'AurionAI', chatlayer: 'Sinch Chatlayer', nebuly: 'Nebuly' }
const APIS = Object.keys(API_TITLES) as ApiName[]
const PANELS = ['Operations', 'Credentials', 'Clock', 'Scenarios', 'Journal', 'Reset', 'API reference'] as const
type PanelName = (typeof PANELS)[number]
const PRESETS = ['outage', 'slow-network', 'flaky', 'rate-limited']
const FAULTS = ['reset', 'empty', 'malformed', 'timeout']
const JOURNAL_POLL_MS = 1000
const JOURNAL_MODES = { connecting: 'connecting', stream: 'live', polling: 'the live stream failed: refreshed every second' }
const CLOCK_POLL_MS = 1000
const BODY_SHOWN = 20_000

const panelId = (name: PanelName): string => `panel-${name.toLowerCase().replace(/\s+/g, '-')}`
const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error))

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`GET ${url}: ${response.status}`)
  return (await response.json()) as T
}

async function loadAll(): Promise<Loaded> {
  const [context, operations, credentials, aurion, chatlayer, nebuly] = await Promise.all([
    getJson<Context>('/__mock/dashboard/context.json'),
    admin<OperationSummary[]>('GET', '/operations'),
    admin<Credentials>('GET', '/credentials'),
    ...APIS.map((api) => getJson<OpenApiDocument>(`/__mock/dashboard/contracts/${api}.json`)),
  ] as const)
  return { context, operations, credentials, contracts: { aurion, chatlayer, nebuly } as Record<ApiName, OpenApiDocument> }
}

function App(): ComponentChildren {
  const [loaded, setLoaded] = useState<Loaded | undefined>()
  const [now, setNow] = useState<string>('')
  const [panel, setPanel] = useState<PanelName>('Operations')
  const [needsToken, setNeedsToken] = useState(false)
  const [error, setError] = useState<string | undefined>()
  const [attempt, setAttempt] = useState(0)

  /** Runs an admin action; a 401 opens the token prompt, any other failure shows in the alert. */
  const act = async <T>(action: () => Promise<T>, options: { background?: boolean } = {}): Promise<T | undefined> => {
    try {
      // A background refresh (the journal's polling, a list reload) leaves the last action's error on screen.
      if (!options.background) setError(undefined)
      return await action()
    } catch (caught) {
      if (caught instanceof NeedsAdminToken) setNeedsToken(true)
      else setError(errorText(caught))
      return undefined
    }
  }
  const refreshClock = () => act(async () => setNow((await admin<{ now: string }>('GET', '/clock')).now), { background: true })

  useEffect(() => {
    void act(async () => {
      setLoaded(await loadAll())
      await refreshClock()
      document.body.dataset.ready = 'true'
    })
  }, [attempt])

  const shared: PanelProps = { loaded: loaded as Loaded, now, setNow, act, refreshClock }
  return h('div', null, [
    h('header', null, [
      h('h1', null, 'analytics-mock dashboard'),
      loaded && h('p', null, `seed ${loaded.context.seed} · mock now `, h('time', { 'data-now': true }, now)),
    ]),
    h(
      'nav',
      { 'aria-label': 'Panels' },
      h(
        'ul',
        null,
        PANELS.map((name) =>
          h(
            'li',
            { key: name },
            h('button', { type: 'button', 'aria-current': panel === name ? 'page' : undefined, onClick: () => setPanel(name) }, name),
          ),
        ),
      ),
    ),
    // Swagger UI renders its own <main>: the reference panel is a labelled region, so the page has one main.
    h(
      panel === 'API reference' ? 'div' : 'main',
      {
        id: panelId(panel),
        role: panel === 'API reference' ? 'region' : undefined,
        'aria-labelledby': `${panelId(panel)}-title`,
      },
      [
        error && h('p', { class: 'alert', role: 'alert' }, error),
        needsToken &&
          h(TokenPrompt, {
            onToken: (token: string) => {
              storeToken(token)
              setNeedsToken(false)
              setAttempt((n) => n + 1)
            },
          }),
        h('h2', { id: `${panelId(panel)}-title` }, panel),
        loaded ? h(PANEL_VIEWS[panel], shared) : !needsToken && !error && h('p', null, 'Loading…'),
      ],
    ),
  ])
}

interface PanelProps {
  loaded: Loaded
  now: string
  setNow: (now: string) => void
  act: <T>(action: () => Promise<T>, options?: { background?: boolean }) => Promise<T | undefined>
  refreshClock: () => Promise<unknown>
}

function TokenPrompt({ onToken }: { onToken: (token: string) => void }): ComponentChildren {
  const [value, setValue] = useState('')
  return h(
    'form',
    {
      class: 'alert',
      onSubmit: (event: Event) => {
        event.preventDefault()
        if (value) onToken(value)
      },
    },
    [
      h('p', null, 'This mock guards its admin API: enter the token it was started with (kept for this tab only).'),
      h('label', null, ['Admin token', h('input', { type: 'password', autocomplete: 'off', value, onInput: inputValue(setValue) })]),
      h('button', { type: 'submit' }, 'Use token'),
    ],
  )
}

const inputValue =
  (set: (value: string) => void) =>
  (event: Event): void =>
    set((event.currentTarget as HTMLInputElement).value)

function CopyButton({ text, label }: { text: string | (() => Promise<string>); label: string }): ComponentChildren {
  const [copied, setCopied] = useState('')
  return h('span', null, [
    h(
      'button',
      {
        type: 'button',
        onClick: async () => {
          try {
            await navigator.clipboard.writeText(typeof text === 'string' ? text : await text())
            setCopied(' Copied')
          } catch (error) {
            setCopied(` Not copied: ${errorText(error)}`)
          }
        },
      },
      label,
    ),
    h('span', { role: 'status', class: 'muted' }, copied),
  ])
}

// Operations ----------------------------------------------------------------------------------------

function documentedStatuses(doc: OpenApiDocument | undefined, op: OperationSummary): string[] {
  return Object.keys(doc?.paths[op.path]?.[op.method.toLowerCase()]?.responses ?? {})
}

function OperationsPanel({ loaded, now }: PanelProps): ComponentChildren {
  return h(
    'div',
    null,
    APIS.map((api) =>
      h('section', { key: api, 'aria-labelledby': `ops-${api}` }, [
        h('h3', { id: `ops-${api}` }, `${API_TITLES[api]} (${loaded.operations.filter((op) => op.api === api).length})`),
        loaded.operations.filter((op) => op.api === api).map((op) => h(OperationCard, { key: op.operationId, op, loaded, now })),
      ]),
    ),
  )
}

interface TryResult {
  /** Which click this answers: the page (and its test) can tell a new answer from the last one. */
  attempt: number
  status: number
  statusText: string
  ms: number
  headers: [string, string][]
  body: string
}

function OperationCard({ op, loaded, now }: { op: OperationSummary; loaded: Loaded; now: string }): ComponentChildren {
  const [result, setResult] = useState<TryResult | { attempt: number; error: string } | undefined>()
  const [exportDownload, setExportDownload] = useState<string | undefined>()
  const nowIso = now || loaded.context.data_to
  const sample = sampleRequest(op, loaded.credentials, nowIso, exportDownload)
  const curl = curlLine(sample, location.origin)
  const titleId = `op-${op.operationId}`
  /** The request as it will be sent: the export download first picks a real export (listed, or requested). */
  const ready = async () => {
    if (!op.path.includes('{export_id}')) return sample
    const url = await exportDownloadUrl(loaded.credentials, nowIso)
    setExportDownload(url)
    return sampleRequest(op, loaded.credentials, nowIso, url)
  }
  const tryIt = async () => {
    const attempt = (result?.attempt ?? 0) + 1
    try {
      const sample = await ready()
      const started = performance.now()
      const response = await fetch(sample.url, { method: sample.method, headers: sample.headers, body: sample.body })
      const body = await response.text()
      setResult({
        attempt,
        status: response.status,
        statusText: response.statusText,
        ms: Math.round(performance.now() - started),
        headers: [...response.headers.entries()],
        body: prettyBody(body),
      })
    } catch (error) {
      setResult({ attempt, error: `${errorText(error)} (a fault scenario or preference can drop the connection)` })
    }
  }
  return h('article', { class: 'op', 'data-operation': op.operationId, 'aria-labelledby': titleId }, [
    h('h4', { id: titleId }, [h('span', { class: 'method' }, op.method.toUpperCase()), ' ', h('code', null, op.path)]),
    h('div', { class: 'statuses' }, [
      h('code', null, op.operationId),
      ' · documented: ',
      documentedStatuses(loaded.contracts[op.api], op).join(', '),
    ]),
    h('div', { class: 'row' }, [
      h(CopyButton, { text: async () => curlLine(await ready(), location.origin), label: 'Copy curl' }),
      h('button', { type: 'button', onClick: tryIt }, 'Try it'),
    ]),
    h('pre', { 'data-curl': true }, curl),
    result &&
      ('error' in result
        ? h('p', { class: 'alert', 'data-result': 'error', 'data-attempt': result.attempt }, result.error)
        : h('div', { 'data-result': true, 'data-attempt': result.attempt, 'aria-live': 'polite' }, [
            h('p', null, [
              h('span', { class: result.status < 400 ? 'status-ok' : 'status-bad', 'data-status': result.status }, String(result.status)),
              ` ${result.statusText} · ${result.ms} ms`,
            ]),
            h('details', null, [
              h('summary', null, 'Headers'),
              h('pre', null, result.headers.map(([name, value]) => `${name}: ${value}`).join('\n')),
            ]),
            h('pre', { 'data-body': true }, result.body),
          ])),
  ])
}

function prettyBody(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2).slice(0, BODY_SHOWN)
  } catch {
    return text.length > BODY_SHOWN ? `${text.slice(0, BODY_SHOWN)}…` : text
  }
}

// Credentials ---------------------------------------------------------------------------------------

function table(caption: string, head: string[], rows: ComponentChildren[][]): VNode {
  return h('table', null, [
    h('caption', { class: 'muted' }, caption),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        head.map((cell) => h('th', { scope: 'col' }, cell)),
      ),
    ),
    h(
      'tbody',
      null,
      rows.map((row) =>
        h(
          'tr',
          null,
          row.map((cell) => h('td', null, cell)),
        ),
      ),
    ),
  ])
}

function CredentialsPanel({ loaded }: PanelProps): ComponentChildren {
  const { aurion, chatlayer, nebuly } = loaded.credentials
  return h('div', null, [
    h('h3', null, 'AurionAI sessions'),
    table(
      'Authorization: Bearer <token>; the role decides what each operation allows',
      ['Tenant', 'Plan', 'Profile', 'Role', 'Token', 'Copy'],
      aurion.sessions.map((s) => [
        s.tenant_name,
        s.plan,
        s.profile,
        s.role,
        h('code', null, s.token),
        h(CopyButton, { text: s.token, label: 'Copy' }),
      ]),
    ),
    h('h3', null, 'AurionAI API keys'),
    table(
      'X-API-Key: <key> (read operations, with --public-api-keys)',
      ['Tenant', 'Key', 'Copy'],
      aurion.api_keys.map((k) => [h('code', null, k.tenant_id), h('code', null, k.key), h(CopyButton, { text: k.key, label: 'Copy' })]),
    ),
    chatlayer && h('h3', null, 'Chatlayer tokens'),
    chatlayer &&
      table(
        'HTTP Basic: curl -u <token id>:<secret>',
        ['Team', 'Token id', 'Bots', 'Sample conversations', 'Copy'],
        chatlayer.tokens.map((t) => [
          h('code', null, t.team_id),
          h('code', null, t.token_id),
          t.bot_ids.join(', '),
          t.conversations.map((c) => `${c.id} (${c.bot_id}, ${c.version})`).join(', '),
          h(CopyButton, { text: `${t.token_id}:${t.token_secret}`, label: 'Copy id:secret' }),
        ]),
      ),
    nebuly && h('h3', null, 'Nebuly keys'),
    nebuly &&
      table(
        'Authorization: Bearer <key>; a disabled key answers 403',
        ['Project', 'Key', 'State', 'Copy'],
        nebuly.api_keys.map((k) => [
          h('code', null, k.project_id),
          h('code', null, k.key),
          k.disabled ? 'disabled' : 'live',
          h(CopyButton, { text: k.key, label: 'Copy' }),
        ]),
      ),
  ])
}

// Clock ---------------------------------------------------------------------------------------------

function ClockPanel({ loaded, now, setNow, act, refreshClock }: PanelProps): ComponentChildren {
  const [seconds, setSeconds] = useState('3600')
  // The server's clock ticks with real time (unless frozen): show it as it goes.
  useEffect(() => {
    const timer = setInterval(() => void refreshClock(), CLOCK_POLL_MS)
    return () => clearInterval(timer)
  }, [])
  const [target, setTarget] = useState('')
  const move = (body: { advance_seconds: number } | { now: string }) =>
    act(async () => setNow((await admin<{ now: string }>('POST', '/clock', body)).now))
  return h('div', null, [
    h('p', null, ['Mock now: ', h('strong', { 'data-clock-now': true }, now)]),
    h('p', { class: 'muted' }, `Generated data covers ${loaded.context.data_from} to ${loaded.context.data_to} for every API.`),
    h('div', { class: 'row' }, [
      h('button', { type: 'button', onClick: () => move({ advance_seconds: 3600 }) }, 'Advance 1 hour'),
      h('button', { type: 'button', onClick: () => move({ advance_seconds: 86_400 }) }, 'Advance 1 day'),
    ]),
    h(
      'form',
      {
        class: 'row',
        onSubmit: (event: Event) => {
          event.preventDefault()
          void move({ advance_seconds: Number(seconds) })
        },
      },
      [
        h('label', null, ['Seconds', h('input', { type: 'number', min: 1, value: seconds, onInput: inputValue(setSeconds) })]),
        h('button', { type: 'submit' }, 'Advance'),
      ],
    ),
    h(
      'form',
      {
        class: 'row',
        onSubmit: (event: Event) => {
          event.preventDefault()
          void move({ now: target })
        },
      },
      [
        h('label', null, [
          'Set to (ISO 8601)',
          h('input', { type: 'text', placeholder: '2026-03-10T00:00:00Z', value: target, onInput: inputValue(setTarget) }),
        ]),
        h('button', { type: 'submit' }, 'Set'),
      ],
    ),
  ])
}

// Scenarios -----------------------------------------------------------------------------------------

function ScenariosPanel({ loaded, act }: PanelProps): ComponentChildren {
  const [scenarios, setScenarios] = useState<Scenario[]>([])
  const [preset, setPreset] = useState(PRESETS[0] ?? '')
  const reload = () =>
    act(async () => setScenarios((await admin<{ scenarios: Scenario[] }>('GET', '/scenarios')).scenarios), { background: true })
  /** An action, then the list again (a refused action's error stays on screen). */
  const change = async (action: () => Promise<unknown>) => {
    await act(action)
    await reload()
  }
  useEffect(() => void reload(), [])
  // The form is read when submitted (no per-field state): what the user sees is what is sent.
  const create = async (event: Event) => {
    event.preventDefault()
    const data = new FormData(event.currentTarget as HTMLFormElement)
    const text = (name: string): string => String(data.get(name) ?? '')
    const form = {
      operation: text('operation'),
      status: text('status'),
      delay: text('delay'),
      fault: text('fault'),
      times: text('times'),
      probability: text('probability'),
    }
    const input: ScenarioInput = {
      match: form.operation ? { operation: form.operation } : {},
      respond: {
        ...(form.status && { status: Number(form.status) }),
        ...(form.delay && { delay: { fixed_ms: Number(form.delay) } }),
        ...(form.fault && { fault: form.fault as 'reset' }),
      },
      ...(form.times && { times: Number(form.times) }),
      ...(form.probability && { probability: Number(form.probability) }),
    }
    await change(() => admin('POST', '/scenarios', input))
  }
  return h('div', null, [
    h('h3', null, `Active (${scenarios.length})`),
    scenarios.length === 0
      ? h('p', { class: 'muted' }, 'No scenario: every request gets the real answer.')
      : table(
          'Most recently added first; the most specific match wins',
          ['Id', 'Match', 'Respond', 'Remaining', 'Probability', 'Action'],
          scenarios.map((s) => [
            h('code', null, s.id),
            h('code', null, JSON.stringify(s.match)),
            h('code', null, JSON.stringify(s.respond)),
            h('span', { 'data-times-left': true }, s.times_left === null ? 'unlimited' : String(s.times_left)),
            String(s.probability),
            h(
              'button',
              {
                type: 'button',
                class: 'danger',
                'aria-label': `Delete ${s.id}`,
                onClick: () => change(() => admin('DELETE', `/scenarios/${s.id}`)),
              },
              'Delete',
            ),
          ]),
        ),
    h('button', { type: 'button', class: 'danger', onClick: () => change(() => admin('DELETE', '/scenarios')) }, 'Delete all scenarios'),
    h('h3', null, 'Apply a preset'),
    h(
      'form',
      {
        class: 'row',
        onSubmit: (event: Event) => {
          event.preventDefault()
          void change(() => admin('POST', `/scenarios/presets/${preset}`))
        },
      },
      [
        h('label', null, [
          'Preset',
          h(
            'select',
            { value: preset, onChange: inputValue(setPreset) },
            PRESETS.map((p) => h('option', { value: p }, p)),
          ),
        ]),
        h('button', { type: 'submit' }, 'Apply preset'),
      ],
    ),
    h('h3', null, 'New scenario'),
    h('form', { onSubmit: create, 'aria-label': 'New scenario' }, [
      h('div', { class: 'row' }, [
        h('label', null, [
          'Operation',
          h('select', { name: 'operation' }, [
            h('option', { value: '' }, 'any operation'),
            ...loaded.operations.map((op) =>
              h('option', { value: op.operationId }, `${API_TITLES[op.api]}: ${op.method.toUpperCase()} ${op.path}`),
            ),
          ]),
        ]),
      ]),
      h('div', { class: 'row' }, [
        h('label', null, ['Status', h('input', { name: 'status', type: 'number', min: 100, max: 599 })]),
        h('label', null, ['Delay (ms)', h('input', { name: 'delay', type: 'number', min: 0, max: 30000 })]),
        h('label', null, [
          'Fault',
          h('select', { name: 'fault' }, [h('option', { value: '' }, 'none'), ...FAULTS.map((f) => h('option', { value: f }, f))]),
        ]),
        h('label', null, ['Times', h('input', { name: 'times', type: 'number', min: 1 })]),
        h('label', null, [
          'Probability',
          h('input', {
            name: 'probability',
            type: 'number',
            min: 0,
            max: 1,
            step: 0.01,
          }),
        ]),
      ]),
      h('button', { type: 'submit' }, 'Create scenario'),
    ]),
  ])
}

// Journal -------------------------------------------------------------------------------------------

/** Rows the journal panel keeps. */
const JOURNAL_SHOWN = 200

function JournalPanel({ loaded, act }: PanelProps): ComponentChildren {
  const [entries, setEntries] = useState<JournalEntry[]>([])
  const [mode, setMode] = useState<'connecting' | 'stream' | 'polling'>('connecting')
  const [api, setApi] = useState('')
  const [operation, setOperation] = useState('')
  const [status, setStatus] = useState('')
  useEffect(() => {
    const query = new URLSearchParams({ limit: String(JOURNAL_SHOWN) })
    if (operation) query.set('operation', operation)
    if (/^\d{1,3}$/.test(status)) query.set('status', status)
    const stop = new AbortController()
    let timer: ReturnType<typeof setInterval> | undefined
    const poll = () =>
      act(async () => setEntries((await admin<{ requests: JournalEntry[] }>('GET', `/requests?${query}`)).requests), { background: true })
    // Live by server-sent events; if the stream cannot open, fails or ends, polled every second instead.
    setEntries([])
    setMode('connecting')
    adminEvents(`/requests/stream?${query}`, stop.signal, {
      open: () => setMode('stream'),
      event: (event) => {
        if (event.event === 'cleared') setEntries([])
        else if (event.event === 'request') {
          const entry = JSON.parse(event.data) as JournalEntry
          // An entry is shown once, even if a reconnect sends it again.
          setEntries((shown) => (shown.some((row) => row.id === entry.id) ? shown : [entry, ...shown].slice(0, JOURNAL_SHOWN)))
        }
      },
    }).catch((error: unknown) => {
      if (stop.signal.aborted) return
      if (error instanceof NeedsAdminToken) void act(() => Promise.reject(error))
      setMode('polling')
      void poll()
      timer = setInterval(poll, JOURNAL_POLL_MS)
    })
    return () => {
      stop.abort()
      clearInterval(timer)
    }
  }, [operation, status])
  const shown = entries.filter((entry) => !api || entry.api === api)
  return h('div', null, [
    h('form', { class: 'row', 'aria-label': 'Journal filters', onSubmit: (event: Event) => event.preventDefault() }, [
      h('label', null, [
        'API',
        h('select', { value: api, onChange: inputValue(setApi) }, [
          h('option', { value: '' }, 'all'),
          ...APIS.map((name) => h('option', { value: name }, API_TITLES[name])),
        ]),
      ]),
      h('label', null, [
        'Operation',
        h('select', { value: operation, onChange: inputValue(setOperation) }, [
          h('option', { value: '' }, 'all'),
          ...loaded.operations.map((op) => h('option', { value: op.operationId }, op.operationId)),
        ]),
      ]),
      h('label', null, [
        'Status',
        h('input', { type: 'text', inputMode: 'numeric', size: 4, value: status, onInput: inputValue(setStatus) }),
      ]),
      h('button', { type: 'button', class: 'danger', onClick: () => act(() => admin('DELETE', '/requests')) }, 'Clear journal'),
    ]),
    h(
      'p',
      { class: 'muted', 'aria-live': 'polite', 'data-journal-mode': mode },
      `${shown.length} requests, newest first (${JOURNAL_MODES[mode]}). No header is kept.`,
    ),
    h(
      'div',
      { class: 'journal' },
      shown.map((entry) =>
        h('details', { key: entry.id, 'data-journal-row': true, 'data-operation': entry.operation ?? '', 'data-status': entry.status }, [
          h(
            'summary',
            null,
            `${entry.at.slice(11, 19)}  ${entry.method} ${entry.path}  → ${entry.status || 'no answer'}  ${entry.duration_ms} ms${entry.scenario ? `  [${entry.scenario}]` : ''}`,
          ),
          h(
            'pre',
            null,
            JSON.stringify({ request: { method: entry.method, path: entry.path, query: entry.query, caller: entry.caller } }, null, 2),
          ),
          h(
            'pre',
            null,
            JSON.stringify(
              { answer: { status: entry.status, duration_ms: entry.duration_ms, scenario: entry.scenario, fault: entry.fault } },
              null,
              2,
            ),
          ),
        ]),
      ),
    ),
  ])
}

// Reset ---------------------------------------------------------------------------------------------

function ResetPanel({ act, setNow }: PanelProps): ComponentChildren {
  const [confirming, setConfirming] = useState(false)
  const [done, setDone] = useState<string | undefined>()
  return h('div', null, [
    h('p', null, 'Back to the state the mock started with: clock, exports, audit log, rate-limit windows, scenarios and journal.'),
    confirming
      ? h('div', { class: 'row', role: 'group', 'aria-label': 'Confirm reset' }, [
          h('strong', null, 'Reset everything?'),
          h(
            'button',
            {
              type: 'button',
              class: 'danger',
              onClick: async () => {
                const answer = await act(() => admin<{ now: string }>('POST', '/reset'))
                setConfirming(false)
                if (answer) {
                  setNow(answer.now)
                  setDone(`Reset: the clock is back at ${answer.now}.`)
                }
              },
            },
            'Yes, reset',
          ),
          h('button', { type: 'button', onClick: () => setConfirming(false) }, 'Cancel'),
        ])
      : h('button', { type: 'button', class: 'danger', onClick: () => setConfirming(true) }, 'Reset the mock…'),
    h('p', { role: 'status' }, done ?? ''),
  ])
}

// API reference -------------------------------------------------------------------------------------

declare global {
  interface Window {
    SwaggerUIBundle?: (options: Record<string, unknown>) => unknown
  }
}

const REFERENCES = [
  { name: 'aurion', title: 'AurionAI' },
  { name: 'chatlayer', title: 'Sinch Chatlayer' },
  { name: 'nebuly', title: 'Nebuly' },
  { name: 'mock-admin', title: 'Mock admin' },
]

let swaggerLoaded: Promise<void> | undefined

/** Swagger UI's prebuilt bundle and stylesheet, fetched the first time a reference is opened. */
function loadSwagger(): Promise<void> {
  swaggerLoaded ??= new Promise<void>((resolve, reject) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/__mock/dashboard/swagger/swagger-ui.css' })
    document.head.append(link)
    const script = Object.assign(document.createElement('script'), { src: '/__mock/dashboard/swagger/swagger-ui-bundle.js' })
    script.onload = () => resolve()
    script.onerror = () => reject(new Error('Swagger UI did not load'))
    document.head.append(script)
  })
  return swaggerLoaded
}

/** The contracts say "kit's choice" where the vendors are silent: highlight it in every description
 * (a bare <mark>: Swagger UI's sanitizer drops class and style attributes). */
function markKitChoices(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(markKitChoices)
  if (!node || typeof node !== 'object') return node
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === 'description' && typeof value === 'string'
        ? value.replace(/kit's choice/gi, (text) => `<mark>${text}</mark>`)
        : markKitChoices(value),
    ]),
  )
}

/** Swagger UI leaves some selects without a name (the server list, a boolean parameter's value): give
 * each one, now and whenever it renders more. */
function nameSwaggerSelects(root: HTMLElement): void {
  const name = () => {
    for (const select of root.querySelectorAll('select:not([aria-label])')) {
      const parameter = select.closest('tr[data-param-name]')?.getAttribute('data-param-name')
      const label = select.id === 'servers' ? 'Server' : parameter ? `Value of ${parameter}` : select.closest('label')?.textContent
      if (label) select.setAttribute('aria-label', label)
    }
  }
  name()
  if (namedRoots.has(root)) return
  namedRoots.add(root)
  new MutationObserver(name).observe(root, { childList: true, subtree: true })
}
const namedRoots = new WeakSet<HTMLElement>()

function ReferencePanel({ act }: PanelProps): ComponentChildren {
  const [shown, setShown] = useState<string | undefined>()
  const open = (name: string) =>
    act(async () => {
      setShown(name)
      const [spec] = await Promise.all([getJson<unknown>(`/__mock/dashboard/contracts/${name}.json`), loadSwagger()])
      const domNode = document.getElementById('api-reference')
      window.SwaggerUIBundle?.({ spec: markKitChoices(spec), domNode, deepLinking: false, syntaxHighlight: { activated: false } })
      if (domNode) nameSwaggerSelects(domNode)
    })
  return h('div', null, [
    h('p', { class: 'muted' }, [
      'The contracts the mock serves, rendered by Swagger UI. Where the vendors are silent the text says ',
      h('mark', { class: 'kit-choice' }, "kit's choice"),
      '.',
    ]),
    h(
      'div',
      { class: 'row' },
      REFERENCES.map((ref) =>
        h('button', { type: 'button', 'aria-pressed': shown === ref.name ? 'true' : 'false', onClick: () => open(ref.name) }, ref.title),
      ),
    ),
    h('div', { id: 'api-reference' }),
  ])
}

const PANEL_VIEWS: Record<PanelName, (props: PanelProps) => ComponentChildren> = {
  Operations: OperationsPanel,
  Credentials: CredentialsPanel,
  Clock: ClockPanel,
  Scenarios: ScenariosPanel,
  Journal: JournalPanel,
  Reset: ResetPanel,
  'API reference': ReferencePanel,
}

document.head.append(Object.assign(document.createElement('style'), { textContent: STYLE }))
render(h(App, null), document.body)
