import type { ReactNode } from 'react'
import type { FieldDefinition } from '@maillage/schema'
import { CommentFieldButton } from './CommentFieldButton.tsx'

/**
 * A field's label, « Commenter ce champ » where one may, and its hint (the hint's id is
 * `<id>-aide`, for `aria-describedby`).
 */
export function FieldLabel(props: { id: string; field: FieldDefinition }): ReactNode {
  return (
    <>
      <label htmlFor={props.id}>{props.field.label}</label>
      <CommentFieldButton field={props.field} />
      {props.field.hint !== undefined && (
        <p className="aide" id={`${props.id}-aide`}>
          {props.field.hint}
        </p>
      )}
    </>
  )
}
