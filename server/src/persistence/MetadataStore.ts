import type { DocumentId } from '@maillage/protocol'
import type { DocumentKind, SpaceId } from '@maillage/schema'
import type { AccessToken } from './records/AccessToken.ts'
import type { AtelierRecords } from './AtelierRecords.ts'
import type { AtelierPollRecords } from './AtelierPollRecords.ts'
import type { ExchangeRecords } from './ExchangeRecords.ts'
import type { Account } from './records/Account.ts'
import type { AuditEntry } from './records/AuditEntry.ts'
import type { DocumentRecord } from './records/DocumentRecord.ts'
import type { MetadataFile } from './metadataFileSchema.ts'
import type { Invitation } from './records/Invitation.ts'
import type { MailRecords } from './MailRecords.ts'
import type { MaturityRecords } from './MaturityRecords.ts'
import type { Membership } from './records/Membership.ts'
import type { Session } from './records/Session.ts'
import type { NotificationRecords } from './NotificationRecords.ts'
import type { Space } from './records/Space.ts'
import type { SurveyRecords } from './SurveyRecords.ts'
import type { ToolboxRecords } from './ToolboxRecords.ts'
import type { VeilleRecords } from './VeilleRecords.ts'
import type { DecisionRecords } from './DecisionRecords.ts'
import type { MeetingRecords } from './MeetingRecords.ts'
import type { AtelierWallRecords } from './AtelierWallRecords.ts'
import type { ProgrammeRecords } from './ProgrammeRecords.ts'
import type { InstanceRecords } from './InstanceRecords.ts'

/**
 * Port holding everything but the documents' content: accounts, sessions, spaces, memberships,
 * invitations, personal access tokens, the document index and the audit trail.
 *
 * Contract for adapters:
 * - Every record is validated (zod) when written and when read back; an invalid record written is
 *   a `MetadataError` with code `METADATA_INVALID`, an invalid file read back is `METADATA_CORRUPTED`.
 * - A write has reached durable storage when its promise resolves; a crash leaves either the state
 *   before or after it.
 * - Returned records are copies: mutating them changes nothing stored.
 * - `create*` rejects with `METADATA_CONFLICT` when the key exists; `update*`/`delete*` of a missing
 *   key resolve to `null`/`false`.
 * - The audit trail is append-only, but for its retention ({@link MetadataStore.pruneAuditBefore}).
 * - Lists are in insertion order (oldest first) unless the method says otherwise.
 * - {@link MetadataStore.transaction} makes several writes one: all or none.
 */
export interface MetadataStore {
  findAccountById(id: string): Promise<Account | null>
  /** `email` is compared lower-cased. */
  findAccountByEmail(email: string): Promise<Account | null>
  listAccounts(): Promise<Account[]>
  createAccount(account: Account): Promise<void>
  /**
   * Creates `account` only if no account exists yet, checked and inserted in one write so that
   * concurrent callers cannot both pass the check; resolves to false (nothing written) otherwise.
   */
  createFirstAccount(account: Account): Promise<boolean>
  updateAccount(id: string, patch: Partial<Omit<Account, 'id'>>): Promise<Account | null>

  createSession(session: Session): Promise<void>
  findSession(tokenHash: string): Promise<Session | null>
  /** The sessions of an account, expired or not, oldest first. */
  listSessionsOf(accountId: string): Promise<Session[]>
  deleteSession(tokenHash: string): Promise<boolean>
  /** Deletes every session of an account; resolves to how many there were. */
  deleteSessionsOf(accountId: string): Promise<number>
  /** Deletes the sessions whose `expiresAt` is before `now` (ISO date); resolves to how many. */
  deleteExpiredSessions(now: string): Promise<number>

  listSpaces(): Promise<Space[]>
  findSpace(id: SpaceId): Promise<Space | null>
  createSpace(space: Space): Promise<void>
  /** Changes a space (its id, kind and creation kept); null when there is no such space. */
  updateSpace(
    id: SpaceId,
    patch: Partial<Omit<Space, 'id' | 'kind' | 'createdAt'>>,
  ): Promise<Space | null>

  findMembership(spaceId: SpaceId, accountId: string): Promise<Membership | null>
  listMembershipsOfSpace(spaceId: SpaceId): Promise<Membership[]>
  listMembershipsOfAccount(accountId: string): Promise<Membership[]>
  /** Creates or replaces the membership of (spaceId, accountId). */
  putMembership(membership: Membership): Promise<void>
  deleteMembership(spaceId: SpaceId, accountId: string): Promise<boolean>

