import { encodeAwarenessUpdate, type Awareness } from 'y-protocols/awareness'
import type { DocumentSaver } from '../persistence/DocumentSaver.ts'
import type { Broadcaster } from './Broadcaster.ts'
import { Connection } from './Connection.ts'
import { PERSISTENCE_ORIGIN, type LazyDocument } from './LazyDocument.ts'
import type { RoomEvent, RoomHooks } from './RoomHooks.ts'

/** What {@link reportRoomChanges} listens to and tells. */
export interface RoomChangeListeners {
  /** The room the hooks are told about (`{ room }`). */
  readonly event: RoomEvent
  readonly document: LazyDocument
  readonly awareness: Awareness
  readonly broadcaster: Broadcaster
  readonly saver: DocumentSaver
  readonly hooks: RoomHooks
}

/**
 * Listens to a room's document and awareness: every update but the load from the store is
 * broadcast, recorded for the saver and reported to `onChanged`; every awareness change is
 * broadcast and reported to `onAwarenessChanged`. Returns what stops listening to the awareness
 * (called before destroying it; the document's listener goes with the document).
 */
export function reportRoomChanges(listeners: RoomChangeListeners): () => void {
  const { event, document, awareness, broadcaster, saver, hooks } = listeners
  const { room } = event
  document.doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin === PERSISTENCE_ORIGIN) return
    broadcaster.addUpdate(update)
    // Client updates carry their connection as origin (handleMessage.ts): that is who edited.
    // Remote updates are saved without an author: the process of the connection reports them.
    saver.record(update, origin instanceof Connection ? origin.principal.id : undefined)
    hooks.call('onChanged', room.id, { room, update, origin })
  })
  // Which connection holds which client ids is kept by `admitAwarenessEntries`, before the update
  // is applied.
  const handleAwarenessUpdate = (
    changes: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const clientIds = [...changes.added, ...changes.updated, ...changes.removed]
    broadcaster.addAwareness(clientIds)
    // Encoded only for a subscriber: most rooms have none.
    if (!hooks.has('onAwarenessChanged')) return
    const update = encodeAwarenessUpdate(awareness, clientIds)
    hooks.call('onAwarenessChanged', room.id, { room, update, origin })
  }
  awareness.on('update', handleAwarenessUpdate)
  return () => {
    awareness.off('update', handleAwarenessUpdate)
  }
}
