import { useMemo } from 'react'
import type * as Y from 'yjs'
import { DocumentRoot } from '@maillage/schema'
import { useYDeepVersion } from '../../collaboration/index.ts'
import { readLiveSession, type LiveSession } from './liveSession.ts'

/**
 * The live session of an atelier, following its `session` root as the server moves it (start,
 * agenda item, end); `fallback` (the API's view) until the document is loaded.
 */
export function useLiveSession(doc: Y.Doc | null, fallback: LiveSession): LiveSession {
  const session = useMemo(() => doc?.getMap<unknown>(DocumentRoot.Session) ?? null, [doc])
  const version = useYDeepVersion(session)
  return useMemo(() => readAt(session, fallback, version), [session, fallback, version])
}

// `version` is only there to say when to read again: the map itself is mutable.
function readAt(
  session: Y.Map<unknown> | null,
  fallback: LiveSession,
  _version: number,
): LiveSession {
  return session === null ? fallback : readLiveSession(session, fallback)
}
