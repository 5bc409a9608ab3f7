import { randomUUID } from 'node:crypto'
import type { NotificationListView, NotificationView } from '@maillage/protocol'
import { AppError, ErrorCode } from '../errors/AppError.ts'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import type { Notification } from '../persistence/records/Notification.ts'
import { isoTime } from '../time/isoTime.ts'
import type { Timers } from '../time/Timers.ts'

/** What a notification says: its kind, a French message and the app path to open. */
export interface NotificationContent {
  readonly kind: string
  readonly message: string
  readonly link: string
}

/**
 * Where notifications are also mailed (`mail/NotificationMailer`): it decides which kinds, and
 * never throws.
 */
export interface NotificationForwarder {
  forward(accountIds: readonly string[], content: NotificationContent): Promise<void>
}

/**
 * In-app notifications: sent by workflows (proposals of tools, mentions, places in ateliers), and
 * handed to `mailer` so that the kinds people receive by e-mail are mailed too.
 */
export class NotificationService {
  readonly #store: MetadataStore
  readonly #timers: Timers
  readonly #mailer: NotificationForwarder | undefined

  constructor(options: { store: MetadataStore; timers: Timers; mailer?: NotificationForwarder }) {
    this.#store = options.store
    this.#timers = options.timers
    this.#mailer = options.mailer
  }

  /** Notifies one account. */
  async notify(accountId: string, content: NotificationContent): Promise<void> {
    await this.#store.notifications.createNotification({
      id: randomUUID(),
      accountId,
      ...content,
      createdAt: isoTime(this.#timers),
    })
    await this.#mailer?.forward([accountId], content)
  }

  /** Notifies several accounts of the same thing, in one write of the store. */
  async notifyAll(accountIds: Iterable<string>, content: NotificationContent): Promise<void> {
    const createdAt = isoTime(this.#timers)
    const recipients = [...accountIds]
    await this.#store.notifications.createNotifications(
      recipients.map((accountId) => ({ id: randomUUID(), accountId, ...content, createdAt })),
    )
    await this.#mailer?.forward(recipients, content)
  }

  /** The notifications of an account, newest first, and how many are unread. */
  async listOf(accountId: string): Promise<NotificationListView> {
    const all = await this.#store.notifications.listNotificationsOf(accountId)
    // Stored oldest first: reversing keeps equal dates newest first too.
    const notifications = all.reverse().map(presentNotification)
    const unread = notifications.filter((notification) => notification.readAt === undefined)
    return { notifications, unread: unread.length }
  }

  /**
   * Marks one of the account's notifications read (once: a second call keeps the first date);
   * throws `NOT_FOUND` for another person's or an unknown one.
   */
  async markRead(accountId: string, id: string): Promise<NotificationView> {
    const mine = await this.#store.notifications.listNotificationsOf(accountId)
    const found = mine.find((notification) => notification.id === id)
    if (found === undefined) {
      throw new AppError(ErrorCode.NotFound, 'Cette notification n’existe pas.')
    }
    if (found.readAt !== undefined) return presentNotification(found)
    const read = await this.#store.notifications.updateNotification(id, {
      readAt: isoTime(this.#timers),
    })
    return presentNotification(read ?? found)
  }

  /** Marks every unread notification of the account read, in one write; answers the new list. */
  async markAllRead(accountId: string): Promise<NotificationListView> {
    await this.#store.notifications.markAllNotificationsRead(accountId, isoTime(this.#timers))
    return await this.listOf(accountId)
  }
}

function presentNotification(notification: Notification): NotificationView {
  return {
    id: notification.id,
    kind: notification.kind,
    message: notification.message,
    link: notification.link,
    createdAt: notification.createdAt,
    ...(notification.readAt === undefined ? {} : { readAt: notification.readAt }),
  }
}
