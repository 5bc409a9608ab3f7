import type { ReactNode } from 'react'
import type { ExchangeTypeName } from '@maillage/protocol'
import { EXCHANGE_TYPE_OPTIONS } from '@maillage/schema'
import { newExchangeTexts } from './texts.ts'

/** The four types of thread to choose from, each with its description, and the field's error. */
export function ExchangeTypeField(props: {
  /** Id of the fieldset; its error is `<id>-erreur`. */
  id: string
  value: ExchangeTypeName | null
  error: string | undefined
  onChange: (type: ExchangeTypeName) => void
}): ReactNode {
  const { id, error } = props
  return (
    <fieldset
      id={id}
      className={error === undefined ? 'champ' : 'champ champ-en-erreur'}
      aria-describedby={error === undefined ? undefined : `${id}-erreur`}
    >
      <legend>{newExchangeTexts.type}</legend>
      <div className="options options-types">
        {EXCHANGE_TYPE_OPTIONS.map((option) => (
          <label key={option.value} className="option option-type">
            <input
              type="radio"
              name="type"
              value={option.value}
              checked={props.value === option.value}
              onChange={() => {
                props.onChange(option.value)
              }}
            />{' '}
            <span>
              <strong>{option.label}</strong>
              {'description' in option && (
                <span className="aide description-type">{option.description}</span>
              )}
            </span>
          </label>
        ))}
      </div>
      {error !== undefined && (
        <p className="message-erreur" id={`${id}-erreur`}>
          {error}
        </p>
      )}
    </fieldset>
  )
}
