import type * as Y from 'yjs'
import type { Logger } from 'pino'
import type { DocumentId } from '@maillage/protocol'
import type { Connection } from './Connection.ts'
import type { Room } from './Room.ts'

/** The room a hook is about: `onLoaded`. */
export interface RoomEvent {
  readonly room: Room
}

/**
 * An update applied to a room's Y.Doc (`onChanged`), whatever made it, except the state read back
 * from the store. `origin` is the {@link Connection} that sent it, `SERVER_ORIGIN` for a change of
 * the server's own (`Room.change`), or what the caller of `Room.applyRemoteUpdate` passed.
 */
export interface RoomUpdateEvent {
  readonly room: Room
  readonly update: Uint8Array
  readonly origin: unknown
}

/**
 * A change of a room's awareness (`onAwarenessChanged`): `update` is the encoded awareness update
 * (y-protocols `encodeAwarenessUpdate`) of the client ids added, updated or removed, ready to be
 * applied elsewhere. `origin` is the {@link Connection} that announced it, what the caller of
 * `Room.applyRemoteAwareness` passed, or null when the room itself removed states (a connection
 * left, a state expired).
 */
export interface RoomAwarenessEvent {
  readonly room: Room
  readonly update: Uint8Array
  readonly origin: unknown
}

/**
 * A save that stored edits of connections (`onStored`): `editorId` is the principal id of the
 * connection whose edit was stored last, `doc` the live document, readable synchronously only (it
 * may be destroyed right after the hook returns).
 */
export interface RoomStoredEvent {
  readonly room: Room
  readonly editorId: string
  readonly doc: Y.Doc
}

/** A connection that joined or left a room (`onJoined`, `onLeft`). */
export interface RoomConnectionEvent {
  readonly room: Room
  readonly connection: Connection
}

/** A room that was destroyed (`onUnloaded`): its Y.Doc and awareness are gone. */
export interface RoomUnloadedEvent {
  readonly documentId: DocumentId
}

/** What a hook may return: nothing, or a promise whose rejection is logged like a throw. */
export type HookResult = void | Promise<void>

/**
 * A subscriber to the life of rooms, in the style of Hocuspocus extensions: an object with a
 * `name` (for logs) and any of the named hooks. Hooks are called synchronously, in the order of
 * the extensions, from inside the room's own event handlers: they must not block, and they run
 * before the room goes on (a hook of `onLoaded` runs before the connections that joined during
 * the load are greeted). A hook that throws, or returns a promise that rejects, is logged with the
 * document id and the extension's name; the other extensions and the room go on.
 */
export interface RoomExtension {
  readonly name: string
  /**
   * The room's document is loaded from the store and the room is ready; called before the
   * connections that joined meanwhile are greeted and their queued frames handled, and after the
   * remote updates queued during the load are applied. Not called when the load fails.
   */
  readonly onLoaded?: (event: RoomEvent) => HookResult
  /** An update was applied to the room's Y.Doc (see {@link RoomUpdateEvent}). */
  readonly onChanged?: (event: RoomUpdateEvent) => HookResult
  /** The room's awareness changed (see {@link RoomAwarenessEvent}). */
  readonly onAwarenessChanged?: (event: RoomAwarenessEvent) => HookResult
  /**
   * A save stored edits of connections. The server's own changes, remote updates and loads are
   * saved but not reported: the process whose connection made an edit reports it.
   */
  readonly onStored?: (event: RoomStoredEvent) => HookResult
  /** A connection joined the room (it may still be loading). */
  readonly onJoined?: (event: RoomConnectionEvent) => HookResult
  /** A connection left the room. */
  readonly onLeft?: (event: RoomConnectionEvent) => HookResult
  /** The room was destroyed: emptied and saved, failed to load, shut down or closed. */
  readonly onUnloaded?: (event: RoomUnloadedEvent) => HookResult
}

/** The name of a hook of {@link RoomExtension}. */
export type RoomHookName = Exclude<keyof RoomExtension, 'name'>

type EventOf<K extends RoomHookName> = Parameters<NonNullable<RoomExtension[K]>>[0]

/** Calls the hooks of a fixed list of extensions, isolating each from the others' failures. */
export class RoomHooks {
  readonly #extensions: readonly RoomExtension[]
  readonly #logger: Logger

  constructor(extensions: readonly RoomExtension[], logger: Logger) {
    this.#extensions = extensions
    this.#logger = logger
  }

  /** True when some extension has hook `name` (lets a room skip building an unused event). */
  has(name: RoomHookName): boolean {
    return this.#extensions.some((extension) => extension[name] !== undefined)
  }

  /** Calls hook `name` of every extension that has it, in order, with `event`. Never throws. */
  call<K extends RoomHookName>(name: K, documentId: DocumentId, event: EventOf<K>): void {
    for (const extension of this.#extensions) {
      const hook = extension[name] as ((event: EventOf<K>) => HookResult) | undefined
      if (hook === undefined) continue
      try {
        const result = hook.call(extension, event)
        if (result instanceof Promise) {
          result.catch((error: unknown) => {
            this.#logFailure(error, name, documentId, extension)
          })
        }
      } catch (error) {
        this.#logFailure(error, name, documentId, extension)
      }
    }
  }

  #logFailure(
    error: unknown,
    hook: RoomHookName,
    documentId: DocumentId,
    extension: RoomExtension,
  ): void {
    this.#logger.error(
      { err: error, documentId, extension: extension.name, hook },
      'a room extension failed; the room and the other extensions go on',
    )
  }
}
