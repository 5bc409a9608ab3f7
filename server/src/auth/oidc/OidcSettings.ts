/**
 * The OpenID provider people may sign in with (ProConnect), and Maillage's client there:
 * `MAILLAGE_OIDC_ISSUER`, `MAILLAGE_OIDC_CLIENT_ID`, `MAILLAGE_OIDC_CLIENT_SECRET`.
 */
export interface OidcSettings {
  /** The provider's issuer URL; its discovery document is `<issuer>/.well-known/openid-configuration`. */
  readonly issuer: string
  readonly clientId: string
  /** Also the key (through HKDF) that signs the cookie of a login under way. */
  readonly clientSecret: string
}

/** The name the login page shows on its button (« S’identifier avec ProConnect »). */
export const OIDC_PROVIDER_LABEL = 'ProConnect'

/** What Maillage asks the provider for: ProConnect's scopes. */
export const OIDC_SCOPES = 'openid email given_name usual_name siret'

/** Path of the redirect URI, to register at the provider with the server's public origin. */
export const OIDC_CALLBACK_PATH = '/api/oidc/retour'

/** Where the provider sends people back after the logout at the provider. */
export const OIDC_POST_LOGOUT_PATH = '/connexion'
