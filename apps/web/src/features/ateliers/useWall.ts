import { useMemo } from 'react'
import type * as Y from 'yjs'
import { DocumentRoot } from '@maillage/schema'
import { useYDeepVersion } from '../../collaboration/index.ts'
import { readWall, readWallSettings } from './readWall.ts'
import type { Wall, WallSettings } from './wallShape.ts'

/**
 * The wall of an atelier, following every note, total of dots, group and setting live; hidden
 * notes only `withHidden` (facilitators).
 */
export function useWall(doc: Y.Doc, withHidden: boolean): { wall: Wall; settings: WallSettings } {
  const wall = useMemo(() => doc.getArray<unknown>(DocumentRoot.Wall), [doc])
  const groups = useMemo(() => doc.getArray<unknown>(DocumentRoot.WallGroups), [doc])
  const totals = useMemo(() => doc.getMap<unknown>(DocumentRoot.WallVotes), [doc])
  const settingsMap = useMemo(() => doc.getMap<unknown>(DocumentRoot.WallSettings), [doc])
  const version =
    useYDeepVersion(wall) +
    useYDeepVersion(groups) +
    useYDeepVersion(totals) +
    useYDeepVersion(settingsMap)
  return useMemo(
    () => readAt({ wall, wallGroups: groups, wallVotes: totals }, settingsMap, withHidden, version),
    [wall, groups, totals, settingsMap, withHidden, version],
  )
}

// `version` is only there to say when to read again: the shared types themselves are mutable.
function readAt(
  roots: Parameters<typeof readWall>[0],
  settings: Y.Map<unknown>,
  withHidden: boolean,
  _version: number,
): { wall: Wall; settings: WallSettings } {
  return { wall: readWall(roots, withHidden), settings: readWallSettings(settings) }
}
