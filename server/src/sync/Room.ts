import * as Y from 'yjs'
import { Awareness } from 'y-protocols/awareness'
import type { Logger } from 'pino'
import { CloseCode, type DocumentId } from '@maillage/protocol'
import type { Metrics } from '../observability/Metrics.ts'
import type { DocumentStore } from '../persistence/DocumentStore.ts'
import type { DocumentSaver } from '../persistence/DocumentSaver.ts'
import type { Timers } from '../time/Timers.ts'
import { applyStoredState } from './applyStoredState.ts'
import { AwarenessDepartures } from './AwarenessDepartures.ts'
import { AwarenessHolders } from './AwarenessHolders.ts'
import { Broadcaster } from './Broadcaster.ts'
import { SERVER_OWNER, type ClientIdOwner, type ClientIdOwners } from './ClientIdOwners.ts'
import type { Connection } from './Connection.ts'
import { createRoomSaver } from './createRoomSaver.ts'
import { LazyDocument } from './LazyDocument.ts'
import { RemoteChanges } from './RemoteChanges.ts'
import { RoomFrames } from './RoomFrames.ts'
import type { RoomHooks } from './RoomHooks.ts'
import { reportRoomChanges, type RoomChangeReport } from './reportRoomChanges.ts'
import type { SyncLimits } from './SyncLimits.ts'
import { SuggestionGuard } from './suggestions/SuggestionGuard.ts'

/** Transaction origin of the changes the server makes itself (creation, rename through the API). */
export const SERVER_ORIGIN = 'server'

/** What a {@link Room} needs from the server that owns it. */
export interface RoomOptions {
  readonly id: DocumentId
  readonly store: DocumentStore
  readonly timers: Timers
  readonly logger: Logger
  readonly metrics: Metrics
  readonly limits: SyncLimits
  readonly saveDelayMs: number
  readonly compactAfterAppends: number
  readonly retryDelayMs: number
  /** Who owns the client ids of this document; outlives the room (see `ClientIdOwnerRegistry`). */
  readonly owners: ClientIdOwners
  /** Called once the room is empty, saved and destroyed, or failed to load (for its registry). */
  readonly onUnload: (room: Room) => void
  /** The extensions told of the room's life (see `RoomHooks.ts`). */
  readonly hooks: RoomHooks
}

type RoomState = 'loading' | 'ready' | 'failed' | 'closed'

/**
 * One document in memory with the connections editing it. It loads the document from the store
 * before answering anyone (frames received meanwhile are queued, bounded), broadcasts updates and
 * awareness once per event-loop turn, saves through a {@link DocumentSaver}, and unloads itself
 * when its last connection has left and everything is saved.
 */
export class Room {
  readonly id: DocumentId
  readonly document: LazyDocument
  readonly awareness: Awareness
  readonly connections = new Set<Connection>()
  readonly #options: RoomOptions
  readonly #frames: RoomFrames
  readonly #broadcaster: Broadcaster
  readonly #saver: DocumentSaver
  readonly #departures: AwarenessDepartures
  readonly #remote: RemoteChanges
  readonly #suggestions: SuggestionGuard
  /** Reports the room's changes to the broadcaster, the saver and the hooks. */
  readonly #changes: RoomChangeReport
  #state: RoomState = 'loading'
  #unloading = false
  #loading: Promise<void> | undefined

