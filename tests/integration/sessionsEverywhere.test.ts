import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { CloseCode } from '@maillage/protocol'
import { UNMATCHABLE_PASSWORD_HASH } from '../../server/src/auth/passwords.ts'
import { generateSecret, hashSecret } from '../../server/src/auth/secrets.ts'
import { createAdvanceableClock, type AdvanceableClock } from '../helpers/advanceableClock.ts'
import {
  DEMO_PASSWORD,
  createApiClient,
  type ApiClient,
  type SessionCredential,
} from '../helpers/apiClient.ts'
import { openEventStream } from '../helpers/eventStream.ts'
import { errorCode } from '../helpers/securityFixture.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import {
  closeAll,
  closedWith,
  createNote,
  expectStillServed,
  openClient,
  type Opened,
  type WatchedClient,
} from '../helpers/watchedClients.ts'

// Sessions that end end everywhere: an expired session closes its websockets and event
// streams at its expiry; a password change ends the account's other sessions, « déconnecter
// partout » all of them, for oneself or by an admin — each closing the websockets opened with them
// (4401); across processes: sessionsEverywhereScaled.test.ts. Logout and expiry at the upgrade:
// sessions.test.ts.

const NEW_PASSWORD = 'un tout nouveau mot de passe'

describe('a session that expires', () => {
  let server: TestServer
  let api: ApiClient
  let clock: AdvanceableClock
  const opened: Opened = { clients: [], streams: [] }

  beforeAll(async () => {
    clock = createAdvanceableClock()
    server = await startServer({ auth: 'session', demoData: true, timers: clock })
    api = createApiClient(server.httpUrl)
  })
  afterEach(() => {
    closeAll(opened)
  })
  afterAll(async () => {
    await server.close()
  })

  it('closes its websockets (4401) and its event streams at its expiry, and no later session’s', async () => {
    const early = (await api.signIn('lille@demo.maillage.fr')).credential
    const documentId = await createNote(api, early, 'Note d’une session qui expire')
    const open = (credential: SessionCredential): Promise<WatchedClient> =>
      openClient(opened, server.syncUrl, server.httpUrl, documentId, credential)
    const expiring = await open(early)
    const stream = await openEventStream(server.httpUrl, '/api/pilotage/evenements', early)
    opened.streams.push(stream)
    expect(stream.status).toBe(200)

    // Half an hour later, a second session (startServer gives sessions one hour).
    clock.advance(30 * 60 * 1000)
    const later = (await api.signIn('lille@demo.maillage.fr')).credential
    const staying = await open(later)

    // The first session's hour is up: nobody reconnects or sends anything.
    clock.advance(30 * 60 * 1000 + 1_000)

    expect(await closedWith(expiring)).toBe(CloseCode.Unauthenticated)
    await stream.ended
    await expectStillServed(opened, staying, open, later)
    expect((await api.request('GET', '/api/session', { as: early })).status).toBe(401)
    expect((await api.request('GET', '/api/session', { as: later })).status).toBe(200)
  })
})

