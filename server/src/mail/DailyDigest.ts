import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { MailDigestEntry } from '../persistence/records/MailDigestEntry.ts'
import type { OutboxMail } from '../persistence/records/OutboxMail.ts'
import type { Timers } from '../time/Timers.ts'
import { latestDigestTime } from './digestTime.ts'
import type { MailComposer } from './MailComposer.ts'
import type { MailItem } from './MailDocument.ts'
import { MAIL_KIND_LABELS, MAIL_KINDS } from './MailKind.ts'
import type { MailLinks } from './MailLinks.ts'
import { lazyDateTimeFormat } from '../time/lazyIntl.ts'

const dayFormat = lazyDateTimeFormat('fr-FR', { dateStyle: 'full', timeZone: 'Europe/Paris' })

/**
 * The daily digest: once 7:00 (Paris) has passed, the entries kept until then become one mail per
 * account, a section per kind, queued in the same transaction that deletes them (so a crash or a
 * second process never sends a digest twice, nor loses one). Run by the queue worker each round.
 */
export class DailyDigest {
  readonly #store: MetadataStore
  readonly #timers: Timers
  readonly #composer: MailComposer
  readonly #links: MailLinks

  constructor(options: {
    store: MetadataStore
    timers: Timers
    composer: MailComposer
    links: MailLinks
  }) {
    this.#store = options.store
    this.#timers = options.timers
    this.#composer = options.composer
    this.#links = options.links
  }

  /** Queues the digests due; resolves to how many mails were queued. */
  async run(): Promise<number> {
    const now = this.#timers.now()
    // No entry created up to now, none is due: the digest's time, which reads ICU's time-zone
    // data (megabytes of resident memory), is worked out only when some entry waits.
    if (!(await this.#store.mail.hasDigestEntriesUntil(new Date(now).toISOString()))) return 0
    const until = new Date(latestDigestTime(now)).toISOString()
    if (!(await this.#store.mail.hasDigestEntriesUntil(until))) return 0
    // The secret of the links is read (or made) now: inside the transaction, a write of the store
    // would wait for the transaction itself.
    await this.#composer.ready()
    return await this.#store.transaction(async (tx) => {
      const entries = await tx.mail.takeDigestEntriesUntil(until)
      const mails: OutboxMail[] = []
      for (const [accountId, ofAccount] of groupBy(entries, (entry) => entry.accountId)) {
        const account = await tx.findAccountById(accountId)
        if (account === null || account.deletedAt !== undefined) continue
        mails.push(await this.#compose({ id: account.id, email: account.email }, ofAccount))
      }
      await tx.mail.enqueueMails(mails)
      return mails.length
    })
  }

  async #compose(
    account: { id: string; email: string },
    entries: readonly MailDigestEntry[],
  ): Promise<OutboxMail> {
    const byKind = groupBy(entries, (entry) => entry.message.kind)
    const kinds = MAIL_KINDS.filter((kind) => byKind.has(kind))
    const [first, ...others] = kinds
    if (first === undefined) throw new Error('a digest has at least one entry')
    const count = entries.length
    const day = dayFormat.format(new Date(this.#timers.now()))
    return await this.#composer.composeDocument(
      { address: account.email, accountId: account.id },
      [first, ...others],
      (footer) => ({
        subject: `Maillage : votre résumé du ${day} (${count} nouveauté${count > 1 ? 's' : ''})`,
        heading: `Votre résumé du ${day}`,
        paragraphs: [
          `${count} nouveauté${count > 1 ? 's vous concernent' : ' vous concerne'} depuis le dernier résumé.`,
        ],
        action: {
          label: 'Voir toutes vos notifications',
          url: this.#links.absolute('/notifications'),
        },
        sections: kinds.map((kind) => ({
          title: MAIL_KIND_LABELS[kind],
          items: (byKind.get(kind) ?? []).map((entry) => this.#item(entry)),
        })),
        footer,
      }),
    )
  }

  #item(entry: MailDigestEntry): MailItem {
    const { message } = entry
    // Under the section of its kind, an event is named by its subject (the kind's name, its
    // heading, would repeat the section's).
    return {
      heading: message.subject,
      paragraphs: message.paragraphs.filter((paragraph) => paragraph !== message.subject),
      ...(message.action === undefined
        ? {}
        : {
            action: { label: message.action.label, url: this.#links.absolute(message.action.path) },
          }),
    }
  }
}

function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>()
  for (const item of items) {
    const key = keyOf(item)
    const group = groups.get(key)
    if (group === undefined) groups.set(key, [item])
    else group.push(item)
  }
  return groups
}
