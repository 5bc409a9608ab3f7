import type { SurveyAnswerView, SurveyView } from '@maillage/protocol'
import { aggregateSurvey, type SurveyTarget } from '@maillage/schema'
import { canManageSurveys, canSubmitSurveyAnswer, roleIn } from '../auth/accessPolicy.ts'
import type { Actor } from '../auth/Actor.ts'
import type { Survey } from '../persistence/records/Survey.ts'
import type { SurveyAnswer } from '../persistence/records/SurveyAnswer.ts'
import { submittedAnswers } from './submittedAnswers.ts'
import { isAcceptingAnswers, surveyStatus } from './surveyStatus.ts'

/** What {@link presentSurvey} needs besides the survey. */
export interface SurveyPresentation {
  readonly actor: Actor
  readonly nowMs: number
  readonly targets: readonly SurveyTarget[]
  readonly answers: readonly SurveyAnswer[]
}

/** A survey as the API shows it to `actor`, with its status and response rate. */
export function presentSurvey(survey: Survey, context: SurveyPresentation): SurveyView {
  const { responseRate } = aggregateSurvey(survey, {
    answers: submittedAnswers(context.answers),
    targets: context.targets,
    closesAt: survey.closesAt ?? null,
  })
  return {
    id: survey.id,
    title: survey.title,
    introduction: survey.introduction,
    questions: survey.questions,
    opensAt: survey.opensAt ?? null,
    closesAt: survey.closesAt ?? null,
    status: surveyStatus(survey, context.nowMs),
    targetSpaceIds: survey.targetSpaceIds,
    mode: survey.mode,
    responseRate,
    createdBy: survey.createdBy,
    createdAt: survey.createdAt,
    updatedAt: survey.updatedAt,
    canManage: canManageSurveys(context.actor),
    mySpaceIds: survey.targetSpaceIds.filter(
      (spaceId) => roleIn(context.actor, spaceId) !== undefined,
    ),
  }
}

/**
 * An answer as the API shows it to `actor`; `submittedByName` is the name of its last submitter.
 * `canSubmit`: the actor sends (and takes back) this answer while the survey accepts answers.
 */
export function presentSurveyAnswer(
  survey: Survey,
  answer: SurveyAnswer,
  viewer: { actor: Actor; nowMs: number; submittedByName?: string | undefined },
): SurveyAnswerView {
  const { submittedByName } = viewer
  const late =
    answer.submittedAt !== undefined &&
    survey.closesAt !== undefined &&
    Date.parse(answer.submittedAt) > Date.parse(survey.closesAt)
  return {
    surveyId: answer.surveyId,
    spaceId: answer.spaceId,
    ...(answer.accountId === undefined ? {} : { accountId: answer.accountId }),
    answerDocumentId: answer.documentId,
    ...(answer.submittedAt === undefined ? {} : { submittedAt: answer.submittedAt }),
    ...(answer.submittedBy === undefined ? {} : { submittedBy: answer.submittedBy }),
    ...(submittedByName === undefined ? {} : { submittedByName }),
    ...(answer.submittedAt === undefined ? {} : { late }),
    canSubmit:
      isAcceptingAnswers(survey, viewer.nowMs) &&
      canSubmitSurveyAnswer(viewer.actor, survey, answer.spaceId),
  }
}
