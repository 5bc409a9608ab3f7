import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useApi } from './ApiProvider.tsx'
import {
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
} from './notificationsApi.ts'
import { queryKeys } from './queryKeys.ts'

const key = queryKeys.notifications

/** The signed-in person's notifications, refreshed every minute. */
export function useNotifications() {
  const api = useApi()
  return useQuery({
    queryKey: key,
    queryFn: () => listNotifications(api),
    refetchInterval: 60_000,
  })
}

/** Marks a notification as read. */
export function useMarkRead() {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => markNotificationRead(api, id),
    onSuccess: () => client.invalidateQueries({ queryKey: key }),
  })
}

/** Marks every unread notification read: the answer is the new list, shown at once. */
export function useMarkAllRead() {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => markAllNotificationsRead(api),
    onSuccess: (list) => {
      client.setQueryData(key, list)
    },
  })
}
