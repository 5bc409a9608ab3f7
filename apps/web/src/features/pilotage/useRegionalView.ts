import { useMutation, useQuery } from '@tanstack/react-query'
import type { PilotageFilters } from '@maillage/schema'
import { useApi } from '../../api/ApiProvider.tsx'
import type { BilanPeriod } from './defaultBilanPeriod.ts'
import { draftBilan, getRegionalView, pilotageKeys } from './pilotageApi.ts'

/** Key of the regional view's answers: under `pilotageKeys.all`, which live events refresh. */
function regionalViewKey(filters: PilotageFilters) {
  return [...pilotageKeys.all, 'region', filters.thematique ?? '', filters.public ?? ''] as const
}

/** The regional view for the filters; the previous figures stay shown while new ones load. */
export function useRegionalView(filters: PilotageFilters) {
  const api = useApi()
  return useQuery({
    queryKey: regionalViewKey(filters),
    queryFn: () => getRegionalView(api, filters),
    placeholderData: (previous) => previous,
  })
}

/** Drafts the bilan for the bureau du CoRE; resolves with the new document's id. */
export function useDraftBilan() {
  const api = useApi()
  return useMutation({ mutationFn: (period: BilanPeriod) => draftBilan(api, period) })
}
