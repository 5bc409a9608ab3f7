import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { Loading } from '../../ui/Loading.tsx'
import { formatDateTime } from '../../ui/formatDate.ts'
import { usePageTitle } from '../../ui/usePageTitle.ts'
import { useSession } from '../../api/useSession.ts'
import { useSpaces } from '../../api/useSpaces.ts'
import { surveyTexts } from './texts.ts'
import { useSurveys } from './useSurveys.ts'

/** The surveys one manages (regional team) or is asked to answer (CLPE members). */
export function SurveysPage(): ReactNode {
  usePageTitle(surveyTexts.listTitle)
  const surveys = useSurveys()
  const spaces = useSpaces()
  const { session } = useSession()
  const nameOf = (spaceId: string): string =>
    spaces.data?.find((space) => space.id === spaceId)?.name ?? spaceId
  // The server decides; the button is shown to those it lets create surveys.
  const canCreate =
    session?.account.platformRole === 'admin' ||
    spaces.data?.some((space) => space.kind === 'regional' && space.myRole === 'animateur') === true
  return (
    <div className="page-etroite">
      <h1 tabIndex={-1}>{surveyTexts.listTitle}</h1>
      <p>{surveyTexts.listIntro}</p>
      {canCreate && (
        <p>
          <Link className="bouton-principal" to="/enquetes/nouvelle">
            {surveyTexts.create}
          </Link>
        </p>
      )}
      {surveys.isPending && <Loading label={surveyTexts.loading} />}
      {surveys.isError && (
        <ErrorNotice error={surveys.error} onRetry={() => void surveys.refetch()} />
      )}
      {surveys.data?.length === 0 && <p>{surveyTexts.none}</p>}
      <ul className="liste-documents">
        {surveys.data?.map((survey) => (
          <li key={survey.id} className="element-document">
            <span className="lien-document">{survey.title}</span>
            <span className="badge">{surveyTexts.status[survey.status] ?? survey.status}</span>
            {survey.opensAt !== null && survey.closesAt !== null && (
              <span className="derniere-modification">
                {surveyTexts.period(
                  formatDateTime(survey.opensAt),
                  formatDateTime(survey.closesAt),
                )}
              </span>
            )}
            <span className="derniere-modification">
              {surveyTexts.rate(survey.responseRate.answered, survey.responseRate.targeted)}
            </span>
            <span className="actions-enquete">
              {survey.status !== 'brouillon' &&
                survey.mySpaceIds.map((spaceId) => (
                  <Link key={spaceId} to={`/enquetes/${survey.id}/reponses/${spaceId}`}>
                    {surveyTexts.answer(nameOf(spaceId))}
                  </Link>
                ))}
              {survey.canManage && survey.status === 'brouillon' && (
                <Link to={`/enquetes/${survey.id}`}>
                  {surveyTexts.edit}
                  <span className="visuellement-cache"> {survey.title}</span>
                </Link>
              )}
              {survey.canManage && survey.status !== 'brouillon' && (
                <Link to={`/enquetes/${survey.id}/resultats`}>
                  {surveyTexts.results}
                  <span className="visuellement-cache"> {survey.title}</span>
                </Link>
              )}
            </span>
          </li>
        ))}
      </ul>
    </div>
  )
}
