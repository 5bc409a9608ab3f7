import { pino } from 'pino'
import { afterEach, describe, expect, it } from 'vitest'
import {
  DEFAULT_SYNC_LIMITS,
  DEFAULT_WEB_DIR,
  createServer,
  type MaillageServer,
} from '@maillage/server'
import { createApiClient, type ApiResponse } from '../helpers/apiClient.ts'
import { errorCode } from '../helpers/securityFixture.ts'

// The first admin of a production instance is created by the first `POST /api/setup`: many
// setups at once (a double click, a script, an attacker racing the operator) must make one admin.

const SETUPS = 20

/** Starts a fresh production-mode server on port 0: no demo data, setup open. */
async function startProductionServer(): Promise<{ server: MaillageServer; url: string }> {
  const server = await createServer({
    config: {
      host: '127.0.0.1',
      port: 0,
      store: { kind: 'memory' },
      auth: 'session',
      allowedOrigins: [],
      demoData: false,
      sessionTtlMs: 60 * 60 * 1000,
      production: true,
      logLevel: 'silent',
      limits: DEFAULT_SYNC_LIMITS,
      saveDelayMs: 100,
      compactAfterAppends: 50,
      saveRetryDelayMs: 100,
      webDir: DEFAULT_WEB_DIR,
    },
    logger: pino({ level: 'silent' }),
  })
  const { url } = await server.listen()
  return { server, url }
}

describe('POST /api/setup on a fresh production instance', () => {
  let close: (() => Promise<void>) | undefined

  afterEach(async () => {
    await close?.()
    close = undefined
  })

  it('makes exactly one admin out of twenty parallel setups; the others get SETUP_ALREADY_DONE', async () => {
    const started = await startProductionServer()
    close = () => started.server.close()
    const api = createApiClient(started.url)
    expect((await api.request<{ needed: boolean }>('GET', '/api/setup')).body.needed).toBe(true)

    const answers: ApiResponse[] = await Promise.all(
      Array.from({ length: SETUPS }, (_, index) =>
        api.request('POST', '/api/setup', {
          body: {
            email: `admin-${String(index)}@exemple.fr`,
            name: `Admin ${String(index)}`,
            password: 'un mot de passe assez long',
          },
        }),
      ),
    )

    const winners = answers.filter((answer) => answer.status === 201)
    const losers = answers.filter((answer) => answer.status !== 201)
    expect(winners).toHaveLength(1)
    expect(losers.map((answer) => [answer.status, errorCode(answer)])).toEqual(
      Array.from({ length: SETUPS - 1 }, () => [409, 'SETUP_ALREADY_DONE']),
    )
    expect((await api.request<{ needed: boolean }>('GET', '/api/setup')).body.needed).toBe(false)

    const winner = winners[0]?.body as { account: { email: string } }
    const accounts = await started.server.metadata.listAccounts()
    expect(accounts.map((account) => [account.email, account.platformRole])).toEqual([
      [winner.account.email, 'admin'],
    ])
    const login = await api.login(winner.account.email, 'un mot de passe assez long')
    expect(login.status).toBe(200)
  })
})
