import { useMemo } from 'react'
import type * as Y from 'yjs'
import {
  ANSWER_SUBMITTED_META_KEY,
  DocumentRoot,
  readAnswerSubmission,
  type AnswerSubmissionMeta,
} from '@maillage/schema'
import { useYMapEntry } from '../../collaboration/index.ts'

/**
 * Whether the answer is sent, live from its document's `meta` (written by the server on
 * submission, removed when the answer is taken back): when, and by whom; null while not sent.
 */
export function useAnswerSubmission(doc: Y.Doc): AnswerSubmissionMeta | null {
  const meta = useMemo(() => doc.getMap<unknown>(DocumentRoot.Meta), [doc])
  const value = useYMapEntry(meta, ANSWER_SUBMITTED_META_KEY)
  return useMemo(() => readAnswerSubmission(value), [value])
}
