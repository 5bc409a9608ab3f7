import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { SessionView } from '@maillage/protocol'
import { isUnauthenticated } from '../../api/ApiError.ts'
import { useApi } from '../../api/ApiProvider.tsx'
import { queryKeys } from '../../api/queryKeys.ts'
import { clearLocalCopies } from '../document/localCopies.ts'

/** The signed-in person's session, or null when nobody is signed in. */
export function useSession(): {
  session: SessionView | null | undefined
  isPending: boolean
  error: unknown
  refetch: () => void
} {
  const api = useApi()
  const query = useQuery({
    queryKey: queryKeys.session,
    queryFn: async () => {
      try {
        return await api.getSession()
      } catch (error) {
        if (isUnauthenticated(error)) return null
        throw error
      }
    },
    staleTime: 60_000,
  })
  return {
    session: query.data,
    isPending: query.isPending,
    error: query.error,
    refetch: () => void query.refetch(),
  }
}

/** Signs in with an email and a password, then reloads the session. */
export function useLogin() {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: { email: string; password: string }) =>
      api.login(input.email, input.password),
    onSuccess: async () => {
      client.clear()
      await client.query({ queryKey: queryKeys.session, queryFn: () => api.getSession() })
    },
  })
}

/**
 * Signs out: ends the session on the server, then forgets every cached answer and the local
 * copies of documents kept for offline work, so the next person on this computer sees nothing.
 */
export function useLogout() {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: async () => {
      await api.logout()
      await clearLocalCopies()
    },
    onSuccess: () => {
      client.clear()
      client.setQueryData(queryKeys.session, null)
    },
  })
}
