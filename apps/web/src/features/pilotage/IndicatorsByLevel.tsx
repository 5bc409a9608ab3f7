import type { ReactNode } from 'react'
import type { IndicatorRow } from '@maillage/schema'
import { IndicatorCard } from './IndicatorCard.tsx'
import { pilotageTexts } from './texts.ts'

const LEVELS = ['realisation', 'resultat', 'impact'] as const

/** The indicators of the actions, under one heading per level: réalisation, résultat, impact. */
export function IndicatorsByLevel(props: {
  indicators: readonly IndicatorRow[]
  canMeasure: boolean
}): ReactNode {
  return (
    <section className="carte" aria-labelledby="titre-indicateurs">
      <h2 id="titre-indicateurs">{pilotageTexts.indicatorsHeading}</h2>
      {LEVELS.map((level) => {
        const shown = props.indicators.filter((indicator) => indicator.level === level)
        return (
          <section key={level} className="niveau-indicateurs" aria-labelledby={`niveau-${level}`}>
            <h3 id={`niveau-${level}`}>{pilotageTexts.levelHeadings[level]}</h3>
            {shown.length === 0 ? (
              <p className="aide">{pilotageTexts.noIndicator[level]}</p>
            ) : (
              <div className="grille-indicateurs">
                {shown.map((indicator) => (
                  <IndicatorCard
                    key={`${indicator.documentId}-${indicator.indicatorId}`}
                    indicator={indicator}
                    canMeasure={props.canMeasure}
                  />
                ))}
              </div>
            )}
          </section>
        )
      })}
    </section>
  )
}
