import type { Editor } from '@tiptap/core'
import { useMemo, useState } from 'react'
import type { AccountView, DocumentView } from '@maillage/protocol'
import type { DocumentSuggestionsBinding } from '../../documents/index.ts'
import type { EditorSuggestion } from '../../richText/index.ts'
import { SuggestionsPanel } from './SuggestionsPanel.tsx'

/**
 * The suggestion mode of one open document, from the person's review rights
 * (`DocumentView.review`): whoever may suggest gets the mode, opening in their default mode and
 * locked on when they may not edit; the « Suggestions » panel lists the pending ones, with accept
 * and reject for whoever may edit.
 */
export function useDocumentSuggestionsBinding(
  record: DocumentView,
  account: AccountView,
): DocumentSuggestionsBinding {
  const [editor, setEditor] = useState<Editor | null>(null)
  const review = record.review
  const suggest = review?.suggest === true
  const edit = review?.edit === true
  const initially = review?.defaultMode === 'suggestion'
  const suggestion = useMemo<EditorSuggestion | undefined>(
    () =>
      suggest
        ? { author: { id: account.id, name: account.name }, initially, locked: !edit }
        : undefined,
    [suggest, edit, initially, account.id, account.name],
  )
  return {
    suggestion,
    suggestsOnly: suggest && !edit,
    attachEditor: setEditor,
    panel: <SuggestionsPanel editor={editor} canDecide={edit} accountId={account.id} />,
  }
}
