import type { Logger } from 'pino'
import type { Room } from '../sync/Room.ts'
import { clientIdOwnerEntries, writtenClientIds } from './clientIdOwnerEntries.ts'
import type { ClientIdOwnerEntry } from './FanoutEnvelope.ts'

/**
 * The owners in `room` of the client ids `update` writes under, for its envelope: so that every
 * process holding the room refuses them to anyone else (see README.md, ownership). Empty when the
 * room is not loaded here, or when the update does not parse (logged).
 */
export function listUpdateOwners(
  room: Room | undefined,
  update: Uint8Array,
  logger: Logger,
): ClientIdOwnerEntry[] {
  if (room === undefined) return []
  try {
    return clientIdOwnerEntries(update, (clientId) => room.ownerOf(clientId))
  } catch (error) {
    // Yjs produced or applied this update already; should it not parse, it crosses unowned.
    logger.error({ err: error, documentId: room.id }, 'could not list the update owners')
    return []
  }
}

/**
 * Before a remote update is applied: claims, in `room`, each client id it writes under for its
 * owner in the sending process. An id a different owner claimed here first (both processes
 * claimed it within the Redis latency) is logged and left as it is; the update is applied all
 * the same, since refusing it would set this process apart from the others. Entries about ids the
 * update does not write under are ignored.
 */
export function claimUpdateOwners(
  room: Room,
  update: Uint8Array,
  owners: readonly ClientIdOwnerEntry[],
  logger: Logger,
): void {
  if (owners.length === 0) return
  let written: Set<number>
  try {
    written = writtenClientIds(update)
  } catch {
    return // Not a Yjs update: applying it fails and is logged there.
  }
  for (const { clientId, owner } of owners) {
    if (!written.has(clientId) || room.claimRemoteOwner(clientId, owner)) continue
    logger.warn(
      { documentId: room.id, clientId },
      'client id owned by different accounts on two processes; remote update applied anyway',
    )
  }
}
