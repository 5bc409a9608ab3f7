import type { Connection } from './Connection.ts'

/**
 * Which connections of a room hold which awareness client ids: those whose states they announced.
 * Usually one connection per id; two while the same person's old socket has not closed yet. Stock
 * y-websocket clients also echo every state they receive back to the server; those echoes change
 * nothing and never make their sender a holder (see `admitAwarenessEntries`).
 */
export class AwarenessHolders {
  readonly #holders = new Map<number, Set<Connection>>()

  /** True when a connection other than `connection` holds `clientId` with another principal. */
  isHeldByAnotherPrincipal(clientId: number, connection: Connection): boolean {
    for (const holder of this.#holders.get(clientId) ?? []) {
      if (holder !== connection && holder.principal.id !== connection.principal.id) return true
    }
    return false
  }

  /** True when some connection holds `clientId`. */
  isHeld(clientId: number): boolean {
    return this.#holders.has(clientId)
  }

  /** Records that `connection` holds `clientId` (and in its own set). */
  add(clientId: number, connection: Connection): void {
    let holders = this.#holders.get(clientId)
    if (holders === undefined) {
      holders = new Set()
      this.#holders.set(clientId, holders)
    }
    holders.add(connection)
    connection.awarenessClientIds.add(clientId)
  }

  /** Forgets the ids `connection` held; returns those that no connection holds any more. */
  release(connection: Connection): number[] {
    const released: number[] = []
    for (const clientId of connection.awarenessClientIds) {
      const holders = this.#holders.get(clientId)
      holders?.delete(connection)
      if (holders === undefined || holders.size === 0) {
        this.#holders.delete(clientId)
        released.push(clientId)
      }
    }
    return released
  }
}
