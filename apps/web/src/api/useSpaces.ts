import { useQuery } from '@tanstack/react-query'
import { useApi } from './ApiProvider.tsx'
import { queryKeys } from './queryKeys.ts'

/** Every space, with the signed-in person's role in each. */
export function useSpaces() {
  const api = useApi()
  return useQuery({ queryKey: queryKeys.spaces, queryFn: () => api.listSpaces() })
}
