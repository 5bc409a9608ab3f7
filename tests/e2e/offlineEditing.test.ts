import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BrowserUser } from '../helpers/browserUser.ts'
import { createPage } from '../helpers/createDocument.ts'
import {
  SyncStatus,
  openDocument,
  typeAtEnd,
  type DocumentScreen,
} from '../helpers/documentScreen.ts'
import {
  connectEditorClient,
  whenEditorSynced,
  type EditorSyncClient,
} from '../helpers/editorSyncClient.ts'
import { waitFor } from '../helpers/waitFor.ts'
import {
  DemoAccount,
  LILLE_SPACE_ID,
  startWebFixture,
  type WebFixture,
} from '../helpers/webFixture.ts'

const OFFLINE_TEXT = 'Écrit dans le train sans réseau.'
const ONLINE_TEXT = 'Écrit au bureau pendant ce temps.'

describe('editing while the network is down', () => {
  let fixture: WebFixture
  let documentId: string
  let nadia: BrowserUser
  let camille: BrowserUser
  let nadiaScreen: DocumentScreen
  let camilleScreen: DocumentScreen
  /** A third client, in Node, that sees what the server relays. */
  let observer: EditorSyncClient

  beforeAll(async () => {
    fixture = await startWebFixture()
    const { credential } = await fixture.api.signIn(DemoAccount.lille.email)
    documentId = (
      await createPage(fixture.api, credential, {
        spaceId: LILLE_SPACE_ID,
        title: 'Notes de terrain',
      })
    ).id
    nadia = await fixture.signIn(DemoAccount.lille.email)
    camille = await fixture.signIn(DemoAccount.admin.email)
    nadiaScreen = await openDocument(nadia.page, documentId)
    camilleScreen = await openDocument(camille.page, documentId)
    observer = connectEditorClient(fixture.server.syncUrl, documentId, {
      Cookie: credential.cookie,
      Origin: fixture.server.httpUrl,
    })
    await whenEditorSynced(observer)
  })
  afterAll(async () => {
    observer.destroy()
    await fixture.close()
  })

  it('says the person is offline and keeps their edits apart until the network returns', async () => {
    await nadia.context.setOffline(true)
    await nadiaScreen.status(SyncStatus.Offline).waitFor()

    await typeAtEnd(nadiaScreen, OFFLINE_TEXT)
    await typeAtEnd(camilleScreen, ONLINE_TEXT)

    await nadiaScreen.editor.filter({ hasText: OFFLINE_TEXT }).waitFor()
    // Nadia typed first: had her text left the browser, the server would have relayed it before
    // Camille's, which the observer sees.
    await waitFor(() => {
      expect(observer.paragraphs().join('\n')).toContain(ONLINE_TEXT)
    })
    expect(observer.paragraphs().join('\n')).not.toContain(OFFLINE_TEXT)
    expect(await camilleScreen.contentText()).not.toContain(OFFLINE_TEXT)
    expect(await nadiaScreen.contentText()).not.toContain(ONLINE_TEXT)
  })

  it('merges both people’s text on both screens once back online', async () => {
    await nadia.context.setOffline(false)
    await nadiaScreen.status(SyncStatus.Synced).waitFor()

    for (const screen of [nadiaScreen, camilleScreen]) {
      await expectBothTexts(screen)
    }
  })

  it('keeps the merged text after each page is reloaded', async () => {
    for (const user of [nadia, camille]) {
      await user.page.reload()
      const screen = await openDocument(user.page, documentId)
      await expectBothTexts(screen)
    }
  })
})

async function expectBothTexts(screen: DocumentScreen): Promise<void> {
  await waitFor(
    async () => {
      const text = await screen.contentText()
      expect(text).toContain(OFFLINE_TEXT)
      expect(text).toContain(ONLINE_TEXT)
    },
    { timeoutMs: 15_000 },
  )
}
