import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CloseCode } from '@maillage/protocol'
import { createAdvanceableClock, type AdvanceableClock } from '../helpers/advanceableClock.ts'
import {
  DEMO_PASSWORD,
  createApiClient,
  sessionFrom,
  type ApiClient,
  type Credential,
  type SignedIn,
} from '../helpers/apiClient.ts'
import { rawHttpRequest, type RawHttpAnswer } from '../helpers/rawHttpRequest.ts'
import { requestUpgrade } from '../helpers/requestUpgrade.ts'
import {
  LILLE,
  NEW_ACCOUNT,
  errorCode,
  useSecurityFixture,
  type InvitationBody,
} from '../helpers/securityFixture.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import {
  probeSyncAccess,
  syncCredentials,
  tryToWrite,
  waitForClose,
} from '../helpers/syncAccess.ts'

// Sessions, access tokens, login throttling and expiry. Requests from other sites and hostile input:
// security.test.ts; invitations, roles and the audit trail: membershipSecurity.test.ts.

describe('security of the API and the websocket', () => {
  const fixture = useSecurityFixture()
  const { createLilleDocument, openRaw } = fixture
  let api: ApiClient
  let lille: SignedIn

  beforeAll(() => {
    ;({ api, lille } = fixture.signedIn())
  })

  describe('sessions', () => {
    it('opens a new session at every login and ends the one the browser held (no session fixation)', async () => {
      const planted: Credential = {
        kind: 'session',
        cookie: 'maillage_session=choisi-par-un-attaquant',
        csrfToken: 'choisi-par-un-attaquant',
      }
      const first = await api.login('copil@demo.maillage.fr', DEMO_PASSWORD, { as: planted })
      const firstSession = sessionFrom(first)
      expect(first.status).toBe(200)
      expect(firstSession).not.toBeNull()
      expect(firstSession).not.toMatchObject({ cookie: planted.cookie })

      const second = await api.login('copil@demo.maillage.fr', DEMO_PASSWORD, { as: firstSession })
      const secondSession = sessionFrom(second)
      expect(second.status).toBe(200)
      expect(secondSession).not.toBeNull()
      expect(secondSession).not.toMatchObject({ cookie: firstSession?.cookie })
      expect(secondSession).not.toMatchObject({ csrfToken: firstSession?.csrfToken })

      expect((await api.request('GET', '/api/session', { as: planted })).status).toBe(401)
      expect((await api.request('GET', '/api/session', { as: firstSession })).status).toBe(401)
      expect((await api.request('GET', '/api/session', { as: secondSession })).status).toBe(200)
    })

    it('ends the session on the server when signing out, not only in the browser', async () => {
      const { credential } = await api.signIn('lens@demo.maillage.fr')

      const signedOut = await api.request('DELETE', '/api/session', { as: credential })

      expect(signedOut.status).toBe(204)
      expect(signedOut.headers.getSetCookie().join()).toMatch(/maillage_session=;.*Max-Age=0/)
      const after = await api.request('GET', '/api/session', { as: credential })
      expect(after.status).toBe(401)
      expect(errorCode(after)).toBe('AUTH_UNAUTHENTICATED')
    })
  })
  describe('ending sessions and scoping tokens', () => {
    it('closes with 4401 the websockets opened with a session when it signs out, and no other', async () => {
      const documentId = await createLilleDocument('Relevé de décisions du 12 mars')
      const otherSession = await api.signIn('lille@demo.maillage.fr')
      const signingOut = await openRaw(documentId, otherSession.credential)
      const staying = await openRaw(documentId, lille.credential)

      const signedOut = await api.request('DELETE', '/api/session', { as: otherSession.credential })

      expect(signedOut.status).toBe(204)
      expect(await waitForClose(signingOut, 1_000)).toBe(CloseCode.Unauthenticated)
      expect(await tryToWrite(staying)).toBe(true)
    })

    it('lets a page whose CSRF token is stale sign in again, from the same origin only', async () => {
      const { credential } = await api.signIn('lille@demo.maillage.fr')
      const stale: Credential = { ...credential, csrfToken: 'jeton-perime' }
      const again = await api.login('lille@demo.maillage.fr', DEMO_PASSWORD, { as: stale })
      expect(again.status).toBe(200)
      const fromElsewhere = await api.login('lille@demo.maillage.fr', DEMO_PASSWORD, {
        headers: { origin: 'https://pirate.example' },
      })
      expect(fromElsewhere.status).toBe(403)
      expect(errorCode(fromElsewhere)).toBe('AUTH_ORIGIN_REJECTED')
    })

    it('refuses to list or create access tokens with an access token', async () => {
      const session = await api.signIn('copil@demo.maillage.fr')
      const created = await api.request<{ secret: string }>('POST', '/api/tokens', {
        as: session.credential,
        body: { name: 'Export hebdomadaire' },
      })
      expect(created.status).toBe(201)
      const token: Credential = { kind: 'token', secret: created.body.secret }

      const minted = await api.request('POST', '/api/tokens', {
        as: token,
        body: { name: 'Copie' },
      })
      expect(minted.status).toBe(403)
      expect(errorCode(minted)).toBe('AUTH_FORBIDDEN')
      expect((await api.request('GET', '/api/tokens', { as: token })).status).toBe(403)
      expect((await api.request('GET', '/api/session', { as: token })).status).toBe(200)
    })

    it('tells browsers never to guess another content type than the one declared', async () => {
      const answers = await Promise.all([
        api.request('GET', '/healthz'),
        api.request('GET', '/api/spaces'),
        api.request('GET', '/api/spaces', { as: lille.credential }),
      ])
      for (const answer of answers) {
        expect(answer.headers.get('x-content-type-options')).toBe('nosniff')
      }
    })
  })
})

