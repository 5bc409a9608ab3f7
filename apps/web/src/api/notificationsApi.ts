import type { NotificationListView } from '@maillage/protocol'
import { enc, type ApiClient } from './ApiClient.ts'

/** The signed-in person's notifications and how many are unread. */
export function listNotifications(api: ApiClient): Promise<NotificationListView> {
  return api.request<NotificationListView>('GET', '/api/notifications')
}

/** Marks a notification as read. */
export async function markNotificationRead(api: ApiClient, id: string): Promise<void> {
  await api.request('POST', `/api/notifications/${enc(id)}/read`)
}

/** Marks every unread notification of the signed-in person read; answers the new list. */
export function markAllNotificationsRead(api: ApiClient): Promise<NotificationListView> {
  return api.request<NotificationListView>('POST', '/api/notifications/lues')
}
