import type { ApiClient } from '../../api/ApiClient.ts'

/** How often a person gets the mails of one kind: at once, in the daily digest, or never. */
export type MailFrequency = 'immediat' | 'quotidien' | 'jamais'

/** The three frequencies, in the order the profile page offers them. */
export const MAIL_FREQUENCIES: readonly MailFrequency[] = ['immediat', 'quotidien', 'jamais']

/**
 * The frequencies offered for a kind: the lettre d’information comes whole when a numéro is
 * published or not at all (the server never puts it in the digest), so it has no « résumé ».
 */
export function frequenciesOf(kind: string): readonly MailFrequency[] {
  return kind === 'lettre' ? ['immediat', 'jamais'] : MAIL_FREQUENCIES
}

/** One kind of mail, its French label and the frequency the person chose for it. */
export interface MailPreferenceView {
  readonly kind: string
  readonly label: string
  readonly frequency: MailFrequency
}

/** `GET /api/me/preferences-mail`: the address mails go to and one preference per kind. */
export interface MailPreferencesView {
  readonly email: string
  readonly preferences: readonly MailPreferenceView[]
}

/** The signed-in person's mail preferences. */
export function getMailPreferences(api: ApiClient): Promise<MailPreferencesView> {
  return api.request<MailPreferencesView>('GET', '/api/me/preferences-mail')
}

/** Saves the frequency of every kind given (kind → frequency). */
export async function saveMailPreferences(
  api: ApiClient,
  preferences: Readonly<Record<string, MailFrequency>>,
): Promise<void> {
  await api.request('PUT', '/api/me/preferences-mail', { preferences })
}
