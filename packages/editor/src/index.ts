export { createContentExtensions, HEADING_LEVELS } from './createContentExtensions.ts'
export { createMessageExtensions } from './createMessageExtensions.ts'
export type { MentionSuggestion } from './createMessageExtensions.ts'
export { createCollaborationExtensions } from './createCollaborationExtensions.ts'
export type { CaretUser, CollaborationBinding } from './createCollaborationExtensions.ts'
export { readableTextColor, renderCaret } from './renderCaret.ts'
export { TypingIntoEmptyBlocks } from './typingIntoEmptyBlocks.ts'
export { canRedo, canUndo } from './undoAvailability.ts'
export {
  CommentHighlights,
  anchorOfSelection,
  commentHighlightsKey,
  resolveAnchor,
} from './comments/index.ts'
export type {
  CommentHighlightsOptions,
  HighlightedThread,
  RelativePositionJson,
  ResolvedRange,
  TextAnchor,
} from './comments/index.ts'
export type {
  CollaborationOptions,
  HighlightOptions,
  StarterKitOptions,
  TableKitOptions,
  TaskItemOptions,
  TaskListOptions,
} from './editorOptions.ts'
export {
  SuggestionDeletion,
  SuggestionInsertion,
  SuggestionMark,
  SuggestionMode,
  authorColour,
  configureSuggestions,
  isSuggesting,
  createSuggestionLister,
  listSuggestions,
  markAsResolution,
  readSuggestionAttributes,
  resolveSuggestions,
  setSuggesting,
  suggestTransaction,
  suggestionModeKey,
  MAX_SUGGESTION_AUTHOR_NAME_LENGTH,
  MAX_SUGGESTION_ID_LENGTH,
} from './suggestions/index.ts'
export type {
  SuggestionAttributes,
  SuggestionAuthor,
  SuggestionContext,
  SuggestionDecision,
  SuggestionSetup,
  SuggestionSummary,
} from './suggestions/index.ts'
