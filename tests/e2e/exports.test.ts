import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  auditAccessibility,
  blockingViolations,
  describeViolations,
} from '../helpers/auditAccessibility.ts'
import type { BrowserUser } from '../helpers/browserUser.ts'
import { openDocument } from '../helpers/documentScreen.ts'
import {
  connectEditorClient,
  whenEditorSynced,
  type EditorSyncClient,
} from '../helpers/editorSyncClient.ts'
import { exportedText, missingInOrder } from '../helpers/exportsFixture.ts'
import { isFocused } from '../helpers/keyboardFocus.ts'
import {
  DemoAccount,
  LILLE_SPACE_ID,
  startWebFixture,
  type WebFixture,
} from '../helpers/webFixture.ts'

const TITLE = 'Mobilité des jeunes : permis'
const PARAGRAPH = 'Paragraphe écrit pour l’export en ODT'

describe('the « Exporter » menu of a document', () => {
  let fixture: WebFixture
  let nadia: BrowserUser
  let documentId: string
  let seeder: EditorSyncClient

  beforeAll(async () => {
    fixture = await startWebFixture()
    const { credential } = await fixture.api.signIn(DemoAccount.lille.email)
    const created = await fixture.api.request<{ document: { id: string } }>(
      'POST',
      `/api/spaces/${LILLE_SPACE_ID}/documents`,
      { as: credential, body: { kind: 'fiche-action', title: TITLE } },
    )
    documentId = created.body.document.id
    nadia = await fixture.signIn(DemoAccount.lille.email)
    seeder = connectEditorClient(fixture.server.syncUrl, documentId, {
      Cookie: await nadia.sessionCookie(),
      Origin: fixture.server.httpUrl,
    })
    await whenEditorSynced(seeder)
    seeder.appendParagraph(PARAGRAPH)
  })

  afterAll(async () => {
    seeder.destroy()
    await fixture.close()
  })

  it('downloads the document as ODT from the menu, with its title and text', async () => {
    const screen = await openDocument(nadia.page, documentId)
    await screen.page.getByText(PARAGRAPH).waitFor()
    const toggle = screen.page.getByRole('button', { name: 'Exporter', exact: true })
    expect(await toggle.getAttribute('aria-expanded')).toBe('false')
    await toggle.click()
    expect(await toggle.getAttribute('aria-expanded')).toBe('true')
    const formats = screen.page.getByRole('list', { name: 'Ce document' })
    const [download] = await Promise.all([
      screen.page.waitForEvent('download'),
      formats.getByRole('button', { name: 'ODT (LibreOffice)' }).click(),
    ])
    expect(download.suggestedFilename()).toBe('Mobilité des jeunes permis.odt')
    await screen.page
      .getByText('Le fichier « Mobilité des jeunes permis.odt » est téléchargé.')
      .waitFor()
    const path = await download.path()
    const text = await exportedText(new Uint8Array(await readFile(path)), 'odt')
    expect(
      missingInOrder(text, ['Mobilité des jeunes : permis', 'Fiche action', PARAGRAPH]),
    ).toBeNull()

    // The open menu, the announcement and the page pass axe-core.
    const blocking = blockingViolations(await auditAccessibility(screen.page))
    expect(blocking, `axe-core violations:\n${describeViolations(blocking)}`).toEqual([])

    // Escape closes the menu and gives the focus back to its button.
    await formats.getByRole('button', { name: 'PDF' }).focus()
    await screen.page.keyboard.press('Escape')
    expect(await toggle.getAttribute('aria-expanded')).toBe('false')
    expect(await isFocused(screen.page, toggle)).toBe(true)
  })
})
