import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useApi } from '../../api/ApiProvider.tsx'
import {
  getLettre,
  getLettres,
  getSubscription,
  prepareLettre,
  proofreadLettre,
  publishLettre,
  saveSubscription,
} from './lettreApi.ts'

const LETTRES_KEY = ['lettres'] as const
// The profile's cache of mail preferences: the subscription is one of them.
const MAIL_PREFERENCES_KEY = ['me', 'preferences-mail'] as const
const SUBSCRIPTION_KEY = ['lettres', 'abonnement'] as const

/** The archive and, for the regional team, the numéros in preparation. */
export function useLettres() {
  const api = useApi()
  return useQuery({ queryKey: LETTRES_KEY, queryFn: () => getLettres(api) })
}

/** One numéro to read. */
export function useLettre(id: string) {
  const api = useApi()
  return useQuery({ queryKey: [...LETTRES_KEY, id], queryFn: () => getLettre(api, id) })
}

/** Prepares the next numéro. */
export function usePrepareLettre() {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => prepareLettre(api),
    onSuccess: () => client.invalidateQueries({ queryKey: LETTRES_KEY }),
  })
}

/** Marks a numéro as proof-read. */
export function useProofreadLettre() {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => proofreadLettre(api, id),
    onSuccess: () => client.invalidateQueries({ queryKey: LETTRES_KEY }),
  })
}

/** Publishes a numéro. */
export function usePublishLettre() {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => publishLettre(api, id),
    onSuccess: () => client.invalidateQueries({ queryKey: LETTRES_KEY }),
  })
}

/** One's subscription to the lettre. */
export function useSubscription() {
  const api = useApi()
  return useQuery({ queryKey: SUBSCRIPTION_KEY, queryFn: () => getSubscription(api) })
}

/** Subscribes or unsubscribes. */
export function useSaveSubscription() {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (subscribed: boolean) => saveSubscription(api, subscribed),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: SUBSCRIPTION_KEY })
      await client.invalidateQueries({ queryKey: MAIL_PREFERENCES_KEY })
    },
  })
}
