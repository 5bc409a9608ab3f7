import { useState, type ReactNode } from 'react'
import type * as Y from 'yjs'
import { QUALITY_LEVEL_LABELS, type KindDefinition, type QualityLevel } from '@maillage/schema'
import { useThrottledAnnouncement } from '../ui/useThrottledAnnouncement.ts'
import { describeQualityChange } from './describeQualityChange.ts'
import { fieldTexts } from './texts.ts'
import { useFieldValues } from '../collaboration/index.ts'

const LEVEL_ORDER: readonly QualityLevel[] = ['axe-de-progres', 'a-consolider', 'point-fort']
/** Least time between two spoken summaries of the quality while someone types. */
const QUALITY_ANNOUNCEMENT_INTERVAL_MS = 4000

/**
 * The live quality coaching of a document against its kind's grid: the score out of 100 and each
 * criterion as point fort, à consolider or axe de progrès with what to improve, weakest first.
 * Changes of the score or of a criterion's level are said in a polite live region, throttled.
 */
export function QualityPanel(props: {
  fields: Y.Map<unknown>
  definition: KindDefinition
  title: string
}): ReactNode {
  const { quality } = props.definition
  if (quality === null) return null
  return <QualityReportPanel {...props} quality={quality} />
}

function QualityReportPanel(props: {
  fields: Y.Map<unknown>
  definition: KindDefinition
  title: string
  quality: NonNullable<KindDefinition['quality']>
}): ReactNode {
  const { values } = useFieldValues(props.fields, props.definition)
  // The grid reads the date only to compare it with the fiche's dates: the day it opened will do.
  const [now] = useState(() => Date.now())
  const report = props.quality(values, { now, title: props.title })
  const announcement = useThrottledAnnouncement(
    report,
    describeQualityChange,
    QUALITY_ANNOUNCEMENT_INTERVAL_MS,
  )
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
      <p role="status" className="visuellement-cache">
        {announcement}
      </p>
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
