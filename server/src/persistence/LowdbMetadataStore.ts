import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { Memory, type Adapter } from 'lowdb'
import { z } from 'zod'
import type { DocumentId } from '@maillage/protocol'
import type { SpaceId } from '@maillage/schema'
import { FileAuditLog, MemoryAuditLog, PendingAuditLog, type AuditLog } from './auditLog.ts'
import { CoalescedLowdb } from './CoalescedLowdb.ts'
import type { LowdbDatabase } from './LowdbDatabase.ts'
import { DurableJsonFile } from './DurableJsonFile.ts'
import { MetadataError, MetadataErrorCode } from './MetadataError.ts'
import { createEmptyMetadataFile, type MetadataFile } from './metadataFileSchema.ts'
import {
  currentMetadataVersion,
  METADATA_MIGRATIONS,
  type MetadataMigration,
} from './metadataMigrations.ts'
import type { MetadataSnapshot, MetadataStore } from './MetadataStore.ts'
import { readMetadataFile } from './readMetadataFile.ts'
import {
  conflictError,
  insertRecord,
  replaceRecord,
  validateRecord,
  type RecordKind,
} from './recordCollection.ts'
import { ACCESS_TOKEN, DOCUMENT, INVITATION, SPACE } from './recordKinds.ts'
import type { AccessToken } from './records/AccessToken.ts'
import { storedAccountSchema, type Account } from './records/Account.ts'
import { auditEntrySchema, type AuditEntry } from './records/AuditEntry.ts'
import type { DocumentRecord } from './records/DocumentRecord.ts'
import type { Invitation } from './records/Invitation.ts'
import { membershipSchema, type Membership } from './records/Membership.ts'
import { sessionSchema, type Session } from './records/Session.ts'
import type { Space } from './records/Space.ts'
import { LowdbNotificationRecords } from './LowdbNotificationRecords.ts'
import { LowdbToolboxRecords } from './LowdbToolboxRecords.ts'
import { LowdbSurveyRecords } from './LowdbSurveyRecords.ts'
import { LowdbAtelierRecords } from './LowdbAtelierRecords.ts'
import { LowdbExchangeRecords } from './LowdbExchangeRecords.ts'

/** Name of the lowdb file holding every record but the audit trail, in the data directory. */
export const METADATA_FILE_NAME = 'metadata.json'
/** Name of the append-only audit trail (JSON Lines), in the data directory. */
export const AUDIT_FILE_NAME = 'audit.jsonl'

/** Options of {@link LowdbMetadataStore.open}, for tests. */
export interface LowdbMetadataStoreOptions {
  /** Migrations run on open; default {@link METADATA_MIGRATIONS}. */
  migrations?: readonly MetadataMigration[]
  /** Adapter of `metadata.json`; default {@link DurableJsonFile}. Tests wrap it to count writes. */
  adapter?: Adapter<MetadataFile>
}

/** What a {@link LowdbMetadataStore} works on: the store's own database, or a transaction's draft. */
interface LowdbMetadataParts {
  db: LowdbDatabase<MetadataFile>
  /** The data `db` holds, to index. */
  data: MetadataFile
  audit: AuditLog
  /** The store's database; absent in the store a transaction's `work` receives. */
  coalesced?: CoalescedLowdb<MetadataFile>
}

/**
 * The embedded {@link MetadataStore}: every record in one lowdb file, `<dataDir>/metadata.json`,
 * held in memory and replaced atomically and durably by {@link DurableJsonFile} on each change; the
 * audit trail in `<dataDir>/audit.jsonl` ({@link FileAuditLog}).
 *
 * - Opening reads and migrates the file but writes nothing: a missing file is an empty store, an
 *   unreadable one `METADATA_CORRUPTED`, one of a newer version `METADATA_TOO_NEW`.
 * - Writes are validated, applied in memory, then persisted; concurrent writes share file writes
 *   ({@link CoalescedLowdb}), so a burst of changes costs two writes of the file, not one each.
 * - If the file write fails, the promise rejects and the change stays in memory for the next write
 *   to persist: one file write carries several callers' changes, later ones may build on earlier
 *   ones, and a write that failed flushing the directory may have landed, so rolling back one
 *   caller's change is unsound. A rejected write is "not known durable"; a retried `create*` may
 *   meet `METADATA_CONFLICT`.
 * - Sessions by token hash and accounts by email are indexed (every request looks one up); the
 *   other lookups scan, which suits the ~1,000 accounts of a regional instance.
 * - A {@link transaction} works on a copy of the data that only it sees, while other writes wait
 *   (reads do not); it commits by swapping the copy in and writing the file once, then appends its
 *   audit entries (a crash between the two loses those entries, never records).
 */
