// Where verify's credentials come from: the mock's /__mock/credentials, a config file with ${ENV}
// placeholders, --credential flags; and in which order they win.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { configFromAssignments, configFromMockCredentials, loadVerifyConfig, mergeConfigs } from '../../server/verify/credentials.ts'

const mock = {
  aurion: {
    sessions: [
      { tenant_id: 't1', tenant_name: 'A', plan: 'professional', profile: 'complete', role: 'super_admin', token: 's-admin' },
      { tenant_id: 't1', tenant_name: 'A', plan: 'professional', profile: 'complete', role: 'agent', token: 's-agent' },
      { tenant_id: 't2', tenant_name: 'B', plan: 'starter', profile: 'voice', role: 'agent', token: 's-low-agent' },
      { tenant_id: 't2', tenant_name: 'B', plan: 'starter', profile: 'voice', role: 'super_admin', token: 's-low-admin' },
    ],
    api_keys: [
      { tenant_id: 't2', key: 'k2' },
      { tenant_id: 't1', key: 'k1' },
    ],
  },
  chatlayer: {
    tokens: [
      { team_id: 'team-a', token_id: 'id-a', token_secret: 'secret-a', bot_ids: ['bot-a1', 'bot-a2'] },
      { team_id: 'team-b', token_id: 'id-b', token_secret: 'secret-b', bot_ids: ['bot-b1'] },
    ],
  },
  nebuly: { api_keys: [{ project_id: 'p1', key: 'nb-1' }] },
}

describe('verify credentials', () => {
  it("maps the mock's credentials: the default tenant's roles, a low-plan session, another Chatlayer team", () => {
    expect(configFromMockCredentials(mock)).toEqual({
      aurion: { sessions: { super_admin: 's-admin', agent: 's-agent' }, api_key: 'k1', low_plan_session: 's-low-admin' },
      chatlayer: {
        token_id: 'id-a',
        token_secret: 'secret-a',
        team_id: 'team-a',
        bot_id: 'bot-a1',
        other_team_id: 'team-b',
        other_team_bot_id: 'bot-b1',
      },
      nebuly: { api_key: 'nb-1' },
    })
  })

  // biome-ignore lint/suspicious/noTemplateCurlyInString: ${ENV} is the config file's placeholder syntax, not a template.
  it('reads a config file, with ${ENV} placeholders; an unset one leaves its field out with a note', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'verify-config-'))
    try {
      const file = path.join(dir, 'analytics-mock.verify.json')
      await writeFile(
        file,
        // biome-ignore lint/suspicious/noTemplateCurlyInString: the config file's ${VAR} placeholders are literal text.
        JSON.stringify({ aurion: { sessions: { super_admin: '${ADMIN}', agent: '${AGENT}' } }, nebuly: { api_key: 'nb-${SUFFIX}' } }),
      )
      const { config, notes } = await loadVerifyConfig(file, { ADMIN: 'from-env', SUFFIX: 'x' })
      expect(config).toEqual({ aurion: { sessions: { super_admin: 'from-env' } }, nebuly: { api_key: 'nb-x' } })
      expect(notes).toEqual([`${file}: AGENT is not set: aurion.sessions.agent left out`])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('rejects unknown fields with their path', () => {
    expect(() => configFromAssignments(['nebuly.apikey=x'])).toThrow(/apikey/)
    expect(() => configFromAssignments(['aurion.api_keys=sometimes'])).toThrow(/api_keys/)
    expect(() => configFromAssignments(['no-equals-sign'])).toThrow(/path=value/)
  })

  it('lets --credential win over the file, and the file over the mock', () => {
    const merged = mergeConfigs(
      configFromMockCredentials(mock),
      { aurion: { sessions: { agent: 'file-agent' } } },
      configFromAssignments(['aurion.sessions.super_admin=flag-admin']),
    )
    expect(merged.aurion?.sessions).toEqual({ super_admin: 'flag-admin', agent: 'file-agent' })
    expect(merged.aurion?.api_key).toBe('k1')
  })
})
