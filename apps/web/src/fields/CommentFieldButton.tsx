import type { ReactNode } from 'react'
import type { FieldDefinition } from '@maillage/schema'
import { useFieldsEnvironment } from './FieldsContext.tsx'
import { fieldTexts as texts } from './texts.ts'

/**
 * « Commenter ce champ » beside a field's label or legend, where the page lets one comment that
 * field (`FieldsEnvironment.commentField`); nothing otherwise.
 */
export function CommentFieldButton(props: { field: FieldDefinition }): ReactNode {
  const { commentField } = useFieldsEnvironment()
  const { name, label } = props.field
  if (commentField?.names.has(name) !== true) return null
  return (
    <button
      type="button"
      className="bouton-lien bouton-commenter-champ"
      aria-label={`${texts.commentField} «\u00a0${label}\u00a0»`}
      onClick={() => {
        commentField.start(name, label)
      }}
    >
      {texts.commentField}
    </button>
  )
}
