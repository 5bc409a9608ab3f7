import type { ReactNode } from 'react'
import type { AtelierPollResultsView } from '@maillage/protocol'
import { pollTexts as texts } from './texts.ts'

function percentOf(count: number, total: number): number {
  return total === 0 ? 0 : Math.round((count / total) * 100)
}

/**
 * The results of a poll as bars (plain HTML: each line says its label, count and percentage;
 * the coloured bar is decoration), the right answers of a quiz marked, or the texts of an open
 * question; names only when the poll is named (the server sends none otherwise).
 */
export function PollBars(props: { results: AtelierPollResultsView }): ReactNode {
  const { results } = props
  if (results.bars.length === 0) {
    if (results.texts.length === 0) return <p className="aide">{texts.noAnswer}</p>
    return (
      <ul className="reponses-ouvertes" aria-label={texts.openAnswers}>
        {results.texts.map((answer, index) => (
          <li key={index}>
            {answer.text}
            {answer.name !== undefined && answer.name !== '' && (
              <span className="nom-reponse"> — {answer.name}</span>
            )}
          </li>
        ))}
      </ul>
    )
  }
  return (
    <ul className="barres-sondage">
      {results.bars.map((bar) => {
        const percent = percentOf(bar.count, results.answerCount)
        return (
          <li key={bar.key} className={bar.correct === true ? 'barre-correcte' : undefined}>
            <span className="libelle-barre">
              {texts.bar(bar.label, bar.count, percent)}
              {bar.correct === true && <strong> ✓ {texts.correctMark}</strong>}
            </span>
            <span className="piste-barre" aria-hidden="true">
              <span className="remplissage-barre" style={{ width: `${percent}%` }} />
            </span>
            {bar.names !== undefined && bar.names.length > 0 && (
              <span className="noms-barre">{bar.names.join(', ')}</span>
            )}
          </li>
        )
      })}
    </ul>
  )
}
