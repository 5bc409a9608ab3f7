import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { Account } from '../persistence/records/Account.ts'
import type { OutboxMail } from '../persistence/records/OutboxMail.ts'
import { randomUUID } from 'node:crypto'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'
import type { MailComposer } from './MailComposer.ts'
import { DEFAULT_MAIL_FREQUENCY, type MailFrequency, type MailKind } from './MailKind.ts'
import { mailMessageSchema, type MailMessage } from './MailMessage.ts'

/** Most events kept for one account's digest; beyond, the oldest are dropped. */
export const MAX_DIGEST_ENTRIES_PER_ACCOUNT = 100

/**
 * Sends mails through the outbox: `notifyAccounts` honours each person's choice for the kind
 * (immediately, in the 7:00 digest, or never); `sendToAddress` writes to an address without
 * account (invitations). Mails are queued durably, then sent by the queue worker.
 */
export class MailService {
  readonly #store: MetadataStore
  readonly #timers: Timers
  readonly #composer: MailComposer
  readonly #queued: () => void

  constructor(options: {
    store: MetadataStore
    timers: Timers
    composer: MailComposer
    /** Called once mails are queued (wakes the worker). */
    onQueued: () => void
  }) {
    this.#store = options.store
    this.#timers = options.timers
    this.#composer = options.composer
    this.#queued = options.onQueued
  }

  /**
   * Mails `message` to each account, as they chose for its kind: queued now, kept for the digest,
   * or nothing. Unknown and deleted accounts are skipped; each account once.
   */
  async notifyAccounts(accountIds: Iterable<string>, message: MailMessage): Promise<void> {
    const checked = mailMessageSchema.parse(message)
    const mails: OutboxMail[] = []
    for (const accountId of new Set(accountIds)) {
      const account = await this.#store.findAccountById(accountId)
      if (account === null || account.deletedAt !== undefined) continue
      const frequency = await frequencyFor(this.#store, account, checked.kind)
      if (frequency === 'immediat') {
        mails.push(await this.#composer.compose({ address: account.email, accountId }, checked))
      } else if (frequency === 'quotidien') {
        await this.#store.mail.addDigestEntry(
          { id: randomUUID(), accountId, message: checked, createdAt: isoTime(this.#timers) },
          MAX_DIGEST_ENTRIES_PER_ACCOUNT,
        )
      }
    }
    await this.#enqueue(mails)
  }

  /**
   * Mails `message` now to `address`, which may have no account (an invitation), unless the
   * address unsubscribed from that kind (or its account chose `jamais`).
   */
  async sendToAddress(address: string, message: MailMessage): Promise<void> {
    const checked = mailMessageSchema.parse(message)
    const lower = address.toLowerCase()
    const account = await this.#store.findAccountByEmail(lower)
    if (account !== null && account.deletedAt === undefined) {
      if ((await frequencyFor(this.#store, account, checked.kind)) === 'jamais') return
      await this.#enqueue([
        await this.#composer.compose({ address: lower, accountId: account.id }, checked),
      ])
      return
    }
    if (await this.#store.mail.hasAddressOptOut(lower, checked.kind)) return
    await this.#enqueue([await this.#composer.compose({ address: lower }, checked)])
  }

  /**
   * Queues now, to each account that receives `kind` (any choice but `jamais`: a mail made whole
   * for everyone, like a numéro of the lettre, is never split into digests), the mail `render`
   * makes for it (see `MailComposer.composeRendered`). Unknown and deleted accounts are skipped;
   * each account once. Resolves with the number of mails queued.
   */
  async sendRenderedToAccounts(
    accountIds: Iterable<string>,
    kind: MailKind,
    render: Parameters<MailComposer['composeRendered']>[2],
  ): Promise<number> {
    const mails: OutboxMail[] = []
    for (const accountId of new Set(accountIds)) {
      const account = await this.#store.findAccountById(accountId)
      if (account === null || account.deletedAt !== undefined) continue
      if ((await frequencyFor(this.#store, account, kind)) === 'jamais') continue
      mails.push(
        await this.#composer.composeRendered({ address: account.email, accountId }, [kind], render),
      )
    }
    await this.#enqueue(mails)
    return mails.length
  }

  async #enqueue(mails: readonly OutboxMail[]): Promise<void> {
    if (mails.length === 0) return
    await this.#store.mail.enqueueMails(mails)
    this.#queued()
  }
}

/**
 * How `account` receives `kind`: its choice, else `jamais` if its address unsubscribed before it
 * had an account, else the default.
 */
export async function frequencyFor(
  store: MetadataStore,
  account: Account,
  kind: MailKind,
): Promise<MailFrequency> {
  const chosen = (await store.mail.findPreferences(account.id))?.frequencies[kind]
  if (chosen !== undefined) return chosen
  if (await store.mail.hasAddressOptOut(account.email, kind)) return 'jamais'
  return DEFAULT_MAIL_FREQUENCY[kind]
}
