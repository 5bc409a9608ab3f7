import { mailAddressOptOutSchema, type MailAddressOptOut } from '../records/MailAddressOptOut.ts'
import { mailDigestEntrySchema, type MailDigestEntry } from '../records/MailDigestEntry.ts'
import { mailPreferencesSchema, type MailPreferences } from '../records/MailPreferences.ts'
import { mailSecretSchema, type MailSecret } from '../records/MailSecret.ts'
import { outboxMailSchema, type OutboxMail } from '../records/OutboxMail.ts'
import type { PostgresTable } from './postgresRows.ts'

// The tables of 004_mail.sql, as postgresRows.ts reads and writes them.

/** The outbox: claimed by `pending` and `next_attempt_at`, purged by `finished_at`. */
export const MAIL_OUTBOX: PostgresTable<OutboxMail> = {
  name: 'metadata_mail_outbox',
  what: 'outbox mail',
  schema: outboxMailSchema,
  columns: {
    id: (mail) => mail.id,
    account_id: (mail) => mail.accountId ?? '',
    pending: (mail) => mail.sentAt === undefined && mail.failedAt === undefined,
    next_attempt_at: (mail) => mail.nextAttemptAt,
    finished_at: (mail) => mail.sentAt ?? mail.failedAt ?? '',
  },
  key: ['id'],
}

/** Events waiting for the daily digest of their account. */
export const MAIL_DIGEST_ENTRIES: PostgresTable<MailDigestEntry> = {
  name: 'metadata_mail_digest_entries',
  what: 'mail digest entry',
  schema: mailDigestEntrySchema,
  columns: {
    id: (entry) => entry.id,
    account_id: (entry) => entry.accountId,
    created_at: (entry) => entry.createdAt,
  },
  key: ['id'],
}

/** The preferences of each account, one row per account. */
export const MAIL_PREFERENCES: PostgresTable<MailPreferences> = {
  name: 'metadata_mail_preferences',
  what: 'mail preferences',
  schema: mailPreferencesSchema,
  columns: { account_id: (preferences) => preferences.accountId },
  key: ['account_id'],
}

/** Opt-outs of addresses without account, one row per address and kind. */
export const MAIL_ADDRESS_OPT_OUTS: PostgresTable<MailAddressOptOut> = {
  name: 'metadata_mail_address_opt_outs',
  what: 'mail address opt-out',
  schema: mailAddressOptOutSchema,
  columns: {
    address: (optOut) => optOut.address.toLowerCase(),
    kind: (optOut) => optOut.kind,
  },
  key: ['address', 'kind'],
}

/** The secret of unsubscribe links. */
export const MAIL_SECRETS: PostgresTable<MailSecret> = {
  name: 'metadata_mail_secrets',
  what: 'mail secret',
  schema: mailSecretSchema,
  columns: { id: (secret) => secret.id },
  key: ['id'],
}
