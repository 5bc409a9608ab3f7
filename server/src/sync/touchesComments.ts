import * as Y from 'yjs'
import { DocumentRoot } from '@maillage/schema'
import type { ValidUpdate } from './assertValidUpdate.ts'

/**
 * Whether a client's update (already checked by `assertValidUpdate`) would change the `comments`
 * root of `doc`, which only the server writes (threads are posted through the API, which sets
 * author and time and notifies mentions): a new item whose parent is that root (a new thread), a
 * new item placed beside one of its entries (a thread replaced: Yjs gives the new value of a key
 * its old value as left origin, and takes parent and key from it), or a deletion of one of them.
 *
 * Cheap on the typing path: a new item costs a comparison of its parent with the root's name, and
 * only when the document has threads, a lookup of its origins (a binary search each); a deletion
 * walks the structs it covers, as applying it does anyway. Items the document already holds are
 * ignored (a reconnecting client re-sends them in its sync step 2). Not seen: an item whose origin
 * is a clock the server does not hold yet (Yjs keeps it pending) — the server's own client ids
 * write only through the server, and another person's next clocks are theirs alone
 * (`clientIdAdmission.ts`).
 */
export function touchesComments(doc: Y.Doc, update: ValidUpdate): boolean {
  const root = doc.share.get(DocumentRoot.Comments)
  const hasThreads = root !== undefined && root._map.size > 0
  for (const struct of update.structs) {
    if (!(struct instanceof Y.Item)) continue
    if (struct.id.clock + struct.length <= Y.getState(doc.store, struct.id.client)) continue
    // A decoded item names a root parent by its key (Yjs' types do not say so).
    const parent: unknown = struct.parent
    if (parent === DocumentRoot.Comments) return true
    if (!hasThreads) continue
    if (isEntryOf(doc, root, struct.origin) || isEntryOf(doc, root, struct.rightOrigin)) return true
  }
  if (!hasThreads) return false
  for (const [client, ranges] of update.deletes.clients) {
    for (const { clock, len } of ranges) {
      if (deletesEntryOf(doc, root, client, clock, clock + len)) return true
    }
  }
  return false
}

/** Whether `id` names an item of `doc` that is an entry (live or replaced) of `root`. */
function isEntryOf(doc: Y.Doc, root: object, id: Y.ID | null): boolean {
  if (id === null || id.clock >= Y.getState(doc.store, id.client)) return false
  const struct = Y.getItem(doc.store, id) as Y.Item | Y.GC
  return struct instanceof Y.Item && struct.parent === root
}

/** Whether deleting clocks `start` to `end` of `client` removes a live entry of `root`. */
function deletesEntryOf(
  doc: Y.Doc,
  root: object,
  client: number,
  start: number,
  end: number,
): boolean {
  if (start >= Y.getState(doc.store, client)) return false
  const structs = doc.store.clients.get(client) ?? []
  for (let index = Y.findIndexSS(structs, start); index < structs.length; index++) {
    const struct = structs[index]
    if (struct === undefined || struct.id.clock >= end) break
    if (struct instanceof Y.Item && !struct.deleted && struct.parent === root) return true
  }
  return false
}
