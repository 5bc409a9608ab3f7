import type { AnyExtension } from '@tiptap/core'
import Collaboration from '@tiptap/extension-collaboration'
import CollaborationCaret from '@tiptap/extension-collaboration-caret'
import type { Awareness } from 'y-protocols/awareness'
import type * as Y from 'yjs'
import { DocumentRoot } from '@maillage/schema'
import { caretAwareness } from './caretAwareness.ts'
import { RemoteChangesKeepScroll } from './remoteChangesKeepScroll.ts'
import { renderCaret } from './renderCaret.ts'

/** The person editing, as the others see their caret: name and CSS colour. */
export interface CaretUser {
  readonly name: string
  readonly color: string
}

/** What {@link createCollaborationExtensions} binds the editor to. */
export interface CollaborationBinding {
  readonly document: Y.Doc
  /** The awareness of the document's provider, which carries carets and selections. */
  readonly awareness: Awareness
  readonly user: CaretUser
  /** The Y.XmlFragment root to edit (an atelier's breakout group has its own); default `body`. */
  readonly field?: string
}

/**
 * Binds the editor to the `body` root of a Y.Doc (or `binding.field`), with undo and redo of one's
 * own changes only (Yjs UndoManager) and the named, coloured carets and selections of the others;
 * their edits do not scroll the page.
 */
export function createCollaborationExtensions(binding: CollaborationBinding): AnyExtension[] {
  return [
    Collaboration.configure({
      document: binding.document,
      field: binding.field ?? DocumentRoot.Body,
    }),
    CollaborationCaret.configure({
      provider: { awareness: caretAwareness(binding.awareness) },
      user: { name: binding.user.name, color: binding.user.color },
      render: renderCaret,
    }),
    RemoteChangesKeepScroll,
  ]
}
