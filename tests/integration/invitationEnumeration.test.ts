import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  DEMO_PASSWORD,
  createApiClient,
  type ApiClient,
  type SessionCredential,
} from '../helpers/apiClient.ts'
import { createManualClock } from '../helpers/manualClock.ts'
import { rawHttpRequest, type RawHttpAnswer } from '../helpers/rawHttpRequest.ts'
import { LILLE, NEW_ACCOUNT, type InvitationBody } from '../helpers/securityFixture.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'

// Accepting an invitation while signed out must not tell whether an address has an account, nor
// be a way around the login throttle.

describe('accepting an invitation with the address of an existing account', () => {
  let server: TestServer
  let api: ApiClient
  let admin: SessionCredential

  beforeAll(async () => {
    // A clock that stands still: a password hash's time never counts as waiting out a delay.
    server = await startServer({ auth: 'session', demoData: true, timers: createManualClock() })
    api = createApiClient(server.httpUrl)
    admin = (await api.signIn('admin@demo.maillage.fr')).credential
  })
  afterAll(async () => {
    await server.close()
  })

  async function invitationLink(): Promise<string> {
    const created = await api.request<InvitationBody>('POST', `/api/spaces/${LILLE}/invitations`, {
      as: admin,
      body: { role: 'contributeur' },
    })
    expect(created.status).toBe(201)
    return `/api/invitations/by-token/${created.body.token}`
  }

  function accept(
    link: string,
    from: string,
    credentials: { email: string; password: string },
  ): Promise<RawHttpAnswer> {
    return rawHttpRequest(server.httpUrl, {
      method: 'POST',
      path: `${link}/accept`,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...NEW_ACCOUNT, ...credentials }),
      localAddress: from,
    })
  }

  function login(from: string, credentials: { email: string; password: string }) {
    return rawHttpRequest(server.httpUrl, {
      method: 'POST',
      path: '/api/session',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(credentials),
      localAddress: from,
    })
  }

  it('answers a wrong password exactly as a wrong login, never « this address has an account »', async () => {
    const link = await invitationLink()
    const credentials = { email: 'lens@demo.maillage.fr', password: 'un autre mot de passe' }

    const accepted = await accept(link, '127.0.0.2', credentials)
    const loggedIn = await login('127.0.0.2', credentials)

    expect(accepted.status).toBe(401)
    expect(accepted.body).toEqual(loggedIn.body)
    expect(accepted.body).toMatchObject({ error: { code: 'AUTH_INVALID_CREDENTIALS' } })
    expect(accepted.headers['set-cookie']).toBeUndefined()
    // The link was not used up.
    expect((await api.request('GET', link)).status).toBe(200)
  })

  it('joins the space with the existing account when its password is given, signed in', async () => {
    const link = await invitationLink()

    const accepted = await accept(link, '127.0.0.3', {
      email: 'Lecteur@demo.maillage.fr',
      password: DEMO_PASSWORD,
    })

    expect(accepted.status).toBe(201)
    expect(accepted.body).toMatchObject({
      account: { email: 'lecteur@demo.maillage.fr' },
      spaceId: LILLE,
    })
    const cookie = (accepted.headers['set-cookie'] ?? [])
      .map((header) => header.split(';', 1)[0] ?? '')
      .find((pair) => pair.startsWith('maillage_session=') && pair !== 'maillage_session=')
    expect(cookie).toBeDefined()
    const session = await api.request<{ memberships: { spaceId: string; role: string }[] }>(
      'GET',
      '/api/session',
      { headers: { cookie: cookie ?? '' } },
    )
    expect(session.body.memberships).toContainEqual({ spaceId: LILLE, role: 'contributeur' })
    expect((await api.request('GET', link)).status).toBe(410)
  })

  it('counts wrong passwords with the logins of the address: the sixth waits, here and at the login', async () => {
    const link = await invitationLink()
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const refused = await accept(link, '127.0.0.4', {
        email: 'copil@demo.maillage.fr',
        password: `mauvais mot de passe ${attempt}`,
      })
      expect(refused.status).toBe(401)
    }

    const sixth = await accept(link, '127.0.0.4', {
      email: 'copil@demo.maillage.fr',
      password: 'mauvais mot de passe 6',
    })
    const loggedIn = await login('127.0.0.4', {
      email: 'copil@demo.maillage.fr',
      password: DEMO_PASSWORD,
    })
    for (const answer of [sixth, loggedIn]) {
      expect(answer.status).toBe(429)
      expect(answer.body).toMatchObject({ error: { code: 'AUTH_THROTTLED' } })
      expect(Number(answer.headers['retry-after'])).toBeGreaterThan(0)
    }
  })

  it('still creates the account of a new address, and audits the refused attempts as failed logins', async () => {
    const link = await invitationLink()
    const accepted = await accept(link, '127.0.0.5', {
      email: 'nouvelle@partenaire.fr',
      password: NEW_ACCOUNT.password,
    })
    expect(accepted.status).toBe(201)
    expect(accepted.body).toMatchObject({ account: { email: 'nouvelle@partenaire.fr' } })

    const audit = await server.server.metadata.listAudit()
    expect(audit).toContainEqual(
      expect.objectContaining({
        action: 'login.failed',
        ip: '127.0.0.2',
        details: { email: 'lens@demo.maillage.fr', via: 'invitation' },
      }),
    )
  })
})
