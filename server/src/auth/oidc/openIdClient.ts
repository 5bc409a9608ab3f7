import type * as OpenIdClient from 'openid-client'

/** The `openid-client` module. */
export type OpenIdClientModule = typeof OpenIdClient

let loading: Promise<OpenIdClientModule> | undefined

/**
 * `openid-client` (7 MiB in memory), loaded with the first discovery or login rather than with
 * the server: most instances never sign anyone in through a provider.
 */
export function openIdClient(): Promise<OpenIdClientModule> {
  loading ??= import('openid-client')
  return loading
}
