import { useMemo, type ReactNode } from 'react'
import type * as Y from 'yjs'
import {
  autoEvaluationKind,
  maturityAnswersOf,
  sameMaturityLevels,
  type MaturitySubmissionMeta,
} from '@maillage/schema'
import { useFieldValues } from '../../collaboration/index.ts'
import { formatDateTime } from '../../ui/formatDate.ts'
import { maturityTexts } from './texts.ts'

/**
 * Says, live, that the levels chosen in the grid are no longer those of its last submission (so
 * the submitted profile no longer matches the grid); nothing while they are the same. Justifications
 * and preuves are not compared: a submission stores the levels and their profile only.
 */
export function SubmissionDrift(props: {
  fields: Y.Map<unknown>
  submission: MaturitySubmissionMeta
  canSubmit: boolean
}): ReactNode {
  const { fields, submission, canSubmit } = props
  const { values } = useFieldValues(fields, autoEvaluationKind)
  const changed = useMemo(
    () => !sameMaturityLevels(maturityAnswersOf(values), submission.levels),
    [values, submission.levels],
  )
  const at = formatDateTime(submission.at)
  // The live region stays in the page, so that the notice is read out when it appears.
  return (
    <div role="status">
      {changed && (
        <p className="avis">
          {canSubmit
            ? maturityTexts.changedSinceSubmission(at)
            : maturityTexts.changedSinceReader(at)}
        </p>
      )}
    </div>
  )
}
