import { useMemo, type ReactNode } from 'react'
import * as Y from 'yjs'
import type { TextFieldDefinition } from '@maillage/schema'
import { useYTextInput, useYMapEntry } from '../collaboration/index.ts'
import { FieldLabel } from './FieldLabel.tsx'
import { useFieldsEnvironment } from './FieldsContext.tsx'

/**
 * A prose field co-edited live as the Y.Text at `field.name` of `map`. If the document has no
 * Y.Text there yet (made before the field existed), the first keystroke creates it.
 */
export function TextFieldInput(props: {
  map: Y.Map<unknown>
  field: TextFieldDefinition
  id: string
}): ReactNode {
  const { map, field, id } = props
  const { readOnly } = useFieldsEnvironment()
  const entry = useYMapEntry(map, field.name)
  const detached = useMemo(() => new Y.Text(), [])
  const text = entry instanceof Y.Text ? entry : null
  const bound = useYTextInput<HTMLTextAreaElement & HTMLInputElement>(text ?? detached)

  const common = {
    id,
    ref: bound.ref,
    value: text === null ? '' : bound.value,
    readOnly,
    maxLength: field.maxLength,
    'aria-describedby': field.hint === undefined ? undefined : `${id}-aide`,
    onChange: (event: React.ChangeEvent<HTMLTextAreaElement & HTMLInputElement>) => {
      if (text !== null) {
        bound.onChange(event)
        return
      }
      const created = new Y.Text(event.target.value)
      map.set(field.name, created)
    },
  }
  return (
    <div className="champ">
      <FieldLabel id={id} field={field} />
      {field.multiline ? (
        <textarea rows={field.maxLength > 2000 ? 5 : 3} {...common} />
      ) : (
        <input type="text" {...common} />
      )}
    </div>
  )
}
