// The collaboration kernel: one Y.Doc per open document with its websocket and IndexedDB
// providers, presence, the connection's status line, and the hooks that bind Y.Map entries and
// Y.Text to inputs. Features import it from here only.
export { useCollaborativeDocument, type CollaborativeDocument } from './useCollaborativeDocument.ts'
export type { ConnectionState } from './ConnectionState.ts'
export { clearLocalCopies } from './localCopies.ts'
export { PresenceList } from './PresenceList.tsx'
export { StatusLine } from './StatusLine.tsx'
export { useYMapEntry, useYDeepVersion } from './useYMapEntry.ts'
export { useYTextInput } from './useYTextInput.ts'
export { useFieldValues } from './useFieldValues.ts'
export { readBoundedJson } from './readBoundedJson.ts'
export { collaborationTexts } from './texts.ts'
