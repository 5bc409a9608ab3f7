import { afterAll, beforeAll, describe, it } from 'vitest'
import type { BrowserUser } from '../helpers/browserUser.ts'
import { createPage } from '../helpers/createDocument.ts'
import { SyncStatus, documentScreen } from '../helpers/documentScreen.ts'
import {
  DemoAccount,
  LILLE_SPACE_ID,
  startWebFixture,
  type WebFixture,
} from '../helpers/webFixture.ts'

// The document screen's own file of the build (Vite names it after its module).
const DOCUMENT_SCREEN_CODE = /\/assets\/DocumentPage-[\w-]+\.js$/

describe('a screen whose code is loaded when visited', () => {
  let fixture: WebFixture
  let nadia: BrowserUser
  let documentId: string

  beforeAll(async () => {
    fixture = await startWebFixture()
    const { credential } = await fixture.api.signIn(DemoAccount.lille.email)
    const document = await createPage(fixture.api, credential, {
      spaceId: LILLE_SPACE_ID,
      title: 'Relevé de décisions',
    })
    documentId = document.id
    nadia = await fixture.signIn(DemoAccount.lille.email)
  })
  afterAll(async () => {
    await fixture.close()
  })

  it('says « Chargement de la page… » until the code arrives, then shows the document', async () => {
    const { page } = nadia
    let release: () => void = () => undefined
    const released = new Promise<void>((resolve) => {
      release = resolve
    })
    await page.route(DOCUMENT_SCREEN_CODE, async (route) => {
      await released
      await route.continue()
    })
    try {
      await page.goto(`/documents/${documentId}`)
      await page.getByRole('status').filter({ hasText: 'Chargement de la page…' }).waitFor()
      release()
      await documentScreen(page).status(SyncStatus.Synced).waitFor()
    } finally {
      release()
      await page.unroute(DOCUMENT_SCREEN_CODE)
    }
  })

  it('says in French when the code cannot be downloaded, and « Réessayer » loads it', async () => {
    const { page } = nadia
    // As after a deploy: the file the page asks for is not there any more.
    await page.route(DOCUMENT_SCREEN_CODE, (route) => route.abort())
    await page.goto(`/documents/${documentId}`)
    const alert = page
      .getByRole('alert')
      .filter({ hasText: 'Une partie de l’application n’a pas pu être chargée' })
    await alert.waitFor()
    await page.unroute(DOCUMENT_SCREEN_CODE)

    await alert.getByRole('button', { name: 'Réessayer' }).click()
    await documentScreen(page).status(SyncStatus.Synced).waitFor()
  })
})
