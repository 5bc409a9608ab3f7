import type { ChainedCommands, Editor } from '@tiptap/core'

/**
 * A command chain of `editor` that has taken the focus already, for a toolbar button or a form
 * acting on the editor. Tiptap's `focus()` command gives the focus a frame later; keys typed in
 * between (by a fast typist, a keyboard macro, an assistive tool right after pressing the button)
 * would reach the button instead of the text. Focusing the view here, synchronously, sends them
 * where the caret shows; the chain's own `focus()` then has nothing left to do.
 */
export function focusedChain(editor: Editor): ChainedCommands {
  if (!editor.isDestroyed && !editor.view.hasFocus()) editor.view.focus()
  return editor.chain().focus()
}
