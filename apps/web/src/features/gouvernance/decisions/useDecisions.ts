import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type {
  DecisionCreateBody,
  DecisionFollowUpBody,
  DecisionSubjectKindName,
} from '@maillage/protocol'
import { useApi } from '../../../api/ApiProvider.tsx'
import { addDecision, decisionsAbout, followUpDecision, listDecisions } from './decisionsApi.ts'

const ALL = ['decisions'] as const

/** One page of the register for the filters of `query`. */
export function useDecisionList(query: string) {
  const api = useApi()
  return useQuery({ queryKey: [...ALL, 'list', query], queryFn: () => listDecisions(api, query) })
}

/** The decisions about one object. */
export function useDecisionsAbout(kind: DecisionSubjectKindName, id: string) {
  const api = useApi()
  return useQuery({
    queryKey: [...ALL, 'about', kind, id],
    queryFn: () => decisionsAbout(api, kind, id),
  })
}

/** Adds a decision by hand; every list of decisions is fetched again. */
export function useAddDecision() {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: DecisionCreateBody) => addDecision(api, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ALL }),
  })
}

/** Follows a decision up; every list of decisions is fetched again. */
export function useFollowUpDecision(id: string) {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: DecisionFollowUpBody) => followUpDecision(api, id, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ALL }),
  })
}
