import { z } from 'zod'
import type { LowdbDatabase } from './LowdbDatabase.ts'
import type { MetadataFile } from './metadataFileSchema.ts'
import type { NotificationRecords } from './NotificationRecords.ts'
import { insertRecord, replaceRecord, validateRecord } from './recordCollection.ts'
import { NOTIFICATION } from './recordKinds.ts'
import type { Notification } from './records/Notification.ts'

/**
 * The notification records of `LowdbMetadataStore`, kept in the same file and written through the
 * same coalesced database (or the draft of a transaction).
 */
export class LowdbNotificationRecords implements NotificationRecords {
  readonly #db: LowdbDatabase<MetadataFile>

  constructor(db: LowdbDatabase<MetadataFile>) {
    this.#db = db
  }

  async createNotification(notification: Notification): Promise<void> {
    await this.#db.write((data) => insertRecord(data.notifications, notification, NOTIFICATION))
  }

  async createNotifications(notifications: readonly Notification[]): Promise<void> {
    if (notifications.length === 0) return
    await this.#db.write((data) => {
      // Inserted into a copy, so that a refused one leaves the data as it was (see `write`).
      const next = [...data.notifications]
      for (const notification of notifications) insertRecord(next, notification, NOTIFICATION)
      data.notifications = next
      return notifications.length
    })
  }

  listNotificationsOf(accountId: string): Promise<Notification[]> {
    return this.#db.read((data) =>
      data.notifications.filter((notification) => notification.accountId === accountId),
    )
  }

  updateNotification(
    id: string,
    patch: Partial<Omit<Notification, 'id'>>,
  ): Promise<Notification | null> {
    return this.#db.write((data) => replaceRecord(data.notifications, { id, patch }, NOTIFICATION))
  }

  markAllNotificationsRead(accountId: string, readAt: string): Promise<number> {
    return this.#db.write(
      (data) => {
        const unread = data.notifications.filter(
          (notification) =>
            notification.accountId === accountId && notification.readAt === undefined,
        )
        // Replaced in a copy, so that a refused date leaves the data as it was (see `write`).
        const next = [...data.notifications]
        for (const { id } of unread) replaceRecord(next, { id, patch: { readAt } }, NOTIFICATION)
        data.notifications = next
        return unread.length
      },
      (marked) => marked > 0,
    )
  }

  deleteNotificationsOf(accountId: string): Promise<number> {
    return this.#removeWhere((notification) => notification.accountId === accountId)
  }

  deleteNotificationsCreatedBefore(before: string): Promise<number> {
    const limit = Date.parse(validateRecord(z.iso.datetime(), before, 'date'))
    return this.#removeWhere((notification) => Date.parse(notification.createdAt) < limit)
  }

  #removeWhere(matches: (notification: Notification) => boolean): Promise<number> {
    return this.#db.write(
      (data) => {
        const kept = data.notifications.filter((notification) => !matches(notification))
        const removed = data.notifications.length - kept.length
        data.notifications = kept
        return removed
      },
      (removed) => removed > 0,
    )
  }
}
