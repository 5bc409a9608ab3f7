import type { MailKind } from '../../mail/MailKind.ts'
import type { MailClaim, MailRecords } from '../MailRecords.ts'
import { MetadataError, MetadataErrorCode } from '../MetadataError.ts'
import { validateRecord } from '../recordCollection.ts'
import type { MailAddressOptOut } from '../records/MailAddressOptOut.ts'
import type { MailDigestEntry } from '../records/MailDigestEntry.ts'
import type { MailPreferences } from '../records/MailPreferences.ts'
import { mailSecretSchema, type MailSecret } from '../records/MailSecret.ts'
import { outboxMailSchema, type OutboxMail } from '../records/OutboxMail.ts'
import {
  MAIL_ADDRESS_OPT_OUTS,
  MAIL_DIGEST_ENTRIES,
  MAIL_OUTBOX,
  MAIL_PREFERENCES,
  MAIL_SECRETS,
} from './mailTables.ts'
import {
  deleteRows,
  insertRow,
  parseRow,
  selectRow,
  selectRows,
  updateRow,
  upsertRow,
} from './postgresRows.ts'
import type { PostgresScope } from './PostgresScope.ts'

/**
 * The mail records of `PostgresMetadataStore` (`004_mail.sql`). `claimDueMails` is one `UPDATE`
 * of rows locked with `FOR UPDATE SKIP LOCKED`: processes claiming at once share the due mails,
 * never one mail.
 */
export class PostgresMailRecords implements MailRecords {
  readonly #scope: PostgresScope

  constructor(scope: PostgresScope) {
    this.#scope = scope
  }

