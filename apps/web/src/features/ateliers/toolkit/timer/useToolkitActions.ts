import { useMutation } from '@tanstack/react-query'
import type { AtelierTimerBody } from '@maillage/protocol'
import type { ReactionKind } from '@maillage/schema'
import { useApi } from '../../../../api/ApiProvider.tsx'
import { clearHands, giveFloor, lowerHand, moveTimer, raiseHand, sendReaction } from './timerApi.ts'

/** What one may ask of the raised hands. */
export type HandsAction =
  | { readonly action: 'raise' }
  | { readonly action: 'lower' }
  | { readonly action: 'give-floor'; readonly accountId: string }
  | { readonly action: 'clear' }

/**
 * The requests of the timer, the hands and the reactions of one atelier. Nothing to refresh
 * after them: the server writes the result into the Y.Doc, which every browser follows.
 */
export function useToolkitActions(atelierId: string) {
  const api = useApi()
  const timer = useMutation({
    mutationFn: (body: AtelierTimerBody) => moveTimer(api, atelierId, body),
  })
  const hands = useMutation({
    mutationFn: (body: HandsAction) => {
      switch (body.action) {
        case 'raise':
          return raiseHand(api, atelierId)
        case 'lower':
          return lowerHand(api, atelierId)
        case 'give-floor':
          return giveFloor(api, atelierId, body.accountId)
        case 'clear':
          return clearHands(api, atelierId)
        default: {
          const unknown: never = body
          throw new Error(`unknown hands action ${JSON.stringify(unknown)}`)
        }
      }
    },
  })
  const reactions = useMutation({
    mutationFn: (kind: ReactionKind) => sendReaction(api, atelierId, kind),
  })
  return { timer, hands, reactions }
}
