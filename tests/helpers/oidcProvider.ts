import { generateKeyPairSync, randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import Provider, { type KoaContextWithOIDC } from 'oidc-provider'

/** The claims of a person the provider knows, as ProConnect sends them. */
export interface ProviderPerson {
  readonly email: string
  readonly email_verified?: boolean
  readonly given_name: string
  readonly usual_name: string
  readonly siret?: string
}

/**
 * A real OpenID provider (`oidc-provider`) on a port of this machine, ProConnect-like: one client
 * (`client_secret_post`, PKCE required, userinfo as a signed JWT unless told otherwise), the scopes
 * `openid email given_name usual_name siret`, RP-initiated logout, and the development login form
 * (any password; the login names a person of `people`). Consent is given at once.
 */
export interface OidcTestProvider {
  /** `http://127.0.0.1:<port>`: `MAILLAGE_OIDC_ISSUER`. */
  readonly issuer: string
  readonly port: number
  readonly clientId: string
  readonly clientSecret: string
  /** The people who may sign in, by subject (the login typed in the form). */
  readonly people: Map<string, ProviderPerson>
  /**
   * Registers the relying party's origin (`http://127.0.0.1:<port>` of Maillage): its redirect and
   * post-logout URIs. Until then every request is answered 503.
   */
  acceptRelyingParty(origin: string): void
  close(): Promise<void>
}

/**
 * Starts the provider on `port` (default: a free one), its client's secret `clientSecret` (default
 * a random one), the userinfo as a signed JWT as ProConnect sends it (default) or as JSON.
 */
export async function startOidcProvider(
  options: { port?: number; clientSecret?: string; userinfo?: 'jwt' | 'json' } = {},
): Promise<OidcTestProvider> {
  let handler: ((request: IncomingMessage, response: ServerResponse) => void) | null = null
  const server = createServer((request, response) => {
    if (handler === null) response.writeHead(503).end()
    else handler(request, response)
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', resolve)
  })
  const { port } = server.address() as AddressInfo
  const issuer = `http://127.0.0.1:${port}`
  const clientId = 'maillage'
  const clientSecret = options.clientSecret ?? randomBytes(24).toString('base64url')
  const people = new Map<string, ProviderPerson>()
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: 'test', alg: 'RS256' }
  return {
    issuer,
    port,
    clientId,
    clientSecret,
    people,
    acceptRelyingParty(origin) {
      const provider = new Provider(issuer, {
        clients: [
          {
            client_id: clientId,
            client_secret: clientSecret,
            redirect_uris: [`${origin}/api/oidc/retour`],
            post_logout_redirect_uris: [`${origin}/connexion`],
            token_endpoint_auth_method: 'client_secret_post',
            ...(options.userinfo === 'json' ? {} : { userinfo_signed_response_alg: 'RS256' }),
          },
        ],
        jwks: { keys: [signingKey] },
        cookies: { keys: [randomBytes(32).toString('hex')] },
        claims: {
          openid: ['sub'],
          email: ['email', 'email_verified'],
          given_name: ['given_name'],
          usual_name: ['usual_name'],
          siret: ['siret'],
        },
        features: {
          devInteractions: { enabled: true },
          rpInitiatedLogout: { enabled: true },
          jwtUserinfo: { enabled: true },
        },
        pkce: { required: () => true },
        ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
        findAccount: (_context, sub) => {
          const person = people.get(sub)
          if (person === undefined) return undefined
          return { accountId: sub, claims: () => ({ sub, ...person }) }
        },
        loadExistingGrant: giveConsent,
      })
      const callback = provider.callback()
      handler = (request, response) => {
        void callback(request, response)
      }
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => {
          if (error === undefined) resolve()
          else reject(error)
        })
      }),
  }
}

// The consent of every scope and claim asked, at once: the person is not asked to confirm.
async function giveConsent(context: KoaContextWithOIDC) {
  const { oidc } = context
  const clientId = oidc.client?.clientId
  const accountId = oidc.session?.accountId
  if (clientId === undefined || accountId === undefined) return undefined
  const existing = oidc.result?.consent?.grantId ?? oidc.session?.grantIdFor(clientId)
  if (existing !== undefined) return oidc.provider.Grant.find(existing)
  const grant = new oidc.provider.Grant({ clientId, accountId })
  grant.addOIDCScope('openid email given_name usual_name siret')
  grant.addOIDCClaims(['email', 'email_verified', 'given_name', 'usual_name', 'siret'])
  await grant.save()
  return grant
}
