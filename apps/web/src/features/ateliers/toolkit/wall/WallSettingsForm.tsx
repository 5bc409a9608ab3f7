import { useId, useState, type ReactNode } from 'react'
import type { AtelierWallSettingsBody } from '@maillage/protocol'
import { messageOf } from '../../../../api/ApiError.ts'
import { MAX_VOTE_BUDGET } from '../../readWall.ts'
import type { WallSettings } from '../../wallShape.ts'
import { wallTexts as texts } from './wallTexts.ts'

/**
 * The facilitator's settings of the wall: anonymous posting allowed or not, and the dots each
 * participant has (0–20; 0 closes the votes). Saved through the API; everyone sees them live.
 */
export function WallSettingsForm(props: {
  settings: WallSettings
  onSave: (body: AtelierWallSettingsBody) => void
  isPending: boolean
  error: unknown
  saved: boolean
}): ReactNode {
  const id = useId()
  const [anonymous, setAnonymous] = useState(props.settings.anonymousAllowed)
  const [budget, setBudget] = useState(String(props.settings.voteBudget))
  const [invalid, setInvalid] = useState(false)
  return (
    <form
      className="reglages-mur"
      aria-labelledby={`${id}-titre`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        const value = Number(budget)
        if (
          budget.trim() === '' ||
          !Number.isInteger(value) ||
          value < 0 ||
          value > MAX_VOTE_BUDGET
        ) {
          setInvalid(true)
          return
        }
        setInvalid(false)
        props.onSave({ anonymousAllowed: anonymous, voteBudget: value })
      }}
    >
      <h3 id={`${id}-titre`}>{texts.settings}</h3>
      <label className="case-mur">
        <input
          type="checkbox"
          checked={anonymous}
          onChange={(event) => {
            setAnonymous(event.target.checked)
          }}
        />
        {texts.allowAnonymous}
      </label>
      <div className={invalid ? 'champ champ-en-erreur' : 'champ'}>
        <label htmlFor={`${id}-budget`}>{texts.budget}</label>
        <input
          id={`${id}-budget`}
          type="number"
          inputMode="numeric"
          min={0}
          max={MAX_VOTE_BUDGET}
          step={1}
          value={budget}
          aria-invalid={invalid}
          aria-describedby={`${id}-aide${invalid ? ` ${id}-erreur` : ''}`}
          onChange={(event) => {
            setBudget(event.target.value)
          }}
        />
        <p className="aide" id={`${id}-aide`}>
          {texts.budgetHint}
        </p>
        {invalid && (
          <p className="message-erreur" id={`${id}-erreur`}>
            {texts.budgetInvalid}
          </p>
        )}
      </div>
      <button type="submit" className="bouton-secondaire" disabled={props.isPending}>
        {texts.save}
      </button>
      <div role="status" className="etat-reglages">
        {props.error !== null ? (
          <p className="message-erreur">{messageOf(props.error)}</p>
        ) : (
          props.saved && <p className="aide">{texts.saved}</p>
        )}
      </div>
    </form>
  )
}
