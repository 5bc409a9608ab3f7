import * as Y from 'yjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BrowserUser } from '../helpers/browserUser.ts'
import { createPage } from '../helpers/createDocument.ts'
import { openDocument, type DocumentScreen } from '../helpers/documentScreen.ts'
import {
  connectEditorClient,
  whenEditorSynced,
  type EditorSyncClient,
} from '../helpers/editorSyncClient.ts'
import { describeFocused, isFocused, tabUntilFocused } from '../helpers/keyboardFocus.ts'
import { waitFor } from '../helpers/waitFor.ts'
import {
  DemoAccount,
  LILLE_SPACE_ID,
  startWebFixture,
  type WebFixture,
} from '../helpers/webFixture.ts'

/** Tab presses a keyboard user may need from the top of a page to the editor. */
const MAX_TABS_TO_EDITOR = 30
/** The table the toolbar's « Tableau » inserts: 3 × 3 with a header row. */
const CELLS = ['A1', 'B1', 'C1', 'A2', 'B2', 'C2', 'A3', 'B3', 'C3']

describe('tables in the editor, with the keyboard alone', () => {
  let fixture: WebFixture
  let nadia: BrowserUser
  let observer: EditorSyncClient
  let screen: DocumentScreen

  beforeAll(async () => {
    fixture = await startWebFixture()
    const { credential } = await fixture.api.signIn(DemoAccount.lille.email)
    const document = await createPage(fixture.api, credential, {
      spaceId: LILLE_SPACE_ID,
      title: 'Calendrier des forums',
    })
    nadia = await fixture.signIn(DemoAccount.lille.email)
    observer = connectEditorClient(fixture.server.syncUrl, document.id, {
      Cookie: await nadia.sessionCookie(),
      Origin: fixture.server.httpUrl,
    })
    await whenEditorSynced(observer)
    screen = await openDocument(nadia.page, document.id)
  })
  afterAll(async () => {
    observer.destroy()
    await fixture.close()
  })

  it('moves through every cell with Tab, leaves the editor past the last one without adding a row, and Escape leaves it too', async () => {
    const { page, editor } = screen
    await tabUntilFocused(page, editor, { maxPresses: MAX_TABS_TO_EDITOR })
    // The toolbar comes just before the text: its last button switches the suggestion mode, the
    // one before it inserts a table.
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('End')
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('Enter')
    for (const [index, cell] of CELLS.entries()) {
      if (index > 0) await page.keyboard.press('Tab')
      await page.keyboard.type(cell)
    }
    await page.keyboard.press('Tab')

    const cellTexts = await editor.locator('table th, table td').allTextContents()
    expect(cellTexts).toEqual(CELLS)
    expect(await isFocused(page, editor), `focus at ${await describeFocused(page)}`).toBe(false)
    const afterEditor = await describeFocused(page)
    expect(afterEditor).not.toBe('body')
    await waitFor(() => {
      expect(tableRowsOf(observer.body)).toEqual([
        ['A1', 'B1', 'C1'],
        ['A2', 'B2', 'C2'],
        ['A3', 'B3', 'C3'],
      ])
    })

    // Back into the text, then out with Escape: to the same control as Tab past the last cell.
    await page.keyboard.press('Shift+Tab')
    expect(await isFocused(page, editor), `focus at ${await describeFocused(page)}`).toBe(true)
    await page.keyboard.press('Escape')
    expect(await describeFocused(page)).toBe(afterEditor)
    expect(await editor.locator('table tr').count()).toBe(3)
  })

  it('says how to leave the editor, and the editor points to that sentence', async () => {
    const hint = screen.page.getByText('Échap sort de l’éditeur', { exact: false })
    expect(await hint.isVisible()).toBe(true)
    const hintId = await hint.getAttribute('id')
    expect(hintId).not.toBeNull()
    expect(await screen.editor.getAttribute('aria-describedby')).toBe(hintId)
  })

  it('says it in the déclaration d’accessibilité', async () => {
    await screen.page.goto('/accessibilite')
    await screen.page
      .getByRole('heading', { level: 1, name: 'Déclaration d’accessibilité' })
      .waitFor()
    expect(await screen.page.getByRole('main').textContent()).toContain('Échap')
  })
})

/** The text of each cell of each row of the body's tables, as the shared document holds them. */
function tableRowsOf(body: Y.XmlFragment): string[][] {
  const rows: string[][] = []
  for (const node of body.createTreeWalker(
    (item) => item instanceof Y.XmlElement && item.nodeName === 'tableRow',
  )) {
    if (!(node instanceof Y.XmlElement)) continue
    rows.push(node.toArray().map((cell) => textOf(cell)))
  }
  return rows
}

function textOf(node: Y.XmlElement | Y.XmlText | Y.XmlHook): string {
  if (node instanceof Y.XmlText) return node.toJSON()
  if (node instanceof Y.XmlElement) return node.toArray().map(textOf).join('')
  return ''
}
