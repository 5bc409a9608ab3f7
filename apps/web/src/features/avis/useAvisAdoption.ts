import { useMemo } from 'react'
import type * as Y from 'yjs'
import {
  AVIS_ADOPTION_META_KEY,
  DocumentRoot,
  readAvisAdoption,
  type AvisAdoption,
} from '@maillage/schema'
import { useYMapEntry } from '../../collaboration/index.ts'

/**
 * The adoption of an avis, live from its document's `meta` (written by the server only, at each
 * submission, position, adoption or withdrawal), so that every member with the avis open sees
 * each step as it happens, whoever took it.
 */
export function useAvisAdoption(doc: Y.Doc): AvisAdoption {
  const meta = useMemo(() => doc.getMap<unknown>(DocumentRoot.Meta), [doc])
  const value = useYMapEntry(meta, AVIS_ADOPTION_META_KEY)
  return useMemo(() => readAvisAdoption(value), [value])
}
