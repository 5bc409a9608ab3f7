import { useState, type ReactNode } from 'react'
import type * as Y from 'yjs'
import { QUALITY_LEVEL_LABELS, type KindDefinition, type QualityLevel } from '@maillage/schema'
import { fieldTexts } from './texts.ts'
import { useFieldValues } from './useFieldValues.ts'

const LEVEL_ORDER: readonly QualityLevel[] = ['axe-de-progres', 'a-consolider', 'point-fort']

/**
 * The live quality coaching of a document against its kind's grid: the score out of 100 and each
 * criterion as point fort, à consolider or axe de progrès with what to improve, weakest first.
 */
export function QualityPanel(props: {
  fields: Y.Map<unknown>
  definition: KindDefinition
  title: string
}): ReactNode {
  const { values } = useFieldValues(props.fields, props.definition)
  const { quality } = props.definition
  // The grid reads the date only to compare it with the fiche's dates: the day it opened will do.
  const [now] = useState(() => Date.now())
  if (quality === null) return null
  const report = quality(values, { now, title: props.title })
  const criteria = [...report.criteria].sort(
    (a, b) =>
      LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level) ||
      b.maxPoints - b.points - (a.maxPoints - a.points),
  )
  return (
    <section className="panneau-qualite" aria-labelledby="titre-qualite">
      <h2 id="titre-qualite">{fieldTexts.qualityHeading}</h2>
      <p className="score-qualite">
        <meter min={0} max={100} low={50} high={75} optimum={100} value={report.score} />{' '}
        <strong>{fieldTexts.qualityScore(report.score)}</strong>
      </p>
      <p className="aide">{fieldTexts.qualityIntro}</p>
      <ul className="criteres">
        {criteria.map((criterion) => (
          <li key={criterion.id} className={`critere niveau-${criterion.level}`}>
            <span className="niveau">{QUALITY_LEVEL_LABELS[criterion.level]}</span>
            <span className="libelle-critere">{criterion.label}</span>
            {criterion.level !== 'point-fort' && <span className="conseil">{criterion.hint}</span>}
          </li>
        ))}
      </ul>
    </section>
  )
}