  constructor(options: RoomOptions) {
    this.id = options.id
    this.#options = options
    this.document = new LazyDocument(options.id)
    this.awareness = new Awareness(this.document.doc)
    // The server has no presence of its own in the document.
    this.awareness.setLocalState(null)
    // The server's own changes are written under the client id of this room's document.
    options.owners.claim(this.document.doc.clientID, SERVER_OWNER)
    this.#suggestions = new SuggestionGuard({ documentId: options.id, logger: options.logger })
    // One object for the parts that keep their options, rather than a copy of them each: it
    // counts in the memory of every idle room. Named, not spread from `options`, which would give
    // each room's object a hidden class of its own.
    const parts = {
      id: options.id,
      owners: options.owners,
      hooks: options.hooks,
      metrics: options.metrics,
      limits: options.limits,
      logger: options.logger,
      timers: options.timers,
      document: this.document,
      awareness: this.awareness,
      holders: new AwarenessHolders(),
      suggestions: this.#suggestions,
      departedAwarenessMs: options.limits.departedAwarenessMs,
    }
    this.#departures = new AwarenessDepartures(parts)
    this.#remote = new RemoteChanges(parts)
    this.#broadcaster = new Broadcaster({
      connections: this.connections,
      awareness: this.awareness,
      metrics: options.metrics,
      timers: options.timers,
    })
    this.#saver = createRoomSaver({
      id: options.id,
      store: options.store,
      timers: options.timers,
      logger: options.logger,
      metrics: options.metrics,
      saveDelayMs: options.saveDelayMs,
      compactAfterAppends: options.compactAfterAppends,
      retryDelayMs: options.retryDelayMs,
      encodeState: () => this.document.encodeState(),
      onSaved: () => {
        if (this.connections.size === 0) void this.#unloadIfIdle()
      },
      onStored: (editorId) => {
        options.hooks.call('onStored', this.id, { room: this, editorId, doc: this.document.doc })
      },
    })
    this.#changes = reportRoomChanges({
      document: this.document,
      awareness: this.awareness,
      hooks: options.hooks,
      event: { room: this },
      broadcaster: this.#broadcaster,
      saver: this.#saver,
    })
    this.#frames = new RoomFrames(parts, this.#changes)
  }

  /** True once the document is loaded and the room answers its connections. */
  get isReady(): boolean {
    return this.#state === 'ready'
  }

  /**
   * Loads the document from the store (once), then greets and serves every connection that joined.
   * Never rejects: a failed load closes the room.
   */
  load(): Promise<void> {
    this.#loading ??= this.#load()
    return this.#loading
  }

  /**
   * Applies a change of the server's own to the loaded document (broadcast like any edit), loading
   * it first, and resolves once it is saved: what the server writes on a person's request (a
   * message of a thread, a move of a session, a new title) may exist nowhere else, since clients
   * may not be allowed to write it back after a crash. Throws if the document cannot be loaded or
   * the save fails (a retry is then scheduled, as for any edit), or with the error of `apply` (what
   * it wrote before throwing is kept and saved).
   */
  async change(apply: (doc: Y.Doc) => void): Promise<void> {
    await this.load()
    if (this.#state !== 'ready') throw new Error(`document ${this.id} could not be loaded`)
    const doc = this.document.materialize()
    Y.transact(
      doc,
      () => {
        apply(doc)
      },
      SERVER_ORIGIN,
    )
    try {
      await this.#saver.flush({ compact: false })
    } finally {
      if (this.connections.size === 0) void this.#unloadIfIdle()
    }
  }

  async #load(): Promise<void> {
    try {
      const stored = await this.#options.store.load(this.id)
      if (this.#state !== 'loading') return
      if (stored.updates.length === 0) this.#saver.startsEmpty()
      if (applyStoredState(this.document, stored)) this.#saver.requestCompaction()
    } catch (error) {
      this.#failLoad(error)
      return
    }
    this.#state = 'ready'
    this.#remote.applyQueued()
    this.#options.hooks.call('onLoaded', this.id, { room: this })
    for (const connection of this.connections) this.#frames.greet(connection)
    // Everyone may have left while it loaded; `leave` could not unload a loading room.
    if (this.connections.size === 0) void this.#unloadIfIdle()
  }

  /** Adds a connection; it is greeted at once if the document is loaded, else after the load. */
  join(connection: Connection): void {
    this.connections.add(connection)
    this.#options.hooks.call('onJoined', this.id, { room: this, connection })
    if (this.#state === 'ready') this.#frames.greet(connection)
  }

  /**
   * Applies an update that comes from outside this process's connections — another server process
   * holding the same room, through the cross-process fan-out: it is broadcast to the local
   * connections, saved like any edit (without an author: the process of the connection that made
   * it indexes it) and reported to `onChanged` with `origin`, so that the fan-out can recognise and
   * skip its own deliveries. Peers are trusted: no admission check. While the room loads, updates
   * are queued and applied, in order, once the stored state is in (before `onLoaded`); once the
   * room is closed they are dropped. An update that Yjs cannot apply is logged and dropped.
   */
  applyRemoteUpdate(update: Uint8Array, origin: unknown): void {
    if (this.#state === 'loading') this.#remote.queueUpdate(update, origin)
    else if (this.#state === 'ready') this.#remote.applyUpdate(update, origin)
  }

  /**
   * Applies an awareness update from another server process (the encoded update of an
   * `onAwarenessChanged` event there): broadcast to the local connections and reported to
   * `onAwarenessChanged` with `origin`. Peers are trusted: no per-connection admission, and the ids
   * it announces are held by no local connection (their removal comes from the peer, or from
   * awareness expiry after 30 s without renewal). Applied at once even while the room loads
   * (awareness does not depend on the document); dropped once the room is closed.
   */
  applyRemoteAwareness(update: Uint8Array, origin: unknown): void {
    if (this.#state === 'closed' || this.#state === 'failed') return
    this.#remote.applyAwareness(update, origin)
  }

  /** Who owns `clientId` in this document (see `ClientIdOwners`), if anyone: for the fan-out. */
  ownerOf(clientId: number): ClientIdOwner | undefined {
    return this.#options.owners.ownerOf(clientId)
  }

  /**
   * Records that another server process holding this document gave `clientId` to `owner` (its
   * owner there, carried with an update by the fan-out), so that no connection here can write
   * under it for someone else. Returns false, changing nothing, when a different owner claimed it
   * here first (both processes claimed it within the fan-out's latency): the caller logs it.
   */
  claimRemoteOwner(clientId: number, owner: ClientIdOwner): boolean {
    return this.#remote.claimOwner(clientId, owner)
  }

  /**
   * The state vector of the room's document (for the cross-process fan-out to ask a peer what it
   * misses). Does not build the document from stored bytes. Throws unless the room is loaded.
   */
  encodeStateVector(): Uint8Array {
    this.#assertReady()
    return this.document.stateVector()
  }

  /**
   * The room's document as one update, or only what a peer with `stateVector` misses (for the
   * cross-process fan-out to answer a peer). Served from the stored bytes when the document is not
   * built yet, without building it. Throws unless the room is loaded.
   */
  encodeStateAsUpdate(stateVector?: Uint8Array): Uint8Array {
    this.#assertReady()
    if (stateVector === undefined) return this.document.encodeState().state
    return this.document.diff(stateVector)
  }

  #assertReady(): void {
    if (this.#state !== 'ready') throw new Error(`room ${this.id} is not loaded (${this.#state})`)
  }

  /** Handles one frame of a connection; any error in it closes that connection only. */
  receive(connection: Connection, frame: Uint8Array): void {
    if (this.#state === 'loading') this.#frames.queue(connection, frame)
    else if (this.#state === 'ready') this.#frames.handle(connection, frame)
  }

  /**
   * Removes a connection and the states of the awareness client ids it held, unless another
   * connection holds them too (the same person reconnecting); the last one out unloads the room.
   */
  leave(connection: Connection): void {
    if (!this.connections.delete(connection)) return
    this.#departures.release(connection)
    this.#options.hooks.call('onLeft', this.id, { room: this, connection })
    // The shadow copy of the document serves suggest-only connections only.
    if (![...this.connections].some((each) => each.suggestOnly)) this.#suggestions.release()
    if (this.connections.size === 0) void this.#unloadIfIdle()
  }

  /**
   * Shuts the room down for a server stop: saves what is pending, closes every connection with
   * `code` (frames they send afterwards are ignored), saves what arrived meanwhile, then destroys
   * the room. Rejects if the store fails; the room is destroyed all the same.
   */
  async shutdown(code: CloseCode): Promise<void> {
    try {
      if (this.#state === 'ready') await this.#saver.flush({ compact: true })
    } finally {
      for (const connection of this.connections) connection.close(code)
      try {
        if (this.#state === 'ready') await this.#saver.flush({ compact: false })
      } finally {
        this.#destroy()
      }
    }
  }

  /** Closes every connection with `code` and destroys the room, whether or not it is saved. */
  close(code: CloseCode): void {
    for (const connection of this.connections) connection.close(code)
    this.#destroy()
  }

  /** Resolves once no save of the room is under way (once it is closed, none starts again). */
  savesSettled(): Promise<void> {
    return this.#saver.settled()
  }

  async #unloadIfIdle(): Promise<void> {
    if (this.#unloading || this.#state !== 'ready' || this.connections.size > 0) return
    this.#unloading = true
    try {
      await this.#saver.flush({ compact: true })
    } catch {
      // Logged by the saver, which retries and calls back when it succeeds; stay loaded meanwhile.
      return
    } finally {
      this.#unloading = false
    }
    if (this.connections.size === 0 && !this.#saver.hasPending) this.#destroy()
  }

  #failLoad(error: unknown): void {
    this.#options.logger.error(
      { err: error, documentId: this.id },
      'document failed to load; refusing its connections rather than serving an empty document',
    )
    this.close(CloseCode.InternalError)
  }

  #destroy(): void {
    if (this.#state === 'closed' || this.#state === 'failed') return
    this.#state = this.#state === 'loading' ? 'failed' : 'closed'
    this.#broadcaster.cancel()
    this.#departures.cancel()
    this.#saver.close()
    this.#remote.clear()
    this.#suggestions.release()
    // Destroying the awareness removes the server's own (absent) state: nothing to tell anyone.
    this.#changes.stop()
    this.awareness.destroy()
    this.document.doc.destroy()
    this.#options.onUnload(this)
    this.#options.hooks.call('onUnloaded', this.id, { documentId: this.id })
  }
}
