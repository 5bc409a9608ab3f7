import { expect } from 'vitest'
import type { Locator } from 'playwright-core'
import { waitFor } from './waitFor.ts'

// Whether the caret is collapsed at the end of a paragraph's text, in the page's selection AND in
// the editor's own state (plain JavaScript run in the page; Tiptap hangs the editor on its DOM
// node). ProseMirror reads the page's selection a moment after a click, and, the first time the
// editor takes the focus, writes its own selection back to the page 20 ms later unless it has read
// the new one by then: under load, a key pressed in between lands where the editor's state still
// is — the start of the document. Both agreeing means the editor has taken the click.
const CARET_AT_END_SCRIPT = `(() => {
  const selection = window.getSelection()
  const node = selection && selection.focusNode
  if (!selection || !selection.isCollapsed || !node) return false
  const element = node.nodeType === 1 ? node : node.parentElement
  const paragraph = element && element.closest('p')
  const editorNode = element && element.closest('.ProseMirror')
  if (!paragraph || !editorNode || !editorNode.editor) return false
  const range = document.createRange()
  range.selectNodeContents(paragraph)
  range.setStart(node, selection.focusOffset)
  if (range.toString() !== '') return false
  const view = editorNode.editor.view
  const head = view.state.selection.$head
  return view.hasFocus() && view.state.selection.empty &&
    head.parent.type.name === 'paragraph' && head.parentOffset === head.parent.content.size
})()`

/**
 * Puts the caret at the end of the paragraph `block` of a rich-text editor, clicking at its right
 * edge as a person would, and waits until the editor itself holds the caret there.
 */
export async function caretAtEndOf(block: Locator): Promise<void> {
  const page = block.page()
  await waitFor(async () => {
    const box = await block.boundingBox()
    if (box === null) throw new Error('the paragraph is not shown')
    await block.click({ position: { x: box.width - 2, y: box.height / 2 } })
    expect(await page.evaluate(CARET_AT_END_SCRIPT)).toBe(true)
  })
}
