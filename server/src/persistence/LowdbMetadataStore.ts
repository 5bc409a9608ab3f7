import type { DocumentId } from '@maillage/protocol'
import type { DocumentKind, SpaceId } from '@maillage/schema'
import { PendingAuditLog } from './auditLog.ts'
import type { LowdbDatabase } from './LowdbDatabase.ts'
import { LowdbAccessTokenRecords } from './LowdbAccessTokenRecords.ts'
import { LowdbAccountRecords } from './LowdbAccountRecords.ts'
import { LowdbAtelierRecords } from './LowdbAtelierRecords.ts'
import { LowdbDocumentRecords } from './LowdbDocumentRecords.ts'
import { LowdbExchangeRecords } from './LowdbExchangeRecords.ts'
import { LowdbInvitationRecords } from './LowdbInvitationRecords.ts'
import { LowdbMailRecords } from './LowdbMailRecords.ts'
import { LowdbVeilleRecords } from './LowdbVeilleRecords.ts'
import { LowdbInstanceRecords } from './LowdbInstanceRecords.ts'
import { LowdbDecisionRecords } from './LowdbDecisionRecords.ts'
import { LowdbMeetingRecords } from './LowdbMeetingRecords.ts'
import { LowdbAtelierWallRecords } from './LowdbAtelierWallRecords.ts'
import { LowdbAtelierPollRecords } from './LowdbAtelierPollRecords.ts'
import { LowdbProgrammeRecords } from './LowdbProgrammeRecords.ts'
import { LowdbMaturityRecords } from './LowdbMaturityRecords.ts'
import { LowdbNotificationRecords } from './LowdbNotificationRecords.ts'
import { LowdbSessionRecords } from './LowdbSessionRecords.ts'
import { LowdbSpaceRecords } from './LowdbSpaceRecords.ts'
import { LowdbSurveyRecords } from './LowdbSurveyRecords.ts'
import { LowdbToolboxRecords } from './LowdbToolboxRecords.ts'
import type { MetadataFile } from './metadataFileSchema.ts'
import type { MetadataSnapshot, MetadataStore } from './MetadataStore.ts'
import {
  createMemoryLowdbMetadata,
  metadataClosedError,
  openLowdbMetadata,
  type LowdbMetadataParts,
  type LowdbMetadataStoreOptions,
} from './openLowdbMetadata.ts'
import { validateRecord } from './recordCollection.ts'
import type { AccessToken } from './records/AccessToken.ts'
import type { Account } from './records/Account.ts'
import { auditEntrySchema, type AuditEntry } from './records/AuditEntry.ts'
import type { DocumentRecord } from './records/DocumentRecord.ts'
import type { Invitation } from './records/Invitation.ts'
import type { Membership } from './records/Membership.ts'
import type { Session } from './records/Session.ts'
import type { Space } from './records/Space.ts'

// Defined with the opening of the files; exported here too, where callers import them.
export {
  AUDIT_FILE_NAME,
  METADATA_FILE_NAME,
  type LowdbMetadataStoreOptions,
} from './openLowdbMetadata.ts'

