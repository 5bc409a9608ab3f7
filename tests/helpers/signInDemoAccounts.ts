import type { ApiClient, SessionCredential } from './apiClient.ts'

/** The demo accounts a test signed in, by short name (`lille` for `lille@demo.maillage.fr`). */
export interface DemoAccounts<Name extends string> {
  readonly as: Record<Name, SessionCredential>
  readonly ids: Record<Name, string>
}

/**
 * Signs in, in parallel, the demo account `<name>@demo.maillage.fr` of every name (the server runs
 * with `demoData: true`); throws if one of them does not sign in.
 */
export async function signInDemoAccounts<Name extends string>(
  api: ApiClient,
  names: readonly Name[],
): Promise<DemoAccounts<Name>> {
  const signedIn = await Promise.all(names.map((name) => api.signIn(`${name}@demo.maillage.fr`)))
  const as = {} as Record<Name, SessionCredential>
  const ids = {} as Record<Name, string>
  names.forEach((name, index) => {
    const entry = signedIn[index]
    if (entry === undefined) throw new Error(`${name} did not sign in`)
    as[name] = entry.credential
    ids[name] = entry.accountId
  })
  return { as, ids }
}
