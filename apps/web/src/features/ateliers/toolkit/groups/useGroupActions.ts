import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { AtelierBreakoutAssignBody, AtelierBreakoutStartBody } from '@maillage/protocol'
import { useApi } from '../../../../api/ApiProvider.tsx'
import { assignToGroup, endBreakout, getBreakout, startBreakout } from './groupsApi.ts'

const statusKey = (atelierId: string) => ['atelier-groups', atelierId] as const

/** How often the facilitator's list of people present is asked again (they come and go). */
const PRESENCE_REFRESH_MS = 5_000

/**
 * The facilitators' view of the groups (who is present, who is where), asked again every few
 * seconds and whenever `liveKey` (what the Y.Doc shows of the groups) changes, and their requests.
 */
export function useGroupActions(atelierId: string, liveKey: string) {
  const api = useApi()
  const client = useQueryClient()
  const status = useQuery({
    queryKey: [...statusKey(atelierId), liveKey],
    queryFn: () => getBreakout(api, atelierId),
    refetchInterval: PRESENCE_REFRESH_MS,
    placeholderData: (previous) => previous,
  })
  const refresh = () => client.invalidateQueries({ queryKey: statusKey(atelierId) })
  const start = useMutation({
    mutationFn: (body: AtelierBreakoutStartBody) => startBreakout(api, atelierId, body),
    onSuccess: refresh,
  })
  const assign = useMutation({
    mutationFn: (body: AtelierBreakoutAssignBody) => assignToGroup(api, atelierId, body),
    onSuccess: refresh,
  })
  const end = useMutation({
    mutationFn: () => endBreakout(api, atelierId),
    onSuccess: refresh,
  })
  return { status, start, assign, end }
}
