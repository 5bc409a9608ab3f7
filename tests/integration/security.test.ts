import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { CloseCode } from '@maillage/protocol'
import { createAdvanceableClock, type AdvanceableClock } from '../helpers/advanceableClock.ts'
import { allowExitListeners } from '../helpers/allowExitListeners.ts'
import {
  DEMO_PASSWORD,
  createApiClient,
  sessionFrom,
  type ApiClient,
  type ApiResponse,
  type Credential,
  type SignedIn,
} from '../helpers/apiClient.ts'
import { parseCsv } from '../helpers/parseCsv.ts'
import type { RawClient } from '../helpers/rawClient.ts'
import { rawHttpRequest, type RawHttpAnswer } from '../helpers/rawHttpRequest.ts'
import { requestUpgrade } from '../helpers/requestUpgrade.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import {
  connectRawClientAs,
  probeSyncAccess,
  syncCredentials,
  tryToWrite,
  waitForClose,
} from '../helpers/syncAccess.ts'
import { connectClient, whenSynced, type SyncClient } from '../helpers/syncClient.ts'

const LILLE = 'clpe-59004'
const EVIL_ORIGIN = 'https://maillage.example.net'
const HOSTILE_MARKUP = '<img src=x onerror=alert(1)><script>alert("maillage")</script>'
const NEW_ACCOUNT = {
  name: 'Partenaire invité',
  organisation: 'Association d’insertion',
  password: 'un mot de passe solide',
}
/** Ids no document can have, named, then as they reach the server (percent-encoded or raw). */
const ODD_DOCUMENT_IDS = [
  ['..', '..'],
  ['%2e%2e', '%2e%2e'],
  ['of 200 characters', 'a'.repeat(200)],
  ['é in UTF-8', '%C3%A9'],
  ['é in Latin-1', '%E9'],
  ['a/b', 'a/b'],
  ['a%2Fb', 'a%2Fb'],
] as const

interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string }
}

interface InvitationBody {
  readonly invitation: { readonly id: string }
  readonly token: string
}

function errorCode(response: { body: unknown }): unknown {
  const body = response.body
  return typeof body === 'object' && body !== null && 'error' in body
    ? (body as ErrorBody).error.code
    : undefined
}

function expectJson(response: ApiResponse): void {
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
}

