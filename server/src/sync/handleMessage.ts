import * as Y from 'yjs'
import { applyAwarenessUpdate, encodeAwarenessUpdate, type Awareness } from 'y-protocols/awareness'
import { CloseCode, SyncMessageType, encodeAwareness, type Message } from '@maillage/protocol'
import type { Metrics } from '../observability/Metrics.ts'
import { assertValidAwarenessUpdate } from './assertValidAwarenessUpdate.ts'
import { assertBoundedConflicts } from './assertBoundedConflicts.ts'
import { assertUpdateShape } from './assertUpdateShape.ts'
import { assertValidUpdate } from './assertValidUpdate.ts'
import { isAppliedAsSent } from './isAppliedAsSent.ts'
import { rootsTouchedBy } from './rootsTouchedBy.ts'
import type { SuggestionGuard } from './suggestions/SuggestionGuard.ts'
import { touchesComments } from './touchesComments.ts'
import {
  admitAwarenessEntries,
  extendedClientIds,
  type AwarenessContext,
} from './clientIdAdmission.ts'
import type { Connection } from './Connection.ts'
import { encodeAwarenessEntries } from './encodeAwarenessEntries.ts'
import { encodeAwarenessStates } from './encodeAwarenessStates.ts'
import type { LazyDocument } from './LazyDocument.ts'
import type { RoomChangeReport } from './reportRoomChanges.ts'

/** A Yjs v1 update with no struct and no deletion: `varUint 0` clients, `varUint 0` deletions. */
function isEmptyUpdate(update: Uint8Array): boolean {
  return update.length === 2 && update[0] === 0 && update[1] === 0
}

/** The parts of a room that message handlers act on. */
export interface RoomContext extends AwarenessContext {
  readonly document: LazyDocument
  readonly awareness: Awareness
  readonly metrics: Metrics
  readonly maxAwarenessBytes: number
  /** Checks the updates of suggest-only connections (see `suggestions/`). */
  readonly suggestions: SuggestionGuard
  /** Applies an update the document takes as it was sent, reporting its bytes. */
  readonly changes: Pick<RoomChangeReport, 'applyAsSent'>
}

type Handler<T extends Message['type']> = (
  room: RoomContext,
  connection: Connection,
  message: Extract<Message, { type: T }>,
) => void

type HandlerTable = { readonly [T in Message['type']]: Handler<T> }

/**
 * Applies a client's document update, unless the connection is read-only (then it is dropped). A
 * writer that adds structs under a client id owned by another principal, or a writer limited to
 * some roots that touches another (or something that cannot be attributed), is closed with 4403
 * and nothing of the update is applied.
 */
function applyClientUpdate(
  room: RoomContext,
  connection: Connection,
  message: { readonly type: 'sync-step-2' | 'update'; readonly update: Uint8Array },
): void {
  if (connection.access === 'read') {
    room.metrics.readOnlyUpdatesDropped.inc()
    return
  }
  // An update with nothing in it (what a new client answers the server's sync step 1 with) changes
  // nothing: skipping it spares building a document that is only being read.
  if (isEmptyUpdate(message.update)) return
  // Checked first because Y.applyUpdate may apply part of a bad update before it throws.
  const valid = assertValidUpdate(message.update)
  const extended = extendedClientIds(room, connection, valid.extent)
  if (extended === null) {
    connection.close(CloseCode.Forbidden)
    return
  }
  const doc = room.document.materialize()
  // Nesting, size and the cost of placing concurrent insertions bounded before anything is
  // applied (throw: close 4400).
  assertUpdateShape(doc, message.update)
  assertBoundedConflicts(doc, valid.structs)
  // Threads of comments are written through the API only, whatever the writer may change.
  if (touchesComments(doc, valid)) {
    room.metrics.forbiddenRootUpdates.inc()
    connection.close(CloseCode.Forbidden)
    return
  }
  const allowed = connection.writableRoots
  if (allowed !== undefined) {
    const touched = rootsTouchedBy(doc, message.update)
    if (touched === null || [...touched].some((root) => !allowed.has(root))) {
      room.metrics.forbiddenRootUpdates.inc()
      connection.close(CloseCode.Forbidden)
      return
    }
  }
  // A lecteur who may suggest writes nothing but their own suggestions in the rich text.
  if (
    connection.suggestOnly &&
    !room.suggestions.admits(doc, message.update, connection.principal)
  ) {
    room.metrics.forbiddenRootUpdates.inc()
    connection.close(CloseCode.Forbidden)
    return
  }
  // A live edit makes its client ids its author's. A sync step 2 claims nothing: after a restart of
  // the server it may carry items of other people that the server lost, and claiming their ids
  // would lock their authors out.
  if (message.type === 'update') {
    for (const clientId of extended) room.owners.claim(clientId, connection.principal.id)
  }
  // The connection is the transaction origin: the room knows who changed what. A live edit that
  // the document takes as it is (nearly all of them) is relayed and saved as the bytes sent.
  if (message.type === 'update' && isAppliedAsSent(doc, valid)) {
    room.changes.applyAsSent(message.update, connection)
  } else {
    Y.applyUpdate(doc, message.update, connection)
  }
}

const handlers: HandlerTable = {
  'sync-step-1': (room, connection, message) => {
    // Greeted with the whole document (a new one): that was the answer (RoomFrames.greet).
    if (connection.greetedWithWholeState) {
      connection.greetedWithWholeState = false
      return
    }
    connection.sendSyncMessage(SyncMessageType.Step2, room.document.diff(message.stateVector))
  },
  'sync-step-2': applyClientUpdate,
  update: applyClientUpdate,
  awareness: (room, connection, message) => {
    if (message.update.byteLength > room.maxAwarenessBytes) {
      connection.close(CloseCode.TooLarge)
      return
    }
    // A standalone copy: the payload may be a view into a larger buffer received from the socket.
    const entries = assertValidAwarenessUpdate(new Uint8Array(message.update))
    const admission = admitAwarenessEntries(room, connection, entries)
    if (admission.verdict !== 'ok') {
      const forbidden = admission.verdict === 'forbidden'
      connection.close(forbidden ? CloseCode.Forbidden : CloseCode.TooLarge)
      return
    }
    if (admission.entries.length === 0) return
    applyAwarenessUpdate(room.awareness, encodeAwarenessEntries(admission.entries), connection)
  },
  'query-awareness': (room, connection) => {
    // An empty room answers an empty update: the client learns there is nobody else.
    connection.send(
      encodeAwarenessStates(room.awareness) ??
        encodeAwareness(encodeAwarenessUpdate(room.awareness, [])),
    )
  },
  'auth-denied': (_room, connection) => {
    // Only the server sends auth messages; a client sending one is speaking another protocol.
    connection.close(CloseCode.BadMessage)
  },
}

/** Dispatches one decoded message of a connection to its handler. Throws on a malformed payload. */
export function handleMessage(room: RoomContext, connection: Connection, message: Message): void {
  const handler = handlers[message.type] as Handler<Message['type']>
  handler(room, connection, message)
}
