import { expect } from 'vitest'
import type { Locator, Page } from 'playwright-core'
import { waitFor } from './waitFor.ts'

/** What the connection status of the document screen says, word for word. */
export const SyncStatus = {
  Synced: 'Synchronisé',
  Offline: 'Hors ligne — vos modifications sont gardées sur cet appareil',
  Reconnecting: 'Reconnexion…',
  Connecting: 'Connexion…',
} as const
export type SyncStatus = (typeof SyncStatus)[keyof typeof SyncStatus]

/** The parts of the document screen the tests use, found as a person or screen reader would. */
export interface DocumentScreen {
  readonly page: Page
  /** The Tiptap editor: `.ProseMirror`, role textbox, named "Contenu du document". */
  readonly editor: Locator
  /** The co-edited title field. */
  readonly title: Locator
  readonly toolbar: Locator
  /** The list of the people present, one item each. */
  readonly presence: Locator
  /** The connection status showing exactly `status`. */
  status(status: SyncStatus): Locator
  /** Other people's carets in the editor carrying `name`. */
  caretOf(name: string): Locator
  /** The document's text as written, a line per block, without other people's carets. */
  contentText(): Promise<string>
}

// Carets are widgets inside the editor's DOM: their labels are not part of the text. Plain
// JavaScript evaluated in the page (there is one editor per page).
const CONTENT_TEXT_SCRIPT = `(() => {
  const editor = document.querySelector('.ProseMirror')
  if (editor === null) throw new Error('no .ProseMirror editor on the page')
  const copy = editor.cloneNode(true)
  for (const caret of copy.querySelectorAll('.collaboration-carets__caret')) caret.remove()
  return [...copy.children].map((block) => block.textContent).join('\\n')
})()`

/** Finds the parts of the document screen shown by `page`. */
export function documentScreen(page: Page): DocumentScreen {
  const editor = page.locator('.ProseMirror[role="textbox"][aria-label="Contenu du document"]')
  return {
    page,
    editor,
    title: page.getByLabel('Titre du document', { exact: true }),
    toolbar: page.getByRole('toolbar', { name: 'Mise en forme' }),
    presence: page.getByRole('list', { name: 'Personnes présentes' }),
    status: (status) => page.getByRole('status').filter({ hasText: exactText(status) }),
    caretOf: (name) =>
      page.locator('.collaboration-carets__caret .collaboration-carets__label', {
        hasText: exactText(name),
      }),
    contentText: async () => {
      const text = await page.evaluate(CONTENT_TEXT_SCRIPT)
      if (typeof text !== 'string') throw new Error('the editor’s text could not be read')
      return text
    },
  }
}

/** Opens `/documents/<id>` and resolves once the document is synchronised with the server. */
export async function openDocument(page: Page, documentId: string): Promise<DocumentScreen> {
  await page.goto(`/documents/${documentId}`)
  const screen = documentScreen(page)
  await screen.status(SyncStatus.Synced).waitFor()
  await screen.editor.waitFor()
  return screen
}

// Whether the editor's own state holds the page's caret, collapsed at the end of the document
// (plain JavaScript run in the page; Tiptap hangs the editor on its DOM node).
const CARET_AT_DOCUMENT_END_SCRIPT = `(() => {
  const focused = document.activeElement
  const editorNode = focused && focused.closest('.ProseMirror')
  const view = editorNode && editorNode.editor && editorNode.editor.view
  const selection = window.getSelection()
  if (!view || !view.hasFocus() || !selection || !selection.focusNode) return false
  const head = view.state.selection.head
  return view.state.selection.empty && selection.isCollapsed &&
    head === view.posAtDOM(selection.focusNode, selection.focusOffset) &&
    head === view.state.selection.constructor.atEnd(view.state.doc).head
})()`

/** Types `text` at the end of the document's content, key by key, as a person would. */
export async function typeAtEnd(screen: DocumentScreen, text: string): Promise<void> {
  await screen.editor.focus()
  // ProseMirror writes its own selection back to the page 20 ms after it takes the focus unless it
  // has read the page's by then: under load, that can undo Ctrl+End, and keys typed next land at
  // the start of the document. A person sees the caret at the top and presses Ctrl+End again.
  await waitFor(async () => {
    await screen.page.keyboard.press('Control+End')
    expect(await screen.page.evaluate(CARET_AT_DOCUMENT_END_SCRIPT)).toBe(true)
  })
  await screen.page.keyboard.type(text)
}

/**
 * Types `text` at the end of the text field `field` a word at a time, each word (with the spaces
 * after it) one `input` event as a phone keyboard's suggestions or dictation send it: far fewer
 * round trips than key by key, so that two people's words interleave within a test's time.
 */
export async function typeWordsAtEnd(field: Locator, text: string): Promise<void> {
  await field.focus()
  await field.press('Control+End')
  const keyboard = field.page().keyboard
  for (const word of text.match(/\s*\S+\s*/g) ?? []) await keyboard.insertText(word)
}

/** Matches an element whose whole text is `text`, trimmed. */
export function exactText(text: string): RegExp {
  return new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`)
}
