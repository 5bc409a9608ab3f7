import type { ReactNode } from 'react'
import type * as Y from 'yjs'
import type { KindDefinition } from '@maillage/schema'
import { fieldTexts } from './texts.ts'
import { useFieldValues } from '../collaboration/index.ts'

/** The values of the wrong type found in the fields (written by a faulty client), if any. */
export function FieldProblems(props: {
  fields: Y.Map<unknown>
  definition: KindDefinition
}): ReactNode {
  const { problems } = useFieldValues(props.fields, props.definition)
  if (problems.length === 0) return null
  return (
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
  )
}
