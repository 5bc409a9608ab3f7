import { createServer as createNetServer, type AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApiClient, DEMO_PASSWORD, type ApiClient } from '../helpers/apiClient.ts'
import { errorCodeOf, locationOf, OidcBrowser } from '../helpers/oidcBrowser.ts'
import { startOidcProvider, type OidcTestProvider } from '../helpers/oidcProvider.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'

// Sign-in through a real OpenID provider (oidc-provider, ProConnect-like: PKCE required, userinfo
// as a signed JWT) started here: accounts made or linked, state and nonce checked, logout at the
// provider, and a provider down when Maillage starts.

interface SessionBody {
  readonly account: { readonly id: string; readonly email: string; readonly name: string }
  readonly csrfToken: string
}

let provider: OidcTestProvider
let server: TestServer
let api: ApiClient

beforeAll(async () => {
  provider = await startOidcProvider()
  server = await startServer({
    auth: 'session',
    demoData: true,
    oidc: {
      issuer: provider.issuer,
      clientId: provider.clientId,
      clientSecret: provider.clientSecret,
    },
  })
  provider.acceptRelyingParty(server.httpUrl)
  api = createApiClient(server.httpUrl)
})

afterAll(async () => {
  await server.close()
  await provider.close()
})

/** Signs `login` in through the provider from a new browser; answers Maillage's last answer. */
/**
 * Opens the provider's answer as a program would (no HTML asked for), with the browser's cookie of
 * the login under way: refusals come as the API's error codes rather than the login page.
 */
async function asProgram(callback: URL, browser: OidcBrowser): Promise<Response> {
  return await fetch(callback.href, {
    headers: { cookie: `maillage_oidc=${browser.cookie('maillage_oidc') ?? ''}` },
    redirect: 'manual',
  })
}

async function signIn(browser: OidcBrowser, login: string, returnPath?: string) {
  const authorization = await browser.startAt(server.httpUrl, returnPath)
  const callback = await browser.authorize(authorization, login)
  return browser.request(callback.href)
}

async function sessionOf(browser: OidcBrowser): Promise<SessionBody> {
  const response = await browser.request(`${server.httpUrl}/api/session`)
  expect(response.status).toBe(200)
  return (await response.json()) as SessionBody
}

