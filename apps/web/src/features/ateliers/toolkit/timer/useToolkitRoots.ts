import { useMemo } from 'react'
import type * as Y from 'yjs'
import {
  DocumentRoot,
  readAtelierTimer,
  readRaisedHands,
  readReactions,
  type AtelierReaction,
  type AtelierTimer,
  type RaisedHand,
} from '@maillage/schema'
import { useYDeepVersion } from '../../../../collaboration/index.ts'

// `version` is only there to say when to read again: the shared types are mutable.

/** The session's timer, following its `timer` root (written by the server). */
export function useAtelierTimer(doc: Y.Doc): AtelierTimer {
  const map = useMemo(() => doc.getMap<unknown>(DocumentRoot.Timer), [doc])
  const version = useYDeepVersion(map)
  return useMemo(() => readTimerAt(map, version), [map, version])
}

/** The raised hands in order, following the `hands` root (written by the server). */
export function useRaisedHands(doc: Y.Doc): RaisedHand[] {
  const array = useMemo(() => doc.getArray<unknown>(DocumentRoot.Hands), [doc])
  const version = useYDeepVersion(array)
  return useMemo(() => readHandsAt(array, version), [array, version])
}

/** The last reactions, following the `reactions` root (written by the server). */
export function useReactions(doc: Y.Doc): AtelierReaction[] {
  const array = useMemo(() => doc.getArray<unknown>(DocumentRoot.Reactions), [doc])
  const version = useYDeepVersion(array)
  return useMemo(() => readReactionsAt(array, version), [array, version])
}

function readTimerAt(map: Y.Map<unknown>, _version: number): AtelierTimer {
  return readAtelierTimer(map.toJSON())
}

function readHandsAt(array: Y.Array<unknown>, _version: number): RaisedHand[] {
  return readRaisedHands(array.toJSON())
}

function readReactionsAt(array: Y.Array<unknown>, _version: number): AtelierReaction[] {
  return readReactions(array.toJSON())
}
