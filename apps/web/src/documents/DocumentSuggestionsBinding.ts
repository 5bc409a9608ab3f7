import type { Editor } from '@tiptap/core'
import type { ReactNode } from 'react'
import type { AccountView, DocumentView } from '@maillage/protocol'
import type { EditorSuggestion } from '../richText/index.ts'

/**
 * What the suggestion mode (track changes) brings to a document's page (made by the suggestions
 * feature, handed to the document page by the app): the editor's mode for whoever may suggest,
 * and the « Suggestions » panel.
 */
export interface DocumentSuggestionsBinding {
  /** The editor's suggestion mode; undefined for whoever may not suggest. */
  readonly suggestion: EditorSuggestion | undefined
  /** True when the rich text takes the person's suggestions although the rest is read-only. */
  readonly suggestsOnly: boolean
  readonly attachEditor: (editor: Editor | null) => void
  /** The « Suggestions » panel, for the side of the page. */
  readonly panel: ReactNode
}

/** The hook making a {@link DocumentSuggestionsBinding} for one open document. */
export type UseDocumentSuggestions = (
  record: DocumentView,
  account: AccountView,
) => DocumentSuggestionsBinding