describe('sign-in through the OpenID provider', () => {
  it('is offered on the login page', async () => {
    const options = await api.request('GET', '/api/session/options')
    expect(options.body).toEqual({ oidc: { label: 'ProConnect' } })
  })

  it('creates an account without password at a first sign-in, and opens the return path', async () => {
    provider.people.set('agent-creation', {
      email: 'Agnes.Martin@Travail.Gouv.fr',
      email_verified: true,
      given_name: 'Agnès',
      usual_name: 'Martin',
      siret: '11000201100044',
    })
    const browser = new OidcBrowser()
    const authorization = await browser.startAt(server.httpUrl, '/invitation/lien-ouvert-avant')
    expect(authorization.origin).toBe(provider.issuer)
    expect(authorization.searchParams.get('code_challenge_method')).toBe('S256')
    expect(authorization.searchParams.get('scope')).toBe('openid email given_name usual_name siret')
    expect(authorization.searchParams.get('nonce')).not.toBeNull()

    const callback = await browser.authorize(authorization, 'agent-creation')
    expect(`${callback.origin}${callback.pathname}`).toBe(`${server.httpUrl}/api/oidc/retour`)
    const landing = await browser.request(callback.href)
    expect(landing.status).toBe(302)
    expect(locationOf(landing)).toBe('/invitation/lien-ouvert-avant')
    expect(browser.cookie('maillage_oidc')).toBeUndefined()

    const { account } = await sessionOf(browser)
    expect(account).toMatchObject({ email: 'agnes.martin@travail.gouv.fr', name: 'Agnès Martin' })
    const stored = await server.server.metadata.findAccountById(account.id)
    expect(stored).toMatchObject({
      oidcIssuer: provider.issuer,
      oidcSubject: 'agent-creation',
      siret: '11000201100044',
      organisation: '',
    })
    // No password opens it.
    const login = await api.login('agnes.martin@travail.gouv.fr', 'un mot de passe quelconque')
    expect(login.status).toBe(401)
    const audit = await server.server.metadata.listAudit()
    expect(audit).toContainEqual(
      expect.objectContaining({
        action: 'account.created',
        actorId: account.id,
        details: { via: 'oidc' },
      }),
    )
    expect(audit).toContainEqual(
      expect.objectContaining({
        action: 'login.succeeded',
        actorId: account.id,
        details: { via: 'oidc' },
      }),
    )
  })

  it('links to the account with the same verified address, then finds it by subject', async () => {
    const byPassword = await api.signIn('lille@demo.maillage.fr', DEMO_PASSWORD)
    provider.people.set('agent-lille', {
      email: 'lille@demo.maillage.fr',
      given_name: 'Nadia',
      usual_name: 'Benali',
    })
    const first = new OidcBrowser()
    expect((await signIn(first, 'agent-lille')).status).toBe(302)
    expect((await sessionOf(first)).account.id).toBe(byPassword.accountId)
    expect(await server.server.metadata.findAccountById(byPassword.accountId)).toMatchObject({
      oidcIssuer: provider.issuer,
      oidcSubject: 'agent-lille',
    })

    // The address changed at the provider: the subject still finds the account.
    provider.people.set('agent-lille', {
      email: 'nadia.benali@nouvelle-adresse.gouv.fr',
      given_name: 'Nadia',
      usual_name: 'Benali',
    })
    const second = new OidcBrowser()
    expect((await signIn(second, 'agent-lille')).status).toBe(302)
    expect((await sessionOf(second)).account.id).toBe(byPassword.accountId)
    expect(
      await server.server.metadata.findAccountByEmail('nadia.benali@nouvelle-adresse.gouv.fr'),
    ).toBeNull()
    // The password still opens it too.
    expect((await api.login('lille@demo.maillage.fr', DEMO_PASSWORD)).status).toBe(200)
  })

  it('does not link an address the provider says it has not verified', async () => {
    provider.people.set('agent-non-verifie', {
      email: 'lens@demo.maillage.fr',
      email_verified: false,
      given_name: 'Julien',
      usual_name: 'Lefebvre',
    })
    const browser = new OidcBrowser()
    const landing = await signIn(browser, 'agent-non-verifie')
    expect(landing.status).toBe(302)
    expect(locationOf(landing)).toBe('/connexion?oidc=adresse-non-verifiee')
    expect((await browser.request(`${server.httpUrl}/api/session`)).status).toBe(401)
    const lens = await server.server.metadata.findAccountByEmail('lens@demo.maillage.fr')
    expect(lens?.oidcSubject).toBeUndefined()
  })

  it('refuses an answer whose state is not the one of this browser, or comes twice', async () => {
    provider.people.set('agent-etat', {
      email: 'etat@exemple.gouv.fr',
      given_name: 'É',
      usual_name: 'Tat',
    })
    const tampered = new OidcBrowser()
    const authorization = await tampered.startAt(server.httpUrl)
    authorization.searchParams.set('state', 'un-etat-fabrique-par-un-attaquant-0123')
    const callback = await tampered.authorize(authorization, 'agent-etat')
    const refused = await asProgram(callback, tampered)
    expect(refused.status).toBe(400)
    expect(await errorCodeOf(refused)).toBe('OIDC_STATE_MISMATCH')
    expect((await tampered.request(`${server.httpUrl}/api/session`)).status).toBe(401)

    // A genuine answer opened in another browser (no cookie of a login under way): refused.
    const victim = new OidcBrowser()
    const genuine = new OidcBrowser()
    const genuineCallback = await genuine.authorize(
      await genuine.startAt(server.httpUrl),
      'agent-etat',
    )
    const elsewhere = await asProgram(genuineCallback, victim)
    expect(await errorCodeOf(elsewhere)).toBe('OIDC_STATE_MISMATCH')

    // The cookie kept aside and the answer replayed after a success: refused.
    const cookie = genuine.cookie('maillage_oidc')
    expect((await genuine.request(genuineCallback.href)).status).toBe(302)
    const replay = await fetch(genuineCallback.href, {
      headers: { cookie: `maillage_oidc=${cookie ?? ''}` },
      redirect: 'manual',
    })
    expect(replay.status).toBe(400)
    expect(await errorCodeOf(replay)).toBe('OIDC_STATE_MISMATCH')

    // The same refusal in a person's browser (a navigation asks for HTML): the login page says so.
    const navigation = await fetch(genuineCallback.href, {
      headers: { cookie: `maillage_oidc=${cookie ?? ''}`, accept: 'text/html,*/*;q=0.8' },
      redirect: 'manual',
    })
    expect(navigation.status).toBe(302)
    expect(navigation.headers.get('location')).toBe('/connexion?oidc=expiree')
  })

  it('refuses an ID token whose nonce is not the one of this login', async () => {
    provider.people.set('agent-nonce', {
      email: 'nonce@exemple.gouv.fr',
      given_name: 'N',
      usual_name: 'Once',
    })
    const browser = new OidcBrowser()
    const authorization = await browser.startAt(server.httpUrl)
    authorization.searchParams.set('nonce', 'un-nonce-rejoue-par-un-attaquant-0123')
    const callback = await browser.authorize(authorization, 'agent-nonce')
    const refused = await asProgram(callback, browser)
    expect(refused.status).toBe(400)
    expect(await errorCodeOf(refused)).toBe('OIDC_NONCE_MISMATCH')
    expect((await browser.request(`${server.httpUrl}/api/session`)).status).toBe(401)
    expect(await server.server.metadata.findAccountByEmail('nonce@exemple.gouv.fr')).toBeNull()
  })

  it('sends a person who cancels at the provider back to the login page', async () => {
    const browser = new OidcBrowser()
    const authorization = await browser.startAt(server.httpUrl, '/espaces')
    const callback = await browser.authorize(authorization, 'personne', { abort: true })
    expect(callback.searchParams.get('error')).toBe('access_denied')
    const landing = await browser.request(callback.href)
    expect(landing.status).toBe(302)
    expect(locationOf(landing)).toBe('/connexion?oidc=annulee&retour=%2Fespaces')
  })

  it('ends a session opened through the provider at the provider too', async () => {
    provider.people.set('agent-sortie', {
      email: 'sortie@exemple.gouv.fr',
      given_name: 'S',
      usual_name: 'Ortie',
    })
    const browser = new OidcBrowser()
    await signIn(browser, 'agent-sortie')
    const { csrfToken } = await sessionOf(browser)
    const logout = await fetch(`${server.httpUrl}/api/session`, {
      method: 'DELETE',
      headers: { cookie: browser.cookieHeader(), 'x-csrf-token': csrfToken },
    })
    expect(logout.status).toBe(200)
    const { logoutUrl } = (await logout.json()) as { logoutUrl: string }
    const url = new URL(logoutUrl)
    expect(`${url.origin}${url.pathname}`).toBe(`${provider.issuer}/session/end`)
    expect(url.searchParams.get('id_token_hint')).not.toBeNull()
    expect(url.searchParams.get('post_logout_redirect_uri')).toBe(`${server.httpUrl}/connexion`)
    expect((await browser.request(`${server.httpUrl}/api/session`)).status).toBe(401)
    // The provider accepts it: its page asks to confirm the logout, no error.
    const atProvider = await browser.request(logoutUrl)
    expect(atProvider.status).toBe(200)
    expect(await atProvider.text()).toContain('logout')

    // A password session ends at Maillage only.
    const byPassword = await api.signIn('lecteur@demo.maillage.fr', DEMO_PASSWORD)
    const plain = await api.request('DELETE', '/api/session', { as: byPassword.credential })
    expect(plain.status).toBe(204)
  })
})

