import { z } from 'zod'
import type { NotificationRecords } from '../NotificationRecords.ts'
import { validateRecord } from '../recordCollection.ts'
import type { Notification } from '../records/Notification.ts'
import { NOTIFICATIONS } from './metadataTables.ts'
import { deleteRows, insertRow, selectRows, updateRow } from './postgresRows.ts'
import type { PostgresScope } from './PostgresScope.ts'

/**
 * The notification records of `PostgresMetadataStore`. `createNotifications` inserts in one
 * transaction; `markAllNotificationsRead` is one `UPDATE`, atomic by itself.
 */
export class PostgresNotificationRecords implements NotificationRecords {
  readonly #scope: PostgresScope

  constructor(scope: PostgresScope) {
    this.#scope = scope
  }

  async createNotification(notification: Notification): Promise<void> {
    await this.#scope.write((runner) => insertRow(runner, NOTIFICATIONS, notification))
  }

  async createNotifications(notifications: readonly Notification[]): Promise<void> {
    if (notifications.length === 0) return
    await this.#scope.atomically(async (runner) => {
      for (const notification of notifications) {
        await insertRow(runner, NOTIFICATIONS, notification)
      }
    })
  }

  listNotificationsOf(accountId: string): Promise<Notification[]> {
    return selectRows(this.#scope, NOTIFICATIONS, { where: 'account_id = $1', values: [accountId] })
  }

  updateNotification(
    id: string,
    patch: Partial<Omit<Notification, 'id'>>,
  ): Promise<Notification | null> {
    return updateRow(this.#scope, NOTIFICATIONS, { id, patchOf: () => patch })
  }

  async markAllNotificationsRead(accountId: string, readAt: string): Promise<number> {
    validateRecord(z.iso.datetime(), readAt, 'notification readAt')
    const result = await this.#scope.query(
      `UPDATE ${NOTIFICATIONS.name} SET data = jsonb_set(data, '{readAt}', to_jsonb($2::text))
       WHERE account_id = $1 AND NOT data ? 'readAt'`,
      [accountId, readAt],
    )
    return result.rowCount ?? 0
  }

  deleteNotificationsOf(accountId: string): Promise<number> {
    const query = { where: 'account_id = $1', values: [accountId] }
    return deleteRows(this.#scope, NOTIFICATIONS, query)
  }

  deleteNotificationsCreatedBefore(before: string): Promise<number> {
    const instant = validateRecord(z.iso.datetime(), before, 'date')
    const query = {
      where: "(data->>'createdAt')::timestamptz < $1::timestamptz",
      values: [instant],
    }
    return deleteRows(this.#scope, NOTIFICATIONS, query)
  }
}