  async enqueueMails(mails: readonly OutboxMail[]): Promise<void> {
    if (mails.length === 0) return
    await this.#scope.atomically(async (runner) => {
      for (const mail of mails) await insertRow(runner, MAIL_OUTBOX, mail)
    })
  }

  async claimDueMails(claim: MailClaim): Promise<OutboxMail[]> {
    validateRecord(outboxMailSchema.shape.nextAttemptAt, claim.now, 'mail claim date')
    validateRecord(outboxMailSchema.shape.nextAttemptAt, claim.leaseUntil, 'mail lease')
    const result = await this.#scope.query<{ data: unknown; seq: string }>(
      `WITH due AS (
         SELECT id FROM ${MAIL_OUTBOX.name}
         WHERE pending AND next_attempt_at COLLATE "C" <= $1
         ORDER BY next_attempt_at COLLATE "C", seq
         LIMIT $3
         FOR UPDATE SKIP LOCKED
       )
       UPDATE ${MAIL_OUTBOX.name} AS mail
       SET next_attempt_at = $2, data = jsonb_set(mail.data, '{nextAttemptAt}', to_jsonb($2::text))
       FROM due WHERE mail.id = due.id
       RETURNING mail.data, mail.seq`,
      [claim.now, claim.leaseUntil, claim.limit],
    )
    return result.rows
      .map((row) => ({ mail: parseRow(MAIL_OUTBOX, row.data), seq: BigInt(row.seq) }))
      .sort((a, b) => compareDue(a, b))
      .map(({ mail }) => mail)
  }

  findMail(id: string): Promise<OutboxMail | null> {
    return selectRow(this.#scope, MAIL_OUTBOX, { where: 'id = $1', values: [id] })
  }

  listMails(): Promise<OutboxMail[]> {
    return selectRows(this.#scope, MAIL_OUTBOX)
  }

  updateMail(id: string, patch: Partial<Omit<OutboxMail, 'id'>>): Promise<OutboxMail | null> {
    return updateRow(this.#scope, MAIL_OUTBOX, { id, patchOf: () => patch })
  }

  purgeFinishedMails(before: string): Promise<number> {
    return deleteRows(this.#scope, MAIL_OUTBOX, {
      where: `NOT pending AND finished_at COLLATE "C" < $1`,
      values: [before],
    })
  }

  async addDigestEntry(entry: MailDigestEntry, maxPerAccount: number): Promise<void> {
    await this.#scope.atomically(async (runner) => {
      const record = await insertRow(runner, MAIL_DIGEST_ENTRIES, entry)
      await runner.query(
        `DELETE FROM ${MAIL_DIGEST_ENTRIES.name} WHERE account_id = $1 AND seq NOT IN (
           SELECT seq FROM ${MAIL_DIGEST_ENTRIES.name} WHERE account_id = $1
           ORDER BY seq DESC LIMIT $2)`,
        [record.accountId, maxPerAccount],
      )
    })
  }

  async hasDigestEntriesUntil(until: string): Promise<boolean> {
    const result = await this.#scope.query(
      `SELECT 1 FROM ${MAIL_DIGEST_ENTRIES.name} WHERE created_at COLLATE "C" <= $1 LIMIT 1`,
      [until],
    )
    return result.rows.length > 0
  }

  async takeDigestEntriesUntil(until: string): Promise<MailDigestEntry[]> {
    const result = await this.#scope.query<{ data: unknown; seq: string }>(
      `DELETE FROM ${MAIL_DIGEST_ENTRIES.name} WHERE created_at COLLATE "C" <= $1
       RETURNING data, seq`,
      [until],
    )
    return result.rows
      .map((row) => ({ entry: parseRow(MAIL_DIGEST_ENTRIES, row.data), seq: BigInt(row.seq) }))
      .sort((a, b) => (a.seq < b.seq ? -1 : a.seq > b.seq ? 1 : 0))
      .map(({ entry }) => entry)
  }

  listDigestEntriesOf(accountId: string): Promise<MailDigestEntry[]> {
    return selectRows(this.#scope, MAIL_DIGEST_ENTRIES, {
      where: 'account_id = $1',
      values: [accountId],
    })
  }

  findPreferences(accountId: string): Promise<MailPreferences | null> {
    return selectRow(this.#scope, MAIL_PREFERENCES, {
      where: 'account_id = $1',
      values: [accountId],
    })
  }

  async putPreferences(preferences: MailPreferences): Promise<void> {
    await this.#scope.write((runner) => upsertRow(runner, MAIL_PREFERENCES, preferences))
  }

  async addAddressOptOut(optOut: MailAddressOptOut): Promise<void> {
    const lower = { ...optOut, address: optOut.address.toLowerCase() }
    try {
      await this.#scope.write((runner) => insertRow(runner, MAIL_ADDRESS_OPT_OUTS, lower))
    } catch (error) {
      // Recorded already: the first date stays.
      if (!(error instanceof MetadataError) || error.code !== MetadataErrorCode.Conflict)
        throw error
    }
  }

  async hasAddressOptOut(address: string, kind: MailKind): Promise<boolean> {
    const found = await selectRow(this.#scope, MAIL_ADDRESS_OPT_OUTS, {
      where: 'address = $1 AND kind = $2',
      values: [address.toLowerCase(), kind],
    })
    return found !== null
  }

  async ensureSecret(candidate: MailSecret): Promise<MailSecret> {
    const record = validateRecord(mailSecretSchema, candidate, 'mail secret')
    return await this.#scope.atomically(async (runner) => {
      await runner.query(
        `INSERT INTO ${MAIL_SECRETS.name} (id, data) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING`,
        [record.id, JSON.stringify(record)],
      )
      const stored = await selectRow(runner, MAIL_SECRETS, {
        where: 'id = $1',
        values: [record.id],
      })
      if (stored === null) throw new Error('the mail secret vanished while being read')
      return stored
    })
  }

  forgetAccount(accountId: string): Promise<number> {
    return this.#scope.atomically(async (runner) => {
      const query = { where: 'account_id = $1', values: [accountId] }
      return (
        (await deleteRows(runner, MAIL_PREFERENCES, query)) +
        (await deleteRows(runner, MAIL_DIGEST_ENTRIES, query)) +
        (await deleteRows(runner, MAIL_OUTBOX, query))
      )
    })
  }
}

function compareDue(
  a: { mail: OutboxMail; seq: bigint },
  b: { mail: OutboxMail; seq: bigint },
): number {
  // All claimed mails now share their nextAttemptAt (the lease): insertion order decides.
  return a.seq < b.seq ? -1 : a.seq > b.seq ? 1 : 0
}
