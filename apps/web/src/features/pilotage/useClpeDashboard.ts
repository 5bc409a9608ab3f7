import { useQuery } from '@tanstack/react-query'
import type { PilotageFilters } from '@maillage/schema'
import { useApi } from '../../api/ApiProvider.tsx'
import { getClpeDashboard, pilotageKeys } from './pilotageApi.ts'

/**
 * The dashboard of a CLPE with the given filters. While other filters load, the previous answer
 * of the same CLPE stays on screen (no flash of the loading state).
 */
export function useClpeDashboard(spaceId: string, filters: PilotageFilters) {
  const api = useApi()
  return useQuery({
    queryKey: pilotageKeys.clpe(spaceId, filters),
    queryFn: () => getClpeDashboard(api, spaceId, filters),
    // Only the same CLPE's previous answer stands in: another CLPE's figures would mislead.
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[2] === spaceId ? previous : undefined,
  })
}
