import type { ReactNode } from 'react'
import { Link, useParams } from 'react-router'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { Loading } from '../../ui/Loading.tsx'
import { formatDateTime } from '../../ui/formatDate.ts'
import { usePageTitle } from '../../ui/usePageTitle.ts'
import { QuestionResult } from './QuestionResult.tsx'
import { surveyTexts } from './texts.ts'
import { useResults, useSurvey } from './useSurveys.ts'

/** The results of a survey: response rate per CLPE, each question, each tool, CSV export. */
export function SurveyResultsPage(): ReactNode {
  const { surveyId = '' } = useParams()
  const survey = useSurvey(surveyId)
  const results = useResults(surveyId)
  const title =
    survey.data === undefined ? surveyTexts.results : surveyTexts.resultsTitle(survey.data.title)
  usePageTitle(title)
  if (survey.isPending || results.isPending) return <Loading label={surveyTexts.loading} />
  if (survey.isError) return <ErrorNotice error={survey.error} />
  if (results.isError) return <ErrorNotice error={results.error} />
  const data = results.data
  return (
    <div className="page-resultats">
      <h1 tabIndex={-1}>{title}</h1>
      <p>
        {surveyTexts.rate(data.responseRate.answered, data.responseRate.targeted)} ·{' '}
        <a href={`/api/surveys/${encodeURIComponent(surveyId)}/results.csv`} download>
          {surveyTexts.csv}
        </a>{' '}
        · <Link to="/enquetes">{surveyTexts.listTitle}</Link>
      </p>
      <section className="carte" aria-labelledby="titre-par-clpe">
        <h2 id="titre-par-clpe">{surveyTexts.perSpace}</h2>
        <table className="tableau-mesures">
          <thead>
            <tr>
              <th scope="col">{surveyTexts.space}</th>
              <th scope="col">{surveyTexts.answeredCol}</th>
              <th scope="col">{surveyTexts.targetedCol}</th>
              <th scope="col">{surveyTexts.lateCol}</th>
              <th scope="col">{surveyTexts.lastCol}</th>
            </tr>
          </thead>
          <tbody>
            {data.spaces.map((space) => (
              <tr key={space.spaceId}>
                <th scope="row">{space.spaceName}</th>
                <td>{space.answered}</td>
                <td>{space.targeted}</td>
                <td>{space.late}</td>
                <td>
                  {space.lastSubmittedAt === undefined
                    ? '—'
                    : formatDateTime(space.lastSubmittedAt)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {data.questions.length > 0 && (
        <section className="carte" aria-labelledby="titre-generales">
          <h2 id="titre-generales">{surveyTexts.generalHeading}</h2>
          {data.questions.map((result) => (
            <QuestionResult key={result.questionId} result={result} />
          ))}
        </section>
      )}
      {data.tools.map((tool) => (
        <section
          key={tool.toolDocumentId}
          className="carte"
          aria-labelledby={`outil-${tool.toolDocumentId}`}
        >
          <h2 id={`outil-${tool.toolDocumentId}`}>{surveyTexts.toolQuestion(tool.toolTitle)}</h2>
          {tool.questions.map((result) => (
            <QuestionResult key={result.questionId} result={result} />
          ))}
        </section>
      ))}
    </div>
  )
}
