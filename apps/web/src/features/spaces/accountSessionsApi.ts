import { enc, type ApiClient } from '../../api/ApiClient.ts'

/** Ends every session of an account and closes its sockets (platform admins only). */
export async function signAccountOutEverywhere(api: ApiClient, accountId: string): Promise<void> {
  await api.request('POST', `/api/comptes/${enc(accountId)}/deconnexion`)
}
