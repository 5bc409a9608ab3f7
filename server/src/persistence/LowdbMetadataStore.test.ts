import { appendFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Adapter } from 'lowdb'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseDocumentId } from '@maillage/protocol'
import { parseSpaceId } from '@maillage/schema'
import { DurableJsonFile } from './DurableJsonFile.ts'
import {
  AUDIT_FILE_NAME,
  LowdbMetadataStore,
  METADATA_FILE_NAME,
  type LowdbMetadataStoreOptions,
} from './LowdbMetadataStore.ts'
import { MetadataErrorCode } from './MetadataError.ts'
import type { MetadataFile } from './metadataFileSchema.ts'
import type { MetadataMigration } from './metadataMigrations.ts'
import type { AccessToken } from './records/AccessToken.ts'
import type { Account } from './records/Account.ts'
import type { AuditEntry } from './records/AuditEntry.ts'
import type { DocumentRecord } from './records/DocumentRecord.ts'
import type { Invitation } from './records/Invitation.ts'
import type { Membership } from './records/Membership.ts'
import type { Session } from './records/Session.ts'
import type { Space } from './records/Space.ts'

const AT = '2025-03-01T10:00:00.000Z'
const lille = parseSpaceId('clpe-lille')
const roubaix = parseSpaceId('clpe-roubaix')
const fiche = parseDocumentId('fiche-action-1')

const account = (overrides: Partial<Account> = {}): Account => ({
  id: 'account-claire',
  email: 'claire@example.fr',
  name: 'Claire Dubois',
  organisation: 'France Travail',
  color: '#3366cc',
  passwordHash: 'scrypt$16384$8$1$c2FsdA$aGFzaA',
  platformRole: 'membre',
  createdAt: AT,
  ...overrides,
})
const session = (overrides: Partial<Session> = {}): Session => ({
  tokenHash: 'session-hash-1',
  accountId: 'account-claire',
  csrfToken: 'csrf-1',
  createdAt: AT,
  expiresAt: '2025-03-08T10:00:00.000Z',
  ...overrides,
})
const space = (overrides: Partial<Space> = {}): Space => ({
  id: lille,
  kind: 'clpe',
  name: 'CLPE de Lille',
  description: 'Comité local pour l’emploi de Lille',
  territory: { clpeCode: 'lille', departement: '59' },
  createdAt: AT,
  ...overrides,
})
const membership = (overrides: Partial<Membership> = {}): Membership => ({
  spaceId: lille,
  accountId: 'account-claire',
  role: 'animateur',
  createdAt: AT,
  ...overrides,
})
const invitation = (overrides: Partial<Invitation> = {}): Invitation => ({
  id: 'invitation-1',
  tokenHash: 'invitation-hash-1',
  spaceId: lille,
  role: 'contributeur',
  email: 'karim@example.fr',
  createdBy: 'account-claire',
  createdAt: AT,
  expiresAt: '2025-03-15T10:00:00.000Z',
  ...overrides,
})
const accessToken = (overrides: Partial<AccessToken> = {}): AccessToken => ({
  id: 'token-1',
  accountId: 'account-claire',
  name: 'Export hebdomadaire',
  tokenHash: 'access-hash-1',
  createdAt: AT,
  ...overrides,
})
const documentRecord = (overrides: Partial<DocumentRecord> = {}): DocumentRecord => ({
  id: fiche,
  spaceId: lille,
  kind: 'fiche-action',
  title: 'Mobilité des jeunes',
  sharedWithAll: true,
  createdBy: 'account-claire',
  createdAt: AT,
  updatedAt: AT,
  ...overrides,
})
const auditEntry = (overrides: Partial<AuditEntry> = {}): AuditEntry => ({
  at: AT,
  action: 'login.succeeded',
  actorId: 'account-claire',
  ip: '192.0.2.1',
  ...overrides,
})

/** Awaits every call, then checks that each was rejected with `code`. */
async function expectRejections(calls: Promise<unknown>[], code: MetadataErrorCode): Promise<void> {
  // Settled together: a rejection left unobserved while awaiting another would be reported as
  // unhandled.
  const results = await Promise.allSettled(calls)
  for (const result of results) {
    expect(result).toMatchObject({ status: 'rejected', reason: { code } })
  }
}

/** The real file adapter, counting the writes that reach it. */
class CountingAdapter implements Adapter<MetadataFile> {
  readonly #inner: Adapter<MetadataFile>
  writes = 0

  constructor(inner: Adapter<MetadataFile>) {
    this.#inner = inner
  }

  read(): Promise<MetadataFile | null> {
    return this.#inner.read()
  }

  async write(data: MetadataFile): Promise<void> {
    this.writes += 1
    await this.#inner.write(data)
  }
}

