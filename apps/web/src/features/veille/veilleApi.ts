import type {
  VeilleCurationBody,
  VeilleFeedStatusView,
  VeilleFeedView,
  VeilleImportView,
  VeilleItemBody,
  VeilleItemView,
  VeilleListView,
} from '@maillage/protocol'
import { enc, type ApiClient } from '../../api/ApiClient.ts'

/** The filters of the veille, as in the page's address; empty strings mean "all". */
export interface VeilleFilters {
  readonly thematique: string
  readonly territoire: string
  readonly source: string
  readonly du: string
  readonly au: string
  readonly statut: string
}

/** The names of the filters, in the order of the address. */
export const VEILLE_FILTER_KEYS = [
  'thematique',
  'territoire',
  'source',
  'du',
  'au',
  'statut',
] as const

/** The query string of `filters` (without `?`), only the ones set. */
export function veilleQueryOf(
  filters: Partial<VeilleFilters>,
  keys: readonly (keyof VeilleFilters)[] = VEILLE_FILTER_KEYS,
): string {
  const params = new URLSearchParams()
  for (const key of keys) {
    const value = filters[key]
    if (value !== undefined && value !== '') params.set(key, value)
  }
  return params.toString()
}

/** The items matching the filters, newest publication first. */
export function listVeille(api: ApiClient, filters: VeilleFilters): Promise<VeilleListView> {
  const query = veilleQueryOf(filters)
  return api.request<VeilleListView>('GET', `/api/veille${query === '' ? '' : `?${query}`}`)
}

/** Proposes an item. */
export async function proposeVeille(api: ApiClient, body: VeilleItemBody): Promise<VeilleItemView> {
  return (await api.request<{ item: VeilleItemView }>('POST', '/api/veille', body)).item
}

/** Changes the fields of an item. */
export async function editVeille(
  api: ApiClient,
  id: string,
  body: Partial<VeilleItemBody>,
): Promise<VeilleItemView> {
  return (await api.request<{ item: VeilleItemView }>('PATCH', `/api/veille/${enc(id)}`, body)).item
}

/** Publishes, sets aside, selects for the lettre (regional team). */
export async function curateVeille(
  api: ApiClient,
  id: string,
  body: VeilleCurationBody,
): Promise<VeilleItemView> {
  const path = `/api/veille/${enc(id)}/curation`
  return (await api.request<{ item: VeilleItemView }>('POST', path, body)).item
}

/** Deletes an item (regional team). */
export async function removeVeille(api: ApiClient, id: string): Promise<void> {
  await api.request<null>('DELETE', `/api/veille/${enc(id)}`)
}

/** Imports an external RSS or Atom feed (regional team). */
export function importVeilleFeed(api: ApiClient, url: string): Promise<VeilleImportView> {
  return api.request<VeilleImportView>('POST', '/api/veille/import', { url })
}

/** Whether the signed-in person has a personal feed address. */
export function getVeilleFeed(api: ApiClient): Promise<VeilleFeedStatusView> {
  return api.request<VeilleFeedStatusView>('GET', '/api/veille/flux')
}

/** Creates (or renews) the personal feed address. */
export function createVeilleFeed(api: ApiClient): Promise<VeilleFeedView> {
  return api.request<VeilleFeedView>('POST', '/api/veille/flux')
}

/** Revokes the personal feed address. */
export async function revokeVeilleFeed(api: ApiClient): Promise<void> {
  await api.request<null>('DELETE', '/api/veille/flux')
}
