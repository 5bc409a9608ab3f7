import type { NotificationListView } from '@maillage/protocol'
import type { ApiClient } from '../../api/ApiClient.ts'

/** Marks every unread notification of the signed-in person read; answers the new list. */
export function markAllNotificationsRead(api: ApiClient): Promise<NotificationListView> {
  return api.request<NotificationListView>('POST', '/api/notifications/lues')
}
