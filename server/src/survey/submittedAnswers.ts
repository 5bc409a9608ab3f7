import type { SubmittedAnswer } from '@maillage/schema'
import type { SurveyAnswer } from '../persistence/records/SurveyAnswer.ts'

/** The answers that were submitted at least once, as aggregation reads them (last submission). */
export function submittedAnswers(answers: readonly SurveyAnswer[]): SubmittedAnswer[] {
  return answers.flatMap((answer) =>
    answer.submittedAt === undefined
      ? []
      : [
          {
            spaceId: answer.spaceId,
            ...(answer.accountId === undefined ? {} : { accountId: answer.accountId }),
            submittedAt: answer.submittedAt,
            values: answer.values ?? {},
          },
        ],
  )
}
