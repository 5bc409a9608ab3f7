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

// Sessions, access tokens and expiry. Login throttling: loginThrottling.test.ts; requests from other
// sites and hostile input: security.test.ts; invitations, roles and the audit trail:
// membershipSecurity.test.ts.

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
