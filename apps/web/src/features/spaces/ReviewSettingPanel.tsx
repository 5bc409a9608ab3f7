import { useId, useState, type ReactNode } from 'react'
import type { SpaceView } from '@maillage/protocol'
import { DEFAULT_LECTEUR_REVIEW, LECTEUR_REVIEW_LABELS, LecteurReview } from '@maillage/schema'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import '../../styles/suggestions.css'
import { reviewTexts } from './reviewTexts.ts'
import { useSetLecteurReview } from './reviewSettingsApi.ts'

const CHOICES: readonly LecteurReview[] = [
  LecteurReview.Lecture,
  LecteurReview.Commentaire,
  LecteurReview.Suggestion,
]

/**
 * « Relecture »: what the lecteurs of the space may do besides reading — nothing more, comment,
 * or comment and suggest changes. Animateurs choose among radios and save; the others read it.
 */
export function ReviewSettingPanel(props: { space: SpaceView; canManage: boolean }): ReactNode {
  const { space, canManage } = props
  const current = space.relecture?.lecteurs ?? DEFAULT_LECTEUR_REVIEW
  const [choice, setChoice] = useState<LecteurReview>(current)
  const save = useSetLecteurReview(space.id)
  const headingId = useId()
  return (
    <section className="carte" aria-labelledby={headingId}>
      <h2 id={headingId}>{reviewTexts.heading}</h2>
      {canManage ? (
        <form
          onSubmit={(event) => {
            event.preventDefault()
            save.mutate(choice)
          }}
        >
          <fieldset>
            <legend>{reviewTexts.legend}</legend>
            {CHOICES.map((value) => (
              <label key={value} className="choix">
                <input
                  type="radio"
                  name="relecture-lecteurs"
                  value={value}
                  checked={choice === value}
                  onChange={() => {
                    setChoice(value)
                  }}
                />{' '}
                {LECTEUR_REVIEW_LABELS[value]}
              </label>
            ))}
          </fieldset>
          <p className="aide">{reviewTexts.help}</p>
          <button type="submit" className="bouton-principal" aria-disabled={save.isPending}>
            {save.isPending ? reviewTexts.saving : reviewTexts.save}
          </button>
          <p role="status" aria-live="polite">
            {save.isSuccess ? reviewTexts.saved : ''}
          </p>
          {save.isError && <ErrorNotice error={save.error} />}
        </form>
      ) : (
        <p>
          {reviewTexts.current} {LECTEUR_REVIEW_LABELS[current].toLowerCase()}.
        </p>
      )}
    </section>
  )
}
