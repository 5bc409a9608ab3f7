// How a document is shown and reached away from its own page: its address in the app and its
// line in a list of documents.
export { documentPath } from './documentPath.ts'
export { DocumentList, DocumentItem } from './DocumentList.tsx'
export type { DocumentCommentsBinding, UseDocumentComments } from './DocumentCommentsBinding.ts'
export type {
  DocumentSuggestionsBinding,
  UseDocumentSuggestions,
} from './DocumentSuggestionsBinding.ts'
export type { ProgrammeMentionComponent } from './ProgrammeMentionComponent.ts'