  createInvitation(invitation: Invitation): Promise<void>
  findInvitation(id: string): Promise<Invitation | null>
  findInvitationByTokenHash(tokenHash: string): Promise<Invitation | null>
  listInvitationsOfSpace(spaceId: SpaceId): Promise<Invitation[]>
  updateInvitation(id: string, patch: Partial<Omit<Invitation, 'id'>>): Promise<Invitation | null>

  createAccessToken(token: AccessToken): Promise<void>
  findAccessTokenByHash(tokenHash: string): Promise<AccessToken | null>
  listAccessTokensOf(accountId: string): Promise<AccessToken[]>
  updateAccessToken(
    id: string,
    patch: Partial<Omit<AccessToken, 'id'>>,
  ): Promise<AccessToken | null>

  createDocument(document: DocumentRecord): Promise<void>
  findDocument(id: DocumentId): Promise<DocumentRecord | null>
  listDocumentsOfSpace(spaceId: SpaceId): Promise<DocumentRecord[]>
  listSharedDocuments(): Promise<DocumentRecord[]>
  /** Every document of one of `kinds`, whatever its space, archived ones included. */
  listDocumentsOfKinds(kinds: readonly DocumentKind[]): Promise<DocumentRecord[]>
  updateDocument(
    id: DocumentId,
    patch: Partial<Omit<DocumentRecord, 'id'>>,
  ): Promise<DocumentRecord | null>
  deleteDocument(id: DocumentId): Promise<boolean>

  /** Proposals of new tools and usage of tools by CLPE. */
  readonly toolbox: ToolboxRecords
  /** In-app notifications. */
  readonly notifications: NotificationRecords
  /** Surveys of the CLPE and their answers. */
  readonly surveys: SurveyRecords
  /** Threads of the échanges (issue #8). */
  readonly exchanges: ExchangeRecords
  /** Registrations to ateliers, attendance, calendar subscriptions (issue #8). */
  readonly ateliers: AtelierRecords
  /** Campaigns of the démarche de progression and the CLPE's self-assessments. */
  readonly maturity: MaturityRecords
  /** E-mail: the outbox, digest entries, preferences and unsubscriptions. */
  readonly mail: MailRecords
  /** The veille: watch items and the personal addresses of its feeds. */
  readonly veille: VeilleRecords
  /** The governance's instances and their members' mandates. */
  readonly instances: InstanceRecords
  /** The register of decisions of the governance and its calendar's milestones. */
  readonly decisions: DecisionRecords
  /** The séances of the governance instances and their attendance. */
  readonly meetings: MeetingRecords
  /** The wall of the ateliers' live sessions: anonymous notes' authors and the dots of votes. */
  readonly atelierWall: AtelierWallRecords
  /** Polls, quizzes and word clouds of the ateliers' live sessions, their answers and words. */
  readonly atelierPolls: AtelierPollRecords
  /** The programme d'accompagnement: its versions, their lines, and what carries them out. */
  readonly programme: ProgrammeRecords

  appendAudit(entry: AuditEntry): Promise<void>
  /** The audit trail, oldest first. */
  listAudit(): Promise<AuditEntry[]>
  /**
   * Deletes the audit entries dated before `before` (ISO date), for the retention period of the
   * trail (`privacy/RetentionJob.ts`), the only deletion it allows; resolves to how many. Not
   * part of an enclosing transaction in the embedded store.
   */
  pruneAuditBefore(before: string): Promise<number>

  /**
   * Runs `work` with a store `tx` whose writes commit together when `work` resolves, or not at all
   * when it throws (the error rejects). Reads through `tx` see its own writes; nobody else sees
   * them before the commit. Transactions are serialisable with respect to each other. Inside
   * `work`, use only `tx` (a write through the outer store may wait for the transaction, which
   * waits for `work`); `tx.transaction` joins the enclosing transaction; `tx` is unusable after.
   */
  transaction<R>(work: (tx: MetadataStore) => Promise<R>): Promise<R>

  /**
   * Every record and the audit trail, in the shape of the embedded store's files, so that a copy
   * from one adapter to another can be made and checked.
   */
  exportSnapshot(): Promise<MetadataSnapshot>

  close(): Promise<void>
}

/** Every record and the audit trail of a store, in the shape of the lowdb files, for copies. */
export interface MetadataSnapshot {
  data: MetadataFile
  audit: AuditEntry[]
}
