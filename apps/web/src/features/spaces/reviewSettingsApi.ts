import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { MemberView, SpaceView } from '@maillage/protocol'
import type { EditingMode, LecteurReview } from '@maillage/schema'
import { enc } from '../../api/ApiClient.ts'
import { useApi } from '../../api/ApiProvider.tsx'
import { queryKeys } from '../../api/queryKeys.ts'

/**
 * Sets what the lecteurs of a space may do besides reading (animateurs): the space is asked
 * again, and the open documents' review rights with it.
 */
export function useSetLecteurReview(spaceId: string) {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (lecteurs: LecteurReview) =>
      api.request<{ space: SpaceView }>('PUT', `/api/espaces/${enc(spaceId)}/relecture`, {
        lecteurs,
      }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: queryKeys.space(spaceId) })
      await client.invalidateQueries({ queryKey: ['documents'] })
    },
  })
}

/** Sets the mode the editor opens in for a member (animateurs, or the person themself). */
export function useSetMemberMode(spaceId: string) {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: { accountId: string; mode: EditingMode }) =>
      api.request<{ member: MemberView }>(
        'PUT',
        `/api/espaces/${enc(spaceId)}/membres/${enc(input.accountId)}/mode`,
        { modeParDefaut: input.mode },
      ),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: queryKeys.members(spaceId) })
      await client.invalidateQueries({ queryKey: ['documents'] })
    },
  })
}