/**
 * The embedded {@link MetadataStore}: every record in one lowdb file, `<dataDir>/metadata.json`,
 * held in memory and replaced atomically and durably by `DurableJsonFile` on each change; the
 * audit trail in `<dataDir>/audit.jsonl` (`FileAuditLog`).
 *
 * - Opening reads and migrates the file but writes nothing: a missing file is an empty store, an
 *   unreadable one `METADATA_CORRUPTED`, one of a newer version `METADATA_TOO_NEW`.
 * - Writes are validated, applied in memory, then persisted; concurrent writes share file writes
 *   (`CoalescedLowdb`), so a burst of changes costs two writes of the file, not one each.
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
  readonly #coalesced: LowdbMetadataParts['coalesced']
  readonly #audit: LowdbMetadataParts['audit']
  readonly #accounts: LowdbAccountRecords
  readonly #sessions: LowdbSessionRecords
  readonly #spaces: LowdbSpaceRecords
  readonly #invitations: LowdbInvitationRecords
  readonly #accessTokens: LowdbAccessTokenRecords
  readonly #documents: LowdbDocumentRecords
  readonly toolbox: LowdbToolboxRecords
  readonly notifications: LowdbNotificationRecords
  readonly surveys: LowdbSurveyRecords
  readonly exchanges: LowdbExchangeRecords
  readonly ateliers: LowdbAtelierRecords
  readonly maturity: LowdbMaturityRecords
  readonly mail: LowdbMailRecords
  readonly veille: LowdbVeilleRecords
  readonly instances: LowdbInstanceRecords
  readonly decisions: LowdbDecisionRecords
  readonly meetings: LowdbMeetingRecords
  readonly atelierWall: LowdbAtelierWallRecords
  readonly atelierPolls: LowdbAtelierPollRecords
  readonly programme: LowdbProgrammeRecords

  private constructor(parts: LowdbMetadataParts) {
    this.#db = parts.db
    this.#coalesced = parts.coalesced
    this.#accounts = new LowdbAccountRecords(this.#db, parts.data)
    this.#sessions = new LowdbSessionRecords(this.#db, parts.data)
    this.#spaces = new LowdbSpaceRecords(this.#db)
    this.#invitations = new LowdbInvitationRecords(this.#db)
    this.#accessTokens = new LowdbAccessTokenRecords(this.#db)
    this.#documents = new LowdbDocumentRecords(this.#db)
    this.toolbox = new LowdbToolboxRecords(this.#db)
    this.notifications = new LowdbNotificationRecords(this.#db)
    this.surveys = new LowdbSurveyRecords(this.#db)
    this.exchanges = new LowdbExchangeRecords(this.#db)
    this.ateliers = new LowdbAtelierRecords(this.#db)
    this.maturity = new LowdbMaturityRecords(this.#db)
    this.mail = new LowdbMailRecords(this.#db)
    this.veille = new LowdbVeilleRecords(this.#db)
    this.instances = new LowdbInstanceRecords(this.#db)
    this.decisions = new LowdbDecisionRecords(this.#db)
    this.meetings = new LowdbMeetingRecords(this.#db)
    this.atelierWall = new LowdbAtelierWallRecords(this.#db)
    this.atelierPolls = new LowdbAtelierPollRecords(this.#db)
    this.programme = new LowdbProgrammeRecords(this.#db)
    this.#audit = parts.audit
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
    return new LowdbMetadataStore(await openLowdbMetadata(dataDir, options))
  }

  /** An empty store in memory (lowdb's `Memory` adapter, audit entries in an array), for tests. */
  static inMemory(): LowdbMetadataStore {
    return new LowdbMetadataStore(createMemoryLowdbMetadata())
  }

  findAccountById(id: string): Promise<Account | null> {
    return this.#accounts.findAccountById(id)
  }

  findAccountByEmail(email: string): Promise<Account | null> {
    return this.#accounts.findAccountByEmail(email)
  }

  listAccounts(): Promise<Account[]> {
    return this.#accounts.listAccounts()
  }

  createAccount(account: Account): Promise<void> {
    return this.#accounts.createAccount(account)
  }

  createFirstAccount(account: Account): Promise<boolean> {
    return this.#accounts.createFirstAccount(account)
  }

  updateAccount(id: string, patch: Partial<Omit<Account, 'id'>>): Promise<Account | null> {
    return this.#accounts.updateAccount(id, patch)
  }

  createSession(session: Session): Promise<void> {
    return this.#sessions.createSession(session)
  }

  findSession(tokenHash: string): Promise<Session | null> {
    return this.#sessions.findSession(tokenHash)
  }

  listSessionsOf(accountId: string): Promise<Session[]> {
    return this.#sessions.listSessionsOf(accountId)
  }

  deleteSession(tokenHash: string): Promise<boolean> {
    return this.#sessions.deleteSession(tokenHash)
  }

  deleteSessionsOf(accountId: string): Promise<number> {
    return this.#sessions.deleteSessionsOf(accountId)
  }

  deleteExpiredSessions(now: string): Promise<number> {
    return this.#sessions.deleteExpiredSessions(now)
  }

  listSpaces(): Promise<Space[]> {
    return this.#spaces.listSpaces()
  }

  findSpace(id: SpaceId): Promise<Space | null> {
    return this.#spaces.findSpace(id)
  }

  updateSpace(
    id: SpaceId,
    patch: Partial<Omit<Space, 'id' | 'kind' | 'createdAt'>>,
  ): Promise<Space | null> {
    return this.#spaces.updateSpace(id, patch)
  }

  createSpace(space: Space): Promise<void> {
    return this.#spaces.createSpace(space)
  }

  findMembership(spaceId: SpaceId, accountId: string): Promise<Membership | null> {
    return this.#spaces.findMembership(spaceId, accountId)
  }

  listMembershipsOfSpace(spaceId: SpaceId): Promise<Membership[]> {
    return this.#spaces.listMembershipsOfSpace(spaceId)
  }

  listMembershipsOfAccount(accountId: string): Promise<Membership[]> {
    return this.#spaces.listMembershipsOfAccount(accountId)
  }

  putMembership(membership: Membership): Promise<void> {
    return this.#spaces.putMembership(membership)
  }

  deleteMembership(spaceId: SpaceId, accountId: string): Promise<boolean> {
    return this.#spaces.deleteMembership(spaceId, accountId)
  }

  createInvitation(invitation: Invitation): Promise<void> {
    return this.#invitations.createInvitation(invitation)
  }

  findInvitation(id: string): Promise<Invitation | null> {
    return this.#invitations.findInvitation(id)
  }

  findInvitationByTokenHash(tokenHash: string): Promise<Invitation | null> {
    return this.#invitations.findInvitationByTokenHash(tokenHash)
  }

  listInvitationsOfSpace(spaceId: SpaceId): Promise<Invitation[]> {
    return this.#invitations.listInvitationsOfSpace(spaceId)
  }

  updateInvitation(id: string, patch: Partial<Omit<Invitation, 'id'>>): Promise<Invitation | null> {
    return this.#invitations.updateInvitation(id, patch)
  }

  createAccessToken(token: AccessToken): Promise<void> {
    return this.#accessTokens.createAccessToken(token)
  }

  findAccessTokenByHash(tokenHash: string): Promise<AccessToken | null> {
    return this.#accessTokens.findAccessTokenByHash(tokenHash)
  }

  listAccessTokensOf(accountId: string): Promise<AccessToken[]> {
    return this.#accessTokens.listAccessTokensOf(accountId)
  }

  updateAccessToken(
    id: string,
    patch: Partial<Omit<AccessToken, 'id'>>,
  ): Promise<AccessToken | null> {
    return this.#accessTokens.updateAccessToken(id, patch)
  }

  createDocument(document: DocumentRecord): Promise<void> {
    return this.#documents.createDocument(document)
  }

  findDocument(id: DocumentId): Promise<DocumentRecord | null> {
    return this.#documents.findDocument(id)
  }

  listDocumentsOfSpace(spaceId: SpaceId): Promise<DocumentRecord[]> {
    return this.#documents.listDocumentsOfSpace(spaceId)
  }

  /** Every document shared with all territories, archived ones included. */
  listSharedDocuments(): Promise<DocumentRecord[]> {
    return this.#documents.listSharedDocuments()
  }

  /** Every document of one of `kinds`, whatever its space, archived ones included. */
  listDocumentsOfKinds(kinds: readonly DocumentKind[]): Promise<DocumentRecord[]> {
    return this.#documents.listDocumentsOfKinds(kinds)
  }

  updateDocument(
    id: DocumentId,
    patch: Partial<Omit<DocumentRecord, 'id'>>,
  ): Promise<DocumentRecord | null> {
    return this.#documents.updateDocument(id, patch)
  }

  deleteDocument(id: DocumentId): Promise<boolean> {
    return this.#documents.deleteDocument(id)
  }

  async appendAudit(entry: AuditEntry): Promise<void> {
    if (this.#db.isClosed) throw metadataClosedError()
    await this.#audit.append(validateRecord(auditEntrySchema, entry, 'audit entry'))
  }

  async listAudit(): Promise<AuditEntry[]> {
    if (this.#db.isClosed) throw metadataClosedError()
    return await this.#audit.list()
  }

  async pruneAuditBefore(before: string): Promise<number> {
    if (this.#db.isClosed) throw metadataClosedError()
    return await this.#audit.prune(validateRecord(auditEntrySchema.shape.at, before, 'date'))
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
        this.#accounts.index(data)
        this.#sessions.index(data)
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
}
