import type { SurveyStatusName } from '@maillage/protocol'
import type { Survey } from '../persistence/records/Survey.ts'

/**
 * The status of a survey at `nowMs`: `brouillon` until opened, `close` from `closesAt` on,
 * `ouverte` otherwise (answers are accepted from `opensAt`).
 */
export function surveyStatus(survey: Survey, nowMs: number): SurveyStatusName {
  if (survey.opensAt === undefined || survey.closesAt === undefined) return 'brouillon'
  return nowMs > Date.parse(survey.closesAt) ? 'close' : 'ouverte'
}

/** True when answers may be submitted at `nowMs`: between `opensAt` and `closesAt`, both included. */
export function isAcceptingAnswers(survey: Survey, nowMs: number): boolean {
  if (survey.opensAt === undefined || survey.closesAt === undefined) return false
  return nowMs >= Date.parse(survey.opensAt) && nowMs <= Date.parse(survey.closesAt)
}
