import { enc, type ApiClient } from '../../api/ApiClient.ts'

/** `GET /api/desabonnement/:token`: the kind of mail a link stops, and the address it goes to. */
export interface UnsubscribeView {
  readonly kind: string
  readonly label: string
  readonly email: string
}

/** What an unsubscribe link stops; needs no session (the token is signed by the server). */
export function getUnsubscribe(api: ApiClient, token: string): Promise<UnsubscribeView> {
  return api.request<UnsubscribeView>('GET', `/api/desabonnement/${enc(token)}`)
}

/** Stops the mails of the link's kind to its address (their preference becomes « jamais »). */
export async function confirmUnsubscribe(api: ApiClient, token: string): Promise<void> {
  await api.request('POST', `/api/desabonnement/${enc(token)}`)
}
