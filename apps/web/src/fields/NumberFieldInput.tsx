import { useState, type ReactNode } from 'react'
import type * as Y from 'yjs'
import type { NumberFieldDefinition } from '@maillage/schema'
import { FieldLabel } from './FieldLabel.tsx'
import { useFieldsEnvironment } from './FieldsContext.tsx'
import { fieldTexts } from './texts.ts'
import { useYMapEntry } from '../collaboration/index.ts'

/**
 * A number. What is typed is shared once it reads as a number within bounds; meanwhile the draft
 * stays local, with a message tied to the field.
 */
export function NumberFieldInput(props: {
  map: Y.Map<unknown>
  field: NumberFieldDefinition
  id: string
  /** Extra help under the field (e.g. that a small count is masked when shown). */
  note?: string
}): ReactNode {
  const { map, field, id } = props
  const { readOnly } = useFieldsEnvironment()
  const entry = useYMapEntry(map, field.name)
  const shared = typeof entry === 'number' && Number.isFinite(entry) ? String(entry) : ''
  const [draft, setDraft] = useState<string | null>(null)
  const invalid = draft !== null && draft !== shared
  const describedBy = [
    field.hint === undefined ? null : `${id}-aide`,
    invalid ? `${id}-erreur` : null,
    props.note === undefined ? null : `${id}-note`,
  ]
    .filter((part) => part !== null)
    .join(' ')

  return (
    <div className={invalid ? 'champ champ-court champ-en-erreur' : 'champ champ-court'}>
      <FieldLabel id={id} field={field} />
      <span className="avec-unite">
        <input
          id={id}
          type="text"
          inputMode={field.integer ? 'numeric' : 'decimal'}
          value={draft ?? shared}
          readOnly={readOnly}
          aria-invalid={invalid}
          aria-describedby={describedBy === '' ? undefined : describedBy}
          onChange={(event) => {
            const typed = event.target.value
            const parsed = parseNumber(typed, field)
            if (typed.trim() === '') {
              map.delete(field.name)
              setDraft(null)
            } else if (parsed === null) {
              setDraft(typed)
            } else {
              map.set(field.name, parsed)
              setDraft(null)
            }
          }}
          onBlur={() => {
            setDraft(null)
          }}
        />
        {field.unit !== undefined && <span className="unite">{field.unit}</span>}
      </span>
      {invalid && (
        <p className="message-erreur" id={`${id}-erreur`}>
          {fieldTexts.numberInvalid}
          {field.min !== undefined && ` (minimum ${field.min})`}
          {field.max !== undefined && ` (maximum ${field.max})`}
        </p>
      )}
      {props.note !== undefined && (
        <p className="aide" id={`${id}-note`}>
          {props.note}
        </p>
      )}
    </div>
  )
}

function parseNumber(typed: string, field: NumberFieldDefinition): number | null {
  const normalised = typed.trim().replace(/\s/g, '').replace(',', '.')
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return null
  const value = Number(normalised)
  if (field.integer && !Number.isInteger(value)) return null
  if (field.min !== undefined && value < field.min) return null
  if (field.max !== undefined && value > field.max) return null
  return value
}
