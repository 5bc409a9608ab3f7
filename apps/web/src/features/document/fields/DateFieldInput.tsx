import type { ReactNode } from 'react'
import type * as Y from 'yjs'
import type { DateFieldDefinition } from '@maillage/schema'
import { FieldLabel } from './FieldLabel.tsx'
import { useFieldsEnvironment } from './FieldsContext.tsx'
import { useYMapEntry } from './useYMapEntry.ts'

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** A calendar date, stored as `YYYY-MM-DD`. */
export function DateFieldInput(props: {
  map: Y.Map<unknown>
  field: DateFieldDefinition
  id: string
}): ReactNode {
  const { map, field, id } = props
  const { readOnly } = useFieldsEnvironment()
  const entry = useYMapEntry(map, field.name)
  return (
    <div className="champ champ-court">
      <FieldLabel id={id} field={field} />
      <input
        id={id}
        type="date"
        value={typeof entry === 'string' && ISO_DATE.test(entry) ? entry : ''}
        readOnly={readOnly}
        aria-describedby={field.hint === undefined ? undefined : `${id}-aide`}
        onChange={(event) => {
          map.set(field.name, event.target.value)
        }}
      />
    </div>
  )
}
