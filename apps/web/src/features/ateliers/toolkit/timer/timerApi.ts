import type {
  AtelierHandsView,
  AtelierTimerBody,
  AtelierTimerView,
  ServerTimeView,
} from '@maillage/protocol'
import type { ReactionKind } from '@maillage/schema'
import { enc, type ApiClient } from '../../../../api/ApiClient.ts'

/** The server's clock (epoch ms), for the browser's offset. */
export function getServerTime(api: ApiClient): Promise<ServerTimeView> {
  return api.request<ServerTimeView>('GET', '/api/time')
}

/** Moves the session's timer (facilitators). */
export function moveTimer(
  api: ApiClient,
  atelierId: string,
  body: AtelierTimerBody,
): Promise<AtelierTimerView> {
  return api.request<AtelierTimerView>('POST', `/api/ateliers/${enc(atelierId)}/minuteur`, body)
}

/** Raises the signed-in person's hand. */
export function raiseHand(api: ApiClient, atelierId: string): Promise<AtelierHandsView> {
  return api.request<AtelierHandsView>('POST', `/api/ateliers/${enc(atelierId)}/mains`)
}

/** Lowers the signed-in person's hand. */
export function lowerHand(api: ApiClient, atelierId: string): Promise<AtelierHandsView> {
  return api.request<AtelierHandsView>('DELETE', `/api/ateliers/${enc(atelierId)}/mains`)
}

/** Gives the floor to the person whose hand is raised (facilitators): their hand goes down. */
export function giveFloor(
  api: ApiClient,
  atelierId: string,
  accountId: string,
): Promise<AtelierHandsView> {
  return api.request<AtelierHandsView>('POST', `/api/ateliers/${enc(atelierId)}/mains/parole`, {
    accountId,
  })
}

/** Lowers every hand (facilitators). */
export function clearHands(api: ApiClient, atelierId: string): Promise<AtelierHandsView> {
  return api.request<AtelierHandsView>('DELETE', `/api/ateliers/${enc(atelierId)}/mains/toutes`)
}

/** Sends a reaction everyone sees fade. */
export async function sendReaction(
  api: ApiClient,
  atelierId: string,
  kind: ReactionKind,
): Promise<void> {
  await api.request('POST', `/api/ateliers/${enc(atelierId)}/reactions`, { kind })
}
