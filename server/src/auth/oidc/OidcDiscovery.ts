import type * as oidc from 'openid-client'
import type { Logger } from 'pino'
import { AppError, ErrorCode } from '../../errors/AppError.ts'
import { OIDC_PROVIDER_LABEL, type OidcSettings } from './OidcSettings.ts'
import { openIdClient } from './openIdClient.ts'

/** How long one request to the provider may take, in seconds (discovery, token, userinfo). */
const REQUEST_TIMEOUT_SECONDS = 10

/**
 * Maillage's client at the OpenID provider, from the provider's discovery document. Discovery is
 * tried in the background at start and again at each login until it succeeds: a provider down
 * when the server starts neither stops nor delays it, and its logins answer `OIDC_UNAVAILABLE`
 * (503) meanwhile. The client authenticates with `client_secret_post` when the provider lists it
 * (ProConnect does), else `client_secret_basic` (the default of the standard).
 */
export class OidcDiscovery {
  readonly #settings: OidcSettings
  readonly #logger: Logger
  #configuration: oidc.Configuration | null = null
  #pending: Promise<oidc.Configuration> | null = null

  constructor(settings: OidcSettings, logger: Logger) {
    this.#settings = settings
    this.#logger = logger
  }

  /** Starts the discovery without waiting for it (at start-up); a failure is only logged. */
  prepare(): void {
    this.configuration().catch(() => undefined)
  }

  /** The client, discovered once; `OIDC_UNAVAILABLE` while the provider cannot be reached. */
  configuration(): Promise<oidc.Configuration> {
    if (this.#configuration !== null) return Promise.resolve(this.#configuration)
    this.#pending ??= this.#discover().finally(() => {
      this.#pending = null
    })
    return this.#pending
  }

  async #discover(): Promise<oidc.Configuration> {
    const { issuer, clientId, clientSecret } = this.#settings
    const insecure = new URL(issuer).protocol === 'http:'
    const client = await openIdClient()
    // Requests over http, for an http issuer only: a provider on this machine (tests,
    // development); the configuration refuses an http issuer in production.
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- deprecated only to stand out
    const allowHttp: (configuration: oidc.Configuration) => void = client.allowInsecureRequests
    let discovered: oidc.Configuration
    try {
      discovered = await client.discovery(new URL(issuer), clientId, undefined, undefined, {
        timeout: REQUEST_TIMEOUT_SECONDS,
        execute: insecure ? [allowHttp] : [],
      })
    } catch (error) {
      this.#logger.warn({ err: error, issuer }, 'OpenID provider discovery failed')
      throw unavailable(error)
    }
    const server = discovered.serverMetadata()
    const methods = server.token_endpoint_auth_methods_supported
    const authentication =
      methods?.includes('client_secret_post') === true
        ? client.ClientSecretPost(clientSecret)
        : client.ClientSecretBasic(clientSecret)
    const configuration = new client.Configuration(server, clientId, undefined, authentication)
    configuration.timeout = REQUEST_TIMEOUT_SECONDS
    if (insecure) allowHttp(configuration)
    this.#configuration = configuration
    this.#logger.info({ issuer }, 'OpenID provider discovered')
    return configuration
  }
}

/** The refusal of a login while the provider cannot be reached. */
export function unavailable(cause: unknown): AppError {
  return new AppError(
    ErrorCode.OidcUnavailable,
    `${OIDC_PROVIDER_LABEL} ne répond pas pour le moment. Réessayez dans quelques minutes, ou connectez-vous avec votre adresse et votre mot de passe.`,
    { cause },
  )
}
