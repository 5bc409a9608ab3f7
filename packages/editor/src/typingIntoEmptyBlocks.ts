import { Extension } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'

const key = new PluginKey('maillage-typing-into-empty-blocks')

/**
 * Inserts a character typed into an empty block (a new paragraph after Enter, the item of a list
 * just made, a composer just emptied) through ProseMirror rather than letting the browser write
 * it into the DOM.
 *
 * Why: ProseMirror puts the caret of an empty block before the block's placeholder `<br>`. When
 * the next key arrives before Chromium has processed that new selection (within a few
 * milliseconds: a fast typist, a keyboard macro, an assistive tool), Chromium writes the
 * character but leaves the DOM caret before it; ProseMirror reads that caret back, so the rest
 * of the word is typed in front of its first letter and the letter drifts to the end of the text
 * with each following Enter. ProseMirror already inserts characters itself this way when the
 * selection is not a text selection (its `keypress` handler); this does the same for a caret in
 * an empty textblock, where no spelling correction or composition can be under way.
 */
export const TypingIntoEmptyBlocks = Extension.create({
  name: 'typingIntoEmptyBlocks',
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key,
        props: { handleKeyPress: insertIntoEmptyBlock },
      }),
    ]
  },
})

function insertIntoEmptyBlock(view: EditorView, event: KeyboardEvent): boolean {
  // Ctrl with Alt is AltGr on Windows, which types characters such as « @ ».
  if (view.composing || event.isComposing || (event.ctrlKey && !event.altKey) || event.metaKey) {
    return false
  }
  // Named keys (`Enter`, `Dead`, `Unidentified`…) are ASCII words; a typed character is not.
  const text = event.key
  if (text === '' || /^[A-Za-z][A-Za-z0-9]+$/.test(text) || /[\r\n]/.test(text)) return false
  const { selection } = view.state
  const block = selection.$from.parent
  if (!selection.empty || !block.isTextblock || block.content.size !== 0) return false
  const { from, to } = selection
  const insert = (): ReturnType<typeof view.state.tr.insertText> =>
    view.state.tr.insertText(text).scrollIntoView()
  // Input rules and the like see the character first, as when the browser inserts it.
  const handled = view.someProp('handleTextInput', (handle) => handle(view, from, to, text, insert))
  if (handled !== true) view.dispatch(insert())
  return true
}
