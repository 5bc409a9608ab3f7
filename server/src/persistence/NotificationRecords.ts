import type { Notification } from './records/Notification.ts'

/** The in-app notifications in the metadata store. Same contract as {@link MetadataStore}. */
export interface NotificationRecords {
  createNotification(notification: Notification): Promise<void>
  /** Adds several notifications in one write: all of them, or none if one is refused. */
  createNotifications(notifications: readonly Notification[]): Promise<void>
  /** The notifications of an account, oldest first. */
  listNotificationsOf(accountId: string): Promise<Notification[]>
  updateNotification(
    id: string,
    patch: Partial<Omit<Notification, 'id'>>,
  ): Promise<Notification | null>
  /**
   * Marks read at `readAt` every unread notification of an account, in one write (none when there
   * is nothing to mark); resolves to how many were marked. Others' notifications are untouched.
   */
  markAllNotificationsRead(accountId: string, readAt: string): Promise<number>
  /** Deletes every notification of an account (its deletion); resolves to how many there were. */
  deleteNotificationsOf(accountId: string): Promise<number>
  /**
   * Deletes the notifications created before `before` (ISO date), read or not: the retention
   * period has passed. Resolves to how many there were.
   */
  deleteNotificationsCreatedBefore(before: string): Promise<number>
}