describe('ending the sessions of an account', () => {
  let server: TestServer
  let api: ApiClient
  let admin: SessionCredential
  let documentId: string
  const opened: Opened = { clients: [], streams: [] }

  beforeAll(async () => {
    server = await startServer({ auth: 'session', demoData: true })
    api = createApiClient(server.httpUrl)
    admin = (await api.signIn('admin@demo.maillage.fr')).credential
    documentId = await createNote(api, admin, 'Relevé partagé des sessions')
  })
  afterEach(() => {
    closeAll(opened)
  })
  afterAll(async () => {
    await server.close()
  })

  function open(credential: SessionCredential): Promise<WatchedClient> {
    return openClient(opened, server.syncUrl, server.httpUrl, documentId, credential)
  }

  async function auditActions(target: string): Promise<{ action: string; actorId?: string }[]> {
    const listed = await api.request<{
      entries: { action: string; actorId?: string; target?: string }[]
    }>('GET', '/api/audit', { as: admin })
    return listed.body.entries.filter((entry) => entry.target === target)
  }

  it('changing one’s password closes the other sessions’ websockets (4401) and keeps the current one', async () => {
    const current = await api.signIn('lille@demo.maillage.fr')
    const other = await api.signIn('lille@demo.maillage.fr')
    const mine = await open(current.credential)
    const theirs = await open(other.credential)

    const changed = await api.request('PUT', '/api/me/mot-de-passe', {
      as: current.credential,
      body: { current: DEMO_PASSWORD, next: NEW_PASSWORD },
    })

    expect(changed.status).toBe(204)
    expect(await closedWith(theirs)).toBe(CloseCode.Unauthenticated)
    await expectStillServed(opened, mine, open, current.credential)
    expect((await api.request('GET', '/api/session', { as: other.credential })).status).toBe(401)
    expect((await api.request('GET', '/api/session', { as: current.credential })).status).toBe(200)
    expect((await api.login('lille@demo.maillage.fr', DEMO_PASSWORD)).status).toBe(401)
    expect((await api.login('lille@demo.maillage.fr', NEW_PASSWORD)).status).toBe(200)
    expect(await auditActions(current.accountId)).toContainEqual(
      expect.objectContaining({
        action: 'account.password-changed',
        actorId: current.accountId,
      }),
    )
  })

  it('refuses a wrong current password or a short new one, and throttles the guesses as logins', async () => {
    const { credential } = await api.signIn('lille2@demo.maillage.fr')
    const watched = await open(credential)

    const tooShort = await api.request<{ error: { details: Record<string, string> } }>(
      'PUT',
      '/api/me/mot-de-passe',
      { as: credential, body: { current: DEMO_PASSWORD, next: 'court' } },
    )
    expect(tooShort.status).toBe(400)
    expect(tooShort.body.error.details.next).toMatch(/au moins 12 caractères/)

    const answers: number[] = []
    for (let attempt = 0; attempt < 6; attempt += 1) {
      const wrong = await api.request<{
        error: { code: string; details?: Record<string, string> }
      }>('PUT', '/api/me/mot-de-passe', {
        as: credential,
        body: { current: `essai numéro ${String(attempt)}`, next: NEW_PASSWORD },
      })
      answers.push(wrong.status)
      if (wrong.status === 400) {
        expect(wrong.body.error.code).toBe('VALIDATION_FAILED')
        expect(wrong.body.error.details?.current).toBe('Le mot de passe actuel est incorrect.')
      } else {
        expect(errorCode(wrong)).toBe('AUTH_THROTTLED')
        expect(wrong.headers.get('retry-after')).not.toBeNull()
      }
    }
    // Five free failures, as for logins, then a wait — shared with the login form of that account.
    expect(answers).toEqual([400, 400, 400, 400, 400, 429])
    const login = await api.login('lille2@demo.maillage.fr', DEMO_PASSWORD)
    expect(login.status).toBe(429)

    // Nothing changed: the session and its websocket live on, the password is the same.
    expect(watched.closes).toEqual([])
    expect((await api.request('GET', '/api/session', { as: credential })).status).toBe(200)
  })

  it('refuses a password change with an access token, and to an account without a password (409)', async () => {
    const { credential } = await api.signIn('lecteur@demo.maillage.fr')
    const created = await api.request<{ secret: string }>('POST', '/api/tokens', {
      as: credential,
      body: { name: 'Script de test' },
    })
    const byToken = await api.request('PUT', '/api/me/mot-de-passe', {
      as: { kind: 'token', secret: created.body.secret },
      body: { current: DEMO_PASSWORD, next: NEW_PASSWORD },
    })
    expect(byToken.status).toBe(403)
    expect(errorCode(byToken)).toBe('AUTH_FORBIDDEN')

    const proconnect = await signInWithoutPassword(server)
    const refused = await api.request<{ error: { message: string } }>(
      'PUT',
      '/api/me/mot-de-passe',
      { as: proconnect, body: { current: 'n’importe quoi', next: NEW_PASSWORD } },
    )
    expect(refused.status).toBe(409)
    expect(errorCode(refused)).toBe('NO_PASSWORD')
    expect(refused.body.error.message).toMatch(/pas de mot de passe/)
  })

  it('« déconnecter partout » ends every session of the account, the current one too', async () => {
    const first = await api.signIn('lecteur@demo.maillage.fr')
    const second = await api.signIn('lecteur@demo.maillage.fr')
    const sockets = [await open(first.credential), await open(second.credential)]

    const ended = await api.request('POST', '/api/me/deconnexion-partout', {
      as: first.credential,
    })

    expect(ended.status).toBe(204)
    expect(ended.headers.getSetCookie().join()).toMatch(/maillage_session=;.*Max-Age=0/)
    for (const socket of sockets) expect(await closedWith(socket)).toBe(CloseCode.Unauthenticated)
    for (const { credential } of [first, second]) {
      expect((await api.request('GET', '/api/session', { as: credential })).status).toBe(401)
    }
    expect(await auditActions(first.accountId)).toContainEqual(
      expect.objectContaining({
        action: 'account.signed-out-everywhere',
        actorId: first.accountId,
      }),
    )
  })

  it('lets an admin, and nobody else, sign an account out everywhere', async () => {
    // Lille's contributeur, whose password the first test of this block changed.
    const target = await api.signIn('lille@demo.maillage.fr', NEW_PASSWORD)
    const watched = await open(target.credential)
    // Another member, not an admin.
    const colleague = (await api.signIn('copil@demo.maillage.fr')).credential
    const path = `/api/comptes/${target.accountId}/deconnexion`

    const refused = await api.request('POST', path, { as: colleague })
    expect(refused.status).toBe(403)
    expect(errorCode(refused)).toBe('AUTH_FORBIDDEN')
    expect((await api.request('POST', path, { as: target.credential })).status).toBe(403)
    expect(watched.closes).toEqual([])

    const unknown = await api.request('POST', '/api/comptes/compte-inexistant/deconnexion', {
      as: admin,
    })
    expect(unknown.status).toBe(404)

    expect((await api.request('POST', path, { as: admin })).status).toBe(204)
    expect(await closedWith(watched)).toBe(CloseCode.Unauthenticated)
    expect((await api.request('GET', '/api/session', { as: target.credential })).status).toBe(401)
    expect((await api.request('GET', '/api/session', { as: admin })).status).toBe(200)
    expect(await auditActions(target.accountId)).toContainEqual(
      expect.objectContaining({
        action: 'account.signed-out-everywhere',
        actorId: await adminId(),
      }),
    )
  })

  async function adminId(): Promise<string> {
    const session = await api.request<{ account: { id: string } }>('GET', '/api/session', {
      as: admin,
    })
    return session.body.account.id
  }
})

// An account made by a ProConnect sign-in has no password: written to the store as the OpenID
// sign-in writes it, with a session opened as a login opens one (the cookie's secret hashed).
async function signInWithoutPassword(server: TestServer): Promise<SessionCredential> {
  const now = new Date()
  const accountId = `proconnect-${generateSecret().slice(0, 8)}`
  await server.server.metadata.createAccount({
    id: accountId,
    email: `${accountId}@agent.gouv.fr`,
    name: 'Agente ProConnect',
    organisation: 'Préfecture du Nord',
    color: '#1f6feb',
    passwordHash: UNMATCHABLE_PASSWORD_HASH,
    platformRole: 'membre',
    createdAt: now.toISOString(),
  })
  const token = generateSecret()
  const csrfToken = generateSecret()
  await server.server.metadata.createSession({
    tokenHash: hashSecret(token),
    accountId,
    csrfToken,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + 60 * 60 * 1000).toISOString(),
  })
  return { kind: 'session', cookie: `maillage_session=${token}`, csrfToken }
}
