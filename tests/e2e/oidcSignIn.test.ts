import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createApiClient } from '../helpers/apiClient.ts'
import { auditAccessibility, blockingViolations } from '../helpers/auditAccessibility.ts'
import { openAnonymous } from '../helpers/browserUser.ts'
import { launchChromium } from '../helpers/launchChromium.ts'
import { startOidcProvider, type OidcTestProvider } from '../helpers/oidcProvider.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'

// Signing in through ProConnect as a person does: from Maillage's login page, through the login
// form of a real OpenID provider started here, to the accueil; and signing out, at the provider
// too, back to the login page.

let provider: OidcTestProvider
let server: TestServer
let browser: Browser

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
  provider.people.set('agent-navigateur', {
    email: 'claire.durand@hauts-de-france.gouv.fr',
    email_verified: true,
    given_name: 'Claire',
    usual_name: 'Durand',
    siret: '13000270000017',
  })
  provider.people.set('agent-invite', {
    email: 'marc.leroy@francetravail.fr',
    given_name: 'Marc',
    usual_name: 'Leroy',
  })
  browser = await launchChromium()
})

afterAll(async () => {
  await browser.close()
  await server.close()
  await provider.close()
})

it('signs in through the provider’s login form, lands on the accueil, and signs out there too', async () => {
  const { context, page } = await openAnonymous(browser, server.httpUrl)
  try {
    const proConnect = page.getByRole('link', { name: 'S’identifier avec ProConnect' })
    await proConnect.waitFor()
    const blocking = blockingViolations(await auditAccessibility(page))
    expect(blocking).toEqual([])

    await proConnect.click()
    // The provider's own page: its development login form.
    await page.locator('input[name="login"]').fill('agent-navigateur')
    await page.locator('input[name="password"]').fill('un mot de passe quelconque')
    await page.getByRole('button', { name: 'Sign-in' }).click()

    await page.getByRole('heading', { level: 1, name: 'Accueil' }).waitFor()
    expect(new URL(page.url()).origin).toBe(server.httpUrl)
    await page.getByRole('link', { name: 'Claire Durand' }).waitFor()

    await page.getByRole('button', { name: 'Se déconnecter' }).click()
    // The provider asks to confirm the logout, then comes back to Maillage's login page.
    await page.getByRole('button', { name: /yes, sign me out/i }).click()
    await page.getByRole('link', { name: 'S’identifier avec ProConnect' }).waitFor()
    expect(new URL(page.url()).pathname).toBe('/connexion')
    const session = await page.request.get(`${server.httpUrl}/api/session`)
    expect(session.status()).toBe(401)
  } finally {
    await context.close()
  }
})

it('comes back to the login page, which says so, when the person cancels at the provider', async () => {
  const { context, page } = await openAnonymous(browser, server.httpUrl)
  try {
    await page.getByRole('link', { name: 'S’identifier avec ProConnect' }).click()
    await page.getByRole('link', { name: '[ Cancel ]' }).click()
    await page
      .getByRole('alert')
      .filter({ hasText: 'Vous avez annulé la connexion avec ProConnect.' })
      .waitFor()
    expect(new URL(page.url()).pathname).toBe('/connexion')
    // The password form stays, for partners without a ProConnect account.
    await page.getByLabel('Mot de passe', { exact: true }).waitFor()
  } finally {
    await context.close()
  }
})

it('keeps an invitation link opened before signing in through the provider', async () => {
  const api = createApiClient(server.httpUrl)
  const admin = await api.signIn('admin@demo.maillage.fr')
  const created = await api.request<{ path: string }>(
    'POST',
    '/api/spaces/clpe-59004/invitations',
    {
      as: admin.credential,
      body: { role: 'contributeur' },
    },
  )
  expect(created.status).toBe(201)
  const { context, page } = await openAnonymous(browser, server.httpUrl)
  try {
    await page.goto(created.body.path)
    await page.getByRole('link', { name: 'Connectez-vous d’abord' }).click()
    await page.getByRole('link', { name: 'S’identifier avec ProConnect' }).click()
    await page.locator('input[name="login"]').fill('agent-invite')
    await page.locator('input[name="password"]').fill('un mot de passe quelconque')
    await page.getByRole('button', { name: 'Sign-in' }).click()

    // Back on the invitation, signed in: one click joins the space.
    await page.getByText('Vous êtes connecté en tant que Marc Leroy.').waitFor()
    expect(new URL(page.url()).pathname).toBe(created.body.path)
    await page.getByRole('button', { name: 'Rejoindre l’espace' }).click()
    await page.waitForURL(/\/espaces\/clpe-59004$/)
  } finally {
    await context.close()
  }
})
