import { useEffect, useMemo, useRef } from 'react'
import type * as Y from 'yjs'
import {
  DocumentRoot,
  MATURITY_SUBMITTED_META_KEY,
  readMaturitySubmission,
  type MaturitySubmissionMeta,
} from '@maillage/schema'
import { useYMapEntry } from '../../collaboration/index.ts'
import { useRefreshSpaceMaturity } from './useMaturity.ts'

/**
 * The grid's last submission, live from its document's `meta` (written by the server at every
 * submission, the first and each later one): when, by whom, with which levels; null before the
 * first. Each new one, by anyone, asks the server again for the CLPE's démarche, so that everyone
 * with the grid open sees the date, the name and the frozen profile without a reload.
 */
export function useLiveSubmission(doc: Y.Doc, spaceId: string): MaturitySubmissionMeta | null {
  const meta = useMemo(() => doc.getMap<unknown>(DocumentRoot.Meta), [doc])
  const value = useYMapEntry(meta, MATURITY_SUBMITTED_META_KEY)
  const submission = useMemo(() => readMaturitySubmission(value), [value])
  const refresh = useRefreshSpaceMaturity(spaceId)
  const at = submission?.at ?? null
  const seen = useRef(at)
  useEffect(() => {
    if (seen.current === at) return
    seen.current = at
    refresh()
  }, [at, refresh])
  return submission
}
