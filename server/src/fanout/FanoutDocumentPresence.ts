import type { DocumentId } from '@maillage/protocol'
import type { DocumentPresence } from '../documents/DocumentPresence.ts'
import { RoomDocumentPresence } from '../sync/RoomDocumentPresence.ts'
import type { RoomRegistry } from '../sync/RoomRegistry.ts'
import type { RedisFanout } from './RedisFanout.ts'

/**
 * {@link DocumentPresence} when several processes serve the workspace: the accounts connected to
 * the document's room in this process, and those the other processes holding it report (one
 * presence request of the fan-out; no wait when nobody else holds it, at most `syncTimeoutMs` when
 * a process does not answer, this process's own answer alone while Redis is unreachable).
 */
export class FanoutDocumentPresence implements DocumentPresence {
  readonly #local: RoomDocumentPresence
  readonly #fanout: RedisFanout

  constructor(options: { rooms: RoomRegistry; fanout: RedisFanout }) {
    this.#local = new RoomDocumentPresence(options.rooms)
    this.#fanout = options.fanout
  }

  async connectedAccounts(id: DocumentId): Promise<ReadonlySet<string>> {
    const [here, elsewhere] = await Promise.all([
      this.#local.connectedAccounts(id),
      this.#fanout.connectedAccountsElsewhere(id),
    ])
    return new Set([...here, ...elsewhere])
  }
}
