import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD, createApiClient } from '../helpers/apiClient.ts'
import { openAnonymous } from '../helpers/browserUser.ts'
import { isFocused } from '../helpers/keyboardFocus.ts'
import { launchChromium } from '../helpers/launchChromium.ts'
import { createManualClock } from '../helpers/manualClock.ts'
import { LILLE, type InvitationBody } from '../helpers/securityFixture.ts'
import { startServer, type TestServer } from '../helpers/startServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

// What people see of the login throttle and of an invitation accepted with an existing account:
// the server's French messages, on the connexion and invitation pages. The server's clock stands
// still, so that a password hash's time never counts as waiting out a delay.

const WRONG_CREDENTIALS = 'Adresse électronique ou mot de passe incorrect.'

describe('the connexion and invitation pages under the login throttle', () => {
  let server: TestServer
  let browser: Browser

  beforeAll(async () => {
    server = await startServer({ auth: 'session', demoData: true, timers: createManualClock() })
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser.close()
    await server.close()
  })

  async function submitLogin(page: Page, email: string, password: string): Promise<void> {
    await page.getByLabel('Adresse électronique', { exact: true }).fill(email)
    await page.getByLabel('Mot de passe', { exact: true }).fill(password)
    await page.getByRole('button', { name: 'Se connecter' }).click()
  }

  it('says in French how long to wait after five wrong passwords', async () => {
    const { context, page } = await openAnonymous(browser, server.httpUrl)
    try {
      for (let attempt = 1; attempt <= 5; attempt += 1) {
        const answered = page.waitForResponse((response) => response.url().endsWith('/api/session'))
        await submitLogin(page, 'lens@demo.maillage.fr', `mauvais mot de passe ${attempt}`)
        expect((await answered).status()).toBe(401)
        await page.getByRole('alert').filter({ hasText: WRONG_CREDENTIALS }).waitFor()
      }

      await submitLogin(page, 'lens@demo.maillage.fr', DEMO_PASSWORD)

      await page
        .getByRole('alert')
        .filter({
          hasText:
            'Trop de tentatives de connexion. Par sécurité, attendez 1 seconde avant de réessayer.',
        })
        .waitFor()
    } finally {
      await context.close()
    }
  })

  it('puts the focus on the error summary after a refused sign-in, typed at the keyboard', async () => {
    const { context, page } = await openAnonymous(browser, server.httpUrl)
    try {
      const email = page.getByLabel('Adresse électronique', { exact: true })
      const password = page.getByLabel('Mot de passe', { exact: true })
      await email.focus()
      await page.keyboard.type('lille@demo.maillage.fr')
      await page.keyboard.press('Tab')
      await page.keyboard.type('pas le bon mot de passe')
      await page.keyboard.press('Enter')
      const refused = page.getByRole('alert').filter({ hasText: WRONG_CREDENTIALS })
      await refused.waitFor()
      await waitFor(async () => {
        expect(await isFocused(page, refused)).toBe(true)
      })

      // An emptied field: the summary links to it and takes the focus again.
      await password.fill('')
      await password.press('Enter')
      const missing = page.getByRole('alert').filter({ hasText: 'Le formulaire contient 1 erreur' })
      await waitFor(async () => {
        expect(await isFocused(page, missing)).toBe(true)
      })
      await page.keyboard.press('Tab')
      await page.keyboard.press('Enter')
      await waitFor(async () => {
        expect(await isFocused(page, password)).toBe(true)
      })
    } finally {
      await context.close()
    }
  })

  it('lets a person with an account join from the invitation form, and answers a wrong password as a login', async () => {
    const api = createApiClient(server.httpUrl)
    const admin = await api.signIn('admin@demo.maillage.fr')
    const created = await api.request<InvitationBody>('POST', `/api/spaces/${LILLE}/invitations`, {
      as: admin.credential,
      body: { role: 'lecteur' },
    })
    const { context, page } = await openAnonymous(browser, server.httpUrl)
    try {
      await page.goto(`/invitation/${created.body.token}`)
      await page.getByRole('link', { name: 'Connectez-vous d’abord' }).waitFor()
      await page.getByLabel('Adresse électronique', { exact: true }).fill('copil@demo.maillage.fr')
      await page.getByLabel('Prénom et nom', { exact: true }).fill('Sophie Martin')
      await page.getByLabel('Mot de passe', { exact: true }).fill('pas son mot de passe')
      const submit = page.getByRole('button', { name: 'Créer mon compte et rejoindre l’espace' })
      await submit.click()
      await page.getByRole('alert').filter({ hasText: WRONG_CREDENTIALS }).waitFor()

      await page.getByLabel('Mot de passe', { exact: true }).fill(DEMO_PASSWORD)
      await submit.click()

      await page.waitForURL(`**/espaces/${LILLE}`)
      const session = await api.request<{ account: { email: string } }>('GET', '/api/session', {
        headers: {
          cookie: (await context.cookies())
            .filter((cookie) => cookie.name === 'maillage_session')
            .map((cookie) => `${cookie.name}=${cookie.value}`)
            .join('; '),
        },
      })
      expect(session.body.account.email).toBe('copil@demo.maillage.fr')
    } finally {
      await context.close()
    }
  })
})
