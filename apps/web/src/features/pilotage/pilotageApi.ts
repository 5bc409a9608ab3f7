import type { ClpeDashboard, PilotageFilters, RegionalView } from '@maillage/schema'
import { enc, type ApiClient } from '../../api/ApiClient.ts'
import { queryKeys } from '../../api/queryKeys.ts'
import type { BilanPeriod } from './defaultBilanPeriod.ts'

/**
 * The react-query keys of the pilotage views, all under `queryKeys.pilotage` so that one
 * invalidation (a new measurement, an event of `usePilotageEvents`) refreshes every open view.
 */
export const pilotageKeys = {
  all: queryKeys.pilotage,
  clpeOf: (spaceId: string) => [...queryKeys.pilotage, 'clpe', spaceId] as const,
  clpe: (spaceId: string, filters: PilotageFilters) =>
    [...queryKeys.pilotage, 'clpe', spaceId, filters] as const,
}

/** The query string of the filters, without the empty ones (`?thematique=…&public=…` or ''). */
export function filtersQuery(filters: PilotageFilters): string {
  const params = new URLSearchParams()
  if (filters.thematique !== undefined && filters.thematique !== '') {
    params.set('thematique', filters.thematique)
  }
  if (filters.public !== undefined && filters.public !== '') params.set('public', filters.public)
  const query = params.toString()
  return query === '' ? '' : `?${query}`
}

/** The « Pilotage » dashboard of a CLPE, built by the server from its index. */
export function getClpeDashboard(
  api: ApiClient,
  spaceId: string,
  filters: PilotageFilters,
): Promise<ClpeDashboard> {
  const path = `/api/espaces/${enc(spaceId)}/pilotage${filtersQuery(filters)}`
  return api.request<ClpeDashboard>('GET', path)
}

/** The regional view of the 26 CLPE; the server answers 403 to anyone outside the region. */
export function getRegionalView(api: ApiClient, filters: PilotageFilters): Promise<RegionalView> {
  return api.request<RegionalView>('GET', `/api/pilotage/region${filtersQuery(filters)}`)
}

/** Drafts the bilan for the bureau du CoRE over `period`; resolves with the new document's id. */
export function draftBilan(api: ApiClient, period: BilanPeriod): Promise<{ documentId: string }> {
  return api.request<{ documentId: string }>('POST', '/api/pilotage/bilans', period)
}
