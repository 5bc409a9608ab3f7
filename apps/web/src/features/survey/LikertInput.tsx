import type { ReactNode } from 'react'
import type * as Y from 'yjs'
import { useYMapEntry } from '../../collaboration/index.ts'
import { surveyTexts } from './texts.ts'

const LEVELS = [1, 2, 3, 4, 5] as const

/** A 1–5 scale as radio buttons, the level stored as a number in the answer's `fields` map. */
export function LikertInput(props: {
  map: Y.Map<unknown>
  name: string
  label: string
  readOnly: boolean
}): ReactNode {
  const value = useYMapEntry(props.map, props.name)
  return (
    <fieldset className="champ cases echelle">
      <legend>{props.label}</legend>
      <div className="options">
        <span className="aide" aria-hidden="true">
          {surveyTexts.likertLow}
        </span>
        {LEVELS.map((level) => (
          <label key={level} className="option">
            <input
              type="radio"
              name={props.name}
              checked={value === level}
              disabled={props.readOnly}
              onChange={() => {
                props.map.set(props.name, level)
              }}
            />{' '}
            {level}
            {level === 1 && <span className="visuellement-cache"> ({surveyTexts.likertLow})</span>}
            {level === 5 && <span className="visuellement-cache"> ({surveyTexts.likertHigh})</span>}
          </label>
        ))}
        <span className="aide" aria-hidden="true">
          {surveyTexts.likertHigh}
        </span>
      </div>
    </fieldset>
  )
}
