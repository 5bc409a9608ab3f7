import type { ApiClient } from '../../api/ApiClient.ts'

/**
 * Changes one's password; the server ends every other session of the account (and closes their
 * sockets), this one stays open.
 */
export async function changePassword(
  api: ApiClient,
  input: { readonly current: string; readonly next: string },
): Promise<void> {
  await api.request('PUT', '/api/me/mot-de-passe', input)
}

/** Ends every session of the signed-in account, this one included. */
export async function signOutEverywhere(api: ApiClient): Promise<void> {
  await api.request('POST', '/api/me/deconnexion-partout')
}
