import type { ReactNode } from 'react'
import type * as Y from 'yjs'
import type { ChoiceFieldDefinition } from '@maillage/schema'
import { FieldLabel } from './FieldLabel.tsx'
import { useFieldsEnvironment } from './FieldsContext.tsx'
import { fieldTexts } from './texts.ts'
import { useYMapEntry } from '../collaboration/index.ts'

/** One value among options; the last person to choose wins. */
export function ChoiceFieldInput(props: {
  map: Y.Map<unknown>
  field: ChoiceFieldDefinition
  id: string
}): ReactNode {
  const { map, field, id } = props
  const { readOnly } = useFieldsEnvironment()
  const entry = useYMapEntry(map, field.name)
  const value =
    typeof entry === 'string' && field.options.some((option) => option.value === entry) ? entry : ''
  return (
    <div className="champ">
      <FieldLabel id={id} field={field} />
      <select
        id={id}
        value={value}
        disabled={readOnly}
        aria-describedby={field.hint === undefined ? undefined : `${id}-aide`}
        onChange={(event) => {
          map.set(field.name, event.target.value)
        }}
      >
        <option value="">{fieldTexts.noChoice}</option>
        {field.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}
