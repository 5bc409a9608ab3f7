import { readdir } from 'node:fs/promises'
import type { Adapter } from 'lowdb'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseSpaceId } from '@maillage/schema'
import { DurableJsonFile } from './DurableJsonFile.ts'
import type { LowdbMetadataStore, LowdbMetadataStoreOptions } from './LowdbMetadataStore.ts'
import { MetadataErrorCode } from './MetadataError.ts'
import type { MetadataFile } from './metadataFileSchema.ts'
import type { AuditEntry } from './records/AuditEntry.ts'
import type { DocumentRecord } from './records/DocumentRecord.ts'
import type { Membership } from './records/Membership.ts'
import {
  accessToken,
  account,
  AT,
  auditEntry,
  documentRecord,
  fiche,
  invitation,
  lille,
  membership,
  MetadataTestDirectory,
  session,
  space,
} from './metadataFixtures.ts'

// What the store refuses: duplicates, invalid records, calls after close. What it keeps:
// LowdbMetadataStore.test.ts.

/** Awaits every call, then checks that each was rejected with `code`. */
async function expectRejections(calls: Promise<unknown>[], code: MetadataErrorCode): Promise<void> {
  // Settled together: a rejection left unobserved while awaiting another would be reported as
  // unhandled.
  const results = await Promise.allSettled(calls)
  for (const result of results) {
    expect(result).toMatchObject({ status: 'rejected', reason: { code } })
  }
}

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

  describe('uniqueness', () => {
    it('refuses a second account with the same id or the same email in another case', async () => {
      const store = await open()
      await store.createAccount(account())
      await expect(
        store.createAccount(account({ email: 'other@example.fr' })),
      ).rejects.toMatchObject({ code: MetadataErrorCode.Conflict })
      await expect(
        store.createAccount(account({ id: 'account-2', email: 'CLAIRE@example.fr' })),
      ).rejects.toMatchObject({ code: MetadataErrorCode.Conflict })
      expect(await store.listAccounts()).toEqual([account()])
    })

    it('refuses to give an account the email of another', async () => {
      const store = await open()
      await store.createAccount(account())
      await store.createAccount(account({ id: 'account-karim', email: 'karim@example.fr' }))
      await expect(
        store.updateAccount('account-karim', { email: 'Claire@example.fr' }),
      ).rejects.toMatchObject({ code: MetadataErrorCode.Conflict })
      expect(await store.findAccountByEmail('karim@example.fr')).toMatchObject({
        id: 'account-karim',
      })
    })

    it('refuses records whose key exists already', async () => {
      const store = await open()
      await store.createSession(session())
      await store.createSpace(space())
      await store.createInvitation(invitation())
      await store.createAccessToken(accessToken())
      await store.createDocument(documentRecord())
      const duplicates = [
        store.createSession(session({ accountId: 'account-karim' })),
        store.createSpace(space({ name: 'Autre' })),
        store.createInvitation(invitation({ tokenHash: 'invitation-hash-2' })),
        store.createInvitation(invitation({ id: 'invitation-2' })),
        store.createAccessToken(accessToken({ tokenHash: 'access-hash-2' })),
        store.createAccessToken(accessToken({ id: 'token-2' })),
        store.createDocument(documentRecord({ title: 'Autre' })),
      ]
      await expectRejections(duplicates, MetadataErrorCode.Conflict)
      expect(await store.findSession('session-hash-1')).toEqual(session())
      expect(await store.listSpaces()).toEqual([space()])
      expect(await store.listInvitationsOfSpace(lille)).toEqual([invitation()])
      expect(await store.listAccessTokensOf('account-claire')).toEqual([accessToken()])
      expect(await store.listDocumentsOfSpace(lille)).toEqual([documentRecord()])
    })

    it('refuses to give an invitation or a token the token hash of another', async () => {
      const store = await open()
      await store.createInvitation(invitation())
      await store.createInvitation(invitation({ id: 'invitation-2', tokenHash: 'hash-2' }))
      await store.createAccessToken(accessToken())
      await store.createAccessToken(accessToken({ id: 'token-2', tokenHash: 'hash-2' }))
      await expect(
        store.updateInvitation('invitation-2', { tokenHash: 'invitation-hash-1' }),
      ).rejects.toMatchObject({ code: MetadataErrorCode.Conflict })
      await expect(
        store.updateAccessToken('token-2', { tokenHash: 'access-hash-1' }),
      ).rejects.toMatchObject({ code: MetadataErrorCode.Conflict })
      expect(await store.findInvitation('invitation-2')).toMatchObject({ tokenHash: 'hash-2' })
      expect(await store.findAccessTokenByHash('hash-2')).toMatchObject({ id: 'token-2' })
    })
  })

  describe('validation', () => {
    it('rejects an invalid record with METADATA_INVALID naming the field, and stores nothing', async () => {
      const store = await open()
      const creation = store.createAccount(account({ email: 'not an email' }))
      await expect(creation).rejects.toMatchObject({ code: MetadataErrorCode.Invalid })
      await expect(creation).rejects.toThrow(/email/)
      expect(await store.listAccounts()).toEqual([])
      expect(await readdir(directory.path)).toEqual([])
    })

    it('rejects an invalid patch with METADATA_INVALID and keeps the record as it was', async () => {
      const store = await open()
      await store.createAccount(account())
      await store.createDocument(documentRecord())
      await expect(store.updateAccount('account-claire', { color: 'red' })).rejects.toMatchObject({
        code: MetadataErrorCode.Invalid,
      })
      await expect(store.updateDocument(fiche, { updatedAt: 'hier' })).rejects.toMatchObject({
        code: MetadataErrorCode.Invalid,
      })
      expect(await (await reopen(store)).findAccountById('account-claire')).toEqual(account())
    })

    it('rejects each kind of invalid record', async () => {
      const store = await open()
      const invalid = [
        store.createSession(session({ expiresAt: 'demain' })),
        store.createSpace(space({ id: parseSpaceId('x'), name: '' })),
        store.putMembership(membership({ role: 'chef' as Membership['role'] })),
        store.createInvitation(invitation({ email: 'karim' })),
        store.createAccessToken(accessToken({ name: '' })),
        store.createDocument(documentRecord({ kind: 'roman' as DocumentRecord['kind'] })),
        store.appendAudit(auditEntry({ action: 'hack' as AuditEntry['action'] })),
      ]
      await expectRejections(invalid, MetadataErrorCode.Invalid)
      const reopened = await reopen(store)
      expect(await reopened.listSpaces()).toEqual([])
      expect(await reopened.listMembershipsOfSpace(lille)).toEqual([])
      expect(await reopened.listAudit()).toEqual([])
    })
  })

  describe('closing', () => {
    it('rejects every call after close with METADATA_CLOSED', async () => {
      const store = await open()
      await store.createAccount(account())
      await store.close()
      const calls = [
        store.findAccountById('account-claire'),
        store.findSession('session-hash-1'),
        store.createSpace(space()),
        store.putMembership(membership()),
        store.deleteExpiredSessions(AT),
        store.appendAudit(auditEntry()),
        store.listAudit(),
      ]
      await expectRejections(calls, MetadataErrorCode.Closed)
      expect(await (await open()).listSpaces()).toEqual([])
    })

    it('waits for the file write under way before it resolves', async () => {
      const file = new DurableJsonFile<MetadataFile>(directory.metadataPath)
      let release = (): void => undefined
      const gate = new Promise<void>((resolve) => {
        release = resolve
      })
      const adapter: Adapter<MetadataFile> = {
        read: () => file.read(),
        write: async (data) => {
          await gate
          await file.write(data)
        },
      }
      const store = await open({ adapter })
      const creation = store.createAccount(account())
      let closed = false
      const closing = store.close().then(() => {
        closed = true
      })
      await new Promise((resolve) => setImmediate(resolve))
      expect(closed).toBe(false)
      release()
      await closing
      await creation
      expect(await (await open()).findAccountById('account-claire')).toEqual(account())
    })
  })
})
