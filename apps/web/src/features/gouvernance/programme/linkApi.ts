import type {
  AtelierSummaryView,
  ProgrammeLinkBody,
  ProgrammeLinkKindName,
  ProgrammeLinkView,
  SearchView,
  ToolCatalogueView,
} from '@maillage/protocol'
import { enc, type ApiClient } from '../../../api/ApiClient.ts'

const BASE = '/api/gouvernance/programme'

/** Most candidates a list offers (the search gives 20 a page; the catalogues are cut here). */
export const MAX_CANDIDATES = 200

/** Something that may carry out a line, as the « Lier une réalisation » form lists it. */
export interface LinkCandidate {
  readonly id: string
  readonly label: string
}

/** Links an atelier, a fiche outil or a document to a line. */
export async function createLink(
  api: ApiClient,
  body: ProgrammeLinkBody,
): Promise<ProgrammeLinkView> {
  return (await api.request<{ link: ProgrammeLinkView }>('POST', `${BASE}/liens`, body)).link
}

/** Removes a link. */
export async function deleteLink(api: ApiClient, linkId: string): Promise<void> {
  await api.request('DELETE', `${BASE}/liens/${enc(linkId)}`)
}

/**
 * What may be linked, of one kind: the ateliers of the programme, the fiches of the boîte à
 * outils, or the documents the search finds for `query` (first page; nothing under 2 characters).
 */
export async function listCandidates(
  api: ApiClient,
  kind: ProgrammeLinkKindName,
  query: string,
): Promise<readonly LinkCandidate[]> {
  if (kind === 'atelier') {
    const ateliers = await api.request<AtelierSummaryView[]>('GET', '/api/ateliers')
    return ateliers.slice(0, MAX_CANDIDATES).map((atelier) => ({
      id: atelier.id,
      label: atelier.date === '' ? atelier.title : `${atelier.title} (${atelier.date})`,
    }))
  }
  if (kind === 'outil') {
    const catalogue = await api.request<ToolCatalogueView>('GET', '/api/toolbox/tools?sort=title')
    return catalogue.tools
      .slice(0, MAX_CANDIDATES)
      .map((tool) => ({ id: tool.documentId, label: tool.title }))
  }
  const params = new URLSearchParams({ q: query.trim(), type: 'document' })
  const found = await api.request<SearchView>('GET', `/api/recherche?${params.toString()}`)
  return found.results.map((result) => ({
    id: result.id,
    label: `${result.title} — ${result.spaceName}`,
  }))
}
