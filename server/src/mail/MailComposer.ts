import { randomUUID } from 'node:crypto'
import type { OutboxMail } from '../persistence/records/OutboxMail.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'
import type { MailDocument } from './MailDocument.ts'
import { MAIL_KIND_LABELS, type MailKind } from './MailKind.ts'
import { PREFERENCES_PATH, type MailLinks } from './MailLinks.ts'
import type { MailMessage } from './MailMessage.ts'
import { renderMail, type RenderedMail } from './renderMail.ts'
import type { UnsubscribeTokens } from './UnsubscribeTokens.ts'

/** Who a mail goes to: an address, and the account when there is one. */
export interface MailRecipient {
  readonly address: string
  readonly accountId?: string
}

/**
 * Turns what to say into outbox mails: the rendered parts, the footer (why, preferences, the
 * unsubscribe of the mail's kinds) and the `List-Unsubscribe` headers of RFC 2369 and 8058.
 */
export class MailComposer {
  readonly #links: MailLinks
  readonly #tokens: UnsubscribeTokens
  readonly #timers: Timers

  constructor(options: { links: MailLinks; tokens: UnsubscribeTokens; timers: Timers }) {
    this.#links = options.links
    this.#tokens = options.tokens
    this.#timers = options.timers
  }

  /** Resolves once links can be signed (the secret read or made). */
  async ready(): Promise<void> {
    await this.#tokens.ready()
  }

  /** The mail of one event, `message`, to `recipient`. */
  async compose(recipient: MailRecipient, message: MailMessage): Promise<OutboxMail> {
    const action =
      message.action === undefined
        ? undefined
        : { label: message.action.label, url: this.#links.absolute(message.action.path) }
    return await this.composeDocument(recipient, [message.kind], (footer) => ({
      subject: message.subject,
      heading: message.heading,
      paragraphs: message.paragraphs,
      ...(action === undefined ? {} : { action }),
      sections: [],
      footer,
    }))
  }

  /**
   * A mail whose body `build` makes around the footer of `kinds` (the first is the mail's kind in
   * the outbox).
   */
  async composeDocument(
    recipient: MailRecipient,
    kinds: readonly [MailKind, ...MailKind[]],
    build: (footer: MailDocument['footer']) => MailDocument,
  ): Promise<OutboxMail> {
    return await this.composeRendered(recipient, kinds, (footer) => renderMail(build(footer)))
  }

  /**
   * A mail whose parts `render` makes itself around the footer of `kinds` (the lettre
   * d’information, whose body is the numéro's rich text): it must escape every text it writes
   * and put the footer in both parts; `absolute` makes a path of the web app an address.
   */
  async composeRendered(
    recipient: MailRecipient,
    kinds: readonly [MailKind, ...MailKind[]],
    render: (footer: MailDocument['footer'], absolute: (path: string) => string) => RenderedMail,
  ): Promise<OutboxMail> {
    const address = recipient.address.toLowerCase()
    const token = await this.#tokens.sign({ address, kinds })
    const names = kinds.map((kind) => `« ${MAIL_KIND_LABELS[kind]} »`).join(', ')
    const rendered = render(
      {
        reason:
          recipient.accountId === undefined
            ? `Vous recevez cet e-mail de Maillage, la plateforme des CLPE, parce que quelqu’un vous y a invité à l’adresse ${address}.`
            : `Vous recevez cet e-mail parce que vous êtes membre de Maillage avec l’adresse ${address} et que vous recevez les e-mails ${names}.`,
        preferences: {
          label: 'Choisir les e-mails que vous recevez',
          url: this.#links.absolute(PREFERENCES_PATH),
        },
        unsubscribe: {
          label: `Ne plus recevoir les e-mails ${names}`,
          url: this.#links.unsubscribePage(token),
        },
      },
      (path) => this.#links.absolute(path),
    )
    const now = isoTime(this.#timers)
    return {
      id: randomUUID(),
      to: address,
      ...(recipient.accountId === undefined ? {} : { accountId: recipient.accountId }),
      kind: kinds[0],
      subject: rendered.subject,
      text: rendered.text,
      html: rendered.html,
      headers: {
        'List-Unsubscribe': `<${this.#links.unsubscribeEndpoint(token)}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
      createdAt: now,
      attempts: 0,
      nextAttemptAt: now,
    }
  }
}
