import type { ReactNode } from 'react'
import type * as Y from 'yjs'
import type { DateFieldDefinition, TimeFieldDefinition } from '@maillage/schema'
import { FieldLabel } from './FieldLabel.tsx'
import { useFieldsEnvironment } from './FieldsContext.tsx'
import { useYMapEntry } from '../collaboration/index.ts'

/** What the browser's picker writes: `YYYY-MM-DD` for a date, `HH:MM` for a time of day. */
const WRITTEN_FORM = {
  date: /^\d{4}-\d{2}-\d{2}$/,
  time: /^(?:[01]\d|2[0-3]):[0-5]\d$/,
} as const

/**
 * A calendar date or a time of day, stored as the string the browser's picker writes; anything
 * else someone wrote shows empty (and is reported by the fields' problems).
 */
export function DateTimeFieldInput(props: {
  map: Y.Map<unknown>
  field: DateFieldDefinition | TimeFieldDefinition
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
        type={field.type}
        {...(field.type === 'time' ? { step: 60 } : {})}
        value={typeof entry === 'string' && WRITTEN_FORM[field.type].test(entry) ? entry : ''}
        readOnly={readOnly}
        aria-describedby={field.hint === undefined ? undefined : `${id}-aide`}
        onChange={(event) => {
          map.set(field.name, event.target.value)
        }}
      />
    </div>
  )
}
