import type {
  ToolCatalogueView,
  ToolProposalBody,
  ToolProposalTransitionBody,
  ToolProposalView,
  ToolUsageBody,
  ToolUsageListView,
  ToolUsageView,
} from '@maillage/protocol'
import { enc, type ApiClient } from '../../api/ApiClient.ts'

/** Filters and order of the catalogue; empty strings mean "all". */
export interface CatalogueQuery {
  readonly type: string
  readonly theme: string
  readonly porteur: string
  readonly echelle: string
  readonly statut: string
  readonly q: string
  readonly sort: 'usage' | 'title'
}

/** The catalogue of tools, filtered and sorted by the server (from its index). */
export function listTools(api: ApiClient, query: CatalogueQuery): Promise<ToolCatalogueView> {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(query) as [string, string][]) {
    if (value !== '') params.set(key, value)
  }
  return api.request<ToolCatalogueView>('GET', `/api/toolbox/tools?${params.toString()}`)
}

/** Marks a tool as used by a CLPE, with its ratings, or updates them. */
export async function saveUsage(
  api: ApiClient,
  documentId: string,
  body: ToolUsageBody,
): Promise<void> {
  await api.request('PUT', `/api/toolbox/tools/${enc(documentId)}/usage`, body)
}

/** Removes a CLPE's "utilisé par notre CLPE" mark. */
export async function removeUsage(
  api: ApiClient,
  documentId: string,
  spaceId: string,
): Promise<void> {
  const path = `/api/toolbox/tools/${enc(documentId)}/usage?spaceId=${enc(spaceId)}`
  await api.request('DELETE', path)
}

/** The proposals the signed-in person may see (theirs; all for the comité de pilotage). */
export async function listProposals(api: ApiClient): Promise<readonly ToolProposalView[]> {
  return (await api.request<{ proposals: ToolProposalView[] }>('GET', '/api/toolbox/proposals'))
    .proposals
}

/** One proposal with its history. */
export async function getProposal(api: ApiClient, id: string): Promise<ToolProposalView> {
  const path = `/api/toolbox/proposals/${enc(id)}`
  return (await api.request<{ proposal: ToolProposalView }>('GET', path)).proposal
}

/** Proposes a new tool. */
export async function createProposal(
  api: ApiClient,
  body: ToolProposalBody,
): Promise<ToolProposalView> {
  const path = '/api/toolbox/proposals'
  return (await api.request<{ proposal: ToolProposalView }>('POST', path, body)).proposal
}

/** Moves a proposal to its next status (comité de pilotage only), with the written rationale. */
export async function transitionProposal(
  api: ApiClient,
  id: string,
  body: ToolProposalTransitionBody,
): Promise<ToolProposalView> {
  const path = `/api/toolbox/proposals/${enc(id)}/transition`
  return (await api.request<{ proposal: ToolProposalView }>('POST', path, body)).proposal
}

/** What one CLPE said of the tools it uses (its members, the regional team). */
export async function listUsages(
  api: ApiClient,
  spaceId: string,
): Promise<readonly ToolUsageView[]> {
  const path = `/api/toolbox/usage?spaceId=${enc(spaceId)}`
  return (await api.request<ToolUsageListView>('GET', path)).usages
}
