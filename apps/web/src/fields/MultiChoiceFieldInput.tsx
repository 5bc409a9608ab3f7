import type { ReactNode } from 'react'
import * as Y from 'yjs'
import type { MultiChoiceFieldDefinition } from '@maillage/schema'
import { CommentFieldButton } from './CommentFieldButton.tsx'
import { useFieldsEnvironment } from './FieldsContext.tsx'
import { useYDeepVersion, useYMapEntry } from '../collaboration/index.ts'

/**
 * Several values among options, as boxes to tick. Each ticked option is a key of a Y.Map, so two
 * people ticking different options at once both keep theirs.
 */
export function MultiChoiceFieldInput(props: {
  map: Y.Map<unknown>
  field: MultiChoiceFieldDefinition
  id: string
}): ReactNode {
  const entry = useYMapEntry(props.map, props.field.name)
  return (
    <Checkboxes {...props} chosen={entry instanceof Y.Map ? (entry as Y.Map<unknown>) : null} />
  )
}

function Checkboxes(props: {
  map: Y.Map<unknown>
  field: MultiChoiceFieldDefinition
  id: string
  chosen: Y.Map<unknown> | null
}): ReactNode {
  const { map, field, id, chosen } = props
  const { readOnly } = useFieldsEnvironment()
  useYDeepVersion(chosen)

  function toggle(value: string, checked: boolean): void {
    if (chosen === null) {
      const created = new Y.Map<unknown>()
      if (checked) created.set(value, true)
      map.set(field.name, created)
      return
    }
    if (checked) chosen.set(value, true)
    else chosen.delete(value)
  }

  return (
    <fieldset
      className="champ cases"
      aria-describedby={field.hint === undefined ? undefined : `${id}-aide`}
    >
      <legend>{field.label}</legend>
      <CommentFieldButton field={field} />
      {field.hint !== undefined && (
        <p className="aide" id={`${id}-aide`}>
          {field.hint}
        </p>
      )}
      <div className="options">
        {field.options.map((option) => (
          <label key={option.value} className="option">
            <input
              type="checkbox"
              checked={chosen?.get(option.value) === true}
              disabled={readOnly}
              onChange={(event) => {
                toggle(option.value, event.target.checked)
              }}
            />{' '}
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
