import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BrowserUser } from '../helpers/browserUser.ts'
import { createPage } from '../helpers/createDocument.ts'
import { openDocument, typeAtEnd, type DocumentScreen } from '../helpers/documentScreen.ts'
import {
  connectEditorClient,
  whenEditorSynced,
  type EditorSyncClient,
} from '../helpers/editorSyncClient.ts'
import {
  DemoAccount,
  LILLE_SPACE_ID,
  startWebFixture,
  type WebFixture,
} from '../helpers/webFixture.ts'

const PAYLOAD = '<img src=x onerror=alert(1)>'
const TITLE = `Ordre du jour ${PAYLOAD}`
const TYPED = `Tapé : ${PAYLOAD}`
const RECEIVED = `Reçu : ${PAYLOAD}`

describe('HTML in titles and content', () => {
  let fixture: WebFixture
  let documentId: string
  let nadia: BrowserUser
  let screen: DocumentScreen
  let peer: EditorSyncClient | undefined
  const dialogs: string[] = []

  beforeAll(async () => {
    fixture = await startWebFixture()
    const { credential } = await fixture.api.signIn(DemoAccount.lille.email)
    documentId = (
      await createPage(fixture.api, credential, { spaceId: LILLE_SPACE_ID, title: TITLE })
    ).id
    nadia = await fixture.signIn(DemoAccount.lille.email)
    nadia.page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`)
      void dialog.dismiss()
    })
    screen = await openDocument(nadia.page, documentId)
  })
  afterAll(async () => {
    peer?.destroy()
    await fixture.close()
  })

  it('shows a title holding HTML as text in the title field and the page title', async () => {
    expect(await screen.title.inputValue()).toBe(TITLE)
    expect(await nadia.page.title()).toBe(`${TITLE} — Maillage`)
    await expectNoInjectedImage(nadia.page)
  })

  it('shows HTML typed in the editor as text', async () => {
    await typeAtEnd(screen, TYPED)

    await screen.editor.getByText(TYPED, { exact: true }).waitFor()
    expect(await screen.editor.locator('img').count()).toBe(0)
    await expectNoInjectedImage(nadia.page)
  })

  it('shows HTML received from another client as text', async () => {
    peer = connectEditorClient(fixture.server.syncUrl, documentId, {
      Cookie: await nadia.sessionCookie(),
      Origin: fixture.server.httpUrl,
    })
    await whenEditorSynced(peer)
    peer.appendParagraph(RECEIVED)

    await screen.editor.getByText(RECEIVED, { exact: true }).waitFor()
    expect(await screen.editor.locator('img').count()).toBe(0)
    await expectNoInjectedImage(nadia.page)
  })

  it('lists the title as text on the accueil', async () => {
    await nadia.page.goto('/')
    await nadia.page.getByRole('heading', { level: 1, name: 'Accueil' }).waitFor()

    await nadia.page.getByRole('link', { name: TITLE, exact: true }).first().waitFor()
    await expectNoInjectedImage(nadia.page)
  })

  it('lists the title as text in the espace', async () => {
    await nadia.page.goto(`/espaces/${LILLE_SPACE_ID}`)

    await nadia.page.getByRole('link', { name: TITLE, exact: true }).first().waitFor()
    await expectNoInjectedImage(nadia.page)
  })

  it('never ran the injected script on any of these screens', () => {
    expect(dialogs).toEqual([])
  })
})

/** No element the payload would have made: an image from `x`, or anything with an `onerror`. */
async function expectNoInjectedImage(page: Page): Promise<void> {
  expect(await page.locator('img[src="x"], [onerror]').count()).toBe(0)
}
