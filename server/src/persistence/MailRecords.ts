import type { MailKind } from '../mail/MailKind.ts'
import type { MailAddressOptOut } from './records/MailAddressOptOut.ts'
import type { MailDigestEntry } from './records/MailDigestEntry.ts'
import type { MailPreferences } from './records/MailPreferences.ts'
import type { MailSecret } from './records/MailSecret.ts'
import type { OutboxMail } from './records/OutboxMail.ts'

/** Which mails {@link MailRecords.claimDueMails} takes, and until when. */
export interface MailClaim {
  /** Mails whose `nextAttemptAt` is at or before this ISO date are due. */
  readonly now: string
  /** Their new `nextAttemptAt`: no other claim takes them before (the lease of the sending). */
  readonly leaseUntil: string
  /** At most this many, the longest due first. */
  readonly limit: number
}

/**
 * The records of e-mail in the metadata store: the outbox, the entries waiting for
 * each account's daily digest, preferences, opt-outs of addresses without account and the secret
 * of unsubscribe links. Same contract as {@link MetadataStore} (validated, copies,
 * `METADATA_CONFLICT` on a taken key, lists oldest first).
 */
export interface MailRecords {
  /** Adds mails to the outbox in one write: all of them, or none if one is refused. */
  enqueueMails(mails: readonly OutboxMail[]): Promise<void>
  /**
   * Takes the due mails (neither sent nor failed, `nextAttemptAt` ≤ `now`) and moves their
   * `nextAttemptAt` to `leaseUntil`, in one atomic step: two processes claiming at once never get
   * the same mail. Resolves to the claimed mails as changed, the longest due first.
   */
  claimDueMails(claim: MailClaim): Promise<OutboxMail[]>
  findMail(id: string): Promise<OutboxMail | null>
  /** Every mail of the outbox, oldest first (sent and failed ones until they are purged). */
  listMails(): Promise<OutboxMail[]>
  updateMail(id: string, patch: Partial<Omit<OutboxMail, 'id'>>): Promise<OutboxMail | null>
  /** Deletes the mails sent or failed before `before` (ISO date); resolves to how many. */
  purgeFinishedMails(before: string): Promise<number>

  /**
   * Keeps `entry` for its account's digest; beyond `maxPerAccount` entries of that account, the
   * oldest ones are dropped, in the same write.
   */
  addDigestEntry(entry: MailDigestEntry, maxPerAccount: number): Promise<void>
  /** True when an entry was created at or before `until` (a digest is due). */
  hasDigestEntriesUntil(until: string): Promise<boolean>
  /** Deletes the entries created at or before `until` and resolves to them, oldest first. */
  takeDigestEntriesUntil(until: string): Promise<MailDigestEntry[]>
  /** The entries waiting for the digest of an account, oldest first. */
  listDigestEntriesOf(accountId: string): Promise<MailDigestEntry[]>

  findPreferences(accountId: string): Promise<MailPreferences | null>
  /** Creates or replaces the preferences of `preferences.accountId`. */
  putPreferences(preferences: MailPreferences): Promise<void>

  /** Records the opt-out (once: a second one of the same address and kind changes nothing). */
  addAddressOptOut(optOut: MailAddressOptOut): Promise<void>
  /** `address` is compared lower-cased. */
  hasAddressOptOut(address: string, kind: MailKind): Promise<boolean>

  /** Stores `candidate` unless a secret exists; resolves to the stored one either way. */
  ensureSecret(candidate: MailSecret): Promise<MailSecret>

  /**
   * Forgets an account's mail data (its deletion): preferences, digest entries and the mails of
   * the outbox addressed to it. Resolves to how many records were deleted.
   */
  forgetAccount(accountId: string): Promise<number>
}
