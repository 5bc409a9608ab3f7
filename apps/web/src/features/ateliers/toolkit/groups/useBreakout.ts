import { useMemo } from 'react'
import type * as Y from 'yjs'
import type { AtelierBreakoutView } from '@maillage/protocol'
import { DocumentRoot } from '@maillage/schema'
import { useYDeepVersion } from '../../../../collaboration/index.ts'
import { readBreakout } from './readBreakout.ts'

/** The breakout groups of the session, following the server-written `groups` root live. */
export function useBreakout(doc: Y.Doc): AtelierBreakoutView | null {
  const map = useMemo(() => doc.getMap<unknown>(DocumentRoot.Groups), [doc])
  const version = useYDeepVersion(map)
  return useMemo(() => readAt(map, version), [map, version])
}

// `version` is only there to say when to read again: the map itself is mutable.
function readAt(map: Y.Map<unknown>, _version: number): AtelierBreakoutView | null {
  return readBreakout(map)
}