describe('LowdbMetadataStore', () => {
  let dataDir: string
  const opened: LowdbMetadataStore[] = []
  const metadataPath = (): string => join(dataDir, METADATA_FILE_NAME)
  const auditPath = (): string => join(dataDir, AUDIT_FILE_NAME)

  async function open(options?: LowdbMetadataStoreOptions): Promise<LowdbMetadataStore> {
    const store = await LowdbMetadataStore.open(dataDir, options)
    opened.push(store)
    return store
  }

  async function reopen(store: LowdbMetadataStore): Promise<LowdbMetadataStore> {
    await store.close()
    return open()
  }

  async function writeMetadataFile(content: unknown): Promise<void> {
    await writeFile(metadataPath(), JSON.stringify(content))
  }

  function fileWith(records: Partial<MetadataFile>, schemaVersion = 1): Record<string, unknown> {
    return {
      schemaVersion,
      accounts: [],
      sessions: [],
      spaces: [],
      memberships: [],
      invitations: [],
      accessTokens: [],
      documents: [],
      ...records,
    }
  }

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'maillage-metadata-'))
  })
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((store) => store.close()))
    await rm(dataDir, { recursive: true, force: true })
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
      const adapter = new CountingAdapter(new DurableJsonFile(metadataPath()))
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

    it('finds an account by its new email after an update, and not by the old one', async () => {
      const store = await open()
      await store.createAccount(account())
      await store.updateAccount('account-claire', { email: 'claire@nord.fr' })
      expect(await store.findAccountByEmail('claire@nord.fr')).toMatchObject({
        id: 'account-claire',
      })
      expect(await store.findAccountByEmail('claire@example.fr')).toBeNull()
    })

    it('keeps the id of a record even when a patch carries another one', async () => {
      const store = await open()
      await store.createDocument(documentRecord())
      const smuggled = { title: 'X', id: 'other' } as Partial<Omit<DocumentRecord, 'id'>>
      expect(await store.updateDocument(fiche, smuggled)).toMatchObject({ id: fiche })
      expect(await store.findDocument(parseDocumentId('other'))).toBeNull()
    })

    it('replaces the membership of a space and account instead of adding a second one', async () => {
      const store = await open()
      await store.putMembership(membership({ role: 'lecteur' }))
      await store.putMembership(membership({ role: 'animateur' }))
      await store.putMembership(membership({ spaceId: roubaix, role: 'lecteur' }))
      expect(await store.listMembershipsOfAccount('account-claire')).toEqual([
        membership({ role: 'animateur' }),
        membership({ spaceId: roubaix, role: 'lecteur' }),
      ])
    })

    it('lists only the documents shared with all territories', async () => {
      const store = await open()
      await store.createDocument(documentRecord())
      await store.createDocument(
        documentRecord({ id: parseDocumentId('note-1'), kind: 'note', sharedWithAll: false }),
      )
      expect((await store.listSharedDocuments()).map((document) => document.id)).toEqual([fiche])
    })
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

  describe('copies', () => {
    it('returns copies: mutating a returned record changes nothing stored', async () => {
      const store = await open()
      await store.createSpace(space())
      await store.createSession(session())
      const returned = await store.findSpace(lille)
      if (returned?.territory === undefined) throw new Error('space not found')
      returned.territory.departement = '62'
      ;(await store.listSpaces()).pop()
      const returnedSession = await store.findSession('session-hash-1')
      if (returnedSession === null) throw new Error('session not found')
      returnedSession.accountId = 'intruder'
      expect(await store.listSpaces()).toEqual([space()])
      expect(await store.findSession('session-hash-1')).toEqual(session())
    })

    it('keeps its own copy of a record written: mutating it afterwards changes nothing', async () => {
      const store = await open()
      const written = space()
      await store.createSpace(written)
      written.name = 'Changé'
      if (written.territory !== undefined) written.territory.departement = '62'
      expect(await store.findSpace(lille)).toEqual(space())
    })

    it('resolves an update to a copy of the updated record', async () => {
      const store = await open()
      await store.createAccount(account())
      const updated = await store.updateAccount('account-claire', { name: 'Claire Martin' })
      expect(updated).toEqual(account({ name: 'Claire Martin' }))
      if (updated !== null) updated.name = 'Intruse'
      expect(await store.findAccountById('account-claire')).toMatchObject({ name: 'Claire Martin' })
    })
  })

  describe('validation', () => {
    it('rejects an invalid record with METADATA_INVALID naming the field, and stores nothing', async () => {
      const store = await open()
      const creation = store.createAccount(account({ email: 'not an email' }))
      await expect(creation).rejects.toMatchObject({ code: MetadataErrorCode.Invalid })
      await expect(creation).rejects.toThrow(/email/)
      expect(await store.listAccounts()).toEqual([])
      expect(await readdir(dataDir)).toEqual([])
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

  describe('opening', () => {
    it('starts empty without writing anything when the data directory does not exist', async () => {
      const missing = join(dataDir, 'not-yet')
      const store = await LowdbMetadataStore.open(missing)
      opened.push(store)
      expect(await store.listAccounts()).toEqual([])
      expect(await readdir(dataDir)).toEqual([])
      await store.createSpace(space())
      expect(await readdir(missing)).toEqual([METADATA_FILE_NAME])
    })

    it('refuses a metadata file that is not JSON with METADATA_CORRUPTED', async () => {
      await writeFile(metadataPath(), '{"schemaVersion": 1, "accounts": [')
      await expect(open()).rejects.toMatchObject({ code: MetadataErrorCode.Corrupted })
    })

    it('refuses an empty metadata file, as a power cut may leave it, with METADATA_CORRUPTED', async () => {
      await writeFile(metadataPath(), '')
      await expect(open()).rejects.toMatchObject({ code: MetadataErrorCode.Corrupted })
    })

    it('refuses a metadata file holding null instead of reading it as empty', async () => {
      await writeFile(metadataPath(), 'null')
      await expect(open()).rejects.toMatchObject({ code: MetadataErrorCode.Corrupted })
    })

    it('refuses a metadata file of the wrong shape, naming the problem', async () => {
      await writeMetadataFile(fileWith({ accounts: [{ ...account(), color: 'bleu' }] }))
      const opening = open()
      await expect(opening).rejects.toMatchObject({ code: MetadataErrorCode.Corrupted })
      await expect(opening).rejects.toThrow(/accounts\[0\]\.color/)
    })

    it('refuses a metadata file without its lists or its schemaVersion', async () => {
      await writeMetadataFile({ schemaVersion: 1, accounts: [] })
      await expect(open()).rejects.toMatchObject({ code: MetadataErrorCode.Corrupted })
      await writeMetadataFile({ accounts: [] })
      await expect(open()).rejects.toMatchObject({ code: MetadataErrorCode.Corrupted })
    })

    it('refuses a metadata file where two accounts share an email', async () => {
      await writeMetadataFile(
        fileWith({
          accounts: [account(), account({ id: 'account-2', email: 'CLAIRE@example.fr' })],
        }),
      )
      await expect(open()).rejects.toMatchObject({ code: MetadataErrorCode.Corrupted })
    })

    it('refuses a metadata file newer than the code with METADATA_TOO_NEW', async () => {
      await writeMetadataFile(fileWith({}, 2))
      await expect(open()).rejects.toMatchObject({ code: MetadataErrorCode.TooNew })
    })

    it('finds records of a file it did not write, by email and session token', async () => {
      await writeMetadataFile(
        fileWith({ accounts: [account({ email: 'Claire@Example.fr' })], sessions: [session()] }),
      )
      const store = await open()
      expect(await store.findAccountByEmail('claire@example.fr')).toMatchObject({
        id: 'account-claire',
      })
      expect(await store.findSession('session-hash-1')).toEqual(session())
    })
  })

  describe('migrations', () => {
    // Pretend version 1 had no account colour and version 2 added it.
    const addColour: MetadataMigration = {
      from: 1,
      to: 2,
      migrate: (data) => {
        const file = data as { accounts: Record<string, unknown>[] }
        return { ...file, accounts: file.accounts.map((a) => ({ color: '#000000', ...a })) }
      },
    }
    const accountOfVersion1: Partial<Account> = account()
    delete accountOfVersion1.color
    const version1 = fileWith({ accounts: [accountOfVersion1 as Account] })

    it('migrates an older file on open, in memory only, and writes the new version with the next change', async () => {
      await writeMetadataFile(version1)
      const before = await readFile(metadataPath(), 'utf8')
      const store = await open({ migrations: [addColour] })
      expect(await store.findAccountById('account-claire')).toEqual(account({ color: '#000000' }))
      expect(await readFile(metadataPath(), 'utf8')).toBe(before)

      await store.createSpace(space())
      const written = JSON.parse(await readFile(metadataPath(), 'utf8')) as MetadataFile
      expect(written.schemaVersion).toBe(2)
      expect(written.accounts[0]?.color).toBe('#000000')
    })

    it('refuses the same older file when no migration upgrades it', async () => {
      await writeMetadataFile(version1)
      await expect(open()).rejects.toMatchObject({ code: MetadataErrorCode.Corrupted })
    })

    it('validates the result of a migration', async () => {
      await writeMetadataFile(version1)
      const breaksColour: MetadataMigration = {
        ...addColour,
        migrate: (data) => {
          const file = data as { accounts: Record<string, unknown>[] }
          return { ...file, accounts: file.accounts.map((a) => ({ ...a, color: 'noir' })) }
        },
      }
      await expect(open({ migrations: [breaksColour] })).rejects.toMatchObject({
        code: MetadataErrorCode.Corrupted,
      })
    })

    it('starts an empty store at the version the migrations lead to', async () => {
      const store = await open({ migrations: [addColour] })
      await store.createSpace(space())
      const written = JSON.parse(await readFile(metadataPath(), 'utf8')) as MetadataFile
      expect(written.schemaVersion).toBe(2)
    })
  })

  describe('writes', () => {
    it('stores 100 concurrent memberships with far fewer than 100 file writes', async () => {
      const adapter = new CountingAdapter(new DurableJsonFile(metadataPath()))
      const store = await open({ adapter })
      const accountIds = Array.from({ length: 100 }, (_, index) => `account-${index}`)
      await Promise.all(
        accountIds.map((accountId) => store.putMembership(membership({ accountId }))),
      )
      expect(adapter.writes).toBeGreaterThan(0)
      expect(adapter.writes).toBeLessThanOrEqual(2)
      const reopened = await reopen(store)
      const stored = await reopened.listMembershipsOfSpace(lille)
      expect(stored.map((member) => member.accountId).sort()).toEqual([...accountIds].sort())
    })

    it('rejects a change whose file write failed, keeps it in memory, and persists it with the next write', async () => {
      const file = new DurableJsonFile<MetadataFile>(metadataPath())
      let failNext = true
      const adapter: Adapter<MetadataFile> = {
        read: () => file.read(),
        write: (data) => {
          if (!failNext) return file.write(data)
          failNext = false
          return Promise.reject(new Error('disque plein'))
        },
      }
      const store = await open({ adapter })
      await expect(store.createAccount(account())).rejects.toThrow('disque plein')
      expect(await store.findAccountById('account-claire')).toEqual(account())
      await store.createSpace(space())
      expect(await (await reopen(store)).findAccountById('account-claire')).toEqual(account())
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

    it('rejects a deletion of expired sessions at an invalid date', async () => {
      const store = await open()
      await store.createSession(session())
      await expect(store.deleteExpiredSessions('never')).rejects.toMatchObject({
        code: MetadataErrorCode.Invalid,
      })
      expect(await store.findSession('session-hash-1')).toEqual(session())
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

  describe('audit trail', () => {
    it('keeps appended entries across re-open, oldest first', async () => {
      const first = await open()
      await first.appendAudit(auditEntry())
      await first.appendAudit(auditEntry({ action: 'logout' }))
      const store = await reopen(first)
      await store.appendAudit(auditEntry({ action: 'space.created', target: lille }))
      expect((await store.listAudit()).map((entry) => entry.action)).toEqual([
        'login.succeeded',
        'logout',
        'space.created',
      ])
    })

    it('only ever appends to the audit file: its earlier bytes stay as they were', async () => {
      const store = await open()
      await store.appendAudit(auditEntry())
      const before = await readFile(auditPath())
      await store.appendAudit(auditEntry({ action: 'logout' }))
      await store.createAccount(account())
      const after = await readFile(auditPath())
      expect(after.length).toBeGreaterThan(before.length)
      expect(after.subarray(0, before.length)).toEqual(before)
    })

    it('ignores a torn final line left by a crash, and appends after it cleanly', async () => {
      const first = await open()
      await first.appendAudit(auditEntry())
      await first.close()
      await appendFile(auditPath(), '{"at":"2025-03-01T10:0')

      const store = await open()
      expect(await store.listAudit()).toEqual([auditEntry()])
      await store.appendAudit(auditEntry({ action: 'logout' }))
      expect(await (await reopen(store)).listAudit()).toEqual([
        auditEntry(),
        auditEntry({ action: 'logout' }),
      ])
    })

    it('refuses an audit file with a corrupt line before the last one', async () => {
      await writeFile(auditPath(), `not json\n${JSON.stringify(auditEntry())}\n`)
      const store = await open()
      await expect(store.listAudit()).rejects.toMatchObject({ code: MetadataErrorCode.Corrupted })
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
      const file = new DurableJsonFile<MetadataFile>(metadataPath())
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

  describe('in memory', () => {
    it('keeps records and audit entries without touching the disk', async () => {
      const store = LowdbMetadataStore.inMemory()
      await store.createAccount(account({ email: 'Claire@Example.fr' }))
      await store.appendAudit(auditEntry())
      expect(await store.findAccountByEmail('claire@example.fr')).toMatchObject({
        id: 'account-claire',
      })
      const entries = await store.listAudit()
      expect(entries).toEqual([auditEntry()])
      entries.pop()
      expect(await store.listAudit()).toEqual([auditEntry()])
      await expect(store.createAccount(account())).rejects.toMatchObject({
        code: MetadataErrorCode.Conflict,
      })
      await store.close()
      await expect(store.listAccounts()).rejects.toMatchObject({ code: MetadataErrorCode.Closed })
    })
  })
})
