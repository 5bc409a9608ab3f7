import { useMemo, type ReactNode } from 'react'
import { useParams } from 'react-router'
import type { AccountView, SurveyAnswerView, SurveyView } from '@maillage/protocol'
import { DocumentRoot, surveyQuestionField } from '@maillage/schema'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { Loading } from '../../ui/Loading.tsx'
import { formatDateTime } from '../../ui/formatDate.ts'
import { usePageTitle } from '../../ui/usePageTitle.ts'
import { useSession } from '../auth/useSession.ts'
import { FieldInput } from '../document/fields/FieldInput.tsx'
import { FieldsProvider, type FieldsEnvironment } from '../document/fields/FieldsContext.tsx'
import { PresenceList } from '../document/PresenceList.tsx'
import { StatusLine } from '../document/StatusLine.tsx'
import { useCollaborativeDocument } from '../document/useCollaborativeDocument.ts'
import { useSpaces } from '../home/useHomeData.ts'
import { surveyTexts } from './texts.ts'
import { LikertInput } from './LikertInput.tsx'
import { useAnswer, useSubmitAnswer, useSurvey } from './useSurveys.ts'

/**
 * A CLPE's answer to a survey: its members fill it together, live (the answer is a Y.Doc like any
 * document), and one of them sends it.
 */
export function SurveyAnswerPage(): ReactNode {
  const { surveyId = '', spaceId = '' } = useParams()
  const survey = useSurvey(surveyId)
  const answer = useAnswer(surveyId, spaceId)
  const { session } = useSession()
  usePageTitle(
    survey.data === undefined ? surveyTexts.listTitle : surveyTexts.answerTitle(survey.data.title),
  )
  if (survey.isPending || answer.isPending) return <Loading label={surveyTexts.loading} />
  if (survey.isError) return <ErrorNotice error={survey.error} />
  if (answer.isError) return <ErrorNotice error={answer.error} />
  if (session == null) return null
  return <AnswerForm survey={survey.data} answer={answer.data} account={session.account} />
}

function AnswerForm(props: {
  survey: SurveyView
  answer: SurveyAnswerView
  account: AccountView
}): ReactNode {
  const { survey, answer, account } = props
  const collaboration = useCollaborativeDocument(answer.answerDocumentId, account)
  const submit = useSubmitAnswer(survey.id, answer.spaceId)
  const spaces = useSpaces()
  const spaceName = spaces.data?.find((space) => space.id === answer.spaceId)?.name ?? ''
  const closed = survey.status === 'close'
  const environment = useMemo<FieldsEnvironment>(
    () => ({
      readOnly: closed,
      spaceDocuments: [],
      createLinkedDocument: () => Promise.reject(new Error('no document links in a survey')),
    }),
    [closed],
  )
  const submitted = submit.data?.answer ?? answer

  return (
    <div className="page-etroite page-reponse">
      <h1 tabIndex={-1}>{surveyTexts.answerTitle(survey.title)}</h1>
      <p>{surveyTexts.answeringFor(spaceName)}</p>
      {survey.introduction !== '' && <p className="texte-long">{survey.introduction}</p>}
      {survey.mode === 'collective' && <p className="aide">{surveyTexts.answerIntro}</p>}
      {collaboration === null || !collaboration.isLoaded ? (
        <Loading label={surveyTexts.loading} />
      ) : (
        <>
          <StatusLine state={collaboration.state} onReconnect={collaboration.reconnect} />
          <PresenceList awareness={collaboration.awareness} />
          <FieldsProvider value={environment}>
            <form
              className="formulaire"
              onSubmit={(event) => {
                event.preventDefault()
                submit.mutate()
              }}
            >
              {survey.questions.map((question, index) => {
                const fields = collaboration.doc.getMap<unknown>(DocumentRoot.Fields)
                const heading =
                  question.toolTitle !== undefined &&
                  survey.questions[index - 1]?.toolDocumentId !== question.toolDocumentId ? (
                    <h2>{surveyTexts.toolQuestion(question.toolTitle)}</h2>
                  ) : null
                return (
                  <div key={question.id} className="question-enquete">
                    {heading}
                    {question.kind === 'likert' ? (
                      <LikertInput
                        map={fields}
                        name={question.id}
                        label={question.label}
                        readOnly={closed}
                      />
                    ) : (
                      <FieldInput
                        map={fields}
                        field={surveyQuestionField({ ...question, required: question.required })}
                        id={`question-${question.id}`}
                      />
                    )}
                  </div>
                )
              })}
              {submit.isError && <ErrorNotice error={submit.error} />}
              <p role="status">
                {submitted.submittedAt === undefined
                  ? surveyTexts.notSubmitted
                  : surveyTexts.submitted(
                      formatDateTime(submitted.submittedAt),
                      submitted.submittedByName ?? '',
                    )}
                {submitted.late === true && ` ${surveyTexts.late}`}
              </p>
              {closed ? (
                <p className="avis">{surveyTexts.closed}</p>
              ) : (
                <button type="submit" className="bouton-principal" disabled={submit.isPending}>
                  {submit.isPending ? surveyTexts.submitting : surveyTexts.submit}
                </button>
              )}
            </form>
          </FieldsProvider>
        </>
      )}
    </div>
  )
}
