import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useApi } from '../../api/ApiProvider.tsx'
import {
  getMailPreferences,
  saveMailPreferences,
  type MailFrequency,
} from './mailPreferencesApi.ts'

/** The cache key of one's mail preferences. */
export const MAIL_PREFERENCES_KEY = ['me', 'preferences-mail'] as const

/** One's mail preferences as the server keeps them. */
export function useMailPreferences() {
  const api = useApi()
  return useQuery({
    queryKey: MAIL_PREFERENCES_KEY,
    queryFn: () => getMailPreferences(api),
    // The form is filled from the answer once: a refetch while one chooses would not change it.
    refetchOnWindowFocus: false,
  })
}

/** Saves one's mail preferences, then reads them back. */
export function useSaveMailPreferences() {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (preferences: Readonly<Record<string, MailFrequency>>) =>
      saveMailPreferences(api, preferences),
    onSuccess: () => client.invalidateQueries({ queryKey: MAIL_PREFERENCES_KEY }),
  })
}
