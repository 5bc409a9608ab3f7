// Suggestion mode (track changes) of the rich text: the marks, the mode, the list and the
// decisions. The server reads `SuggestionMark` and `readSuggestionAttributes` to check what a
// suggest-only connection writes.
export { authorColour } from './authorColour.ts'
export { listSuggestions } from './listSuggestions.ts'
export type { SuggestionSummary } from './listSuggestions.ts'
export { resolveSuggestions } from './resolveSuggestions.ts'
export type { SuggestionDecision } from './resolveSuggestions.ts'
export {
  MAX_SUGGESTION_AUTHOR_NAME_LENGTH,
  MAX_SUGGESTION_ID_LENGTH,
  SuggestionMark,
  readSuggestionAttributes,
} from './SuggestionMark.ts'
export type { SuggestionAttributes, SuggestionAuthor } from './SuggestionMark.ts'
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
