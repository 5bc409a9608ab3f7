import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useApi } from '../../../api/ApiProvider.tsx'
import {
  createGovernanceFeed,
  getGovernanceCalendar,
  getGovernanceFeed,
  revokeGovernanceFeed,
} from './calendarApi.ts'

const FEED = ['gouvernance', 'calendrier', 'abonnement'] as const

/** The governance calendar's entries between two days. */
export function useGovernanceCalendar(window: { du: string; au: string }) {
  const api = useApi()
  return useQuery({
    queryKey: ['gouvernance', 'calendrier', window.du, window.au],
    queryFn: () => getGovernanceCalendar(api, window),
  })
}

/** Whether the signed-in person has a subscription address to the governance's calendar. */
export function useGovernanceFeed() {
  const api = useApi()
  return useQuery({ queryKey: FEED, queryFn: () => getGovernanceFeed(api) })
}

/** Creates (or regenerates) the subscription address, or revokes it. */
export function useChangeGovernanceFeed() {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: async (action: 'create' | 'revoke') => {
      if (action === 'create') return createGovernanceFeed(api)
      await revokeGovernanceFeed(api)
      return null
    },
    onSuccess: () => client.invalidateQueries({ queryKey: FEED }),
  })
}
