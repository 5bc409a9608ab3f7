import type pg from 'pg'
import { z } from 'zod'
import type { DocumentId } from '@maillage/protocol'
import type { DocumentKind, SpaceId } from '@maillage/schema'
import type { MetadataFile } from '../metadataFileSchema.ts'
import type { MetadataSnapshot, MetadataStore } from '../MetadataStore.ts'
import { validateRecord } from '../recordCollection.ts'
import type { AccessToken } from '../records/AccessToken.ts'
import type { Account } from '../records/Account.ts'
import type { AuditEntry } from '../records/AuditEntry.ts'
import type { DocumentRecord } from '../records/DocumentRecord.ts'
import type { Invitation } from '../records/Invitation.ts'
import type { Membership } from '../records/Membership.ts'
import type { Session } from '../records/Session.ts'
import type { Space } from '../records/Space.ts'
import {
  ACCESS_TOKENS,
  ACCOUNTS,
  AUDIT,
  DOCUMENTS,
  INVITATIONS,
  MEMBERSHIPS,
  SESSIONS,
  SPACES,
} from './metadataTables.ts'
import { exportMetadata, importMetadata } from './postgresMetadataSnapshot.ts'
import { PostgresAtelierRecords } from './PostgresAtelierRecords.ts'
import { PostgresMailRecords } from './PostgresMailRecords.ts'
import { PostgresVeilleRecords } from './PostgresVeilleRecords.ts'
import { PostgresInstanceRecords } from './PostgresInstanceRecords.ts'
import { PostgresDecisionRecords } from './PostgresDecisionRecords.ts'
import { PostgresMeetingRecords } from './PostgresMeetingRecords.ts'
import { PostgresAtelierWallRecords } from './PostgresAtelierWallRecords.ts'
import { PostgresAtelierPollRecords } from './PostgresAtelierPollRecords.ts'
import { PostgresProgrammeRecords } from './PostgresProgrammeRecords.ts'
import { PostgresMaturityRecords } from './PostgresMaturityRecords.ts'
import { PostgresExchangeRecords } from './PostgresExchangeRecords.ts'
import { PostgresNotificationRecords } from './PostgresNotificationRecords.ts'
import {
  deleteRows,
  insertRow,
  selectRow,
  selectRows,
  updateRow,
  upsertRow,
} from './postgresRows.ts'
import { FIRST_ACCOUNT_LOCK, METADATA_LOCK_CLASS, PostgresScope } from './PostgresScope.ts'
import { PostgresSurveyRecords } from './PostgresSurveyRecords.ts'
import { PostgresToolboxRecords } from './PostgresToolboxRecords.ts'

/**
 * The {@link MetadataStore} in PostgreSQL, shared by every server process: one table per kind of
 * record (`migrations/002_metadata.sql`), the record in a `jsonb` column validated by its zod
 * schema on write and on read (a row that fails is `METADATA_CORRUPTED`), unique keys enforced by
 * the database (`METADATA_CONFLICT`), the audit trail in an append-only table.
 *
 * - Each write is one statement, atomic by itself, or one short transaction; the atomic
 *   read-check-write operations lock what they read across processes: `createFirstAccount` and
 *   `changeRegistrations` an advisory lock (the whole store, one atelier), `changeToolProposal`
 *   and the `update*` methods the row (`SELECT … FOR UPDATE`).
 * - {@link transaction} runs on one pooled client, READ COMMITTED, holding an advisory lock that
 *   every transaction takes first: transactions run one at a time across every process, so they
 *   are serialisable with respect to each other without the retries SERIALIZABLE would need
 *   (`work` may not be safe to run twice). Writes outside transactions do not take that lock.
 * - The schema must be migrated already (`openPostgres`); `close` leaves the pool open: the
 *   composition root owns it.
 */
