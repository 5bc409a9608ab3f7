import { memo, type ReactNode } from 'react'
import type * as Y from 'yjs'
import {
  maturityFieldNames,
  type FieldDefinition,
  type KindDefinition,
  type MaturityQuestion,
} from '@maillage/schema'
import { FieldInput } from '../../fields/index.ts'
import { LevelRadios } from './LevelRadios.tsx'
import { maturityTexts } from './texts.ts'

/**
 * One question of the grid, co-edited live: its four levels as radio buttons, then the
 * justification and the preuves (links to the CLPE's documents), as the auto-évaluation kind
 * defines them.
 */
export const GridQuestion = memo(function GridQuestion(props: {
  fields: Y.Map<unknown>
  question: MaturityQuestion
  number: number
  definition: KindDefinition
  readOnly: boolean
}): ReactNode {
  const { fields, question, number, definition, readOnly } = props
  const names = maturityFieldNames(question.id)
  const justification = fieldNamed(definition, names.justification)
  const evidence = fieldNamed(definition, names.evidence)
  return (
    <fieldset className="question-grille" id={`question-${question.id}`}>
      <legend>
        <span className="numero-question">{number}.</span> {question.label}
      </legend>
      <p className="aide">{question.help}</p>
      <fieldset className="champ">
        <legend>{maturityTexts.levelLegend}</legend>
        <LevelRadios map={fields} name={names.level} question={question} readOnly={readOnly} />
      </fieldset>
      {justification !== null && (
        <FieldInput map={fields} field={justification} id={`champ-${names.justification}`} />
      )}
      {evidence !== null && (
        <FieldInput map={fields} field={evidence} id={`champ-${names.evidence}`} />
      )}
    </fieldset>
  )
})

function fieldNamed(definition: KindDefinition, name: string): FieldDefinition | null {
  for (const section of definition.sections) {
    const found = section.fields.find((field) => field.name === name)
    if (found !== undefined) return found
  }
  return null
}
