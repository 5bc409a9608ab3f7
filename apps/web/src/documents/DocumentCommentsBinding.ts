import type { AnyExtension, Editor } from '@tiptap/core'
import type { ReactNode } from 'react'
import type { AccountView, DocumentView } from '@maillage/protocol'
import type { CollaborativeDocument } from '../collaboration/index.ts'

/**
 * What the comments of a document bring to its page (made by the comments feature, handed to the
 * document page by the app): the editor's extensions and « Commenter », « Commenter ce champ »
 * beside the fields, and the « Commentaires » panel.
 */
export interface DocumentCommentsBinding {
  /** Extensions of the rich-text editor (highlights of the passages); same identity each render. */
  readonly extensions: readonly AnyExtension[]
  readonly attachEditor: (editor: Editor | null) => void
  /** « Commenter » the selection; undefined where one may not comment. */
  readonly onComment: (() => void) | undefined
  /** « Commenter ce champ » for the fields named; undefined where one may not comment. */
  readonly commentField:
    | {
        readonly names: ReadonlySet<string>
        readonly start: (name: string, label: string) => void
      }
    | undefined
  /** The « Commentaires » panel, for the side of the page. */
  readonly panel: ReactNode
}

/** The hook making a {@link DocumentCommentsBinding} for one open document. */
export type UseDocumentComments = (
  collaboration: CollaborativeDocument,
  record: DocumentView,
  account: AccountView,
) => DocumentCommentsBinding
