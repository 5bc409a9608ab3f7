import type { MailKind } from '../mail/MailKind.ts'
import type { LowdbDatabase } from './LowdbDatabase.ts'
import type { MailClaim, MailRecords } from './MailRecords.ts'
import type { MetadataFile } from './metadataFileSchema.ts'
import { insertRecord, replaceRecord, validateRecord, type RecordKind } from './recordCollection.ts'
import { mailAddressOptOutSchema, type MailAddressOptOut } from './records/MailAddressOptOut.ts'
import { mailDigestEntrySchema, type MailDigestEntry } from './records/MailDigestEntry.ts'
import { mailPreferencesSchema, type MailPreferences } from './records/MailPreferences.ts'
import { mailSecretSchema, type MailSecret } from './records/MailSecret.ts'
import { outboxMailSchema, type OutboxMail } from './records/OutboxMail.ts'

const MAIL: RecordKind<OutboxMail> = {
  name: 'outbox mail',
  schema: outboxMailSchema,
  unique: ['id'],
}
const DIGEST_ENTRY: RecordKind<MailDigestEntry> = {
  name: 'mail digest entry',
  schema: mailDigestEntrySchema,
  unique: ['id'],
}

/** The mail records of `LowdbMetadataStore`, in the same file and writes. */
export class LowdbMailRecords implements MailRecords {
  readonly #db: LowdbDatabase<MetadataFile>

  constructor(db: LowdbDatabase<MetadataFile>) {
    this.#db = db
  }