export class PostgresMetadataStore implements MetadataStore {
  readonly #scope: PostgresScope
  readonly toolbox: PostgresToolboxRecords
  readonly notifications: PostgresNotificationRecords
  readonly surveys: PostgresSurveyRecords
  readonly exchanges: PostgresExchangeRecords
  readonly ateliers: PostgresAtelierRecords
  readonly maturity: PostgresMaturityRecords
  readonly mail: PostgresMailRecords
  readonly veille: PostgresVeilleRecords
  readonly instances: PostgresInstanceRecords
  readonly decisions: PostgresDecisionRecords
  readonly meetings: PostgresMeetingRecords
  readonly atelierWall: PostgresAtelierWallRecords
  readonly atelierPolls: PostgresAtelierPollRecords
  readonly programme: PostgresProgrammeRecords

  private constructor(scope: PostgresScope) {
    this.#scope = scope
    this.toolbox = new PostgresToolboxRecords(scope)
    this.notifications = new PostgresNotificationRecords(scope)
    this.surveys = new PostgresSurveyRecords(scope)
    this.exchanges = new PostgresExchangeRecords(scope)
    this.ateliers = new PostgresAtelierRecords(scope)
    this.maturity = new PostgresMaturityRecords(scope)
    this.mail = new PostgresMailRecords(scope)
    this.veille = new PostgresVeilleRecords(scope)
    this.instances = new PostgresInstanceRecords(scope)
    this.decisions = new PostgresDecisionRecords(scope)
    this.meetings = new PostgresMeetingRecords(scope)
    this.atelierWall = new PostgresAtelierWallRecords(scope)
    this.atelierPolls = new PostgresAtelierPollRecords(scope)
    this.programme = new PostgresProgrammeRecords(scope)
  }

  /** The store on `pool`, whose database `openPostgres` has migrated. */
  static open(pool: pg.Pool): Promise<PostgresMetadataStore> {
    return Promise.resolve(new PostgresMetadataStore(PostgresScope.ofPool(pool)))
  }

