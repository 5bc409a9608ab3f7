import type { SuggestionAuthor } from '@maillage/editor'

/**
 * The suggestion mode (track changes) of a document's editor: who suggests, whether the editor
 * opens suggesting (their default mode), and whether the mode stays on (they may not edit).
 */
export interface EditorSuggestion {
  readonly author: SuggestionAuthor
  readonly initially: boolean
  readonly locked: boolean
}