describe('login throttling', () => {
  let server: TestServer

  beforeAll(async () => {
    // The default 5 failures per account, and fewer per address than the default 20: every
    // failure costs a password hash, even for an unknown address.
    server = await startServer({
      auth: 'session',
      demoData: true,
      loginThrottle: { perAccount: 5, perIp: 6, windowMs: 15 * 60 * 1000 },
    })
  })
  afterAll(async () => {
    await server.close()
  })

  /** A login from the local address `from` (each test has its own), the client IP the server sees. */
  function loginFrom(from: string, email: string, password: string): Promise<RawHttpAnswer> {
    return rawHttpRequest(server.httpUrl, {
      method: 'POST',
      path: '/api/session',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
      localAddress: from,
    })
  }

  function expectThrottled(answer: RawHttpAnswer): void {
    expect(answer.status).toBe(429)
    expect(answer.body).toMatchObject({ error: { code: 'AUTH_THROTTLED' } })
    expect(Number(answer.headers['retry-after'])).toBeGreaterThan(0)
    expect(answer.headers['set-cookie']).toBeUndefined()
  }

  it('refuses a sixth wrong password for one account with 429 and Retry-After, then the right one too', async () => {
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const failed = await loginFrom('127.0.0.2', 'lecteur@demo.maillage.fr', `essai ${attempt}`)
      expect(failed.status).toBe(401)
      expect(failed.body).toMatchObject({ error: { code: 'AUTH_INVALID_CREDENTIALS' } })
    }

    expectThrottled(await loginFrom('127.0.0.2', 'lecteur@demo.maillage.fr', 'essai 6'))
    expectThrottled(await loginFrom('127.0.0.3', 'lecteur@demo.maillage.fr', DEMO_PASSWORD))
    // The account is throttled, not the address: someone else signs in from it.
    expect((await loginFrom('127.0.0.2', 'lens@demo.maillage.fr', DEMO_PASSWORD)).status).toBe(200)
  })

  it('throttles guesses sent in parallel as well as one after another', async () => {
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, attempt) =>
        loginFrom('127.0.0.4', 'copil@demo.maillage.fr', `essai parallèle ${attempt}`),
      ),
    )

    const statuses = answers.map((answer) => answer.status)
    expect(statuses.filter((status) => status === 401)).toHaveLength(5)
    expect(statuses.filter((status) => status === 429)).toHaveLength(5)
  })

  it('answers a login for an unknown address as slowly as a wrong password, so as not to reveal accounts', async () => {
    async function fastestOfTwo(email: string): Promise<number> {
      const durations: number[] = []
      for (const attempt of [1, 2]) {
        const started = performance.now()
        const answer = await loginFrom('127.0.0.7', email, `mauvais mot de passe ${attempt}`)
        durations.push(performance.now() - started)
        expect(answer.status).toBe(401)
      }
      return Math.min(...durations)
    }

    const unknown = await fastestOfTwo('personne@exemple.fr')
    const known = await fastestOfTwo('admin@demo.maillage.fr')

    // Without a password hash for unknown addresses the ratio is about 1/100; with one, about 1.
    expect(unknown / known).toBeGreaterThan(0.5)
  })

  it('refuses an address that failed too often whatever the account, and no other address', async () => {
    for (let index = 0; index < 6; index += 1) {
      const failed = await loginFrom('127.0.0.5', `inconnu-${index}@exemple.fr`, 'mot de passe')
      expect(failed.status).toBe(401)
    }

    expectThrottled(await loginFrom('127.0.0.5', 'admin@demo.maillage.fr', DEMO_PASSWORD))
    expect((await loginFrom('127.0.0.6', 'admin@demo.maillage.fr', DEMO_PASSWORD)).status).toBe(200)
  })
})

