import { describe, expect, it } from 'vitest'
import { parseDocumentId } from '@maillage/protocol'
import { parseSpaceId } from '@maillage/schema'
import { MetadataErrorCode } from './MetadataError.ts'
import type { MetadataContractContext } from './metadataStoreContract.ts'
import {
  accessToken,
  account,
  auditEntry,
  documentRecord,
  fiche,
  invitation,
  lille,
  membership,
  roubaix,
  session,
  space,
} from './metadataFixtures.ts'
import type { AuditEntry } from './records/AuditEntry.ts'
import type { DocumentRecord } from './records/DocumentRecord.ts'
import type { Membership } from './records/Membership.ts'
import type { Space } from './records/Space.ts'

/** Awaits every call, then checks that each was rejected with `code`. */
export async function expectRejections(
  calls: Promise<unknown>[],
  code: MetadataErrorCode,
): Promise<void> {
  // Settled together: a rejection left unobserved while awaiting another would be unhandled.
  const results = await Promise.allSettled(calls)
  for (const result of results) {
    expect(result).toMatchObject({ status: 'rejected', reason: { code } })
  }
}

const karim = { id: 'account-karim', email: 'karim@example.fr', name: 'Karim Benali' }

/** The contract of the records held by the store itself: accounts to documents, audit, close. */
export function describeCoreRecordsContract(context: MetadataContractContext): void {
  const store = context.store

  describe('accounts', () => {
    it('finds an account by id and by email in any case, the email stored lower-cased', async () => {
      await store().createAccount(account({ email: 'Claire@Example.fr' }))
      expect(await store().findAccountById('account-claire')).toEqual(account())
      expect(await store().findAccountByEmail('CLAIRE@example.FR')).toEqual(account())
      expect(await store().findAccountByEmail('karim@example.fr')).toBeNull()
      expect(await store().findAccountById('account-karim')).toBeNull()
    })

    it('lists accounts oldest first', async () => {
      await store().createAccount(account({ ...karim, email: 'b@example.fr' }))
      await store().createAccount(account())
      expect((await store().listAccounts()).map((found) => found.id)).toEqual([
        'account-karim',
        'account-claire',
      ])
    })

    it('refuses a second account with the same id or the same email in another case', async () => {
      await store().createAccount(account())
      await expectRejections(
        [
          store().createAccount(account({ email: 'other@example.fr' })),
          store().createAccount(account({ id: 'account-2', email: 'CLAIRE@example.fr' })),
        ],
        MetadataErrorCode.Conflict,
      )
      expect(await store().listAccounts()).toEqual([account()])
    })

    it('updates an account, found by its new email and not by the old one', async () => {
      await store().createAccount(account())
      const updated = await store().updateAccount('account-claire', { email: 'C.Dubois@ex.fr' })
      expect(updated).toEqual(account({ email: 'c.dubois@ex.fr' }))
      expect(await store().findAccountByEmail('c.dubois@ex.fr')).toEqual(updated)
      expect(await store().findAccountByEmail('claire@example.fr')).toBeNull()
    })

    it('refuses to give an account the email of another, keeping both as they were', async () => {
      await store().createAccount(account())
      await store().createAccount(account(karim))
      await expect(
        store().updateAccount('account-karim', { email: 'Claire@example.fr' }),
      ).rejects.toMatchObject({ code: MetadataErrorCode.Conflict })
      expect(await store().findAccountByEmail('karim@example.fr')).toEqual(account(karim))
    })

    it('keeps the id of a record even when a patch carries another one', async () => {
      await store().createAccount(account())
      const smuggled = { name: 'Claire D.', id: 'account-other' } as { name: string }
      expect(await store().updateAccount('account-claire', smuggled)).toMatchObject({
        id: 'account-claire',
        name: 'Claire D.',
      })
      expect(await store().findAccountById('account-other')).toBeNull()
    })

    it('creates exactly one of many first accounts asked for at once', async () => {
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, index) =>
          store().createFirstAccount(
            account({ id: `account-${index}`, email: `person${index}@example.fr` }),
          ),
        ),
      )
      expect(results.filter(Boolean)).toHaveLength(1)
      expect(await store().listAccounts()).toHaveLength(1)
      expect(await store().createFirstAccount(account())).toBe(false)
    })
  })

  describe('sessions', () => {
    it('finds a session by its token hash and refuses a second one with the same hash', async () => {
      await store().createSession(session())
      expect(await store().findSession('session-hash-1')).toEqual(session())
      expect(await store().findSession('session-hash-2')).toBeNull()
      await expect(
        store().createSession(session({ accountId: 'account-karim' })),
      ).rejects.toMatchObject({ code: MetadataErrorCode.Conflict })
      expect(await store().findSession('session-hash-1')).toEqual(session())
    })

    it('deletes one session by its token hash, or every session of an account', async () => {
      await store().createSession(session())
      await store().createSession(session({ tokenHash: 'session-hash-2' }))
      await store().createSession(session({ tokenHash: 'h-3', accountId: 'account-karim' }))
      expect((await store().listSessionsOf('account-claire')).map((s) => s.tokenHash)).toEqual([
        'session-hash-1',
        'session-hash-2',
      ])
      expect(await store().deleteSession('session-hash-1')).toBe(true)
      expect(await store().deleteSession('session-hash-1')).toBe(false)
      expect(await store().deleteSessionsOf('account-claire')).toBe(1)
      expect(await store().deleteSessionsOf('account-claire')).toBe(0)
      expect(await store().listSessionsOf('account-claire')).toEqual([])
      expect(await store().findSession('h-3')).toMatchObject({ accountId: 'account-karim' })
    })

    it('deletes the sessions expired before now, compared as instants', async () => {
      // Without milliseconds: expired by half a second, though it sorts after `now` as text.
      await store().createSession(session({ tokenHash: 'old', expiresAt: '2025-03-01T10:00:00Z' }))
      await store().createSession(
        session({ tokenHash: 'now', expiresAt: '2025-03-01T10:00:00.5Z' }),
      )
      await store().createSession(session({ tokenHash: 'new', expiresAt: '2025-03-08T10:00:00Z' }))
      expect(await store().deleteExpiredSessions('2025-03-01T10:00:00.500Z')).toBe(1)
      expect(await store().findSession('old')).toBeNull()
      expect(await store().findSession('now')).not.toBeNull()
      expect(await store().findSession('new')).not.toBeNull()
      expect(await store().deleteExpiredSessions('2025-03-01T10:00:00.500Z')).toBe(0)
      await expect(store().deleteExpiredSessions('demain')).rejects.toMatchObject({
        code: MetadataErrorCode.Invalid,
      })
    })
  })

  describe('spaces and memberships', () => {
    it('lists spaces oldest first and finds one by id', async () => {
      await store().createSpace(space({ id: roubaix, name: 'CLPE de Roubaix' }))
      await store().createSpace(space())
      expect((await store().listSpaces()).map((found) => found.id)).toEqual([roubaix, lille])
      expect(await store().findSpace(lille)).toEqual(space())
      expect(await store().findSpace(parseSpaceId('clpe-douai'))).toBeNull()
      await expect(store().createSpace(space({ name: 'Autre' }))).rejects.toMatchObject({
        code: MetadataErrorCode.Conflict,
      })
      expect(await store().findSpace(lille)).toEqual(space())
    })

    it('updates a space’s review setting and refuses an invalid one', async () => {
      await store().createSpace(space())
      const relecture = { lecteurs: 'suggestion' as const }
      expect(await store().updateSpace(lille, { relecture })).toEqual(space({ relecture }))
      expect(await store().findSpace(lille)).toEqual(space({ relecture }))
      expect(await store().updateSpace(roubaix, { relecture })).toBeNull()
      const invalid = { relecture: { lecteurs: 'tout' } } as unknown as Partial<Space>
      await expect(store().updateSpace(lille, invalid)).rejects.toMatchObject({
        code: MetadataErrorCode.Invalid,
      })
      expect(await store().findSpace(lille)).toEqual(space({ relecture }))
    })

    it('keeps a member’s default editing mode', async () => {
      await store().putMembership(membership({ modeParDefaut: 'suggestion' }))
      expect(await store().findMembership(lille, 'account-claire')).toEqual(
        membership({ modeParDefaut: 'suggestion' }),
      )
    })

    it('replaces the membership of a space and account instead of adding a second one', async () => {
      await store().putMembership(membership())
      await store().putMembership(membership({ role: 'lecteur' }))
      await store().putMembership(membership({ spaceId: roubaix }))
      expect(await store().findMembership(lille, 'account-claire')).toEqual(
        membership({ role: 'lecteur' }),
      )
      expect(await store().listMembershipsOfSpace(lille)).toEqual([membership({ role: 'lecteur' })])
      expect(await store().listMembershipsOfAccount('account-claire')).toHaveLength(2)
      expect(await store().deleteMembership(lille, 'account-claire')).toBe(true)
      expect(await store().deleteMembership(lille, 'account-claire')).toBe(false)
      expect(await store().listMembershipsOfAccount('account-claire')).toEqual([
        membership({ spaceId: roubaix }),
      ])
    })
  })

  describe('invitations and access tokens', () => {
    it('finds invitations by id, by token hash and by space, and updates them', async () => {
      await store().createInvitation(invitation())
      await store().createInvitation(invitation({ id: 'i-2', tokenHash: 'h-2', spaceId: roubaix }))
      expect(await store().findInvitation('invitation-1')).toEqual(invitation())
      expect(await store().findInvitationByTokenHash('h-2')).toMatchObject({ id: 'i-2' })
      expect(await store().listInvitationsOfSpace(lille)).toEqual([invitation()])
      const used = { usedAt: '2025-03-02T10:00:00.000Z', usedBy: 'account-karim' }
      expect(await store().updateInvitation('invitation-1', used)).toEqual(invitation(used))
      expect(await store().findInvitation('invitation-1')).toEqual(invitation(used))
      expect(await store().updateInvitation('missing', used)).toBeNull()
    })

    it('finds access tokens by hash and by account, and updates them', async () => {
      await store().createAccessToken(accessToken())
      await store().createAccessToken(accessToken({ id: 't-2', tokenHash: 'h-2', accountId: 'k' }))
      expect(await store().findAccessTokenByHash('access-hash-1')).toEqual(accessToken())
      expect(await store().listAccessTokensOf('account-claire')).toEqual([accessToken()])
      const revoked = { revokedAt: '2025-03-02T10:00:00.000Z' }
      expect(await store().updateAccessToken('token-1', revoked)).toEqual(accessToken(revoked))
      expect(await store().updateAccessToken('missing', revoked)).toBeNull()
    })

    it('refuses records whose id or token hash is taken, on creation and on update', async () => {
      await store().createInvitation(invitation())
      await store().createInvitation(invitation({ id: 'invitation-2', tokenHash: 'hash-2' }))
      await store().createAccessToken(accessToken())
      await store().createAccessToken(accessToken({ id: 'token-2', tokenHash: 'hash-2' }))
      await expectRejections(
        [
          store().createInvitation(invitation({ tokenHash: 'hash-3' })),
          store().createInvitation(invitation({ id: 'invitation-3' })),
          store().createAccessToken(accessToken({ tokenHash: 'hash-3' })),
          store().createAccessToken(accessToken({ id: 'token-3' })),
          store().updateInvitation('invitation-2', { tokenHash: 'invitation-hash-1' }),
          store().updateAccessToken('token-2', { tokenHash: 'access-hash-1' }),
        ],
        MetadataErrorCode.Conflict,
      )
      expect(await store().findInvitation('invitation-2')).toMatchObject({ tokenHash: 'hash-2' })
      expect(await store().findAccessTokenByHash('hash-2')).toMatchObject({ id: 'token-2' })
      expect(await store().listInvitationsOfSpace(lille)).toHaveLength(2)
    })
  })

  describe('document index', () => {
    it('lists the documents of a space, and only the shared ones across spaces', async () => {
      const other = parseDocumentId('diagnostic-1')
      await store().createDocument(documentRecord())
      await store().createDocument(
        documentRecord({ id: other, spaceId: roubaix, kind: 'diagnostic', sharedWithAll: false }),
      )
      expect(await store().findDocument(fiche)).toEqual(documentRecord())
      expect(await store().listDocumentsOfSpace(lille)).toEqual([documentRecord()])
      expect(await store().listSharedDocuments()).toEqual([documentRecord()])
      await store().updateDocument(other, { sharedWithAll: true })
      expect((await store().listSharedDocuments()).map((found) => found.id)).toEqual([fiche, other])
    })

    it('lists the documents of some kinds across spaces, archived ones included', async () => {
      const diagnostic = parseDocumentId('diagnostic-1')
      const roadmap = parseDocumentId('feuille-1')
      await store().createDocument(documentRecord())
      await store().createDocument(
        documentRecord({ id: diagnostic, spaceId: roubaix, kind: 'diagnostic' }),
      )
      await store().createDocument(
        documentRecord({
          id: roadmap,
          spaceId: roubaix,
          kind: 'feuille-de-route',
          archivedAt: '2026-01-02T00:00:00.000Z',
        }),
      )
      const found = await store().listDocumentsOfKinds(['fiche-action', 'feuille-de-route'])
      expect(found.map((record) => record.id)).toEqual([fiche, roadmap])
      expect(found[0]).toEqual(documentRecord())
      expect(await store().listDocumentsOfKinds([])).toEqual([])
    })

    it('updates and deletes documents; missing ones give null and false', async () => {
      await store().createDocument(documentRecord())
      await expect(
        store().createDocument(documentRecord({ title: 'Autre' })),
      ).rejects.toMatchObject({ code: MetadataErrorCode.Conflict })
      expect(await store().updateDocument(fiche, { title: 'Nouveau' })).toMatchObject({
        title: 'Nouveau',
      })
      expect(await store().deleteDocument(fiche)).toBe(true)
      expect(await store().deleteDocument(fiche)).toBe(false)
      expect(await store().updateDocument(fiche, { title: 'Encore' })).toBeNull()
      expect(await store().findDocument(fiche)).toBeNull()
    })
  })

  describe('validation', () => {
    it('rejects each kind of invalid record with METADATA_INVALID and stores nothing', async () => {
      await expectRejections(
        [
          store().createAccount(account({ email: 'not an email' })),
          store().createSession(session({ expiresAt: 'demain' })),
          store().createSpace(space({ name: '' })),
          store().putMembership(membership({ role: 'chef' as Membership['role'] })),
          store().createInvitation(invitation({ email: 'karim' })),
          store().createAccessToken(accessToken({ name: '' })),
          store().createDocument(documentRecord({ kind: 'roman' as DocumentRecord['kind'] })),
          store().appendAudit(auditEntry({ action: 'hack' as AuditEntry['action'] })),
        ],
        MetadataErrorCode.Invalid,
      )
      expect(await store().exportSnapshot()).toMatchObject({
        data: { accounts: [], sessions: [], spaces: [], memberships: [], documents: [] },
        audit: [],
      })
    })

    it('rejects an invalid patch with METADATA_INVALID and keeps the record as it was', async () => {
      await store().createAccount(account())
      await store().createDocument(documentRecord())
      await expectRejections(
        [
          store().updateAccount('account-claire', { color: 'red' }),
          store().updateDocument(fiche, { updatedAt: 'hier' }),
        ],
        MetadataErrorCode.Invalid,
      )
      expect(await store().findAccountById('account-claire')).toEqual(account())
      expect(await store().findDocument(fiche)).toEqual(documentRecord())
    })
  })

  describe('copies', () => {
    it('returns copies and keeps its own: mutating either changes nothing stored', async () => {
      const written = account()
      await store().createAccount(written)
      written.name = 'Changed before reading'
      const read = await store().findAccountById('account-claire')
      if (read === null) throw new Error('the account was created')
      read.name = 'Changed after reading'
      const updated = await store().updateAccount('account-claire', { organisation: 'CLPE' })
      if (updated === null) throw new Error('the account exists')
      updated.name = 'Changed after updating'
      expect(await store().findAccountByEmail('claire@example.fr')).toEqual(
        account({ organisation: 'CLPE' }),
      )
    })
  })

  describe('audit trail', () => {
    it('lists the entries appended, oldest first, as copies', async () => {
      await store().appendAudit(auditEntry())
      await store().appendAudit(auditEntry({ action: 'logout', details: { reason: 'fin' } }))
      await store().appendAudit(auditEntry({ action: 'space.created', target: lille }))
      const entries = await store().listAudit()
      expect(entries.map((entry) => entry.action)).toEqual([
        'login.succeeded',
        'logout',
        'space.created',
      ])
      const [first] = entries
      if (first === undefined) throw new Error('three entries')
      first.action = 'logout'
      expect((await store().listAudit())[0]).toEqual(auditEntry())
    })

    it('keeps every entry of many appended at once', async () => {
      const targets = Array.from({ length: 20 }, (_, index) => `target-${index}`)
      await Promise.all(targets.map((target) => store().appendAudit(auditEntry({ target }))))
      const listed = (await store().listAudit()).map((entry) => entry.target)
      expect([...listed].sort()).toEqual([...targets].sort())
    })
  })

  describe('closing', () => {
    it('rejects every call after close with METADATA_CLOSED', async () => {
      await store().createAccount(account())
      await store().close()
      await expectRejections(
        [
          store().findAccountById('account-claire'),
          store().createSpace(space()),
          store().appendAudit(auditEntry()),
          store().listAudit(),
          store().notifications.listNotificationsOf('account-claire'),
          store().transaction(async (tx) => tx.listSpaces()),
        ],
        MetadataErrorCode.Closed,
      )
    })
  })
}
