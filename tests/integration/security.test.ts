import { beforeAll, describe, expect, it } from 'vitest'
import type { ApiClient, Credential, SignedIn } from '../helpers/apiClient.ts'
import { rawHttpRequest } from '../helpers/rawHttpRequest.ts'
import { requestUpgrade } from '../helpers/requestUpgrade.ts'
import {
  EVIL_ORIGIN,
  LILLE,
  errorCode,
  expectJson,
  useSecurityFixture,
} from '../helpers/securityFixture.ts'
import type { TestServer } from '../helpers/startServer.ts'
import { syncCredentials } from '../helpers/syncAccess.ts'
import { connectClient, whenSynced } from '../helpers/syncClient.ts'

// Requests from other sites and hostile input. Sessions and tokens: sessions.test.ts; invitations,
// roles and the audit trail: membershipSecurity.test.ts.

const HOSTILE_MARKUP = '<img src=x onerror=alert(1)><script>alert("maillage")</script>'
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

describe('security of the API and the websocket', () => {
  const fixture = useSecurityFixture()
  const { clients, createLilleDocument, tokenNames } = fixture
  let server: TestServer
  let api: ApiClient
  let admin: SignedIn
  let lille: SignedIn
  let lecteur: SignedIn

  beforeAll(() => {
    ;({ server, api, admin, lille, lecteur } = fixture.signedIn())
  })

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
})
