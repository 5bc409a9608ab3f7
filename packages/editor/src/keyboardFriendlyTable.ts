import { Table } from '@tiptap/extension-table'

/**
 * The table node of documents, whose Tab and Shift+Tab move between cells and never change the
 * document. Tiptap's table adds a row on Tab in the last cell: that traps keyboard users in the
 * editor and writes into the shared document on a key meant to move (RGAA 12.13, WCAG 2.1.2).
 * Here, past the last cell (or before the first) the key is left to the browser, which moves the
 * focus out of the editor as from any field; rows are added with the toolbar's « Ajouter une
 * ligne ». Its other keys (deleting a fully selected table) are Tiptap's.
 */
export const KeyboardFriendlyTable = Table.extend({
  addKeyboardShortcuts() {
    return {
      ...this.parent?.(),
      Tab: () => this.editor.commands.goToNextCell(),
      'Shift-Tab': () => this.editor.commands.goToPreviousCell(),
    }
  },
})
