import type { ReactNode } from 'react'
import type { FieldDefinition } from '@maillage/schema'
import { useFieldsEnvironment } from './FieldsContext.tsx'
import { fieldTexts as texts } from './texts.ts'

/** A field's label and its hint (the hint's id is `<id>-aide`, for `aria-describedby`). */
export function FieldLabel(props: { id: string; field: FieldDefinition }): ReactNode {
  const { commentField } = useFieldsEnvironment()
  return (
    <>
      <label htmlFor={props.id}>{props.field.label}</label>
      {commentField?.names.has(props.field.name) === true && (
        <button
          type="button"
          className="bouton-lien bouton-commenter-champ"
          aria-label={`${texts.commentField} «\u00a0${props.field.label}\u00a0»`}
          onClick={() => {
            commentField.start(props.field.name, props.field.label)
          }}
        >
          {texts.commentField}
        </button>
      )}
      {props.field.hint !== undefined && (
        <p className="aide" id={`${props.id}-aide`}>
          {props.field.hint}
        </p>
      )}
    </>
  )
}