export class LowdbMetadataStore implements MetadataStore {
  readonly #db: LowdbDatabase<MetadataFile>
  readonly #coalesced: CoalescedLowdb<MetadataFile> | undefined
  readonly #audit: AuditLog
  readonly #accountsByEmail = new Map<string, Account>()
  readonly #sessionsByTokenHash = new Map<string, Session>()
  readonly toolbox: LowdbToolboxRecords
  readonly notifications: LowdbNotificationRecords
  readonly surveys: LowdbSurveyRecords
  readonly exchanges: LowdbExchangeRecords
  readonly ateliers: LowdbAtelierRecords

  private constructor(parts: LowdbMetadataParts) {
    this.#db = parts.db
    this.#coalesced = parts.coalesced
    this.toolbox = new LowdbToolboxRecords(this.#db)
    this.notifications = new LowdbNotificationRecords(this.#db)
    this.surveys = new LowdbSurveyRecords(this.#db)
    this.exchanges = new LowdbExchangeRecords(this.#db)
    this.ateliers = new LowdbAtelierRecords(this.#db)
    this.#audit = parts.audit
    this.#index(parts.data)
  }

  /** A store over the database made of `parts`. */
  static #over(parts: {
    coalesced: CoalescedLowdb<MetadataFile>
    data: MetadataFile
    audit: AuditLog
  }): LowdbMetadataStore {
    return new LowdbMetadataStore({ ...parts, db: parts.coalesced })
  }

  /**
   * Opens the store of `dataDir`, reading `metadata.json` if it exists and migrating it in memory;
   * the directory is created on the first write. Rejects with `METADATA_CORRUPTED` or
   * `METADATA_TOO_NEW` rather than ever starting empty over an existing file.
   */
  static async open(
    dataDir: string,
    options: LowdbMetadataStoreOptions = {},
  ): Promise<LowdbMetadataStore> {
    const path = join(dataDir, METADATA_FILE_NAME)
    const adapter = options.adapter ?? new DurableJsonFile<MetadataFile>(path)
    const migrations = options.migrations ?? METADATA_MIGRATIONS
    const data = await readMetadataFile(adapter, { path, migrations })
    return LowdbMetadataStore.#over({
      coalesced: new CoalescedLowdb({
        adapter,
        data,
        prepareWrite: () => mkdir(dataDir, { recursive: true }),
        closedError: closed,
      }),
      data,
      audit: new FileAuditLog(join(dataDir, AUDIT_FILE_NAME)),
    })
  }

  /** An empty store in memory (lowdb's `Memory` adapter, audit entries in an array), for tests. */
  static inMemory(): LowdbMetadataStore {
    const data = createEmptyMetadataFile(currentMetadataVersion(METADATA_MIGRATIONS))
    return LowdbMetadataStore.#over({
      coalesced: new CoalescedLowdb({
        adapter: new Memory<MetadataFile>(),
        data,
        closedError: closed,
      }),
      data,
      audit: new MemoryAuditLog(),
    })
  }

  findAccountById(id: string): Promise<Account | null> {
    return this.#db.read((data) => data.accounts.find((account) => account.id === id) ?? null)
  }

  findAccountByEmail(email: string): Promise<Account | null> {
    return this.#db.read(() => this.#accountsByEmail.get(email.toLowerCase()) ?? null)
  }

  listAccounts(): Promise<Account[]> {
    return this.#db.read((data) => data.accounts)
  }

  createAccount(account: Account): Promise<void> {
    return this.#db.write((data) => {
      this.#insertAccount(data, account)
    })
  }

  createFirstAccount(account: Account): Promise<boolean> {
    return this.#db.write((data) => {
      if (data.accounts.length > 0) return false
      this.#insertAccount(data, account)
      return true
    }, isTrue)
  }

  updateAccount(id: string, patch: Partial<Omit<Account, 'id'>>): Promise<Account | null> {
    return this.#db.write((data) => {
      const index = data.accounts.findIndex((account) => account.id === id)
      const previous = data.accounts[index]
      if (previous === undefined) return null
      const next = validateRecord(storedAccountSchema, { ...previous, ...patch, id }, 'account')
      const holder = this.#accountsByEmail.get(next.email)
      if (holder !== undefined && holder.id !== id) throw conflictError('account', 'email')
      data.accounts[index] = next
      this.#accountsByEmail.delete(previous.email.toLowerCase())
      this.#accountsByEmail.set(next.email, next)
      return next
    })
  }

  createSession(session: Session): Promise<void> {
    return this.#db.write((data) => {
      const stored = validateRecord(sessionSchema, session, 'session')
      const taken = this.#sessionsByTokenHash.has(stored.tokenHash)
      if (taken) throw conflictError('session', 'tokenHash')
      data.sessions.push(stored)
      this.#sessionsByTokenHash.set(stored.tokenHash, stored)
    })
  }

  findSession(tokenHash: string): Promise<Session | null> {
    return this.#db.read(() => this.#sessionsByTokenHash.get(tokenHash) ?? null)
  }

  async deleteSession(tokenHash: string): Promise<boolean> {
    return (await this.#deleteSessions((session) => session.tokenHash === tokenHash)) > 0
  }

  deleteSessionsOf(accountId: string): Promise<number> {
    return this.#deleteSessions((session) => session.accountId === accountId)
  }

  async deleteExpiredSessions(now: string): Promise<number> {
    // Compared as instants: ISO strings of different precisions do not sort as text.
    const nowMs = Date.parse(validateRecord(z.iso.datetime(), now, 'date'))
    return await this.#deleteSessions((session) => Date.parse(session.expiresAt) < nowMs)
  }

  listSpaces(): Promise<Space[]> {
    return this.#db.read((data) => data.spaces)
  }

  findSpace(id: SpaceId): Promise<Space | null> {
    return this.#db.read((data) => data.spaces.find((space) => space.id === id) ?? null)
  }

  createSpace(space: Space): Promise<void> {
    return this.#create((data) => data.spaces, space, SPACE)
  }

  findMembership(spaceId: SpaceId, accountId: string): Promise<Membership | null> {
    return this.#db.read(
      (data) => data.memberships[indexOfMembership(data, spaceId, accountId)] ?? null,
    )
  }

  listMembershipsOfSpace(spaceId: SpaceId): Promise<Membership[]> {
    return this.#db.read((data) => data.memberships.filter((member) => member.spaceId === spaceId))
  }

  listMembershipsOfAccount(accountId: string): Promise<Membership[]> {
    return this.#db.read((data) =>
      data.memberships.filter((member) => member.accountId === accountId),
    )
  }

  putMembership(membership: Membership): Promise<void> {
    return this.#db.write((data) => {
      const stored = validateRecord(membershipSchema, membership, 'membership')
      const index = indexOfMembership(data, stored.spaceId, stored.accountId)
      if (index === -1) data.memberships.push(stored)
      else data.memberships[index] = stored
    })
  }

  deleteMembership(spaceId: SpaceId, accountId: string): Promise<boolean> {
    return this.#db.write((data) => {
      const index = indexOfMembership(data, spaceId, accountId)
      return index !== -1 && data.memberships.splice(index, 1).length === 1
    }, isTrue)
  }

  createInvitation(invitation: Invitation): Promise<void> {
    return this.#create((data) => data.invitations, invitation, INVITATION)
  }

  findInvitation(id: string): Promise<Invitation | null> {
    return this.#db.read(
      (data) => data.invitations.find((invitation) => invitation.id === id) ?? null,
    )
  }

  findInvitationByTokenHash(tokenHash: string): Promise<Invitation | null> {
    return this.#db.read(
      (data) => data.invitations.find((invitation) => invitation.tokenHash === tokenHash) ?? null,
    )
  }

  listInvitationsOfSpace(spaceId: SpaceId): Promise<Invitation[]> {
    return this.#db.read((data) => data.invitations.filter((invite) => invite.spaceId === spaceId))
  }

  updateInvitation(id: string, patch: Partial<Omit<Invitation, 'id'>>): Promise<Invitation | null> {
    return this.#db.write((data) => replaceRecord(data.invitations, { id, patch }, INVITATION))
  }

  createAccessToken(token: AccessToken): Promise<void> {
    return this.#create((data) => data.accessTokens, token, ACCESS_TOKEN)
  }

  findAccessTokenByHash(tokenHash: string): Promise<AccessToken | null> {
    return this.#db.read(
      (data) => data.accessTokens.find((token) => token.tokenHash === tokenHash) ?? null,
    )
  }

  listAccessTokensOf(accountId: string): Promise<AccessToken[]> {
    return this.#db.read((data) =>
      data.accessTokens.filter((token) => token.accountId === accountId),
    )
  }

  updateAccessToken(
    id: string,
    patch: Partial<Omit<AccessToken, 'id'>>,
  ): Promise<AccessToken | null> {
    return this.#db.write((data) => replaceRecord(data.accessTokens, { id, patch }, ACCESS_TOKEN))
  }

  createDocument(document: DocumentRecord): Promise<void> {
    return this.#create((data) => data.documents, document, DOCUMENT)
  }

  findDocument(id: DocumentId): Promise<DocumentRecord | null> {
    return this.#db.read((data) => data.documents.find((document) => document.id === id) ?? null)
  }

  listDocumentsOfSpace(spaceId: SpaceId): Promise<DocumentRecord[]> {
    return this.#db.read((data) =>
      data.documents.filter((document) => document.spaceId === spaceId),
    )
  }

  /** Every document shared with all territories, archived ones included. */
  listSharedDocuments(): Promise<DocumentRecord[]> {
    return this.#db.read((data) => data.documents.filter((document) => document.sharedWithAll))
  }

  updateDocument(
    id: DocumentId,
    patch: Partial<Omit<DocumentRecord, 'id'>>,
  ): Promise<DocumentRecord | null> {
    return this.#db.write((data) => replaceRecord(data.documents, { id, patch }, DOCUMENT))
  }

  deleteDocument(id: DocumentId): Promise<boolean> {
    return this.#db.write((data) => {
      const index = data.documents.findIndex((document) => document.id === id)
      return index !== -1 && data.documents.splice(index, 1).length === 1
    }, isTrue)
  }

  async appendAudit(entry: AuditEntry): Promise<void> {
    if (this.#db.isClosed) throw closed()
    await this.#audit.append(validateRecord(auditEntrySchema, entry, 'audit entry'))
  }

  async listAudit(): Promise<AuditEntry[]> {
    if (this.#db.isClosed) throw closed()
    return await this.#audit.list()
  }

  /**
   * Runs `work` in a transaction (see the class comment). Called on the store `work` received,
   * it runs `work` in the enclosing transaction. Inside `work`, use only `tx`: a write through
   * the store itself would wait for the transaction, which waits for `work`.
   */
  async transaction<R>(work: (tx: MetadataStore) => Promise<R>): Promise<R> {
    const coalesced = this.#coalesced
    if (coalesced === undefined) return await work(this)
    const audit = new PendingAuditLog(this.#audit)
    const result = await coalesced.transaction({
      work: (draft) => work(new LowdbMetadataStore({ db: draft, data: draft.data, audit })),
      onCommit: (data) => {
        this.#index(data)
      },
    })
    await audit.flush()
    return result
  }

  /** Every record and the audit trail, as `metadata.json` and `audit.jsonl` hold them. */
  async exportSnapshot(): Promise<MetadataSnapshot> {
    const data = await this.#db.read((file) => file)
    return { data, audit: await this.listAudit() }
  }

  /**
   * Makes every further call reject (`METADATA_CLOSED`), then waits for the writes under way. On
   * the store a transaction's `work` received, does nothing: the transaction ends with `work`.
   */
  async close(): Promise<void> {
    if (this.#coalesced === undefined) return
    await this.#coalesced.close()
    await this.#audit.settle()
  }

  /** Rebuilds the indexes from `data`, the records the database now holds. */
  #index(data: MetadataFile): void {
    this.#accountsByEmail.clear()
    this.#sessionsByTokenHash.clear()
    for (const account of data.accounts) {
      this.#accountsByEmail.set(account.email.toLowerCase(), account)
    }
    for (const session of data.sessions) this.#sessionsByTokenHash.set(session.tokenHash, session)
  }

  async #create<T>(
    select: (data: MetadataFile) => T[],
    value: T,
    kind: RecordKind<T>,
  ): Promise<void> {
    await this.#db.write((data) => insertRecord(select(data), value, kind))
  }

  #insertAccount(data: MetadataFile, account: Account): void {
    const stored = validateRecord(storedAccountSchema, account, 'account')
    const idTaken = data.accounts.some((other) => other.id === stored.id)
    if (idTaken) throw conflictError('account', 'id')
    if (this.#accountsByEmail.has(stored.email)) throw conflictError('account', 'email')
    data.accounts.push(stored)
    this.#accountsByEmail.set(stored.email, stored)
  }

  #deleteSessions(isDeleted: (session: Session) => boolean): Promise<number> {
    return this.#db.write(
      (data) => {
        const kept = data.sessions.filter((session) => !isDeleted(session))
        const deleted = data.sessions.length - kept.length
        if (deleted === 0) return 0
        data.sessions = kept
        this.#sessionsByTokenHash.clear()
        for (const session of kept) this.#sessionsByTokenHash.set(session.tokenHash, session)
        return deleted
      },
      (deleted) => deleted > 0,
    )
  }
}

function indexOfMembership(data: MetadataFile, spaceId: string, accountId: string): number {
  return data.memberships.findIndex(
    (membership) => membership.spaceId === spaceId && membership.accountId === accountId,
  )
}

function closed(): MetadataError {
  return new MetadataError(MetadataErrorCode.Closed, 'metadata store is closed')
}

function isTrue(result: boolean): boolean {
  return result
}
