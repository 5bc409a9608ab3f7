import { useQuery } from '@tanstack/react-query'
import { useApi } from '../../api/ApiProvider.tsx'
import { queryKeys } from '../../api/queryKeys.ts'

/** The accueil's activity: recent documents and what changed since the last visit. */
export function useHome() {
  const api = useApi()
  return useQuery({ queryKey: queryKeys.home, queryFn: () => api.getHome(), staleTime: 0 })
}
