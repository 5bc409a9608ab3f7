// Suggestion mode (track changes) of the rich text: the marks, the mode, the list and the
// decisions. The marks' names and attributes (`SuggestionMark`, `readSuggestionAttributes`) live
// in `@maillage/schema`, without Tiptap, where the server reads them to check what a suggest-only
// connection writes; they are re-exported here for the editor's users.
export { authorColour } from './authorColour.ts'
export { createSuggestionLister, listSuggestions } from './listSuggestions.ts'
export type { SuggestionSummary } from './listSuggestions.ts'
export { resolveSuggestions } from './resolveSuggestions.ts'
export type { SuggestionDecision } from './resolveSuggestions.ts'
export {
  MAX_SUGGESTION_AUTHOR_NAME_LENGTH,
  MAX_SUGGESTION_ID_LENGTH,
  SuggestionMark,
  readSuggestionAttributes,
} from '@maillage/schema'
export type { SuggestionAttributes, SuggestionAuthor } from '@maillage/schema'
export { SuggestionDeletion, SuggestionInsertion } from './suggestionMarks.ts'
export {
  SuggestionMode,
  configureSuggestions,
  isSuggesting,
  markAsResolution,
  setSuggesting,
  suggestionModeKey,
} from './SuggestionMode.ts'
export type { SuggestionSetup } from './SuggestionMode.ts'
export { suggestTransaction } from './suggestTransaction.ts'
export type { SuggestionContext } from './suggestTransaction.ts'
