import type { RoomExtension } from '../sync/RoomHooks.ts'
import type { EditingSessions } from './EditingSessions.ts'

/**
 * The room extension that feeds the editing sessions of documents: each save that stored
 * people's edits (`onStored`) extends its document's session with its author, and the room's
 * unload (the last person left) ends it.
 */
export function createVersioningExtension(sessions: EditingSessions): RoomExtension {
  return {
    name: 'versions',
    onStored: ({ room, editorId }) => {
      sessions.noteEdit(room.id, editorId)
    },
    onUnloaded: ({ documentId }) => {
      sessions.noteUnloaded(documentId)
    },
  }
}
