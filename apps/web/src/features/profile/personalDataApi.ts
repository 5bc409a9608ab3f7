import type { ApiClient } from '../../api/ApiClient.ts'

/** Where one downloads everything Maillage holds about oneself (answered as attachments). */
export const PERSONAL_DATA_PATHS = {
  json: '/api/me/donnees',
  html: '/api/me/donnees.html',
} as const

/** The word the person types to confirm the deletion of their account. */
export const DELETION_WORD = 'SUPPRIMER'

/**
 * Deletes the signed-in account: its identity is removed, its contributions stay, signed « Ancien
 * membre », and every session ends. `password` is required when the account has one.
 */
export async function deleteAccount(api: ApiClient, password: string): Promise<void> {
  const body =
    password === '' ? { confirmation: DELETION_WORD } : { confirmation: DELETION_WORD, password }
  await api.request('DELETE', '/api/me', body)
}
