import { useId, useState, type ReactNode } from 'react'
import {
  MAX_AVIS_POSITION_COMMENT,
  type AvisPosition,
  type AvisPositionEntry,
} from '@maillage/schema'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { avisTexts } from './texts.ts'
import { useTakePosition } from './useAdoptionActions.ts'

/**
 * The signed-in member's position on the submitted version: approve or object, with a comment
 * (needed to object); changeable until the adoption. Starts from their current position.
 */
export function PositionForm(props: {
  documentId: string
  current: AvisPositionEntry | undefined
}): ReactNode {
  const { documentId, current } = props
  const id = useId()
  const save = useTakePosition(documentId)
  const [position, setPosition] = useState<AvisPosition | null>(current?.position ?? null)
  const [comment, setComment] = useState(current?.comment ?? '')
  const [missingComment, setMissingComment] = useState(false)
  const [saved, setSaved] = useState(false)

  return (
    <form
      className="position-avis"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        if (position === null) return
        if (position === 'objection' && comment.trim() === '') {
          setMissingComment(true)
          return
        }
        setMissingComment(false)
        setSaved(false)
        save.mutate(
          { position, commentaire: comment.trim() },
          {
            onSuccess: () => {
              setSaved(true)
            },
          },
        )
      }}
    >
      <fieldset>
        <legend>{avisTexts.myPosition}</legend>
        {(['approbation', 'objection'] as const).map((value) => (
          <label key={value} className="option">
            <input
              type="radio"
              name={`${id}-position`}
              value={value}
              checked={position === value}
              onChange={() => {
                setPosition(value)
                setSaved(false)
              }}
            />{' '}
            {value === 'approbation' ? avisTexts.approve : avisTexts.object}
          </label>
        ))}
      </fieldset>
      <div className={missingComment ? 'champ champ-en-erreur' : 'champ'}>
        <label htmlFor={`${id}-commentaire`}>{avisTexts.comment}</label>
        <p id={`${id}-aide`} className="aide">
          {avisTexts.commentHint}
        </p>
        <textarea
          id={`${id}-commentaire`}
          rows={3}
          maxLength={MAX_AVIS_POSITION_COMMENT}
          value={comment}
          aria-describedby={missingComment ? `${id}-aide ${id}-erreur` : `${id}-aide`}
          aria-invalid={missingComment}
          onChange={(event) => {
            setComment(event.target.value)
            setSaved(false)
          }}
        />
        {missingComment && (
          <p id={`${id}-erreur`} className="message-erreur" role="alert">
            {avisTexts.objectionNeedsComment}
          </p>
        )}
      </div>
      {save.isError && <ErrorNotice error={save.error} />}
      <button
        type="submit"
        className="bouton-principal"
        disabled={position === null || save.isPending}
      >
        {save.isPending
          ? avisTexts.savingPosition
          : current === undefined
            ? avisTexts.savePosition
            : avisTexts.changePosition}
      </button>
      <p role="status" className="aide">
        {saved ? avisTexts.positionSaved : ''}
      </p>
    </form>
  )
}
