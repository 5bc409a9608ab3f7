import type { Locator, Page } from 'playwright-core'
import { SyncStatus, exactText } from './documentScreen.ts'
import { READ_ONLY_SYNCED } from './readOnlyScreen.ts'
import { waitForPaint } from './waitForPaint.ts'

/**
 * The parts of an atelier's live session page the tests use (déroulé, shared notes, presence and
 * the wall of contributions), found as a person or screen reader would.
 */
export interface AtelierSessionScreen {
  readonly page: Page
  /** The connection status once it says the session is synchronised. */
  readonly synced: Locator
  /** The point of the déroulé marked current (`aria-current="step"`); none before and after. */
  readonly currentPoint: Locator
  /** The editor of the shared notes. */
  readonly notes: Locator
  /** The list of the people present, one item each. */
  readonly presence: Locator
  /** The notes' text as written, a line per block, without other people's carets. */
  notesText(): Promise<string>
  /** Types `text` as a new paragraph at the end of the notes, a word at a time. */
  typeNote(text: string): Promise<void>
  /** Adds a sticky note saying `text` to the wall through « Votre contribution ». */
  addSticky(text: string): Promise<void>
  /** Types a sticky note saying `text` in « Votre contribution » and adds it with Ctrl+Entrée. */
  addStickyWithKeys(text: string): Promise<void>
  /** The sticky note showing `text` on the wall. */
  sticky(text: string): Locator
  /** The column of the wall whose heading is `label` followed by its count. */
  column(label: string): Locator
  /** Pastes `text` into « Votre contribution », as Ctrl+V would. */
  pasteContribution(text: string): Promise<void>
  /** The facilitator's « Démarrer la session », confirmed as asked before the atelier's day. */
  startEarly(): Promise<void>
  /** The facilitator's « Terminer la session », confirmed. */
  end(): Promise<void>
}

// Other people's carets are widgets inside the editor: their names are not part of the text.
const NOTES_TEXT_SCRIPT = `(() => {
  const editor = document.querySelector('.ProseMirror[aria-label="Notes partagées"]')
  if (editor === null) return null
  const copy = editor.cloneNode(true)
  for (const caret of copy.querySelectorAll('.collaboration-carets__caret')) caret.remove()
  return [...copy.children].map((block) => block.textContent).join('\\n')
})()`

/** Finds the parts of the live session page shown by `page`. */
export function atelierSessionScreen(page: Page): AtelierSessionScreen {
  const notes = page.getByRole('textbox', { name: 'Notes partagées', exact: true })
  return {
    page,
    // Up to date with the server: « Synchronisé » for writers, « Lecture seule — … » for readers.
    synced: page.getByRole('status').filter({
      hasText: new RegExp(
        `${exactText(SyncStatus.Synced).source}|${exactText(READ_ONLY_SYNCED).source}`,
      ),
    }),
    currentPoint: page
      .getByRole('region', { name: 'Déroulé', exact: true })
      .locator('li[aria-current="step"]'),
    notes,
    presence: page.getByRole('list', { name: 'Personnes présentes', exact: true }),
    notesText: async () => {
      const text = await page.evaluate(NOTES_TEXT_SCRIPT)
      if (typeof text !== 'string') throw new Error('the notes’ text could not be read')
      return text
    },
    typeNote: (text) => typeParagraph(notes, text),
    addSticky: async (text) => {
      await page.getByLabel('Votre contribution', { exact: true }).fill(text)
      await page.getByRole('button', { name: 'Ajouter', exact: true }).click()
    },
    addStickyWithKeys: async (text) => {
      const field = page.getByLabel('Votre contribution', { exact: true })
      await field.fill(text)
      await field.press('Control+Enter')
    },
    sticky: (text) =>
      page.locator('.note-mur').filter({ has: page.getByText(text, { exact: true }) }),
    column: (label) =>
      page
        .getByRole('region', { name: 'Mur des contributions', exact: true })
        .getByRole('region', { name: new RegExp(`^${label} \\(\\d+\\)$`) }),
    pasteContribution: async (text) => {
      await page.evaluate(pasteScript(text))
    },
    startEarly: async () => {
      await page.getByRole('button', { name: 'Démarrer la session', exact: true }).click()
      await page
        .getByRole('group', { name: 'Démarrer la session', exact: true })
        .getByRole('button', { name: 'Oui, démarrer', exact: true })
        .click()
    },
    end: async () => {
      await page.getByRole('button', { name: 'Terminer la session', exact: true }).click()
      await page.getByRole('button', { name: 'Oui, terminer', exact: true }).click()
    },
  }
}

async function typeParagraph(editor: Locator, text: string): Promise<void> {
  await editor.focus()
  await editor.press('Control+End')
  // The editor reads the moved caret from the browser's `selectionchange`, which comes after the
  // key: Enter before it would split the block where the caret was.
  await waitForPaint(editor.page())
  await editor.press('Enter')
  const keyboard = editor.page().keyboard
  for (const word of text.match(/\s*\S+\s*/g) ?? []) await keyboard.insertText(word)
}

// A paste event the page handles as the browser's own: the field gets what fits its limit.
function pasteScript(text: string): string {
  return `(() => {
  const field = [...document.querySelectorAll('textarea')].find(
    (textarea) => textarea.labels[0]?.textContent === 'Votre contribution',
  )
  const data = new DataTransfer()
  data.setData('text/plain', ${JSON.stringify(text)})
  field.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }))
})()`
}
