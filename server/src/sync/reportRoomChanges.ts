import * as Y from 'yjs'
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

/** What {@link reportRoomChanges} gives its room. */
export interface RoomChangeReport {
  /**
   * Applies a connection's update to the document and reports the bytes it sent (broadcast,
   * saved, told to `onChanged`), without Yjs encoding the transaction again. Only for an update
   * that the document takes whole, as it is (see `isAppliedAsSent`). If applying throws, what
   * Yjs integrated before is reported as any change is, and the error goes on.
   */
  applyAsSent(update: Uint8Array, connection: Connection): void
  /** Stops listening to the awareness (called before destroying it). */
  stop(): void
}

/**
 * Listens to a room's document and awareness: every update but the load from the store is
 * broadcast, recorded for the saver and reported to `onChanged`; every awareness change is
 * broadcast and reported to `onAwarenessChanged`. The document's listener goes with the document.
 */
export function reportRoomChanges(listeners: RoomChangeListeners): RoomChangeReport {
  const { event, document, awareness, broadcaster, saver, hooks } = listeners
  const { room } = event
  const { doc } = document
  const report = (update: Uint8Array, origin: unknown): void => {
    const from = origin instanceof Connection ? origin : null
    broadcaster.addUpdate(update, from)
    // Client updates carry their connection as origin (handleMessage.ts): that is who edited.
    // Remote updates are saved without an author: the process of the connection reports them.
    saver.record(update, from?.principal.id)
    hooks.call('onChanged', room.id, { room, update, origin })
  }
  const handleUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin !== PERSISTENCE_ORIGIN) report(update, origin)
  }
  doc.on('update', handleUpdate)
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
  return {
    applyAsSent(update, connection) {
      // Yjs encodes each transaction's update only while the document has an 'update' listener:
      // without ours, a typing client's edit is no longer encoded a second time. Nothing writes to
      // a room's document from an observer of it, so no other transaction runs meanwhile.
      doc.off('update', handleUpdate)
      // An object: a flag set inside the transaction's callback is not narrowed away after it.
      const outcome = { applied: false }
      try {
        Y.transact(
          doc,
          () => {
            try {
              Y.applyUpdate(doc, update, connection)
              outcome.applied = true
            } finally {
              // Before the transaction ends: Yjs then encodes what the failed update changed.
              if (!outcome.applied) doc.on('update', handleUpdate)
            }
          },
          connection,
          false,
        )
      } finally {
        doc.on('update', handleUpdate)
        // A copy of its own: the update is a view into the frame received from the socket.
        if (outcome.applied) report(update.slice(), connection)
      }
    },
    stop() {
      awareness.off('update', handleAwarenessUpdate)
    },
  }
}
