import { memo, type ReactNode } from 'react'
import type * as Y from 'yjs'
import {
  FICHE_ACTION_BILAN_SECTION,
  FICHE_ACTION_STATUS_FIELD,
  isBilanExpected,
  type KindDefinition,
} from '@maillage/schema'
import { FieldInput } from './FieldInput.tsx'
import { FieldProblems } from './FieldProblems.tsx'
import { useYMapEntry } from '../collaboration/index.ts'

/**
 * The structured fields of a document, section by section, co-edited live. Each input follows
 * its own value, so a keystroke in one field re-renders that field only, not the panel.
 */
export const FieldsPanel = memo(function FieldsPanel(props: {
  fields: Y.Map<unknown>
  definition: KindDefinition
}): ReactNode {
  const { fields, definition } = props
  const status = useYMapEntry(fields, FICHE_ACTION_STATUS_FIELD)
  // The bilan of a fiche action is asked for once it is terminée or abandonnée.
  const bilanHidden =
    definition.kind === 'fiche-action' &&
    !isBilanExpected({ [FICHE_ACTION_STATUS_FIELD]: typeof status === 'string' ? status : '' })
  const sections = definition.sections.filter(
    (section) => !(bilanHidden && section.title === FICHE_ACTION_BILAN_SECTION),
  )
  return (
    <section className="champs-structures" aria-labelledby="titre-champs">
      <h2 id="titre-champs">{definition.label}</h2>
      <FieldProblems fields={fields} definition={definition} />
      {sections.map((section, index) => (
        <section
          key={section.title}
          className="section-champs"
          aria-labelledby={`section-${index}`}
        >
          <h3 id={`section-${index}`}>{section.title}</h3>
          {section.fields.map((field) => (
            <FieldInput key={field.name} map={fields} field={field} id={`champ-${field.name}`} />
          ))}
        </section>
      ))}
    </section>
  )
})