  async enqueueMails(mails: readonly OutboxMail[]): Promise<void> {
    if (mails.length === 0) return
    await this.#db.write((data) => {
      // Inserted into a copy, so that a refused one leaves the data as it was (see `write`).
      const next = [...data.mailOutbox]
      for (const mail of mails) insertRecord(next, mail, MAIL)
      data.mailOutbox = next
      return mails.length
    })
  }

  claimDueMails(claim: MailClaim): Promise<OutboxMail[]> {
    validateRecord(outboxMailSchema.shape.nextAttemptAt, claim.now, 'mail claim date')
    validateRecord(outboxMailSchema.shape.nextAttemptAt, claim.leaseUntil, 'mail lease')
    return this.#db.write(
      (data) => {
        const due = data.mailOutbox
          .map((mail, index) => ({ mail, index }))
          .filter(({ mail }) => isPending(mail) && mail.nextAttemptAt <= claim.now)
          .sort((a, b) => compare(a.mail.nextAttemptAt, b.mail.nextAttemptAt) || a.index - b.index)
          .slice(0, claim.limit)
        const next = [...data.mailOutbox]
        const claimed = due.map(({ mail, index }) => {
          const leased = { ...mail, nextAttemptAt: claim.leaseUntil }
          next[index] = leased
          return leased
        })
        data.mailOutbox = next
        return claimed
      },
      (claimed) => claimed.length > 0,
    )
  }

  findMail(id: string): Promise<OutboxMail | null> {
    return this.#db.read((data) => data.mailOutbox.find((mail) => mail.id === id) ?? null)
  }

  listMails(): Promise<OutboxMail[]> {
    return this.#db.read((data) => data.mailOutbox)
  }

  updateMail(id: string, patch: Partial<Omit<OutboxMail, 'id'>>): Promise<OutboxMail | null> {
    return this.#db.write((data) => replaceRecord(data.mailOutbox, { id, patch }, MAIL))
  }

  purgeFinishedMails(before: string): Promise<number> {
    return this.#db.write(
      (data) => {
        const kept = data.mailOutbox.filter((mail) => !finishedBefore(mail, before))
        const purged = data.mailOutbox.length - kept.length
        data.mailOutbox = kept
        return purged
      },
      (purged) => purged > 0,
    )
  }

  async addDigestEntry(entry: MailDigestEntry, maxPerAccount: number): Promise<void> {
    await this.#db.write((data) => {
      const next = [...data.mailDigestEntries]
      insertRecord(next, entry, DIGEST_ENTRY)
      const ofAccount = next.filter((found) => found.accountId === entry.accountId)
      const dropped = new Set(
        ofAccount.slice(0, Math.max(0, ofAccount.length - maxPerAccount)).map((found) => found.id),
      )
      data.mailDigestEntries = next.filter((found) => !dropped.has(found.id))
      return entry
    })
  }

  hasDigestEntriesUntil(until: string): Promise<boolean> {
    return this.#db.read((data) => data.mailDigestEntries.some((entry) => entry.createdAt <= until))
  }

  takeDigestEntriesUntil(until: string): Promise<MailDigestEntry[]> {
    return this.#db.write(
      (data) => {
        const taken = data.mailDigestEntries.filter((entry) => entry.createdAt <= until)
        data.mailDigestEntries = data.mailDigestEntries.filter((entry) => entry.createdAt > until)
        return taken
      },
      (taken) => taken.length > 0,
    )
  }

  listDigestEntriesOf(accountId: string): Promise<MailDigestEntry[]> {
    return this.#db.read((data) =>
      data.mailDigestEntries.filter((entry) => entry.accountId === accountId),
    )
  }

  findPreferences(accountId: string): Promise<MailPreferences | null> {
    return this.#db.read(
      (data) => data.mailPreferences.find((found) => found.accountId === accountId) ?? null,
    )
  }

  async putPreferences(preferences: MailPreferences): Promise<void> {
    const record = validateRecord(mailPreferencesSchema, preferences, 'mail preferences')
    await this.#db.write((data) => {
      const index = data.mailPreferences.findIndex((found) => found.accountId === record.accountId)
      const next = [...data.mailPreferences]
      if (index === -1) next.push(record)
      else next[index] = record
      data.mailPreferences = next
      return record
    })
  }

  async addAddressOptOut(optOut: MailAddressOptOut): Promise<void> {
    const record = validateRecord(mailAddressOptOutSchema, optOut, 'mail address opt-out')
    const address = record.address.toLowerCase()
    await this.#db.write(
      (data) => {
        if (data.mailAddressOptOuts.some((found) => sameOptOut(found, address, record.kind))) {
          return null
        }
        data.mailAddressOptOuts = [...data.mailAddressOptOuts, { ...record, address }]
        return record
      },
      (added) => added !== null,
    )
  }

  hasAddressOptOut(address: string, kind: MailKind): Promise<boolean> {
    const lower = address.toLowerCase()
    return this.#db.read((data) =>
      data.mailAddressOptOuts.some((found) => sameOptOut(found, lower, kind)),
    )
  }

  async ensureSecret(candidate: MailSecret): Promise<MailSecret> {
    const record = validateRecord(mailSecretSchema, candidate, 'mail secret')
    const stored = await this.#db.write(
      (data) => {
        // One secret only (its id is a literal): the first one stored is kept.
        const [found] = data.mailSecrets
        if (found !== undefined) return { found, added: false }
        data.mailSecrets = [...data.mailSecrets, record]
        return { found: record, added: true }
      },
      (result) => result.added,
    )
    return stored.found
  }

  forgetAccount(accountId: string): Promise<number> {
    return this.#db.write(
      (data) => {
        const before =
          data.mailPreferences.length + data.mailDigestEntries.length + data.mailOutbox.length
        data.mailPreferences = data.mailPreferences.filter((found) => found.accountId !== accountId)
        data.mailDigestEntries = data.mailDigestEntries.filter(
          (found) => found.accountId !== accountId,
        )
        data.mailOutbox = data.mailOutbox.filter((found) => found.accountId !== accountId)
        return (
          before -
          (data.mailPreferences.length + data.mailDigestEntries.length + data.mailOutbox.length)
        )
      },
      (deleted) => deleted > 0,
    )
  }
}

/** Neither sent nor given up. */
export function isPending(mail: OutboxMail): boolean {
  return mail.sentAt === undefined && mail.failedAt === undefined
}

function finishedBefore(mail: OutboxMail, before: string): boolean {
  const finishedAt = mail.sentAt ?? mail.failedAt
  return finishedAt !== undefined && finishedAt < before
}

function sameOptOut(optOut: MailAddressOptOut, address: string, kind: MailKind): boolean {
  return optOut.address === address && optOut.kind === kind
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
