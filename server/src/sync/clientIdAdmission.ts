import type { Awareness } from 'y-protocols/awareness'
import type { AwarenessEntry } from './assertValidAwarenessUpdate.ts'
import type { AwarenessHolders } from './AwarenessHolders.ts'
import type { ClientIdOwners } from './ClientIdOwners.ts'
import type { Connection } from './Connection.ts'
import type { LazyDocument } from './LazyDocument.ts'
import type { UpdateExtent } from './assertValidUpdate.ts'

/** What a room knows to decide whether a connection may use some client ids. */
export interface ClientIdContext {
  readonly document: LazyDocument
  readonly owners: ClientIdOwners
}

/** What a room knows to decide which awareness entries of a connection it applies. */
export interface AwarenessContext extends ClientIdContext {
  readonly awareness: Awareness
  readonly holders: AwarenessHolders
  readonly maxAwarenessClientsPerConnection: number
}

/**
 * The client ids whose structs in an update the document does not hold yet (they end past the
 * document's clock), or null when one of them belongs to a principal other than the connection's:
 * the update must then be refused whole. Structs the document already holds are ignored, so anyone
 * may re-send what it received from others (a client's sync step 2 after a crash of the server).
 */
export function extendedClientIds(
  context: ClientIdContext,
  connection: Connection,
  extent: UpdateExtent,
): number[] | null {
  const extended: number[] = []
  for (const [clientId, end] of extent) {
    if (end <= context.document.clockOf(clientId)) continue
    if (context.owners.isOwnedByAnother(clientId, connection.principal.id)) return null
    extended.push(clientId)
  }
  return extended
}

/** Why an awareness update is refused, or the entries of it to apply. */
export type AwarenessAdmission =
  | { readonly verdict: 'ok'; readonly entries: readonly AwarenessEntry[] }
  | { readonly verdict: 'forbidden' | 'too-many-clients' }

/**
 * The entries of a connection's awareness update that the room applies, or why the update is
 * refused whole.
 *
 * - Entries that change nothing (a clock the room has already seen) are dropped: stock y-websocket
 *   clients echo back every state they receive, so these are other people's states, not claims.
 * - A change to an id the connection holds is applied; a removal of an id it does not hold is
 *   dropped (only its holder may remove a state).
 * - A new state under an id owned by another principal, or held by a connection of another
 *   principal, is impersonation: `forbidden`.
 * - Otherwise the id becomes the connection's, up to `maxAwarenessClientsPerConnection` over its
 *   life (`too-many-clients`; a browser tab uses one), and its principal's if the document has
 *   never seen it. An id the document already holds and nobody owns is admitted unclaimed: whoever
 *   announced it first after a restart must not lock its author out.
 */
export function admitAwarenessEntries(
  context: AwarenessContext,
  connection: Connection,
  entries: readonly AwarenessEntry[],
): AwarenessAdmission {
  const admitted: AwarenessEntry[] = []
  const added = new Set<number>()
  for (const entry of entries) {
    if (!changesAwareness(context.awareness, entry)) continue
    const { clientId } = entry
    if (connection.awarenessClientIds.has(clientId) || added.has(clientId)) {
      admitted.push(entry)
      continue
    }
    if (entry.isRemoval) continue
    if (
      context.owners.isOwnedByAnother(clientId, connection.principal.id) ||
      context.holders.isHeldByAnotherPrincipal(clientId, connection)
    ) {
      return { verdict: 'forbidden' }
    }
    added.add(clientId)
    admitted.push(entry)
  }
  if (connection.awarenessClientIds.size + added.size > context.maxAwarenessClientsPerConnection) {
    return { verdict: 'too-many-clients' }
  }
  for (const clientId of added) {
    context.holders.add(clientId, connection)
    if (context.document.clockOf(clientId) === 0) {
      context.owners.claim(clientId, connection.principal.id)
    }
  }
  return { verdict: 'ok', entries: admitted }
}

/** Whether `applyAwarenessUpdate` would change the room for this entry (its own rule). */
function changesAwareness(awareness: Awareness, entry: AwarenessEntry): boolean {
  const current = awareness.meta.get(entry.clientId)?.clock ?? 0
  return (
    current < entry.clock ||
    (current === entry.clock && entry.isRemoval && awareness.states.has(entry.clientId))
  )
}