  findAccountById(id: string): Promise<Account | null> {
    return selectRow(this.#scope, ACCOUNTS, { where: 'id = $1', values: [id] })
  }

  findAccountByEmail(email: string): Promise<Account | null> {
    const values = [email.toLowerCase()]
    return selectRow(this.#scope, ACCOUNTS, { where: 'email = $1', values })
  }

  listAccounts(): Promise<Account[]> {
    return selectRows(this.#scope, ACCOUNTS)
  }

  async createAccount(account: Account): Promise<void> {
    await this.#scope.write((runner) => insertRow(runner, ACCOUNTS, account))
  }

  createFirstAccount(account: Account): Promise<boolean> {
    return this.#scope.atomically(
      async (runner) => {
        const existing = await runner.query(`SELECT 1 FROM ${ACCOUNTS.name} LIMIT 1`)
        if (existing.rows.length > 0) return false
        await insertRow(runner, ACCOUNTS, account)
        return true
      },
      { lockClass: METADATA_LOCK_CLASS, keys: [FIRST_ACCOUNT_LOCK] },
    )
  }

  updateAccount(id: string, patch: Partial<Omit<Account, 'id'>>): Promise<Account | null> {
    return updateRow(this.#scope, ACCOUNTS, { id, patchOf: () => patch })
  }

  async createSession(session: Session): Promise<void> {
    await this.#scope.write((runner) => insertRow(runner, SESSIONS, session))
  }

  findSession(tokenHash: string): Promise<Session | null> {
    return selectRow(this.#scope, SESSIONS, { where: 'token_hash = $1', values: [tokenHash] })
  }

  listSessionsOf(accountId: string): Promise<Session[]> {
    return selectRows(this.#scope, SESSIONS, { where: 'account_id = $1', values: [accountId] })
  }

  async deleteSession(tokenHash: string): Promise<boolean> {
    const query = { where: 'token_hash = $1', values: [tokenHash] }
    return (await deleteRows(this.#scope, SESSIONS, query)) > 0
  }

  deleteSessionsOf(accountId: string): Promise<number> {
    return deleteRows(this.#scope, SESSIONS, { where: 'account_id = $1', values: [accountId] })
  }

  async deleteExpiredSessions(now: string): Promise<number> {
    const instant = validateRecord(z.iso.datetime(), now, 'date')
    const query = { where: 'expires_at < $1::timestamptz', values: [instant] }
    return await deleteRows(this.#scope, SESSIONS, query)
  }

  listSpaces(): Promise<Space[]> {
    return selectRows(this.#scope, SPACES)
  }

  findSpace(id: SpaceId): Promise<Space | null> {
    return selectRow(this.#scope, SPACES, { where: 'id = $1', values: [id] })
  }

  async createSpace(space: Space): Promise<void> {
    await this.#scope.write((runner) => insertRow(runner, SPACES, space))
  }

  updateSpace(
    id: SpaceId,
    patch: Partial<Omit<Space, 'id' | 'kind' | 'createdAt'>>,
  ): Promise<Space | null> {
    return updateRow(this.#scope, SPACES, { id, patchOf: () => patch })
  }

  findMembership(spaceId: SpaceId, accountId: string): Promise<Membership | null> {
    const where = 'space_id = $1 AND account_id = $2'
    return selectRow(this.#scope, MEMBERSHIPS, { where, values: [spaceId, accountId] })
  }

  listMembershipsOfSpace(spaceId: SpaceId): Promise<Membership[]> {
    return selectRows(this.#scope, MEMBERSHIPS, { where: 'space_id = $1', values: [spaceId] })
  }

  listMembershipsOfAccount(accountId: string): Promise<Membership[]> {
    return selectRows(this.#scope, MEMBERSHIPS, { where: 'account_id = $1', values: [accountId] })
  }

  async putMembership(membership: Membership): Promise<void> {
    await this.#scope.write((runner) => upsertRow(runner, MEMBERSHIPS, membership))
  }

  async deleteMembership(spaceId: SpaceId, accountId: string): Promise<boolean> {
    const query = { where: 'space_id = $1 AND account_id = $2', values: [spaceId, accountId] }
    return (await deleteRows(this.#scope, MEMBERSHIPS, query)) > 0
  }

  async createInvitation(invitation: Invitation): Promise<void> {
    await this.#scope.write((runner) => insertRow(runner, INVITATIONS, invitation))
  }

  findInvitation(id: string): Promise<Invitation | null> {
    return selectRow(this.#scope, INVITATIONS, { where: 'id = $1', values: [id] })
  }

  findInvitationByTokenHash(tokenHash: string): Promise<Invitation | null> {
    return selectRow(this.#scope, INVITATIONS, { where: 'token_hash = $1', values: [tokenHash] })
  }

  listInvitationsOfSpace(spaceId: SpaceId): Promise<Invitation[]> {
    return selectRows(this.#scope, INVITATIONS, { where: 'space_id = $1', values: [spaceId] })
  }

  updateInvitation(id: string, patch: Partial<Omit<Invitation, 'id'>>): Promise<Invitation | null> {
    return updateRow(this.#scope, INVITATIONS, { id, patchOf: () => patch })
  }

  async createAccessToken(token: AccessToken): Promise<void> {
    await this.#scope.write((runner) => insertRow(runner, ACCESS_TOKENS, token))
  }

  findAccessTokenByHash(tokenHash: string): Promise<AccessToken | null> {
    return selectRow(this.#scope, ACCESS_TOKENS, { where: 'token_hash = $1', values: [tokenHash] })
  }

  listAccessTokensOf(accountId: string): Promise<AccessToken[]> {
    return selectRows(this.#scope, ACCESS_TOKENS, { where: 'account_id = $1', values: [accountId] })
  }

  updateAccessToken(
    id: string,
    patch: Partial<Omit<AccessToken, 'id'>>,
  ): Promise<AccessToken | null> {
    return updateRow(this.#scope, ACCESS_TOKENS, { id, patchOf: () => patch })
  }

  async createDocument(document: DocumentRecord): Promise<void> {
    await this.#scope.write((runner) => insertRow(runner, DOCUMENTS, document))
  }

  findDocument(id: DocumentId): Promise<DocumentRecord | null> {
    return selectRow(this.#scope, DOCUMENTS, { where: 'id = $1', values: [id] })
  }

  listDocumentsOfSpace(spaceId: SpaceId): Promise<DocumentRecord[]> {
    return selectRows(this.#scope, DOCUMENTS, { where: 'space_id = $1', values: [spaceId] })
  }

  /** Every document shared with all territories, archived ones included. */
  listSharedDocuments(): Promise<DocumentRecord[]> {
    return selectRows(this.#scope, DOCUMENTS, { where: 'shared_with_all' })
  }

  /** Every document of one of `kinds`, whatever its space, archived ones included. */
  listDocumentsOfKinds(kinds: readonly DocumentKind[]): Promise<DocumentRecord[]> {
    return selectRows(this.#scope, DOCUMENTS, {
      where: "data->>'kind' = ANY($1::text[])",
      values: [[...kinds]],
    })
  }

  updateDocument(
    id: DocumentId,
    patch: Partial<Omit<DocumentRecord, 'id'>>,
  ): Promise<DocumentRecord | null> {
    return updateRow(this.#scope, DOCUMENTS, { id, patchOf: () => patch })
  }

  async deleteDocument(id: DocumentId): Promise<boolean> {
    return (await deleteRows(this.#scope, DOCUMENTS, { where: 'id = $1', values: [id] })) > 0
  }

  async appendAudit(entry: AuditEntry): Promise<void> {
    await this.#scope.write((runner) => insertRow(runner, AUDIT, entry))
  }

  listAudit(): Promise<AuditEntry[]> {
    return selectRows(this.#scope, AUDIT)
  }

  /** The trigger of `005_audit_retention.sql` lets only this transaction's deletions through. */
  pruneAuditBefore(before: string): Promise<number> {
    const instant = validateRecord(z.iso.datetime(), before, 'date')
    return this.#scope.atomically(async (runner) => {
      await runner.query("SET LOCAL maillage.audit_retention = 'on'")
      const where = "(data->>'at')::timestamptz < $1::timestamptz"
      return await deleteRows(runner, AUDIT, { where, values: [instant] })
    })
  }

  /** Runs `work` in one PostgreSQL transaction (see the class comment). */
  transaction<R>(work: (tx: MetadataStore) => Promise<R>): Promise<R> {
    return this.#scope.transaction((scope) => work(new PostgresMetadataStore(scope)))
  }

  /**
   * Copies a snapshot (a lowdb store's, see `LowdbMetadataStore.exportSnapshot`) into this store,
   * in one transaction. Rejects with `METADATA_NOT_EMPTY` when the store holds any record or
   * audit entry (nothing written), `METADATA_INVALID` when the snapshot fails its schema or is of
   * another schema version than this code's.
   */
  importSnapshot(data: MetadataFile, audit: readonly AuditEntry[]): Promise<void> {
    return this.#scope.transaction((scope) => importMetadata(scope, { data, audit }))
  }

  /** Every record and the audit trail, in the shape of the lowdb files, read in one snapshot. */
  exportSnapshot(): Promise<MetadataSnapshot> {
    return this.#scope.snapshot((runner) => exportMetadata(runner))
  }

  /**
   * Makes every further call reject (`METADATA_CLOSED`) and waits for the calls under way; the
   * pool stays open. On the store a transaction's `work` received, does nothing.
   */
  async close(): Promise<void> {
    if (this.#scope.inTransaction) return
    await this.#scope.close()
  }
}
