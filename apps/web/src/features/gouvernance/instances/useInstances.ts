import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { ClpeProfileName, MemberBody } from '@maillage/protocol'
import { useApi } from '../../../api/ApiProvider.tsx'
import {
  addMember,
  endMandate,
  getInstance,
  listInstances,
  setClpeProfile,
} from './instancesApi.ts'

const keys = {
  all: ['instances'] as const,
  list: ['instances', 'list'] as const,
  one: (id: string) => ['instances', 'one', id] as const,
}

/** The instances one may read. */
export function useInstances() {
  const api = useApi()
  return useQuery({ queryKey: keys.list, queryFn: () => listInstances(api) })
}

/** One instance. */
export function useInstance(id: string) {
  const api = useApi()
  return useQuery({ queryKey: keys.one(id), queryFn: () => getInstance(api, id) })
}

/** Adds a member to instance `id`; every instance is read again (counts and rule move). */
export function useAddMember(id: string) {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: MemberBody) => addMember(api, id, body),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  })
}

/** Ends a mandate of instance `id`. */
export function useEndMandate(id: string) {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (change: { mandateId: string; endsOn: string }) => endMandate(api, id, change),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  })
}

/** Sets the profile of the CLPE whose plénière is `id`. */
export function useSetClpeProfile(id: string) {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (profile: ClpeProfileName) => setClpeProfile(api, id, profile),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  })
}
