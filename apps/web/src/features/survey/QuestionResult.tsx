import type { ReactNode } from 'react'
import type { SurveyQuestionResultView } from '@maillage/protocol'
import { surveyTexts } from './texts.ts'

/**
 * The results of one question: a table of counts (with a bar drawn from the same numbers, hidden
 * from assistive technologies), the mean of a scale, the open answers, and what each CLPE
 * answered (folded, as there may be 26 of them).
 */
export function QuestionResult(props: { result: SurveyQuestionResultView }): ReactNode {
  const { result } = props
  const max = Math.max(1, ...(result.counts ?? []).map((count) => count.count))
  return (
    <section className="resultat-question" aria-labelledby={`resultat-${result.questionId}`}>
      <h3 id={`resultat-${result.questionId}`}>{result.label}</h3>
      <p className="aide">
        {surveyTexts.counted(result.n)} · {surveyTexts.nonResponse(result.nonResponse)}
        {result.mean !== undefined && ` · ${surveyTexts.mean(result.mean)}`}
      </p>
      {result.counts !== undefined && (
        <table className="tableau-mesures">
          <thead>
            <tr>
              <th scope="col">{surveyTexts.choice}</th>
              <th scope="col">{surveyTexts.countCol}</th>
              <th scope="col">
                <span className="visuellement-cache">Graphique</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {result.counts.map((count) => (
              <tr key={count.value}>
                <th scope="row">{count.label}</th>
                <td>{count.count}</td>
                <td>
                  <span
                    className="barre"
                    aria-hidden="true"
                    style={{ width: `${(count.count / max) * 10}rem` }}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {result.openAnswers !== undefined &&
        (result.openAnswers.length === 0 ? (
          <p>{surveyTexts.noOpenAnswers}</p>
        ) : (
          <ul className="reponses-libres">
            {result.openAnswers.map((answer, index) => (
              <li key={index}>
                <blockquote>{answer.text}</blockquote>
                <span className="aide">— {answer.spaceName}</span>
              </li>
            ))}
          </ul>
        ))}
      <details className="reponses-par-clpe">
        <summary>{surveyTexts.bySpace}</summary>
        <table className="tableau-mesures">
          <thead>
            <tr>
              <th scope="col">{surveyTexts.space}</th>
              <th scope="col">{surveyTexts.answerCol}</th>
            </tr>
          </thead>
          <tbody>
            {result.bySpace.map((space) => (
              <tr key={space.spaceId}>
                <th scope="row">{space.spaceName}</th>
                <td>
                  {space.answers.length === 0 ? (
                    <span className="aide">{surveyTexts.noAnswer}</span>
                  ) : (
                    space.answers.map((answer, index) => <p key={index}>{answer}</p>)
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  )
}
