// The rich-text editor of a collaborative document and its formatting toolbar, whose pieces (link
// form, buttons, roving focus) other editors of the app reuse.
export { DocumentEditor } from './DocumentEditor.tsx'
export type { EditorSuggestion } from './EditorSuggestion.ts'
export { LinkForm } from './LinkForm.tsx'
export { ToolbarButton } from './ToolbarButton.tsx'
export { useToolbarFocus } from './useToolbarFocus.ts'
export { focusedChain } from './focusedChain.ts'
