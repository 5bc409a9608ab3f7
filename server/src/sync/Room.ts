import * as Y from 'yjs'
import {
  Awareness,
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from 'y-protocols/awareness'
import type { Logger } from 'pino'
import {
  CloseCode,
  ProtocolError,
  decodeMessage,
  encodeSyncStep1,
  type DocumentId,
} from '@maillage/protocol'
import type { Metrics } from '../observability/Metrics.ts'
import type { DocumentStore } from '../persistence/DocumentStore.ts'
import { DocumentSaver } from '../persistence/DocumentSaver.ts'
import type { TimerHandle, Timers } from '../time/Timers.ts'
import { AwarenessHolders } from './AwarenessHolders.ts'
import { Broadcaster } from './Broadcaster.ts'
import { SERVER_OWNER, type ClientIdOwner, type ClientIdOwners } from './ClientIdOwners.ts'
import { Connection } from './Connection.ts'
import { encodeAwarenessStates } from './encodeAwarenessStates.ts'
import { handleMessage, type RoomContext } from './handleMessage.ts'
import { LazyDocument, PERSISTENCE_ORIGIN } from './LazyDocument.ts'
import type { RoomHooks } from './RoomHooks.ts'
import type { SyncLimits } from './SyncLimits.ts'

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
  readonly document = new LazyDocument()
  readonly awareness = new Awareness(this.document.doc)
  readonly connections = new Set<Connection>()
  readonly #options: RoomOptions
  readonly #context: RoomContext
  readonly #broadcaster: Broadcaster
  readonly #saver: DocumentSaver
  readonly #holders = new AwarenessHolders()
  /** Timers that forget the clocks of departed awareness ids. */
  readonly #forgetting = new Set<TimerHandle>()
  #state: RoomState = 'loading'
  #unloading = false
  #loading: Promise<void> | undefined
  /** Remote updates received while loading, applied once the stored state is in. */
  #remoteQueue: { update: Uint8Array; origin: unknown }[] = []

  constructor(options: RoomOptions) {
    this.id = options.id
    this.#options = options
    // The server has no presence of its own in the document.
    this.awareness.setLocalState(null)
    // The server's own changes are written under the client id of this room's document.
    options.owners.claim(this.document.doc.clientID, SERVER_OWNER)
    this.#context = {
      document: this.document,
      awareness: this.awareness,
      metrics: options.metrics,
      maxAwarenessBytes: options.limits.maxAwarenessBytes,
      owners: options.owners,
      holders: this.#holders,
      maxAwarenessClientsPerConnection: options.limits.maxAwarenessClientsPerConnection,
    }
    this.#broadcaster = new Broadcaster({
      connections: this.connections,
      awareness: this.awareness,
      metrics: options.metrics,
    })
    this.#saver = new DocumentSaver({
      id: options.id,
      store: options.store,
      timers: options.timers,
      logger: options.logger,
      encodeState: () => this.document.encodeState(),
      saveDelayMs: options.saveDelayMs,
      compactAfterAppends: options.compactAfterAppends,
      retryDelayMs: options.retryDelayMs,
      onSaveAttempt: (seconds, succeeded) => {
        options.metrics.saveDuration.observe(seconds)
        if (!succeeded) options.metrics.saveFailures.inc()
      },
      onSaved: () => {
        if (this.connections.size === 0) void this.#unloadIfIdle()
      },
      onStored: (editorId) => {
        options.hooks.call('onStored', this.id, { room: this, editorId, doc: this.document.doc })
      },
    })
    this.document.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === PERSISTENCE_ORIGIN) return
      this.#broadcaster.addUpdate(update)
      // Client updates carry their connection as origin (handleMessage.ts): that is who edited.
      // Remote updates are saved without an author: the process of the connection reports them.
      this.#saver.record(update, origin instanceof Connection ? origin.principal.id : undefined)
      options.hooks.call('onChanged', this.id, { room: this, update, origin })
    })
    this.awareness.on('update', this.#handleAwarenessUpdate)
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
      const { updates, stateVector } = await this.#options.store.load(this.id)
      if (this.#state !== 'loading') return
      const [first] = updates
      if (updates.length > 1) {
        this.document.setStored(Y.mergeUpdates(updates), null)
        this.#saver.requestCompaction()
      } else if (first !== undefined) {
        this.document.setStored(first, stateVector)
      }
    } catch (error) {
      this.#failLoad(error)
      return
    }
    this.#state = 'ready'
    for (const { update, origin } of this.#remoteQueue.splice(0)) {
      this.#applyRemote(update, origin)
    }
    this.#options.hooks.call('onLoaded', this.id, { room: this })
    for (const connection of this.connections) this.#greet(connection)
    // Everyone may have left while it loaded; `leave` could not unload a loading room.
    if (this.connections.size === 0) void this.#unloadIfIdle()
  }

  /** Adds a connection; it is greeted at once if the document is loaded, else after the load. */
  join(connection: Connection): void {
    this.connections.add(connection)
    this.#options.hooks.call('onJoined', this.id, { room: this, connection })
    if (this.#state === 'ready') this.#greet(connection)
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
    if (this.#state === 'loading') {
      this.#remoteQueue.push({ update, origin })
      return
    }
    if (this.#state === 'ready') this.#applyRemote(update, origin)
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
    try {
      applyAwarenessUpdate(this.awareness, update, origin)
    } catch (error) {
      this.#options.logger.error(
        { err: error, documentId: this.id },
        'a remote awareness update could not be applied; dropped',
      )
    }
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
    const owners = this.#options.owners
    if (owners.isOwnedByAnother(clientId, owner)) return false
    owners.claim(clientId, owner)
    return true
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

  #applyRemote(update: Uint8Array, origin: unknown): void {
    try {
      Y.applyUpdate(this.document.materialize(), update, origin)
    } catch (error) {
      this.#options.logger.error(
        { err: error, documentId: this.id },
        'a remote update could not be applied; dropped',
      )
    }
  }

  /** Handles one frame of a connection; any error in it closes that connection only. */
  receive(connection: Connection, frame: Uint8Array): void {
    if (this.#state === 'loading') {
      if (connection.queuedFrames.length >= this.#options.limits.maxQueuedFrames) {
        connection.close(CloseCode.RateLimited)
        return
      }
      connection.queuedFrames.push(frame)
      return
    }
    if (this.#state === 'ready') this.#handleFrame(connection, frame)
  }

  /**
   * Removes a connection and the states of the awareness client ids it held, unless another
   * connection holds them too (the same person reconnecting); the last one out unloads the room.
   */
  leave(connection: Connection): void {
    if (!this.connections.delete(connection)) return
    const released = this.#holders.release(connection)
    if (released.length > 0) {
      removeAwarenessStates(this.awareness, released, null)
      this.#forgetLater(released)
    }
    this.#options.hooks.call('onLeft', this.id, { room: this, connection })
    if (this.connections.size === 0) void this.#unloadIfIdle()
  }

  /**
   * Forgets the clocks of departed awareness ids after `departedAwarenessMs`: until then they tell
   * the echoes other clients send of those states (or of their removal) from new announcements;
   * afterwards nothing of them is kept, whatever came and went.
   */
  #forgetLater(clientIds: readonly number[]): void {
    const handle = this.#options.timers.setTimeout(() => {
      this.#forgetting.delete(handle)
      for (const clientId of clientIds) {
        if (!this.#holders.isHeld(clientId) && !this.awareness.states.has(clientId)) {
          this.awareness.meta.delete(clientId)
        }
      }
    }, this.#options.limits.departedAwarenessMs)
    this.#forgetting.add(handle)
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

  #greet(connection: Connection): void {
    connection.send(encodeSyncStep1(this.document.stateVector()))
    const awarenessStates = encodeAwarenessStates(this.awareness)
    if (awarenessStates !== null) connection.send(awarenessStates)
    const queued = connection.queuedFrames.splice(0)
    for (const frame of queued) this.#handleFrame(connection, frame)
  }

  #handleFrame(connection: Connection, frame: Uint8Array): void {
    if (!connection.isOpen) return
    try {
      handleMessage(this.#context, connection, decodeMessage(frame))
    } catch (error) {
      // A peer can only hurt its own connection: close it, keep the room and everyone else going.
      this.#options.logger.warn(
        {
          documentId: this.id,
          connectionId: connection.id,
          code: error instanceof ProtocolError ? error.code : 'PROTOCOL_BAD_PAYLOAD',
          reason: error instanceof Error ? error.message : String(error),
        },
        'bad message; closing the connection that sent it',
      )
      connection.close(CloseCode.BadMessage)
    }
  }

  // Which connection holds which client ids is kept by `admitAwarenessEntries`, before the update
  // is applied.
  readonly #handleAwarenessUpdate = (
    changes: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const clientIds = [...changes.added, ...changes.updated, ...changes.removed]
    this.#broadcaster.addAwareness(clientIds)
    const { hooks } = this.#options
    // Encoded only for a subscriber: most rooms have none.
    if (!hooks.has('onAwarenessChanged')) return
    const update = encodeAwarenessUpdate(this.awareness, clientIds)
    hooks.call('onAwarenessChanged', this.id, { room: this, update, origin })
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
    for (const handle of this.#forgetting) this.#options.timers.clearTimeout(handle)
    this.#forgetting.clear()
    this.#saver.close()
    this.#remoteQueue = []
    // Destroying the awareness removes the server's own (absent) state: nothing to tell anyone.
    this.awareness.off('update', this.#handleAwarenessUpdate)
    this.awareness.destroy()
    this.document.doc.destroy()
    this.#options.onUnload(this)
    this.#options.hooks.call('onUnloaded', this.id, { documentId: this.id })
  }
}