describe('security of the API and the websocket', () => {
  let server: TestServer
  let api: ApiClient
  let admin: SignedIn
  let lille: SignedIn
  let lecteur: SignedIn
  const rawClients: RawClient[] = []
  const clients: SyncClient[] = []

  allowExitListeners(4)

  beforeAll(async () => {
    server = await startServer({ auth: 'session', demoData: true })
    api = createApiClient(server.httpUrl)
    const signedIn = await Promise.all([
      api.signIn('admin@demo.maillage.fr'),
      api.signIn('lille@demo.maillage.fr'),
      api.signIn('lecteur@demo.maillage.fr'),
    ])
    admin = signedIn[0]
    lille = signedIn[1]
    lecteur = signedIn[2]
  })
  afterEach(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await Promise.all(rawClients.splice(0).map((client) => client.close()))
  })
  afterAll(async () => {
    await server.close()
  })

  async function openRaw(documentId: string, credential: Credential): Promise<RawClient> {
    const client = await connectRawClientAs(server, documentId, credential)
    rawClients.push(client)
    return client
  }

  async function createLilleDocument(title: string): Promise<string> {
    const created = await api.request<{ document: { id: string } }>(
      'POST',
      `/api/spaces/${LILLE}/documents`,
      { as: lille.credential, body: { kind: 'note', title } },
    )
    expect(created.status).toBe(201)
    return created.body.document.id
  }

  async function invite(spaceId = LILLE): Promise<InvitationBody> {
    const created = await api.request<InvitationBody>(
      'POST',
      `/api/spaces/${spaceId}/invitations`,
      {
        as: admin.credential,
        body: { role: 'lecteur' },
      },
    )
    expect(created.status).toBe(201)
    return created.body
  }

  async function tokenNames(credential: Credential): Promise<string[]> {
    const listed = await api.request<{ tokens: { name: string }[] }>('GET', '/api/tokens', {
      as: credential,
    })
    return listed.body.tokens.map((token) => token.name)
  }

  describe('requests from other sites', () => {
    it('refuses a state-changing request made with the session cookie but without its CSRF token', async () => {
      const missing = await api.request('POST', '/api/tokens', {
        as: lille.credential,
        csrf: false,
        body: { name: 'Sans jeton CSRF' },
      })
      const wrong = await api.request('POST', '/api/tokens', {
        as: lille.credential,
        csrf: false,
        headers: { 'x-csrf-token': 'jeton-devine' },
        body: { name: 'Mauvais jeton CSRF' },
      })
      const other = await api.request('POST', '/api/tokens', {
        as: lille.credential,
        csrf: false,
        headers: {
          'x-csrf-token': lecteur.credential.csrfToken,
        },
        body: { name: 'Jeton CSRF d’une autre session' },
      })

      for (const response of [missing, wrong, other]) {
        expect(response.status).toBe(403)
        expect(errorCode(response)).toBe('AUTH_CSRF_REJECTED')
      }
      expect(await tokenNames(lille.credential)).toEqual([])
      const allowed = await api.request('POST', '/api/tokens', {
        as: lille.credential,
        body: { name: 'Avec jeton CSRF' },
      })
      expect(allowed.status).toBe(201)
    })

    it('refuses a state-changing request from another site’s page, even with the CSRF token', async () => {
      const response = await api.request('POST', `/api/spaces/${LILLE}/documents`, {
        as: lille.credential,
        headers: { origin: EVIL_ORIGIN },
        body: { kind: 'note', title: 'Créé depuis un autre site' },
      })

      expect(response.status).toBe(403)
      expect(errorCode(response)).toBe('AUTH_ORIGIN_REJECTED')
      const listed = await api.request<{ documents: { title: string }[] }>(
        'GET',
        `/api/spaces/${LILLE}/documents`,
        { as: lille.credential },
      )
      expect(listed.body.documents.map((document) => document.title)).not.toContain(
        'Créé depuis un autre site',
      )
    })

    it('refuses the websocket of a session opened from another site’s page', async () => {
      const documentId = await createLilleDocument('Note de veille')
      const { cookie } = lille.credential

      const hijack = await requestUpgrade(server.httpUrl, `/sync/${documentId}`, {
        cookie,
        origin: EVIL_ORIGIN,
      })
      const sameSite = await requestUpgrade(server.httpUrl, `/sync/${documentId}`, {
        cookie,
        origin: server.httpUrl,
      })

      expect(hijack.status).toBe(403)
      expect(hijack.body).toMatchObject({ error: { code: 'AUTH_ORIGIN_REJECTED' } })
      expect(sameSite.status).toBe(101)
    })

    it('accepts state-changing requests with an access token and no CSRF token', async () => {
      const created = await api.request<{ secret: string }>('POST', '/api/tokens', {
        as: lille.credential,
        body: { name: 'Script de synchronisation' },
      })
      const token: Credential = { kind: 'token', secret: created.body.secret }

      const response = await api.request('POST', `/api/spaces/${LILLE}/documents`, {
        as: token,
        body: { kind: 'note', title: 'Créé par un script' },
      })

      expect(response.status).toBe(201)
    })
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

  describe('invitations', () => {
    it('accepts an invitation link once, then answers 410 INVITATION_INVALID', async () => {
      const { token } = await invite()
      const accepted = await api.request('POST', `/api/invitations/by-token/${token}/accept`, {
        body: { ...NEW_ACCOUNT, email: 'premiere@partenaire.fr' },
      })
      expect(accepted.status).toBe(201)

      const reused = await api.request('POST', `/api/invitations/by-token/${token}/accept`, {
        body: { ...NEW_ACCOUNT, email: 'seconde@partenaire.fr' },
      })
      const shown = await api.request('GET', `/api/invitations/by-token/${token}`)

      for (const response of [reused, shown]) {
        expect(response.status).toBe(410)
        expect(errorCode(response)).toBe('INVITATION_INVALID')
      }
    })

    it('accepts a link only once when it is opened twice at the same time', async () => {
      const { token } = await invite()

      const answers = await Promise.all(
        ['un@partenaire.fr', 'deux@partenaire.fr'].map((email) =>
          api.request('POST', `/api/invitations/by-token/${token}/accept`, {
            body: { ...NEW_ACCOUNT, email },
          }),
        ),
      )

      expect(answers.map((answer) => answer.status).sort()).toEqual([201, 410])
    })

    it('refuses an invitation link the animateur revoked', async () => {
      const { invitation, token } = await invite()
      const revoked = await api.request('DELETE', `/api/invitations/${invitation.id}`, {
        as: admin.credential,
      })
      expect(revoked.status).toBe(204)

      const accepted = await api.request('POST', `/api/invitations/by-token/${token}/accept`, {
        body: { ...NEW_ACCOUNT, email: 'trop-tard@partenaire.fr' },
      })

      expect(accepted.status).toBe(410)
      expect(errorCode(accepted)).toBe('INVITATION_INVALID')
    })
  })

  describe('hostile input', () => {
    it.each(ODD_DOCUMENT_IDS)(
      'answers a document id %s with a JSON 404 on REST and on the websocket upgrade',
      async (_name, documentId) => {
        const headers = syncCredentials(server, admin.credential).headers
        for (const method of ['GET', 'DELETE']) {
          const answer = await rawHttpRequest(server.httpUrl, {
            method,
            path: `/api/documents/${documentId}`,
            headers: { ...headers, 'x-csrf-token': admin.credential.csrfToken },
          })
          expect(answer.status).toBe(404)
          expect(answer.headers['content-type']).toBe('application/json; charset=utf-8')
          expect(answer.body).toMatchObject({ error: { code: 'NOT_FOUND' } })
        }

        const upgrade = await requestUpgrade(server.httpUrl, `/sync/${documentId}`, headers)
        expect(upgrade.status).toBe(404)
        expect(upgrade.body).toMatchObject({ error: { code: 'SYNC_UNKNOWN_PATH' } })
      },
    )

    it('stores HTML and script in names and titles as inert data, returned exactly as sent in JSON', async () => {
      const document = await api.request<{ document: { id: string; title: string } }>(
        'POST',
        `/api/spaces/${LILLE}/documents`,
        { as: lille.credential, body: { kind: 'note', title: HOSTILE_MARKUP } },
      )
      const space = await api.request<{ space: { id: string; name: string; description: string } }>(
        'POST',
        '/api/spaces',
        { as: admin.credential, body: { name: HOSTILE_MARKUP, description: HOSTILE_MARKUP } },
      )
      const profile = await api.request<{ account: { name: string } }>('PATCH', '/api/me', {
        as: lecteur.credential,
        body: { name: HOSTILE_MARKUP },
      })
      const token = await api.request<{ token: { name: string } }>('POST', '/api/tokens', {
        as: lecteur.credential,
        body: { name: HOSTILE_MARKUP },
      })
      for (const response of [document, space, profile, token]) expectJson(response)
      expect(document.body.document.title).toBe(HOSTILE_MARKUP)
      expect(space.body.space).toMatchObject({
        name: HOSTILE_MARKUP,
        description: HOSTILE_MARKUP,
      })
      expect(profile.body.account.name).toBe(HOSTILE_MARKUP)
      expect(token.body.token.name).toBe(HOSTILE_MARKUP)

      const readBack = await api.request<{ document: { title: string } }>(
        'GET',
        `/api/documents/${document.body.document.id}`,
        { as: lecteur.credential },
      )
      const members = await api.request<{ members: { email: string; name: string }[] }>(
        'GET',
        `/api/spaces/${LILLE}/members`,
        { as: lille.credential },
      )
      expectJson(readBack)
      expect(readBack.body.document.title).toBe(HOSTILE_MARKUP)
      expect(
        members.body.members.find((member) => member.email === 'lecteur@demo.maillage.fr')?.name,
      ).toBe(HOSTILE_MARKUP)

      const editor = connectClient(server.syncUrl, document.body.document.id, {
        headers: syncCredentials(server, lille.credential).headers,
      })
      clients.push(editor)
      await whenSynced(editor)
      expect(editor.doc.getText('title').toString()).toBe(HOSTILE_MARKUP)
    })

    it('answers a malformed JSON body with 400 VALIDATION_FAILED in JSON', async () => {
      const documents = await api.request('POST', `/api/spaces/${LILLE}/documents`, {
        as: lille.credential,
        rawBody: '{"kind": "note", "title": ',
      })
      const login = await api.request('POST', '/api/session', { rawBody: '{"email":' })

      for (const response of [documents, login]) {
        expect(response.status).toBe(400)
        expectJson(response)
        expect(errorCode(response)).toBe('VALIDATION_FAILED')
      }
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

  describe('revoking a role', () => {
    async function setLilleRole(role: 'contributeur' | 'lecteur' | null): Promise<number> {
      const path = `/api/spaces/${LILLE}/members/${lille.accountId}`
      const response =
        role === null
          ? await api.request('DELETE', path, { as: admin.credential })
          : await api.request('PUT', path, { as: admin.credential, body: { role } })
      return response.status
    }

    afterEach(async () => {
      expect(await setLilleRole('contributeur')).toBe(200)
    })

    it('closes the open websocket of a member removed from the space with 4403 within a second', async () => {
      const documentId = await createLilleDocument('Plan d’action insertion')
      const removed = await openRaw(documentId, lille.credential)
      const bystander = await openRaw(documentId, lecteur.credential)
      expect(await tryToWrite(removed)).toBe(true)

      expect(await setLilleRole(null)).toBe(204)

      expect(await waitForClose(removed, 1_000)).toBe(CloseCode.Forbidden)
      expect(await probeSyncAccess(server, documentId, lille.credential)).toBe(403)
      // Only the removed member's connections close.
      expect(await tryToWrite(bystander)).toBe(false)
    })

    it('closes the websocket of a contributeur lowered to lecteur, who reconnects read-only', async () => {
      const documentId = await createLilleDocument('Diagnostic partagé')
      const lowered = await openRaw(documentId, lille.credential)
      expect(await tryToWrite(lowered)).toBe(true)

      expect(await setLilleRole('lecteur')).toBe(200)

      expect(await waitForClose(lowered, 1_000)).toBe(CloseCode.Forbidden)
      expect(await probeSyncAccess(server, documentId, lille.credential)).toBe('read')
    })
  })

  describe('audit trail', () => {
    interface AuditEntry {
      readonly action: string
      readonly actorId?: string
      readonly target?: string
      readonly details?: Record<string, string>
    }

    async function auditEntries(): Promise<AuditEntry[]> {
      const response = await api.request<{ entries: AuditEntry[] }>('GET', '/api/audit', {
        as: admin.credential,
      })
      expect(response.status).toBe(200)
      return response.body.entries
    }

    it('records logins, failed logins, memberships, invitations, documents and tokens', async () => {
      const failed = await api.login('personne@exemple.fr', 'mot de passe deviné')
      expect(failed.status).toBe(401)
      const members = await api.request<{ members: { accountId: string; email: string }[] }>(
        'GET',
        '/api/spaces/comite-de-pilotage/members',
        { as: admin.credential },
      )
      const copilId = members.body.members.find(
        (member) => member.email === 'copil@demo.maillage.fr',
      )?.accountId
      const membership = `/api/spaces/${LILLE}/members/${copilId}`
      for (const role of ['lecteur', 'contributeur']) {
        await api.request('PUT', membership, { as: admin.credential, body: { role } })
      }
      await api.request('DELETE', membership, { as: admin.credential })
      const accepted = await invite()
      await api.request('POST', `/api/invitations/by-token/${accepted.token}/accept`, {
        as: lecteur.credential,
      })
      const revoked = await invite()
      await api.request('DELETE', `/api/invitations/${revoked.invitation.id}`, {
        as: admin.credential,
      })
      const documentId = await createLilleDocument('Note à supprimer')
      await api.request('DELETE', `/api/documents/${documentId}`, { as: admin.credential })
      const token = await api.request<{ token: { id: string } }>('POST', '/api/tokens', {
        as: lille.credential,
        body: { name: 'Jeton audité' },
      })

      const entries = await auditEntries()
      const change = { spaceId: LILLE }
      expect(entries).toEqual(
        expect.arrayContaining(
          [
            { action: 'login.succeeded', actorId: lille.accountId },
            { action: 'login.failed', details: { email: 'personne@exemple.fr' } },
            { action: 'membership.granted', actorId: admin.accountId, target: copilId },
            { action: 'membership.changed', actorId: admin.accountId, target: copilId },
            { action: 'membership.revoked', actorId: admin.accountId, target: copilId },
            { action: 'invitation.created', target: accepted.invitation.id },
            {
              action: 'invitation.accepted',
              actorId: lecteur.accountId,
              target: accepted.invitation.id,
            },
            { action: 'invitation.revoked', target: revoked.invitation.id },
            { action: 'document.created', actorId: lille.accountId, target: documentId },
            { action: 'document.deleted', actorId: admin.accountId, target: documentId },
            { action: 'token.created', actorId: lille.accountId, target: token.body.token.id },
          ].map((entry) => expect.objectContaining(entry) as unknown),
        ),
      )
      expect(entries).toContainEqual(
        expect.objectContaining({
          action: 'membership.changed',
          details: { ...change, role: 'contributeur', previousRole: 'lecteur' },
        }),
      )
    })

    it('exports the audit trail as CSV to admins only', async () => {
      await api.request('POST', '/api/spaces', {
        as: admin.credential,
        body: { name: 'Groupe "emploi, insertion"\net mobilité' },
      })
      const entries = await auditEntries()

      const csv = await api.request('GET', '/api/audit.csv', { as: admin.credential })

      expect(csv.status).toBe(200)
      expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8')
      expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.csv"$/)
      const [header, ...rows] = parseCsv(csv.text)
      expect(header).toEqual(['at', 'action', 'actorId', 'target', 'ip', 'details'])
      expect(rows).toHaveLength(entries.length)
      expect(rows.map((row) => row.length)).toEqual(entries.map(() => 6))
      expect(rows.map((row) => row[1])).toEqual(entries.map((entry) => entry.action))
      const spaceCreated = rows.findLast((row) => row[1] === 'space.created')
      expect(JSON.parse(spaceCreated?.[5] ?? '')).toEqual({
        name: 'Groupe "emploi, insertion"\net mobilité',
      })

      for (const [credential, status] of [
        [lille.credential, 403],
        [null, 401],
      ] as const) {
        const refused = await api.request('GET', '/api/audit.csv', { as: credential })
        expect(refused.status).toBe(status)
        expect(refused.text).not.toContain('login.succeeded')
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
