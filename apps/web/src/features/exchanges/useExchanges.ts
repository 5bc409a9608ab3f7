import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type {
  ExchangeCreateBody,
  ExchangeStatusName,
  ExchangeView,
  RichTextJson,
} from '@maillage/protocol'
import { useApi } from '../../api/ApiProvider.tsx'
import { queryKeys } from '../../api/queryKeys.ts'
import {
  addEcho,
  createExchange,
  getExchange,
  getSynergies,
  listExchanges,
  postMessage,
  removeEcho,
  setExchangeStatus,
  type ExchangeFilters,
} from './exchangesApi.ts'

/** The threads matching the filters; the previous list stays shown while the next one loads. */
export function useExchangeList(filters: ExchangeFilters) {
  const api = useApi()
  return useQuery({
    queryKey: queryKeys.exchangeList({ ...filters }),
    queryFn: () => listExchanges(api, filters),
    placeholderData: (previous) => previous,
  })
}

/** One thread and what the signed-in person may do on it. */
export function useExchange(threadId: string) {
  const api = useApi()
  return useQuery({
    queryKey: queryKeys.exchange(threadId),
    queryFn: () => getExchange(api, threadId),
  })
}

/** The synergies between territories. */
export function useSynergies() {
  const api = useApi()
  return useQuery({ queryKey: queryKeys.synergies, queryFn: () => getSynergies(api) })
}

/** Opens a thread; lists and synergies are refreshed. */
export function useCreateExchange() {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: ExchangeCreateBody) => createExchange(api, body),
    onSuccess: (thread) => {
      client.setQueryData(queryKeys.exchange(thread.id), thread)
      return client.invalidateQueries({ queryKey: queryKeys.exchanges })
    },
  })
}

/** Posts a message in a thread. */
export function usePostMessage(threadId: string) {
  const api = useApi()
  return useMutation({ mutationFn: (content: RichTextJson) => postMessage(api, threadId, content) })
}

/** Changes a thread's status, or says or withdraws a « nous aussi »: each answers the thread. */
export function useUpdateExchange(threadId: string) {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (change: ExchangeChange): Promise<ExchangeView> => {
      switch (change.kind) {
        case 'status':
          return setExchangeStatus(api, threadId, change.status)
        case 'echo':
          return addEcho(api, threadId, change.spaceId)
        case 'unecho':
          return removeEcho(api, threadId, change.spaceId)
        default: {
          const unknown: never = change
          throw new Error(`unknown change ${String(unknown)}`)
        }
      }
    },
    onSuccess: (thread) => {
      client.setQueryData(queryKeys.exchange(threadId), thread)
      return client.invalidateQueries({ queryKey: queryKeys.exchanges, refetchType: 'inactive' })
    },
  })
}

/** What {@link useUpdateExchange} can change on a thread. */
export type ExchangeChange =
  | { readonly kind: 'status'; readonly status: ExchangeStatusName }
  | { readonly kind: 'echo'; readonly spaceId: string }
  | { readonly kind: 'unecho'; readonly spaceId: string }
