import { useCallback } from 'react'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useApi } from '../../api/ApiProvider.tsx'
import {
  closeCampaign,
  createCampaign,
  getSpaceMaturity,
  listCampaigns,
  openGridDocument,
  submitGrid,
  type NewCampaignInput,
} from './maturityApi.ts'

const keys = {
  all: ['demarche-de-progression'] as const,
  campaigns: ['demarche-de-progression', 'campagnes'] as const,
  space: (spaceId: string) => ['demarche-de-progression', 'espaces', spaceId] as const,
  grid: (spaceId: string, campaignId: string) =>
    ['demarche-de-progression', 'espaces', spaceId, 'grilles', campaignId] as const,
}

/** The campaigns the signed-in person sees. */
export function useCampaigns() {
  const api = useApi()
  return useQuery({ queryKey: keys.campaigns, queryFn: () => listCampaigns(api) })
}

/** Opens a campaign (regional team). */
export function useCreateCampaign() {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: NewCampaignInput) => createCampaign(api, input),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  })
}

/** Closes a campaign (regional team). */
export function useCloseCampaign() {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (campaignId: string) => closeCampaign(api, campaignId),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  })
}

/** A CLPE's campaigns, profiles and progression. */
export function useSpaceMaturity(spaceId: string) {
  const api = useApi()
  return useQuery({ queryKey: keys.space(spaceId), queryFn: () => getSpaceMaturity(api, spaceId) })
}

/**
 * The id of a CLPE's grid document for a campaign; the server creates it the first time. Asked
 * only when `enabled` (someone who may fill it, or a grid that already exists).
 */
export function useGridDocument(spaceId: string, campaignId: string, enabled: boolean) {
  const api = useApi()
  return useQuery({
    queryKey: keys.grid(spaceId, campaignId),
    queryFn: () => openGridDocument(api, spaceId, campaignId),
    enabled,
    staleTime: Infinity,
  })
}

/** Submits a CLPE's grid as it stands. */
export function useSubmitGrid(spaceId: string, campaignId: string) {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => submitGrid(api, spaceId, campaignId),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  })
}

/** Asks the server again for a CLPE's démarche (after something the page saw change it). */
export function useRefreshSpaceMaturity(spaceId: string): () => void {
  const client = useQueryClient()
  return useCallback(() => {
    void client.invalidateQueries({ queryKey: keys.space(spaceId) })
  }, [client, spaceId])
}
