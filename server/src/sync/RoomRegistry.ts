import type * as Y from 'yjs'
import type { DocumentId } from '@maillage/protocol'
import type { Principal } from '../auth/Authenticator.ts'
import { AccountRoomShares } from './AccountRoomShares.ts'
import { AwarenessExpiry } from './AwarenessExpiry.ts'
import { ClientIdOwnerRegistry } from './ClientIdOwnerRegistry.ts'
import type { Connection } from './Connection.ts'
import { Room, type RoomOptions } from './Room.ts'
import { RoomHooks, type RoomExtension } from './RoomHooks.ts'

/** Options shared by every room of a registry. */
export type RoomDefaults = Omit<RoomOptions, 'id' | 'onUnload' | 'owners' | 'hooks'> & {
  /**
   * Told of the life of every room (loaded, changed, awareness, stored, joined, left, unloaded),
   * in this order; see `RoomHooks.ts`.
   */
  readonly extensions?: readonly RoomExtension[]
}

/** Why a connection cannot join a room now. */
export type Capacity = 'ok' | 'too-many-rooms' | 'room-full' | 'account-share-full'

/** The rooms in memory, by document id: one room per document, created on first join. */
export class RoomRegistry {
  readonly #rooms = new Map<DocumentId, Room>()
  readonly #defaults: RoomDefaults
  readonly #shares: AccountRoomShares
  // Outlives the rooms: who owns a client id must survive a room's unload.
  readonly #owners = new ClientIdOwnerRegistry()
  readonly #hooks: RoomHooks
  // One timer expires the awareness states of every room, instead of an interval per room.
  readonly #awarenessExpiry: AwarenessExpiry

  constructor(defaults: RoomDefaults) {
    this.#defaults = defaults
    this.#hooks = new RoomHooks(defaults.extensions ?? [], defaults.logger)
    this.#shares = new AccountRoomShares(defaults.limits.maxRoomsPerAccount)
    this.#awarenessExpiry = new AwarenessExpiry(defaults.timers)
  }

  /** Number of rooms in memory. */
  get size(): number {
    return this.#rooms.size
  }

  /** Number of connections over all rooms. */
  get connectionCount(): number {
    let count = 0
    for (const room of this.#rooms.values()) count += room.connections.size
    return count
  }

  /**
   * Whether one more connection of `principal` to `id` fits within the room and room limits, and
   * within the rooms that account may keep in memory (`maxRoomsPerAccount`).
   */
  capacityFor(id: DocumentId, principal: Principal): Capacity {
    if (!this.#shares.admits(principal, id)) return 'account-share-full'
    const room = this.#rooms.get(id)
    if (room === undefined) {
      return this.#rooms.size >= this.#defaults.limits.maxRooms ? 'too-many-rooms' : 'ok'
    }
    return room.connections.size >= this.#defaults.limits.maxConnectionsPerRoom ? 'room-full' : 'ok'
  }

  /** The room of `id`, created and loading if it was not in memory. */
  open(id: DocumentId): Room {
    const existing = this.#rooms.get(id)
    if (existing !== undefined) return existing
    const defaults = this.#defaults
    // Every property named rather than spread from the defaults: a spread gave each room's options
    // a hidden class of its own (about 400 bytes more per room).
    const room = new Room({
      id,
      store: defaults.store,
      timers: defaults.timers,
      logger: defaults.logger,
      metrics: defaults.metrics,
      limits: defaults.limits,
      saveDelayMs: defaults.saveDelayMs,
      compactAfterAppends: defaults.compactAfterAppends,
      retryDelayMs: defaults.retryDelayMs,
      hooks: this.#hooks,
      owners: this.#owners.of(id),
      onUnload: this.#forget,
    })
    this.#rooms.set(id, room)
    this.#awarenessExpiry.add(room.awareness)
    void room.load()
    return room
  }

  /** Forgets an unloaded room (one function for every room). */
  readonly #forget = (unloaded: Room): void => {
    this.#awarenessExpiry.delete(unloaded.awareness)
    if (this.#rooms.get(unloaded.id) === unloaded) this.#rooms.delete(unloaded.id)
  }

  /** Adds a connection to its room, counted in its account's share until it leaves. */
  join(room: Room, connection: Connection): void {
    this.#shares.add(connection)
    room.join(connection)
  }

  /** Removes a connection from its room and from its account's share. */
  leave(room: Room, connection: Connection): void {
    this.#shares.remove(connection)
    room.leave(connection)
  }

  /**
   * Applies a change of the server's own to a document, loading it if needed, and resolves once it
   * is saved; the room unloads again if nobody is connected. Throws if the document cannot be
   * loaded or saved.
   */
  change(id: DocumentId, apply: (doc: Y.Doc) => void): Promise<void> {
    return this.open(id).change(apply)
  }

  /** The room of `id` if it is in memory. */
  find(id: DocumentId): Room | undefined {
    return this.#rooms.get(id)
  }

  /** Every room in memory. */
  rooms(): Room[] {
    return [...this.#rooms.values()]
  }
}
