import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DurableJsonFile } from './DurableJsonFile.ts'
import type { LowdbMetadataStore, LowdbMetadataStoreOptions } from './LowdbMetadataStore.ts'
import {
  accessToken,
  account,
  AT,
  auditEntry,
  CountingAdapter,
  documentRecord,
  fiche,
  invitation,
  lille,
  membership,
  MetadataTestDirectory,
  session,
  space,
} from './metadataFixtures.ts'

// What the store keeps on disk across re-opens, and the writes it spares. The contract every
// adapter honours: metadataStoreContract.ts.

describe('LowdbMetadataStore', () => {
  let directory: MetadataTestDirectory
  const open = (options?: LowdbMetadataStoreOptions): Promise<LowdbMetadataStore> =>
    directory.open(options)
  const reopen = (store: LowdbMetadataStore): Promise<LowdbMetadataStore> => directory.reopen(store)

  beforeEach(async () => {
    directory = await MetadataTestDirectory.create()
  })
  afterEach(async () => {
    await directory.remove()
  })

  describe('round trip', () => {
    it('reads back every kind of record from a store re-opened from disk', async () => {
      const first = await open()
      await first.createAccount(account())
      await first.createSession(session())
      await first.createSpace(space())
      await first.putMembership(membership())
      await first.createInvitation(invitation())
      await first.createAccessToken(accessToken())
      await first.createDocument(documentRecord())
      await first.appendAudit(auditEntry())

      const store = await reopen(first)
      expect(await store.findAccountById('account-claire')).toEqual(account())
      expect(await store.listAccounts()).toEqual([account()])
      expect(await store.findSession('session-hash-1')).toEqual(session())
      expect(await store.listSpaces()).toEqual([space()])
      expect(await store.findSpace(lille)).toEqual(space())
      expect(await store.findMembership(lille, 'account-claire')).toEqual(membership())
      expect(await store.listMembershipsOfSpace(lille)).toEqual([membership()])
      expect(await store.listMembershipsOfAccount('account-claire')).toEqual([membership()])
      expect(await store.findInvitation('invitation-1')).toEqual(invitation())
      expect(await store.findInvitationByTokenHash('invitation-hash-1')).toEqual(invitation())
      expect(await store.listInvitationsOfSpace(lille)).toEqual([invitation()])
      expect(await store.findAccessTokenByHash('access-hash-1')).toEqual(accessToken())
      expect(await store.listAccessTokensOf('account-claire')).toEqual([accessToken()])
      expect(await store.findDocument(fiche)).toEqual(documentRecord())
      expect(await store.listDocumentsOfSpace(lille)).toEqual([documentRecord()])
      expect(await store.listSharedDocuments()).toEqual([documentRecord()])
      expect(await store.listAudit()).toEqual([auditEntry()])
    })

    it('reads back updates and deletions from a store re-opened from disk', async () => {
      const first = await open()
      await first.createAccount(account())
      await first.createInvitation(invitation())
      await first.createAccessToken(accessToken())
      await first.createDocument(documentRecord())
      await first.putMembership(membership())
      await first.updateAccount('account-claire', { name: 'Claire Martin' })
      await first.updateInvitation('invitation-1', { usedAt: AT, usedBy: 'account-karim' })
      await first.updateAccessToken('token-1', { revokedAt: AT })
      await first.updateDocument(fiche, { title: 'Mobilité', archivedAt: AT })
      await first.deleteMembership(lille, 'account-claire')

      const store = await reopen(first)
      expect(await store.findAccountById('account-claire')).toMatchObject({ name: 'Claire Martin' })
      expect(await store.findInvitation('invitation-1')).toMatchObject({ usedBy: 'account-karim' })
      expect(await store.findAccessTokenByHash('access-hash-1')).toMatchObject({ revokedAt: AT })
      expect(await store.findDocument(fiche)).toMatchObject({ title: 'Mobilité', archivedAt: AT })
      expect(await store.findMembership(lille, 'account-claire')).toBeNull()
      await store.deleteDocument(fiche)
      expect(await (await reopen(store)).findDocument(fiche)).toBeNull()
    })

    it('resolves an update of a missing record to null and a deletion to false, writing nothing', async () => {
      const adapter = new CountingAdapter(new DurableJsonFile(directory.metadataPath))
      const store = await open({ adapter })
      expect(await store.updateAccount('nobody', { name: 'X' })).toBeNull()
      expect(await store.updateInvitation('nothing', { usedAt: AT })).toBeNull()
      expect(await store.updateAccessToken('nothing', { revokedAt: AT })).toBeNull()
      expect(await store.updateDocument(fiche, { title: 'X' })).toBeNull()
      expect(await store.deleteDocument(fiche)).toBe(false)
      expect(await store.deleteMembership(lille, 'nobody')).toBe(false)
      expect(await store.deleteSession('nothing')).toBe(false)
      expect(adapter.writes).toBe(0)
    })

    it('stores emails lower-cased and finds an account whatever the case asked for', async () => {
      const first = await open()
      await first.createAccount(account({ email: 'Claire.Dubois@Example.FR' }))
      const store = await reopen(first)
      expect(await store.findAccountByEmail('CLAIRE.DUBOIS@example.fr')).toMatchObject({
        id: 'account-claire',
        email: 'claire.dubois@example.fr',
      })
    })
  })

  describe('first account', () => {
    it('creates only one of many first accounts asked for at once, and keeps it on disk', async () => {
      const first = await open()
      const created = await Promise.all(
        ['a', 'b', 'c', 'd'].map((name) =>
          first.createFirstAccount(account({ id: `account-${name}`, email: `${name}@exemple.fr` })),
        ),
      )
      expect(created).toEqual([true, false, false, false])
      expect(await first.createFirstAccount(account())).toBe(false)

      const store = await reopen(first)
      expect((await store.listAccounts()).map((stored) => stored.id)).toEqual(['account-a'])
    })
  })

  describe('sessions', () => {
    it('deletes the sessions expired before now and keeps the others, across re-open', async () => {
      const store = await open()
      // Written without milliseconds: expired by half a second, though it sorts after `now` as text.
      await store.createSession(session({ tokenHash: 'old', expiresAt: '2025-03-01T10:00:00Z' }))
      await store.createSession(session({ tokenHash: 'now', expiresAt: '2025-03-01T10:00:00.5Z' }))
      await store.createSession(session({ tokenHash: 'new', expiresAt: '2025-03-08T10:00:00Z' }))
      expect(await store.deleteExpiredSessions('2025-03-01T10:00:00.500Z')).toBe(1)
      expect(await store.findSession('old')).toBeNull()
      const reopened = await reopen(store)
      expect(await reopened.findSession('old')).toBeNull()
      expect(await reopened.findSession('now')).not.toBeNull()
      expect(await reopened.findSession('new')).not.toBeNull()
      expect(await reopened.deleteExpiredSessions('2025-03-01T10:00:00.500Z')).toBe(0)
    })

    it('deletes one session by its token hash, or every session of an account', async () => {
      const store = await open()
      await store.createSession(session({ tokenHash: 'a' }))
      await store.createSession(session({ tokenHash: 'b' }))
      await store.createSession(session({ tokenHash: 'c', accountId: 'account-karim' }))
      expect(await store.deleteSession('a')).toBe(true)
      expect(await store.findSession('a')).toBeNull()
      expect(await store.deleteSessionsOf('account-claire')).toBe(1)
      expect(await store.findSession('b')).toBeNull()
      const reopened = await reopen(store)
      expect(await reopened.findSession('b')).toBeNull()
      expect(await reopened.findSession('c')).toMatchObject({ accountId: 'account-karim' })
    })
  })
})
