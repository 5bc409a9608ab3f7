import type {
  LettreDraftView,
  LettreEditionView,
  LettreListView,
  LettrePreparedView,
  LettrePublishedView,
} from '@maillage/protocol'
import type { ApiClient } from '../../api/ApiClient.ts'

/** The mail kind of the lettre (the server's `MailKind`). */
const LETTRE_MAIL_KIND = 'lettre'

/** `GET /api/lettres`: the archive, and the numéros in preparation for the regional team. */
export function getLettres(api: ApiClient): Promise<LettreListView> {
  return api.request<LettreListView>('GET', '/api/lettres')
}

/** `GET /api/lettres/:id`: one numéro to read. */
export function getLettre(api: ApiClient, id: string): Promise<LettreEditionView> {
  return api.request<LettreEditionView>('GET', `/api/lettres/${encodeURIComponent(id)}`)
}

/** Prepares the next numéro, its draft assembled by the server. */
export function prepareLettre(api: ApiClient): Promise<LettrePreparedView> {
  return api.request<LettrePreparedView>('POST', '/api/lettres', {})
}

/** Marks a numéro as proof-read (« Bon à diffuser »). */
export function proofreadLettre(api: ApiClient, id: string): Promise<LettreDraftView> {
  return api.request<LettreDraftView>(
    'POST',
    `/api/lettres/${encodeURIComponent(id)}/relecture`,
    {},
  )
}

/** Publishes a proof-read numéro and mails it to the subscribers. */
export function publishLettre(api: ApiClient, id: string): Promise<LettrePublishedView> {
  return api.request<LettrePublishedView>(
    'POST',
    `/api/lettres/${encodeURIComponent(id)}/publication`,
    {},
  )
}

/** One's subscription: the address mails go to and whether the lettre is sent there. */
export interface LettreSubscription {
  readonly email: string
  readonly subscribed: boolean
}

interface MailPreferencesAnswer {
  readonly email: string
  readonly preferences: readonly { readonly kind: string; readonly frequency: string }[]
}

/** Reads one's subscription from one's mail preferences (any choice but « jamais »). */
export async function getSubscription(api: ApiClient): Promise<LettreSubscription> {
  const answer = await api.request<MailPreferencesAnswer>('GET', '/api/me/preferences-mail')
  const choice = answer.preferences.find((entry) => entry.kind === LETTRE_MAIL_KIND)
  return { email: answer.email, subscribed: choice !== undefined && choice.frequency !== 'jamais' }
}

/** Subscribes (each numéro at its publication) or unsubscribes. */
export async function saveSubscription(api: ApiClient, subscribed: boolean): Promise<void> {
  await api.request('PUT', '/api/me/preferences-mail', {
    preferences: { [LETTRE_MAIL_KIND]: subscribed ? 'immediat' : 'jamais' },
  })
}
