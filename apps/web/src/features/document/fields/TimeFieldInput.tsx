import type { ReactNode } from 'react'
import type * as Y from 'yjs'
import type { TimeFieldDefinition } from '@maillage/schema'
import { FieldLabel } from './FieldLabel.tsx'
import { useFieldsEnvironment } from './FieldsContext.tsx'
import { useYMapEntry } from './useYMapEntry.ts'

const TIME_OF_DAY = /^(?:[01]\d|2[0-3]):[0-5]\d$/

/** A time of day, stored as `HH:MM` on 24 hours: the browser's time picker checks what is typed. */
export function TimeFieldInput(props: {
  map: Y.Map<unknown>
  field: TimeFieldDefinition
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
        type="time"
        step={60}
        value={typeof entry === 'string' && TIME_OF_DAY.test(entry) ? entry : ''}
        readOnly={readOnly}
        aria-describedby={field.hint === undefined ? undefined : `${id}-aide`}
        onChange={(event) => {
          map.set(field.name, event.target.value)
        }}
      />
    </div>
  )
}
