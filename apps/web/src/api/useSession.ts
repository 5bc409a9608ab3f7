import { queryOptions, useQuery } from '@tanstack/react-query'
import type { SessionView } from '@maillage/protocol'
import type { ApiClient } from './ApiClient.ts'
import { isUnauthenticated } from './ApiError.ts'
import { useApi } from './ApiProvider.tsx'
import { queryKeys } from './queryKeys.ts'

/** The session's query, shared by {@link useSession} and the app's start (which asks it early). */
export function sessionQuery(api: ApiClient) {
  return queryOptions({
    queryKey: queryKeys.session,
    queryFn: async (): Promise<SessionView | null> => {
      try {
        return await api.getSession()
      } catch (error) {
        if (isUnauthenticated(error)) return null
        throw error
      }
    },
    staleTime: 60_000,
  })
}

/** The signed-in person's session, or null when nobody is signed in. */
export function useSession(): {
  session: SessionView | null | undefined
  isPending: boolean
  error: unknown
  refetch: () => void
} {
  const api = useApi()
  const query = useQuery(sessionQuery(api))
  return {
    session: query.data,
    isPending: query.isPending,
    error: query.error,
    refetch: () => void query.refetch(),
  }
}
