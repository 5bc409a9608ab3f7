import type {
  ExchangeCreateBody,
  ExchangeMessageView,
  ExchangeStatusName,
  ExchangeSummaryView,
  ExchangeView,
  PersonRefView,
  RichTextJson,
  SynergiesView,
} from '@maillage/protocol'
import { enc, type ApiClient } from '../../api/ApiClient.ts'

/** Filters of the list of threads, as in the page's address; empty strings mean "all". */
export interface ExchangeFilters {
  readonly type: string
  readonly statut: string
  readonly theme: string
  /** Space id of a CLPE. */
  readonly territoire: string
}

/** The threads matching the filters, most recent activity first. */
export function listExchanges(
  api: ApiClient,
  filters: ExchangeFilters,
): Promise<readonly ExchangeSummaryView[]> {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(filters) as [string, string][]) {
    if (value !== '') params.set(key, value)
  }
  const query = params.toString()
  return api.request<ExchangeSummaryView[]>(
    'GET',
    `/api/echanges${query === '' ? '' : `?${query}`}`,
  )
}

/** One thread, with what the signed-in person may do on it. */
export function getExchange(api: ApiClient, id: string): Promise<ExchangeView> {
  return api.request<ExchangeView>('GET', `/api/echanges/${enc(id)}`)
}

/** Opens a thread with its first message. */
export function createExchange(api: ApiClient, body: ExchangeCreateBody): Promise<ExchangeView> {
  return api.request<ExchangeView>('POST', '/api/echanges', body)
}

/** Posts a message; the server writes it into the thread's Y.Doc for everyone reading. */
export function postMessage(
  api: ApiClient,
  id: string,
  content: RichTextJson,
): Promise<ExchangeMessageView> {
  return api.request<ExchangeMessageView>('POST', `/api/echanges/${enc(id)}/messages`, { content })
}

/** Moves a thread to another status. */
export function setExchangeStatus(
  api: ApiClient,
  id: string,
  status: ExchangeStatusName,
): Promise<ExchangeView> {
  return api.request<ExchangeView>('PATCH', `/api/echanges/${enc(id)}`, { status })
}

/** Says « nous aussi » for a CLPE on a remontée or a signal faible. */
export function addEcho(api: ApiClient, id: string, spaceId: string): Promise<ExchangeView> {
  return api.request<ExchangeView>('POST', `/api/echanges/${enc(id)}/nous-aussi`, { spaceId })
}

/** Withdraws a CLPE's « nous aussi ». */
export function removeEcho(api: ApiClient, id: string, spaceId: string): Promise<ExchangeView> {
  const path = `/api/echanges/${enc(id)}/nous-aussi/${enc(spaceId)}`
  return api.request<ExchangeView>('DELETE', path)
}

/** The people one may mention in a thread whose name matches `query` (at most 8). */
export function searchMentionable(
  api: ApiClient,
  id: string,
  query: string,
): Promise<readonly PersonRefView[]> {
  const path = `/api/echanges/${enc(id)}/mentions?q=${encodeURIComponent(query)}`
  return api.request<PersonRefView[]>('GET', path)
}

/** The remontées and signaux faibles grouped by theme, and the supra-territorial ones. */
export function getSynergies(api: ApiClient): Promise<SynergiesView> {
  return api.request<SynergiesView>('GET', '/api/echanges/synergies')
}
