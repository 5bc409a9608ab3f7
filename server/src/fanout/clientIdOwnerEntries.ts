import * as Y from 'yjs'
import { SERVER_OWNER, type ClientIdOwner } from '../sync/ClientIdOwners.ts'
import { MAX_OWNER_ID_LENGTH } from './decodeEnvelope.ts'
import type { ClientIdOwnerEntry } from './FanoutEnvelope.ts'
import { ENVELOPE_OWNERS_MAX_BYTES } from './FanoutPublisher.ts'

/** Upper bound of an entry's bytes besides its account id: client id (5), kind (1), length (3). */
const ENTRY_OVERHEAD_BYTES = 9

/**
 * The client ids `update` holds structs of (not those it only deletes from): the ids it writes under.
 * Throws if `update` is not a Yjs update.
 */
export function writtenClientIds(update: Uint8Array): Set<number> {
  return new Set(Y.parseUpdateMeta(update).to.keys())
}

/**
 * The owner, as `ownerOf` knows it, of each client id `update` writes under, for an envelope: at
 * most one entry per such id; ids without an owner, account ids over `MAX_OWNER_ID_LENGTH`, and
 * entries beyond `ENVELOPE_OWNERS_MAX_BYTES` are left out (the receivers then claim nothing for
 * them). Throws if `update` is not a Yjs update.
 */
export function clientIdOwnerEntries(
  update: Uint8Array,
  ownerOf: (clientId: number) => ClientIdOwner | undefined,
): ClientIdOwnerEntry[] {
  const entries: ClientIdOwnerEntry[] = []
  let bytes = ENTRY_OVERHEAD_BYTES
  for (const clientId of writtenClientIds(update)) {
    const owner = ownerOf(clientId)
    if (owner === undefined) continue
    if (owner !== SERVER_OWNER && owner.length > MAX_OWNER_ID_LENGTH) continue
    bytes += ENTRY_OVERHEAD_BYTES + (owner === SERVER_OWNER ? 0 : Buffer.byteLength(owner))
    if (bytes > ENVELOPE_OWNERS_MAX_BYTES) break
    entries.push({ clientId, owner })
  }
  return entries
}
