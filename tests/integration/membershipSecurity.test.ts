import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { CloseCode } from '@maillage/protocol'
import type { ApiClient, SignedIn } from '../helpers/apiClient.ts'
import { parseCsv } from '../helpers/parseCsv.ts'
import { LILLE, NEW_ACCOUNT, errorCode, useSecurityFixture } from '../helpers/securityFixture.ts'
import type { TestServer } from '../helpers/startServer.ts'
import { probeSyncAccess, tryToWrite, waitForClose } from '../helpers/syncAccess.ts'

// Invitations, revoking a role and the audit trail. Requests from other sites and hostile input:
// security.test.ts; sessions and tokens: sessions.test.ts.

describe('security of the API and the websocket', () => {
  const fixture = useSecurityFixture()
  const { createLilleDocument, invite, openRaw } = fixture
  let server: TestServer
  let api: ApiClient
  let admin: SignedIn
  let lille: SignedIn
  let lecteur: SignedIn

  beforeAll(() => {
    ;({ server, api, admin, lille, lecteur } = fixture.signedIn())
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
