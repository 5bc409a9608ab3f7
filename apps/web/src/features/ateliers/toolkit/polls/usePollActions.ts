import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { AtelierPollActionBody, AtelierPollCreateBody } from '@maillage/protocol'
import { useApi } from '../../../../api/ApiProvider.tsx'
import { actOnPoll, createPoll, deletePoll, listPolls, patchPoll, pollResults } from './pollsApi.ts'

const listKey = (atelierId: string) => ['atelier-polls', atelierId] as const

/**
 * The facilitators' list of polls and clouds, fetched again whenever `liveKey` changes (what
 * the Y.Doc shows of them: a poll launched, an answer arrived), and their requests.
 */
export function useFacilitatorPolls(atelierId: string, liveKey: string) {
  const api = useApi()
  const client = useQueryClient()
  const list = useQuery({
    queryKey: [...listKey(atelierId), liveKey],
    queryFn: () => listPolls(api, atelierId),
    placeholderData: (previous) => previous,
  })
  const refresh = () => client.invalidateQueries({ queryKey: listKey(atelierId) })
  const create = useMutation({
    mutationFn: (body: AtelierPollCreateBody) => createPoll(api, atelierId, body),
    onSuccess: refresh,
  })
  const act = useMutation({
    mutationFn: (input: { pollId: string; action: AtelierPollActionBody['action'] }) =>
      actOnPoll(api, atelierId, input.pollId, { action: input.action }),
    onSuccess: refresh,
  })
  const move = useMutation({
    mutationFn: async (input: { moves: readonly { pollId: string; position: number }[] }) => {
      for (const { pollId, position } of input.moves) {
        await patchPoll(api, atelierId, pollId, { position })
      }
    },
    onSuccess: refresh,
  })
  const remove = useMutation({
    mutationFn: (pollId: string) => deletePoll(api, atelierId, pollId),
    onSuccess: refresh,
  })
  return { list, create, act, move, remove, refresh }
}

/**
 * The live distribution of a launched poll for its facilitators: fetched again each time the
 * number of answers the Y.Doc shows changes (one Y.Doc update, then one request).
 */
export function usePollResults(atelierId: string, pollId: string, answerCount: number) {
  const api = useApi()
  return useQuery({
    queryKey: ['atelier-poll-results', atelierId, pollId, answerCount],
    queryFn: () => pollResults(api, atelierId, pollId),
    placeholderData: (previous) => previous,
  })
}
