import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import { useState } from 'react'
import { createSuggestionLister, type SuggestionSummary } from '@maillage/editor'

const NO_SUGGESTIONS: readonly SuggestionSummary[] = []

/**
 * The suggestions of the editor's document, kept current: the list changes when a suggestion is
 * made, accepted or rejected by anyone, not at each key typed elsewhere (compared by content). Each
 * change re-reads only the blocks it touched (`createSuggestionLister`).
 */
export function useSuggestionList(editor: Editor | null): readonly SuggestionSummary[] {
  const [listSuggestions] = useState(createSuggestionLister)
  return (
    useEditorState({
      editor,
      selector: ({ editor: current }) =>
        current === null ? NO_SUGGESTIONS : listSuggestions(current.state.doc),
      equalityFn: (a, b) => a === b || JSON.stringify(a) === JSON.stringify(b),
    }) ?? NO_SUGGESTIONS
  )
}
