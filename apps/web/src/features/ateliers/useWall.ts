import { useMemo } from 'react'
import type * as Y from 'yjs'
import { DocumentRoot } from '@maillage/schema'
import { useYDeepVersion } from '../../collaboration/index.ts'
import { readWall } from './readWall.ts'
import type { Wall } from './wallShape.ts'

/** The wall of an atelier for `accountId`, following every note, vote and group live. */
export function useWall(doc: Y.Doc, accountId: string): Wall {
  const wall = useMemo(() => doc.getArray<unknown>(DocumentRoot.Wall), [doc])
  const groups = useMemo(() => doc.getArray<unknown>(DocumentRoot.WallGroups), [doc])
  const notesVersion = useYDeepVersion(wall)
  const groupsVersion = useYDeepVersion(groups)
  return useMemo(
    () => readAt(wall, groups, accountId, notesVersion + groupsVersion),
    [wall, groups, accountId, notesVersion, groupsVersion],
  )
}

// `version` is only there to say when to read again: the arrays themselves are mutable.
function readAt(
  wall: Y.Array<unknown>,
  groups: Y.Array<unknown>,
  accountId: string,
  _version: number,
): Wall {
  return readWall(wall, groups, accountId)
}
