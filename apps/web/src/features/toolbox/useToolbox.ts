import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type {
  ToolProposalBody,
  ToolProposalTransitionBody,
  ToolUsageBody,
} from '@maillage/protocol'
import { useApi } from '../../api/ApiProvider.tsx'
import {
  createProposal,
  getProposal,
  listProposals,
  listTools,
  removeUsage,
  saveUsage,
  transitionProposal,
  type CatalogueQuery,
} from './toolboxApi.ts'

const keys = {
  tools: (query: CatalogueQuery) => ['toolbox', 'tools', query] as const,
  proposals: ['toolbox', 'proposals'] as const,
  proposal: (id: string) => ['toolbox', 'proposals', id] as const,
}

/** The catalogue with the given filters. */
export function useCatalogue(query: CatalogueQuery) {
  const api = useApi()
  return useQuery({
    queryKey: keys.tools(query),
    queryFn: () => listTools(api, query),
    placeholderData: (previous) => previous,
  })
}

/** Saves or removes a CLPE's usage of a tool. */
export function useSaveUsage(documentId: string) {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: { body: ToolUsageBody } | { remove: string }) =>
      'remove' in input
        ? removeUsage(api, documentId, input.remove)
        : saveUsage(api, documentId, input.body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['toolbox', 'tools'] }),
  })
}

/** The proposals the signed-in person may see. */
export function useProposals() {
  const api = useApi()
  return useQuery({ queryKey: keys.proposals, queryFn: () => listProposals(api) })
}

/** One proposal. */
export function useProposal(id: string) {
  const api = useApi()
  return useQuery({ queryKey: keys.proposal(id), queryFn: () => getProposal(api, id) })
}

/** Sends a new proposal. */
export function useCreateProposal() {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: ToolProposalBody) => createProposal(api, body),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.proposals }),
  })
}

/** Records a decision of the comité de pilotage on a proposal. */
export function useTransitionProposal(id: string) {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: ToolProposalTransitionBody) => transitionProposal(api, id, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['toolbox'] }),
  })
}
