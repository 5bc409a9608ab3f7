import type { ReactNode } from 'react'
import { THEMATIQUE_OPTIONS } from '@maillage/schema'
import { labelOf } from '../../ui/labelOf.ts'
import { regionalTexts } from './regionalTexts.ts'

/** One bar: a thématique and its count of actions. */
interface ThematiqueCount {
  readonly value: string
  readonly label: string
  readonly count: number
}

/** The thématiques that have actions, most actions first, then in the order of the options. */
function countsOf(byThematique: Readonly<Record<string, number>>): ThematiqueCount[] {
  const order = THEMATIQUE_OPTIONS.map((option) => option.value)
  const rank = (value: string) => {
    const index = order.indexOf(value)
    return index === -1 ? order.length : index
  }
  return Object.entries(byThematique)
    .filter(([, count]) => count > 0)
    .map(([value, count]) => ({ value, label: labelOf(THEMATIQUE_OPTIONS, value), count }))
    .sort((a, b) => b.count - a.count || rank(a.value) - rank(b.value))
}

/**
 * The actions of the region by thématique: horizontal bars drawn in CSS for the eye (hidden from
 * assistive technologies), then the same figures as a table, which everyone can read.
 */
export function ThematiqueChart(props: {
  byThematique: Readonly<Record<string, number>>
}): ReactNode {
  const counts = countsOf(props.byThematique)
  const max = Math.max(1, ...counts.map((entry) => entry.count))
  return (
    <section className="carte" aria-labelledby="titre-thematiques-region">
      <h2 id="titre-thematiques-region">{regionalTexts.chartHeading}</h2>
      {counts.length === 0 ? (
        <p>{regionalTexts.chartEmpty}</p>
      ) : (
        <>
          <p className="aide">{regionalTexts.chartIntro}</p>
          <div className="graphique-thematiques" aria-hidden="true">
            {counts.map((entry) => (
              <div key={entry.value} className="ligne-graphique">
                <span className="etiquette-graphique">{entry.label}</span>
                <span className="piste-graphique">
                  <span
                    className="barre-graphique"
                    style={{ width: `${(entry.count / max) * 100}%` }}
                  />
                </span>
                <span className="valeur-graphique">{entry.count}</span>
              </div>
            ))}
          </div>
          <table className="tableau-mesures">
            <caption>{regionalTexts.chartTable}</caption>
            <thead>
              <tr>
                <th scope="col">{regionalTexts.chartThematique}</th>
                <th scope="col">{regionalTexts.chartCount}</th>
              </tr>
            </thead>
            <tbody>
              {counts.map((entry) => (
                <tr key={entry.value}>
                  <th scope="row">{entry.label}</th>
                  <td>{entry.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  )
}
