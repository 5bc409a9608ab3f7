import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { SpaceRoleName } from '@maillage/protocol'
import { useApi } from '../../api/ApiProvider.tsx'
import { queryKeys } from '../../api/queryKeys.ts'

/** A space, by id. */
export function useSpace(spaceId: string) {
  const api = useApi()
  return useQuery({ queryKey: queryKeys.space(spaceId), queryFn: () => api.getSpace(spaceId) })
}

/** The members of a space (members only). */
export function useMembers(spaceId: string, enabled: boolean) {
  const api = useApi()
  return useQuery({
    queryKey: queryKeys.members(spaceId),
    queryFn: () => api.listMembers(spaceId),
    enabled,
  })
}

/** Changes a member's role, or removes them (`role` null). */
export function useChangeMember(spaceId: string) {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: { accountId: string; role: SpaceRoleName | null }) =>
      input.role === null
        ? api.removeMember(spaceId, input.accountId)
        : api.setMemberRole(spaceId, input.accountId, input.role),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.members(spaceId) }),
  })
}

/** The invitations of a space (animateurs only). */
export function useInvitations(spaceId: string, enabled: boolean) {
  const api = useApi()
  return useQuery({
    queryKey: queryKeys.invitations(spaceId),
    queryFn: () => api.listInvitations(spaceId),
    enabled,
  })
}

/** Creates an invitation link; the link's secret is in the mutation's result only. */
export function useCreateInvitation(spaceId: string) {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: { role: SpaceRoleName; email?: string }) =>
      api.createInvitation(spaceId, input),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.invitations(spaceId) }),
  })
}

/** Revokes an invitation link. */
export function useRevokeInvitation(spaceId: string) {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (invitationId: string) => api.revokeInvitation(invitationId),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.invitations(spaceId) }),
  })
}