describe('expiry of invitations and sessions', () => {
  let server: TestServer
  let api: ApiClient
  let clock: AdvanceableClock

  beforeAll(async () => {
    clock = createAdvanceableClock()
    server = await startServer({ auth: 'session', demoData: true, timers: clock })
    api = createApiClient(server.httpUrl)
  })
  afterAll(async () => {
    await server.close()
  })

  it('refuses an invitation link once it has expired (14 days)', async () => {
    const { credential } = await api.signIn('admin@demo.maillage.fr')
    const created = await api.request<InvitationBody>('POST', `/api/spaces/${LILLE}/invitations`, {
      as: credential,
      body: { role: 'contributeur' },
    })
    const link = `/api/invitations/by-token/${created.body.token}`
    expect((await api.request('GET', link)).status).toBe(200)

    clock.advance(14 * 24 * 60 * 60 * 1000 + 60_000)

    const shown = await api.request('GET', link)
    const accepted = await api.request('POST', `${link}/accept`, {
      body: { ...NEW_ACCOUNT, email: 'en-retard@partenaire.fr' },
    })
    for (const response of [shown, accepted]) {
      expect(response.status).toBe(410)
      expect(errorCode(response)).toBe('INVITATION_INVALID')
    }
  })

  it('ends a session after its lifetime, on REST and on the websocket upgrade (401)', async () => {
    const { credential } = await api.signIn('lille@demo.maillage.fr')
    const created = await api.request<{ document: { id: string } }>(
      'POST',
      `/api/spaces/${LILLE}/documents`,
      { as: credential, body: { kind: 'note', title: 'Note du jour' } },
    )
    const documentId = created.body.document.id
    expect((await api.request('GET', '/api/session', { as: credential })).status).toBe(200)
    expect(await probeSyncAccess(server, documentId, credential)).toBe('write')

    // startServer gives sessions one hour.
    clock.advance(60 * 60 * 1000 + 1_000)

    const rest = await api.request('GET', '/api/session', { as: credential })
    expect(rest.status).toBe(401)
    expect(errorCode(rest)).toBe('AUTH_UNAUTHENTICATED')
    const upgrade = await requestUpgrade(
      server.httpUrl,
      `/sync/${documentId}`,
      syncCredentials(server, credential).headers,
    )
    expect(upgrade.status).toBe(401)
    expect(upgrade.body).toMatchObject({ error: { code: 'AUTH_UNAUTHENTICATED' } })
  })
})
