import * as Y from 'yjs'
import { DocumentRoot } from '@maillage/schema'
import { WALL_GROUP_MAX_LENGTH } from './wallShape.ts'

// Notes, dots and moderation go through the API (`toolkit/wall/wallApi.ts`): the server writes
// the `wall` root. Participants' browsers still write the groups.

/** Creates a group of the wall named `label`; returns its id. */
export function createWallGroup(doc: Y.Doc, label: string): string {
  const id = crypto.randomUUID()
  doc.transact(() => {
    const group = new Y.Map<unknown>()
    group.set('id', id)
    group.set('label', label.trim().slice(0, WALL_GROUP_MAX_LENGTH))
    doc.getArray<unknown>(DocumentRoot.WallGroups).push([group])
  })
  return id
}
