import type { ReactNode } from 'react'
import type { ChoiceOption } from '@maillage/schema'
import { rankedCounts } from './optionCounts.ts'

/** The words of one chart: its heading, what it counts, the caption and headers of its table. */
export interface OptionCountsChartTexts {
  readonly heading: string
  readonly intro: string
  readonly caption: string
  readonly optionHeader: string
  readonly countHeader: string
  readonly empty: string
}

/**
 * The actions of the region by option (thématique, public): horizontal bars drawn in CSS for the
 * eye (hidden from assistive technologies), then the same figures as a table, which everyone can
 * read. `id` names the section's heading, unique on the page.
 */
export function OptionCountsChart(props: {
  id: string
  options: readonly ChoiceOption[]
  counts: Readonly<Record<string, number>>
  texts: OptionCountsChartTexts
}): ReactNode {
  const { id, texts } = props
  const counts = rankedCounts(props.options, props.counts)
  const max = Math.max(1, ...counts.map((entry) => entry.count))
  return (
    <section className="carte" aria-labelledby={id}>
      <h2 id={id}>{texts.heading}</h2>
      {counts.length === 0 ? (
        <p>{texts.empty}</p>
      ) : (
        <>
          <p className="aide">{texts.intro}</p>
          <div className="graphique-barres" aria-hidden="true">
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
            <caption>{texts.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{texts.optionHeader}</th>
                <th scope="col">{texts.countHeader}</th>
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
