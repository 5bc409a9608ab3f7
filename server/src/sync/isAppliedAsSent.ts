import * as Y from 'yjs'
import type { ValidUpdate } from './assertValidUpdate.ts'

/**
 * Whether a client's update (checked by `assertValidUpdate`) may be broadcast and saved as the
 * bytes it sent rather than as Yjs' encoding of the transaction that applies it
 * (`RoomChangeReport.applyAsSent`): the document holds nothing pending (else applying it may bring
 * in structs that waited for it, which its bytes lack), and each client's structs in it start at
 * the clock the document has reached for that client: none is one the document holds already (a
 * sync step 2 re-sends many), none leaves a gap. What it deletes is not checked: deleting again
 * what is deleted changes nothing anywhere. Should a struct wait for another client's (pending),
 * it waits in every copy that receives or reloads these bytes, as in the room's.
 */
export function isAppliedAsSent(doc: Y.Doc, update: ValidUpdate): boolean {
  const { store } = doc
  if (store.pendingStructs !== null || store.pendingDs !== null) return false
  let client: number | undefined
  for (const struct of update.structs) {
    // A Skip is a gap of the update: what follows it waits for what is missing.
    if (struct instanceof Y.Skip) return false
    const { id } = struct
    // An update holds each client's structs together, in clock order, one after the other.
    if (id.client === client) continue
    client = id.client
    if (id.clock !== Y.getState(store, client)) return false
  }
  return true
}
