import type { DocumentId } from '@maillage/protocol'
import type { Principal } from '../auth/Authenticator.ts'
import type { Connection } from './Connection.ts'

/** What a share counts of a connection: whose it is, in which document. */
type Member = Pick<Connection, 'principal' | 'documentId'>

/**
 * Which rooms each account keeps in memory through its connections, so that one account cannot
 * take every room the server may hold (`SyncLimits.maxRoomsPerAccount`). A room counts for an
 * account while at least one of its connections is in it.
 *
 * Principals without a session nor an access token (`MAILLAGE_AUTH=none`, where every client is the
 * same « anonyme ») are no account and have no share: only `maxRooms` bounds them.
 */
export class AccountRoomShares {
  readonly #maxRoomsPerAccount: number
  /** Per account id, per document, its connections in that room. */
  readonly #rooms = new Map<string, Map<DocumentId, number>>()
  /** The connections counted, so that each is counted once and removed once. */
  readonly #counted = new Set<Member>()

  constructor(maxRoomsPerAccount: number) {
    this.#maxRoomsPerAccount = maxRoomsPerAccount
  }

  /** Whether `principal` may have a connection in the room of `id`: it is in it already, or under its share. */
  admits(principal: Principal, id: DocumentId): boolean {
    if (!hasAccount(principal)) return true
    const rooms = this.#rooms.get(principal.id)
    if (rooms === undefined || rooms.has(id)) return true
    return rooms.size < this.#maxRoomsPerAccount
  }

  /** Counts a connection joining the room of its document. */
  add(connection: Member): void {
    const { principal, documentId } = connection
    if (!hasAccount(principal) || this.#counted.has(connection)) return
    this.#counted.add(connection)
    const rooms = this.#rooms.get(principal.id) ?? new Map<DocumentId, number>()
    rooms.set(documentId, (rooms.get(documentId) ?? 0) + 1)
    this.#rooms.set(principal.id, rooms)
  }

  /** Stops counting a connection (it left its room); one never counted is ignored. */
  remove(connection: Member): void {
    if (!this.#counted.delete(connection)) return
    const { principal, documentId } = connection
    const rooms = this.#rooms.get(principal.id)
    const count = rooms?.get(documentId)
    if (rooms === undefined || count === undefined) return
    if (count > 1) rooms.set(documentId, count - 1)
    else rooms.delete(documentId)
    if (rooms.size === 0) this.#rooms.delete(principal.id)
  }
}

/** A principal that stands for an account: signed in by a session or by an access token. */
function hasAccount(principal: Principal): boolean {
  return principal.sessionTokenHash !== undefined || principal.accessTokenId !== undefined
}
