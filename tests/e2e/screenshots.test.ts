import { stat } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openAnonymous, type BrowserUser } from '../helpers/browserUser.ts'
import { createPage } from '../helpers/createDocument.ts'
import { SyncStatus, documentScreen, openDocument, typeAtEnd } from '../helpers/documentScreen.ts'
import { READ_ONLY_SYNCED, statusSaying } from '../helpers/readOnlyScreen.ts'
import { saveScreenshot } from '../helpers/saveScreenshot.ts'
import {
  DemoAccount,
  LILLE_SPACE_ID,
  startWebFixture,
  type WebFixture,
} from '../helpers/webFixture.ts'

/** A PNG of a real screen is far larger than this; an empty or failed capture is not. */
const MIN_SCREENSHOT_BYTES = 5_000

// Each screen is captured once it shows what makes it that screen, for a person to look at before
// a release (tests/e2e/artifacts/, git-ignored).
describe('screenshots of every screen for review', () => {
  let fixture: WebFixture
  let documentId: string
  let nadia: BrowserUser
  let camille: BrowserUser

  beforeAll(async () => {
    fixture = await startWebFixture()
    const { credential } = await fixture.api.signIn(DemoAccount.lille.email)
    for (const title of ['Diagnostic territorial 2026', 'Plan d’action jeunes']) {
      await createPage(fixture.api, credential, { spaceId: LILLE_SPACE_ID, title })
    }
    documentId = (
      await createPage(fixture.api, credential, {
        spaceId: LILLE_SPACE_ID,
        title: 'Compte rendu du comité du 12 mars',
      })
    ).id
    nadia = await fixture.signIn(DemoAccount.lille.email)
    camille = await fixture.signIn(DemoAccount.admin.email)
  })
  afterAll(async () => {
    await fixture.close()
  })

  it('captures the connexion page', async () => {
    const { context, page } = await openAnonymous(fixture.browser, fixture.server.httpUrl)
    await page.getByRole('button', { name: 'Se connecter' }).waitFor()
    await expectScreenshot(page, 'connexion')
    await context.close()
  })

  it('captures the accueil', async () => {
    await nadia.page.goto('/')
    await nadia.page.getByRole('heading', { level: 2, name: 'Mes espaces' }).waitFor()
    await expectScreenshot(nadia.page, 'accueil')
  })

  it('captures an espace with its documents', async () => {
    await nadia.page.goto(`/espaces/${LILLE_SPACE_ID}`)
    await nadia.page.getByRole('link', { name: 'Plan d’action jeunes' }).waitFor()
    await expectScreenshot(nadia.page, 'espace')
  })

  it('captures a document with two people present', async () => {
    const nadiaScreen = await openDocument(nadia.page, documentId)
    const camilleScreen = await openDocument(camille.page, documentId)
    await typeAtEnd(nadiaScreen, 'Présents : France Travail, Mission locale, Cap emploi.')
    await typeAtEnd(camilleScreen, ' Excusés : Région.')
    await nadiaScreen.caretOf(DemoAccount.admin.name).waitFor()
    await nadiaScreen.presence.getByRole('listitem').nth(1).waitFor()
    await expectScreenshot(nadia.page, 'document-deux-personnes')
  })

  it('captures the lecteur’s view of a document', async () => {
    const thomas = await fixture.signIn(DemoAccount.lecteur.email)
    // A lecteur's status says « Lecture seule », not « Synchronisé » (which openDocument waits for).
    await thomas.page.goto(`/documents/${documentId}`)
    const screen = documentScreen(thomas.page)
    await statusSaying(thomas.page, READ_ONLY_SYNCED).waitFor()
    await screen.editor.filter({ hasText: 'Excusés : Région.' }).waitFor()
    await expectScreenshot(thomas.page, 'document-lecteur')
  })

  it('captures the offline status of a document', async () => {
    const screen = await openDocument(nadia.page, documentId)
    await nadia.context.setOffline(true)
    await screen.status(SyncStatus.Offline).waitFor()
    await typeAtEnd(screen, ' Ajouté hors ligne.')
    await expectScreenshot(nadia.page, 'document-hors-ligne')
    await nadia.context.setOffline(false)
    await screen.status(SyncStatus.Synced).waitFor()
  })
})

async function expectScreenshot(page: Page, screen: string): Promise<void> {
  const path = await saveScreenshot(page, screen)
  expect((await stat(path)).size).toBeGreaterThan(MIN_SCREENSHOT_BYTES)
}