describe('a provider down when Maillage starts', () => {
  let lateProvider: OidcTestProvider | undefined
  let lateServer: TestServer

  afterAll(async () => {
    await lateServer.close()
    await lateProvider?.close()
  })

  it('answers 503 until the provider is up, then signs in (userinfo as JSON)', async () => {
    const port = await freePort()
    const clientSecret = 'le secret du client chez le fournisseur'
    lateServer = await startServer({
      auth: 'session',
      oidc: { issuer: `http://127.0.0.1:${port}`, clientId: 'maillage', clientSecret },
    })
    const down = await fetch(`${lateServer.httpUrl}/api/oidc/connexion`, { redirect: 'manual' })
    expect(down.status).toBe(503)
    const body = (await down.json()) as { error: { code: string; message: string } }
    expect(body.error.code).toBe('OIDC_UNAVAILABLE')
    expect(body.error.message).toContain('ProConnect ne répond pas')
    expect((await fetch(`${lateServer.httpUrl}/healthz`)).status).toBe(200)

    // The same server, not restarted: it discovers the provider at the next login.
    lateProvider = await startOidcProvider({ port, clientSecret, userinfo: 'json' })
    lateProvider.acceptRelyingParty(lateServer.httpUrl)
    lateProvider.people.set('agent-tardif', {
      email: 'tardif@exemple.gouv.fr',
      given_name: 'Thé',
      usual_name: 'Tardif',
    })
    const browser = new OidcBrowser()
    const callback = await browser.authorize(
      await browser.startAt(lateServer.httpUrl),
      'agent-tardif',
    )
    expect((await browser.request(callback.href)).status).toBe(302)
    const session = await browser.request(`${lateServer.httpUrl}/api/session`)
    expect(((await session.json()) as SessionBody).account.name).toBe('Thé Tardif')
  })
})

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo
      probe.close(() => {
        resolve(port)
      })
    })
  })
}
