import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { VeilleCurationBody, VeilleItemBody, VeilleItemView } from '@maillage/protocol'
import { useApi } from '../../api/ApiProvider.tsx'
import {
  createVeilleFeed,
  curateVeille,
  editVeille,
  getVeilleFeed,
  importVeilleFeed,
  listVeille,
  proposeVeille,
  removeVeille,
  revokeVeilleFeed,
  type VeilleFilters,
} from './veilleApi.ts'

// The veille's own query keys: its lists (by filters) and the personal feed address.
const VEILLE_KEY = ['veille'] as const
const FEED_KEY = ['veille-flux'] as const

/** The items matching the filters; the previous list stays shown while the next one loads. */
export function useVeilleList(filters: VeilleFilters) {
  const api = useApi()
  return useQuery({
    queryKey: [...VEILLE_KEY, { ...filters }],
    queryFn: () => listVeille(api, filters),
    placeholderData: (previous) => previous,
  })
}

/** Every change of an item: the lists are fetched again afterwards. */
export function useVeilleChange() {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (change: VeilleChange): Promise<VeilleItemView | undefined> => {
      switch (change.kind) {
        case 'propose':
          return proposeVeille(api, change.body)
        case 'edit':
          return editVeille(api, change.id, change.body)
        case 'curate':
          return curateVeille(api, change.id, change.body)
        case 'remove':
          return removeVeille(api, change.id).then(() => undefined)
        default: {
          const unknown: never = change
          throw new Error(`unknown change ${String(unknown)}`)
        }
      }
    },
    onSuccess: () => client.invalidateQueries({ queryKey: VEILLE_KEY }),
  })
}

/** What {@link useVeilleChange} does. */
export type VeilleChange =
  | { readonly kind: 'propose'; readonly body: VeilleItemBody }
  | { readonly kind: 'edit'; readonly id: string; readonly body: Partial<VeilleItemBody> }
  | { readonly kind: 'curate'; readonly id: string; readonly body: VeilleCurationBody }
  | { readonly kind: 'remove'; readonly id: string }

/** Imports an external feed; the lists are fetched again afterwards. */
export function useVeilleImport() {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (url: string) => importVeilleFeed(api, url),
    onSuccess: () => client.invalidateQueries({ queryKey: VEILLE_KEY }),
  })
}

/** Whether the signed-in person has a personal feed address. */
export function useVeilleFeed() {
  const api = useApi()
  return useQuery({ queryKey: FEED_KEY, queryFn: () => getVeilleFeed(api) })
}

/** Creates or revokes the personal feed address. */
export function useChangeVeilleFeed() {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: async (action: 'create' | 'revoke') =>
      action === 'create' ? createVeilleFeed(api) : revokeVeilleFeed(api).then(() => null),
    onSuccess: () => client.invalidateQueries({ queryKey: FEED_KEY }),
  })
}
