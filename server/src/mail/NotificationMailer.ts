import type { Logger } from 'pino'
import { MAIL_KIND_LABELS, type MailKind } from './MailKind.ts'
import { MAX_MAIL_SUBJECT, type MailMessage } from './MailMessage.ts'
import type { MailService } from './MailService.ts'
import { oneLine } from './renderMail.ts'

/** An in-app notification as `NotificationService` hands it over. */
export interface NotifiedContent {
  readonly kind: string
  readonly message: string
  readonly link: string
}

/**
 * The hook between in-app notifications and mails: a notification whose kind is in `kinds`
 * (`NOTIFICATION_MAIL_KINDS`) is mailed to the same accounts with the same text and link. A failure
 * to queue is logged, never thrown: the workflow that notified has already succeeded.
 */
export class NotificationMailer {
  readonly #mail: MailService
  readonly #kinds: Readonly<Record<string, MailKind>>
  readonly #logger: Logger

  constructor(options: {
    mail: MailService
    kinds: Readonly<Record<string, MailKind>>
    logger: Logger
  }) {
    this.#mail = options.mail
    this.#kinds = options.kinds
    this.#logger = options.logger
  }

  async forward(accountIds: readonly string[], content: NotifiedContent): Promise<void> {
    const kind = Object.hasOwn(this.#kinds, content.kind) ? this.#kinds[content.kind] : undefined
    if (kind === undefined || accountIds.length === 0) return
    try {
      await this.#mail.notifyAccounts(accountIds, messageOf(kind, content))
    } catch (error) {
      this.#logger.error({ err: error, kind }, 'a notification could not be queued as a mail')
    }
  }
}

/** The mail of a notification: its text as subject and paragraph, its link as the action. */
export function messageOf(kind: MailKind, content: NotifiedContent): MailMessage {
  const text = oneLine(content.message)
  return {
    kind,
    subject:
      text.length <= MAX_MAIL_SUBJECT ? text : `${text.slice(0, MAX_MAIL_SUBJECT - 1).trimEnd()}…`,
    heading: MAIL_KIND_LABELS[kind],
    paragraphs: [content.message],
    action: { label: 'Ouvrir dans Maillage', path: content.link },
  }
}
