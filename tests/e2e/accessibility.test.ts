import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  auditAccessibility,
  blockingViolations,
  describeViolations,
} from '../helpers/auditAccessibility.ts'
import { openAnonymous, type BrowserUser } from '../helpers/browserUser.ts'
import { DEMO_PASSWORD } from '../helpers/apiClient.ts'
import { createPage } from '../helpers/createDocument.ts'
import { openDocument } from '../helpers/documentScreen.ts'
import {
  DemoAccount,
  LILLE_SPACE_ID,
  startWebFixture,
  type WebFixture,
} from '../helpers/webFixture.ts'

const DOCUMENT_TITLE = 'Feuille de route 2026'
/** The text of the first element sequential keyboard navigation reaches, in document order. */
const FIRST_TAB_STOP_SCRIPT = `(() => {
  const candidates = document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')
  const first = [...candidates].find(
    (element) => element.tabIndex >= 0 && !element.disabled && element.getClientRects().length > 0,
  )
  return first?.textContent.trim() ?? null
})()`
/** Tab presses allowed before the first field of the connexion form (skip link, logo…). */
const MAX_TABS_TO_FIRST_FIELD = 5

describe('accessibility of the main screens', () => {
  let fixture: WebFixture
  let documentId: string
  let spaceName: string
  let nadia: BrowserUser

  beforeAll(async () => {
    fixture = await startWebFixture()
    const { credential } = await fixture.api.signIn(DemoAccount.lille.email)
    documentId = (
      await createPage(fixture.api, credential, { spaceId: LILLE_SPACE_ID, title: DOCUMENT_TITLE })
    ).id
    const space = await fixture.api.request<{ space: { name: string } }>(
      'GET',
      `/api/spaces/${LILLE_SPACE_ID}`,
      { as: credential },
    )
    spaceName = space.body.space.name
    nadia = await fixture.signIn(DemoAccount.lille.email)
  })
  afterAll(async () => {
    await fixture.close()
  })

  it('finds no serious or critical axe violation on the connexion page', async () => {
    const { context, page } = await openAnonymous(fixture.browser, fixture.server.httpUrl)
    await page.getByRole('button', { name: 'Se connecter' }).waitFor()
    await expectNoBlockingViolation(page)
    await context.close()
  })

  it('finds no serious or critical axe violation on the accueil', async () => {
    await nadia.page.goto('/')
    await nadia.page.getByRole('heading', { level: 2, name: 'Mes espaces' }).waitFor()
    await expectNoBlockingViolation(nadia.page)
  })

  it('finds no serious or critical axe violation on an espace', async () => {
    await nadia.page.goto(`/espaces/${LILLE_SPACE_ID}`)
    await nadia.page.getByRole('link', { name: DOCUMENT_TITLE }).first().waitFor()
    await expectNoBlockingViolation(nadia.page)
  })

  it('finds no serious or critical axe violation on a document', async () => {
    await openDocument(nadia.page, documentId)
    await expectNoBlockingViolation(nadia.page)
  })

  it('finds no serious or critical axe violation on a fiche action with its fields and quality panel', async () => {
    const { credential } = await fixture.api.signIn(DemoAccount.lille.email)
    const created = await fixture.api.request<{ document: { id: string } }>(
      'POST',
      `/api/spaces/${LILLE_SPACE_ID}/documents`,
      { as: credential, body: { kind: 'fiche-action', title: 'Job dating saisonnier' } },
    )
    await openDocument(nadia.page, created.body.document.id)
    await nadia.page.getByRole('heading', { level: 2, name: 'Qualité de la fiche' }).waitFor()
    await expectNoBlockingViolation(nadia.page)
  })

  it('finds no serious or critical axe violation in the boîte à outils', async () => {
    await nadia.page.goto('/boite-a-outils')
    await nadia.page.getByRole('heading', { level: 3, name: 'DORA' }).waitFor()
    await expectNoBlockingViolation(nadia.page)
    await nadia.page.goto('/boite-a-outils/proposer')
    await nadia.page.getByRole('button', { name: 'Envoyer la proposition' }).waitFor()
    await expectNoBlockingViolation(nadia.page)
  })

  it('finds no serious or critical axe violation in the enquêtes', async () => {
    await nadia.page.goto('/enquetes')
    await nadia.page.getByRole('heading', { level: 1, name: 'Enquêtes auprès des CLPE' }).waitFor()
    await expectNoBlockingViolation(nadia.page)
  })

  it('names each screen in the page title', async () => {
    const { context, page } = await openAnonymous(fixture.browser, fixture.server.httpUrl)
    await page.getByRole('button', { name: 'Se connecter' }).waitFor()
    expect(await page.title()).toBe('Connexion — Maillage')
    await context.close()

    await nadia.page.goto('/')
    await nadia.page.getByRole('heading', { level: 1, name: 'Accueil' }).waitFor()
    expect(await nadia.page.title()).toBe('Accueil — Maillage')
    await nadia.page.goto(`/espaces/${LILLE_SPACE_ID}`)
    await nadia.page.getByRole('heading', { level: 1, name: spaceName }).waitFor()
    expect(await nadia.page.title()).toBe(`${spaceName} — Maillage`)
    await openDocument(nadia.page, documentId)
    expect(await nadia.page.title()).toBe(`${DOCUMENT_TITLE} — Maillage`)
  })

  it('sends a visitor who is not signed in to the connexion page', async () => {
    const { context, page } = await openAnonymous(fixture.browser, fixture.server.httpUrl)
    await page.goto(`/documents/${documentId}`)

    await page.getByRole('button', { name: 'Se connecter' }).waitFor()
    expect(new URL(page.url()).pathname).toBe('/connexion')
    await context.close()
  })

  it('signs in with the keyboard alone: Tab reaches the fields and the button, Enter submits', async () => {
    const { context, page } = await openAnonymous(fixture.browser, fixture.server.httpUrl)
    const email = page.getByLabel('Adresse électronique', { exact: true })
    const password = page.getByLabel('Mot de passe', { exact: true })
    const submit = page.getByRole('button', { name: 'Se connecter' })
    await submit.waitFor()

    for (let tabs = 0; !(await isFocused(page, email)); tabs++) {
      if (tabs === MAX_TABS_TO_FIRST_FIELD) throw new Error('Tab never reached the e-mail field')
      await page.keyboard.press('Tab')
    }
    await page.keyboard.type(DemoAccount.lille.email)
    await page.keyboard.press('Tab')
    expect(await isFocused(page, password)).toBe(true)
    await page.keyboard.type(DEMO_PASSWORD)
    await page.keyboard.press('Tab')
    expect(await isFocused(page, submit)).toBe(true)
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Enter')

    await page.getByRole('heading', { level: 1, name: 'Accueil' }).waitFor()
    await context.close()
  })

  it('puts the skip link first in the tab order, and it takes the keyboard to the content', async () => {
    await nadia.page.goto('/')
    await nadia.page.getByRole('heading', { level: 1, name: 'Accueil' }).waitFor()

    // The app moves focus to the h1 on every route, so the first Tab does not show the order.
    expect(await nadia.page.evaluate(FIRST_TAB_STOP_SCRIPT)).toBe('Aller au contenu')
    await nadia.page.getByRole('link', { name: 'Aller au contenu' }).focus()
    await nadia.page.keyboard.press('Enter')
    expect(await isFocused(nadia.page, nadia.page.getByRole('main'))).toBe(true)
  })
})

async function expectNoBlockingViolation(page: Page): Promise<void> {
  const blocking = blockingViolations(await auditAccessibility(page))
  expect(blocking, `axe-core violations:\n${describeViolations(blocking)}`).toEqual([])
}

async function isFocused(page: Page, locator: Locator): Promise<boolean> {
  return (await locator.and(page.locator(':focus')).count()) === 1
}
