import { useEffect, useRef, useState, type ReactNode } from 'react'
import type * as Y from 'yjs'
import { DocumentRoot, type SpaceMaturityCampaign } from '@maillage/schema'
import { messageOf } from '../../api/ApiError.ts'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { formatDateTime } from '../../ui/formatDate.ts'
import { incompleteQuestions } from './incompleteQuestions.ts'
import { ProfileView } from './ProfileView.tsx'
import { SubmissionDrift } from './SubmissionDrift.tsx'
import { maturityTexts } from './texts.ts'
import { useLiveSubmission } from './useLiveSubmission.ts'
import { useSubmitGrid } from './useMaturity.ts'

/**
 * Where the grid stands: when it was last submitted and by whom, the profile it froze (both
 * followed live: each submission, by anyone, asks the server again), whether the grid changed
 * since, and for contributeurs and animateurs of the CLPE « Soumettre l’auto-évaluation »; a refusal lists the
 * questions still to complete, each a link to it.
 */
export function SubmissionPanel(props: {
  spaceId: string
  entry: SpaceMaturityCampaign
  canSubmit: boolean
  doc: Y.Doc
}): ReactNode {
  const { spaceId, entry, canSubmit, doc } = props
  const submit = useSubmitGrid(spaceId, entry.campaign.id)
  const submission = useLiveSubmission(doc, spaceId)
  const refusal = useRef<HTMLDivElement>(null)
  const [attempt, setAttempt] = useState(0)
  const missing = incompleteQuestions(submit.error)
  // Each refusal takes the focus, so that what to complete is read right after the button.
  useEffect(() => {
    if (attempt > 0) refusal.current?.focus()
  }, [attempt])

  return (
    <section className="carte soumission" aria-labelledby="titre-soumission">
      <h2 id="titre-soumission">{maturityTexts.submittedProfile}</h2>
      <p role="status">
        {entry.submittedAt === null
          ? maturityTexts.notSubmittedYet
          : maturityTexts.submittedBy(formatDateTime(entry.submittedAt), entry.submittedByName)}
      </p>
      {submission !== null && (
        <SubmissionDrift
          fields={doc.getMap<unknown>(DocumentRoot.Fields)}
          submission={submission}
          canSubmit={canSubmit}
        />
      )}
      {entry.profile !== null && (
        <ProfileView
          profile={entry.profile}
          caption={maturityTexts.profileCaption(entry.campaign.title)}
        />
      )}
      {canSubmit && (
        <>
          <p className="aide">{maturityTexts.submitHelp}</p>
          {submit.isError && (
            <div ref={refusal} tabIndex={-1} className="refus-soumission">
              {missing.length === 0 ? (
                <ErrorNotice error={submit.error} />
              ) : (
                <div className="erreur" role="alert">
                  <p>{messageOf(submit.error)}</p>
                  <p>{maturityTexts.refused}</p>
                  <ul>
                    {missing.map((item) => (
                      <li key={item.question.id}>
                        <a href={`#question-${item.question.id}`}>
                          {item.number}. {item.question.label}
                        </a>{' '}
                        — {item.message}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </div>
          )}
          <button
            type="button"
            className="bouton-principal"
            disabled={submit.isPending}
            onClick={() => {
              submit.mutate(undefined, {
                onError: () => {
                  setAttempt((previous) => previous + 1)
                },
              })
            }}
          >
            {submit.isPending
              ? maturityTexts.submitting
              : entry.submittedAt === null
                ? maturityTexts.submit
                : maturityTexts.submitAgain}
          </button>
        </>
      )}
    </section>
  )
}
