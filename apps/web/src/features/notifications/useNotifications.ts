import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useApi } from '../../api/ApiProvider.tsx'
import { listNotifications, markNotificationRead } from '../toolbox/toolboxApi.ts'

const key = ['notifications'] as const

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
