import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BrowserUser } from '../helpers/browserUser.ts'
import { createPage } from '../helpers/createDocument.ts'
import {
  SyncStatus,
  documentScreen,
  openDocument,
  typeAtEnd,
  type DocumentScreen,
} from '../helpers/documentScreen.ts'
import {
  connectEditorClient,
  whenEditorSynced,
  type EditorSyncClient,
} from '../helpers/editorSyncClient.ts'
import { metricValue } from '../helpers/metricValue.ts'
import { READ_ONLY_SYNCED, statusLine, statusSaying } from '../helpers/readOnlyScreen.ts'
import { waitFor } from '../helpers/waitFor.ts'
import {
  DemoAccount,
  LILLE_SPACE_ID,
  startWebFixture,
  type WebFixture,
} from '../helpers/webFixture.ts'

const DROPPED = 'maillage_read_only_updates_dropped_total'
const INTRUDER_TEXT = 'Paragraphe forcé par un lecteur'

describe('a lecteur reading a document others edit', () => {
  let fixture: WebFixture
  let documentId: string
  let nadia: BrowserUser
  let thomas: BrowserUser
  let nadiaScreen: DocumentScreen
  let thomasScreen: DocumentScreen
  const clients: EditorSyncClient[] = []
  const connect = (cookie: string): EditorSyncClient => {
    const client = connectEditorClient(fixture.server.syncUrl, documentId, {
      Cookie: cookie,
      Origin: fixture.server.httpUrl,
    })
    clients.push(client)
    return client
  }

  beforeAll(async () => {
    fixture = await startWebFixture()
    const { credential } = await fixture.api.signIn(DemoAccount.lille.email)
    documentId = (
      await createPage(fixture.api, credential, {
        spaceId: LILLE_SPACE_ID,
        title: 'Diagnostic partagé',
      })
    ).id
    nadia = await fixture.signIn(DemoAccount.lille.email)
    thomas = await fixture.signIn(DemoAccount.lecteur.email)
    nadiaScreen = await openDocument(nadia.page, documentId)
    // A lecteur's status says « Lecture seule », never « Synchronisé » (openDocument waits for it).
    await thomas.page.goto(`/documents/${documentId}`)
    thomasScreen = documentScreen(thomas.page)
    await statusSaying(thomas.page, READ_ONLY_SYNCED).waitFor()
    await thomasScreen.editor.waitFor()
  })
  afterAll(async () => {
    for (const client of clients.splice(0)) client.destroy()
    await fixture.close()
  })

  it('tells the lecteur the document is read-only and offers no editable content', async () => {
    await thomas.page.getByText('lecture seule').first().waitFor()
    expect(await thomasScreen.editor.getAttribute('contenteditable')).toBe('false')
    expect(await nadiaScreen.editor.getAttribute('contenteditable')).toBe('true')
    expect(await statusLine(thomas.page).textContent()).not.toContain(SyncStatus.Synced)
  })

  it('shows the lecteur what others type, live', async () => {
    await typeAtEnd(nadiaScreen, 'Taux de chômage du bassin : 11,2 %')

    await thomasScreen.editor.filter({ hasText: 'Taux de chômage du bassin : 11,2 %' }).waitFor()
  })

  it('changes nothing when the lecteur types in the editor', async () => {
    await thomasScreen.editor.click()
    await thomas.page.keyboard.type('Ajout du lecteur')
    // A later edit of Nadia's reaching Thomas means anything Thomas's keys sent has arrived too.
    await typeAtEnd(nadiaScreen, ' (source Insee)')
    await thomasScreen.editor.filter({ hasText: '(source Insee)' }).waitFor()

    expect(await thomasScreen.contentText()).not.toContain('Ajout du lecteur')
    expect(await nadiaScreen.contentText()).not.toContain('Ajout du lecteur')
  })

  it('drops an update forced by the lecteur’s session and never stores it', async () => {
    const nadiaCookie = await nadia.sessionCookie()
    const intruder = connect(await thomas.sessionCookie())
    await whenEditorSynced(intruder)
    const droppedBefore = await metricValue(fixture.server.httpUrl, DROPPED)

    intruder.appendParagraph(INTRUDER_TEXT)
    await waitFor(async () => {
      expect(await metricValue(fixture.server.httpUrl, DROPPED)).toBeGreaterThan(droppedBefore)
    })
    // Nadia's next edit reaching the lecteur's own connection means the server has handled, and
    // relayed to everyone, whatever came before it.
    await typeAtEnd(nadiaScreen, ' Fin.')
    await waitFor(() => {
      expect(intruder.paragraphs().join('\n')).toContain('Fin.')
    })
    await thomasScreen.editor.filter({ hasText: 'Fin.' }).waitFor()
    expect(await nadiaScreen.contentText()).not.toContain(INTRUDER_TEXT)
    expect(await thomasScreen.contentText()).not.toContain(INTRUDER_TEXT)

    intruder.destroy()
    await nadia.page.close()
    await thomas.page.close()
    await waitFor(async () => {
      expect(await metricValue(fixture.server.httpUrl, 'maillage_rooms')).toBe(0)
    })
    const reader = connect(nadiaCookie)
    await whenEditorSynced(reader)
    const stored = reader.paragraphs().join('\n')
    expect(stored).toContain('Taux de chômage du bassin : 11,2 % (source Insee) Fin.')
    expect(stored).not.toContain(INTRUDER_TEXT)
  })
})
