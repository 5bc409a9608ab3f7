import type { ReactNode } from 'react'
import type * as Y from 'yjs'
import type { FieldProblem, KindDefinition } from '@maillage/schema'
import { FieldInput } from './FieldInput.tsx'
import { fieldTexts } from './texts.ts'

/** The structured fields of a document, section by section, co-edited live. */
export function FieldsPanel(props: {
  fields: Y.Map<unknown>
  definition: KindDefinition
  problems: readonly FieldProblem[]
  /** Sections to leave out for now (the bilan of a fiche that is not finished). */
  hiddenSections?: readonly string[]
}): ReactNode {
  const { fields, definition, problems } = props
  const sections = definition.sections.filter(
    (section) => !(props.hiddenSections ?? []).includes(section.title),
  )
  return (
    <section className="champs-structures" aria-labelledby="titre-champs">
      <h2 id="titre-champs">{definition.label}</h2>
      {problems.length > 0 && (
        <div className="avis" role="alert">
          <p>
            <strong>{fieldTexts.problemsHeading}</strong> — {fieldTexts.problemsIntro}
          </p>
          <ul>
            {problems.map((problem) => (
              <li key={problem.path.join('.')}>{problem.message}</li>
            ))}
          </ul>
        </div>
      )}
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
}
