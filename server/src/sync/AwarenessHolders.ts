import type { Connection } from './Connection.ts'

/**
 * Which connections of a room hold which awareness client ids: those whose states they announced.
 * Usually one connection per id; two while the same person's old socket has not closed yet. Stock
 * y-websocket clients also echo every state they receive back to the server; those echoes change
 * nothing and never make their sender a holder (see `admitAwarenessEntries`).
 */
export class AwarenessHolders {
  /** One connection, as it usually is, or a set of them: a set for each id costs every room. */
  readonly #holders = new Map<number, Connection | Set<Connection>>()

  /** True when a connection other than `connection` holds `clientId` with another principal. */
  isHeldByAnotherPrincipal(clientId: number, connection: Connection): boolean {
    const holders = this.#holders.get(clientId)
    if (holders === undefined) return false
    for (const holder of holders instanceof Set ? holders : [holders]) {
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
    const holders = this.#holders.get(clientId)
    if (holders === undefined || holders === connection) {
      this.#holders.set(clientId, connection)
    } else if (holders instanceof Set) {
      holders.add(connection)
    } else {
      this.#holders.set(clientId, new Set([holders, connection]))
    }
    connection.awarenessClientIds.add(clientId)
  }

  /** Forgets the ids `connection` held; returns those that no connection holds any more. */
  release(connection: Connection): number[] {
    const released: number[] = []
    for (const clientId of connection.awarenessClientIds) {
      const holders = this.#holders.get(clientId)
      if (holders instanceof Set) {
        holders.delete(connection)
        if (holders.size > 0) continue
      } else if (holders !== undefined && holders !== connection) {
        continue
      }
      this.#holders.delete(clientId)
      released.push(clientId)
    }
    return released
  }
}
