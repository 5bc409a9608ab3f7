import { useEffect, useMemo, type ReactNode } from 'react'
import { useParams } from 'react-router'
import type { AccountView, SurveyAnswerView, SurveyView } from '@maillage/protocol'
import { DocumentRoot, surveyQuestionField } from '@maillage/schema'
import { ErrorNotice } from '../../ui/ErrorNotice.tsx'
import { Loading } from '../../ui/Loading.tsx'
import { formatDateTime } from '../../ui/formatDate.ts'
import { usePageTitle } from '../../ui/usePageTitle.ts'
import { useSession } from '../../api/useSession.ts'
import { FieldInput, FieldsProvider, type FieldsEnvironment } from '../../fields/index.ts'
import {
  PresenceList,
  StatusLine,
  useCollaborativeDocument,
  type CollaborativeDocument,
} from '../../collaboration/index.ts'
import { useSpaces } from '../../api/useSpaces.ts'
import { surveyTexts } from './texts.ts'
import { LikertInput } from './LikertInput.tsx'
import { useAnswerSubmission } from './useAnswerSubmission.ts'
import { useAnswer, useReopenAnswer, useSubmitAnswer, useSurvey } from './useSurveys.ts'

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
  const spaces = useSpaces()
  const spaceName = spaces.data?.find((space) => space.id === answer.spaceId)?.name ?? ''

  return (
    <div className="page-etroite page-reponse">
      <h1 tabIndex={-1}>{surveyTexts.answerTitle(survey.title)}</h1>
      <p>{surveyTexts.answeringFor(spaceName)}</p>
      {survey.introduction !== '' && <p className="texte-long">{survey.introduction}</p>}
      {survey.mode === 'collective' && <p className="aide">{surveyTexts.answerIntro}</p>}
      {collaboration === null || !collaboration.isLoaded ? (
        <Loading label={surveyTexts.loading} />
      ) : (
        <LoadedAnswer survey={survey} answer={answer} collaboration={collaboration} />
      )}
    </div>
  )
}

/**
 * The answer's questions, live. Read-only — inputs disabled or read-only, status « Lecture seule »
 * — for whoever may not change or send it (lecteurs, the regional team), once the
 * survey is closed, and as soon as the answer is sent (the server writes it into the document, so
 * every co-filler sees it at once).
 */
function LoadedAnswer(props: {
  survey: SurveyView
  answer: SurveyAnswerView
  collaboration: CollaborativeDocument
}): ReactNode {
  const { survey, answer, collaboration } = props
  const submit = useSubmitAnswer(survey.id, answer.spaceId)
  const reopen = useReopenAnswer(survey.id, answer.spaceId)
  const sent = useAnswerSubmission(collaboration.doc)
  const closed = survey.status === 'close'
  // Whoever may not send the answer does not fill it either (the regional team reads it).
  const readOnly = collaboration.readOnly || closed || sent !== null || !answer.canSubmit
  const { refreshAccess } = collaboration
  // Sent or taken back by someone: the server changed what this connection may do.
  useEffect(() => {
    refreshAccess()
  }, [sent, refreshAccess])
  const environment = useMemo<FieldsEnvironment>(
    () => ({
      readOnly,
      spaceDocuments: [],
      createLinkedDocument: () => Promise.reject(new Error('no document links in a survey')),
    }),
    [readOnly],
  )
  const fields = collaboration.doc.getMap<unknown>(DocumentRoot.Fields)

  return (
    <>
      <StatusLine
        state={collaboration.state}
        readOnly={readOnly}
        onReconnect={collaboration.reconnect}
      />
      <PresenceList awareness={collaboration.awareness} />
      {!answer.canSubmit && !closed && <p className="avis">{surveyTexts.readOnly}</p>}
      <FieldsProvider value={environment}>
        <form
          className="formulaire"
          onSubmit={(event) => {
            event.preventDefault()
            if (sent === null) submit.mutate()
            else reopen.mutate()
          }}
        >
          {survey.questions.map((question, index) => {
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
                    readOnly={readOnly}
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
          {reopen.isError && <ErrorNotice error={reopen.error} />}
          <p role="status" className="etat-envoi">
            {sentText(answer, sent)}
            {answer.late === true && ` ${surveyTexts.late}`}
          </p>
          {closed && <p className="avis">{surveyTexts.closed}</p>}
          {!closed && answer.canSubmit && (
            <SendButton sent={sent !== null} pending={submit.isPending || reopen.isPending} />
          )}
        </form>
      </FieldsProvider>
    </>
  )
}

function SendButton(props: { sent: boolean; pending: boolean }): ReactNode {
  const { sent, pending } = props
  const label = sent
    ? pending
      ? surveyTexts.reopening
      : surveyTexts.reopen
    : pending
      ? surveyTexts.submitting
      : surveyTexts.submit
  return (
    <button
      type="submit"
      className={sent ? 'bouton-secondaire' : 'bouton-principal'}
      disabled={pending}
    >
      {label}
    </button>
  )
}

// Live from the document when sent; from the last stored submission when taken back since.
function sentText(answer: SurveyAnswerView, sent: { at: string; byName: string } | null): string {
  if (sent !== null) {
    return `${surveyTexts.submitted(formatDateTime(sent.at), sent.byName)} ${surveyTexts.submittedLocked}`
  }
  if (answer.submittedAt === undefined) return surveyTexts.notSubmitted
  return surveyTexts.reopened(formatDateTime(answer.submittedAt), answer.submittedByName ?? '')
}
