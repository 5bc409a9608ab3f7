import { useEffect, useRef } from 'react'
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import type {
  AtelierCreateBody,
  AtelierPatchBody,
  AtelierSessionBody,
  AtelierSessionStateName,
  AtelierView,
} from '@maillage/protocol'
import { useApi } from '../../api/ApiProvider.tsx'
import {
  cancelRegistration,
  createAtelier,
  createCalendarFeed,
  draftCompteRendu,
  getAtelier,
  getCalendarFeed,
  listAteliers,
  listRegistrants,
  moveSession,
  register,
  revokeCalendarFeed,
  updateAtelier,
} from './atelierApi.ts'

/**
 * How often an atelier and the programme are fetched again while the page is visible: seats are
 * taken and freed, and a waiting person is given a seat, by others.
 */
const REFRESH_INTERVAL_MS = 30_000

const keys = {
  all: ['ateliers'] as const,
  list: ['ateliers', 'list'] as const,
  one: (id: string) => ['ateliers', 'one', id] as const,
  registrants: (id: string) => ['ateliers', 'one', id, 'registrants'] as const,
  calendar: ['calendrier'] as const,
}

/** The programme of ateliers, fetched again every {@link REFRESH_INTERVAL_MS} while visible. */
export function useAteliers() {
  const api = useApi()
  return useQuery({
    queryKey: keys.list,
    queryFn: () => listAteliers(api),
    refetchInterval: REFRESH_INTERVAL_MS,
    refetchIntervalInBackground: false,
  })
}

/** One atelier, fetched again every {@link REFRESH_INTERVAL_MS} while the page is visible. */
export function useAtelier(id: string) {
  const api = useApi()
  return useQuery({
    queryKey: keys.one(id),
    queryFn: () => getAtelier(api, id),
    refetchInterval: REFRESH_INTERVAL_MS,
    refetchIntervalInBackground: false,
  })
}

/**
 * Fetches the atelier (and the programme) again whenever its session's `state`, as its Y.Doc says
 * it live, changes: a session started or ended by the facilitator changes who may register and
 * what the page offers, without waiting for the next refresh.
 */
export function useRefreshOnSessionState(id: string, state: AtelierSessionStateName): void {
  const client = useQueryClient()
  const seen = useRef(state)
  useEffect(() => {
    if (seen.current === state) return
    seen.current = state
    void client.invalidateQueries({ queryKey: keys.one(id) })
    void client.invalidateQueries({ queryKey: keys.list })
  }, [client, id, state])
}

/** Who registered to an atelier (facilitators only: not asked for otherwise). */
export function useRegistrants(id: string, enabled: boolean) {
  const api = useApi()
  return useQuery({
    queryKey: keys.registrants(id),
    queryFn: () => listRegistrants(api, id),
    enabled,
  })
}

/** Publishes a new atelier. */
export function useCreateAtelier() {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: AtelierCreateBody) => createAtelier(api, body),
    onSuccess: (atelier) => {
      remember(client, atelier)
    },
  })
}

/** Sets or removes the atelier's visio link (facilitators). */
export function useUpdateAtelier(id: string) {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: AtelierPatchBody) => updateAtelier(api, id, body),
    onSuccess: (atelier) => {
      remember(client, atelier)
    },
  })
}

/** Registers the signed-in person to the atelier, or cancels their registration. */
export function useRegistration(id: string) {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (action: 'register' | 'cancel') =>
      action === 'register' ? register(api, id) : cancelRegistration(api, id),
    onSuccess: (atelier) => {
      remember(client, atelier)
    },
  })
}

/** Starts the live session, moves it to an agenda item, ends or resumes it. */
export function useMoveSession(id: string) {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: AtelierSessionBody) => moveSession(api, id, body),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  })
}

/** Drafts the compte rendu of the session (or finds it); resolves with its document id. */
export function useDraftCompteRendu(id: string) {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => draftCompteRendu(api, id),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.one(id) }),
  })
}

/** Whether the signed-in person has a calendar subscription address. */
export function useCalendarFeed() {
  const api = useApi()
  return useQuery({ queryKey: keys.calendar, queryFn: () => getCalendarFeed(api) })
}

/** Creates (or regenerates) the subscription address, or revokes it. */
export function useChangeCalendarFeed() {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: async (action: 'create' | 'revoke') => {
      if (action === 'create') return createCalendarFeed(api)
      await revokeCalendarFeed(api)
      return null
    },
    onSuccess: () => client.invalidateQueries({ queryKey: keys.calendar }),
  })
}

// The answer is the atelier as it is now: shown at once, and the lists that count it refreshed.
function remember(client: QueryClient, atelier: AtelierView): void {
  client.setQueryData(keys.one(atelier.id), atelier)
  void client.invalidateQueries({ queryKey: keys.list })
  void client.invalidateQueries({ queryKey: keys.registrants(atelier.id) })
}
