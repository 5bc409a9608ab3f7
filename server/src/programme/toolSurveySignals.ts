import type { ProgrammeSurveySignalView } from '@maillage/protocol'
import { aggregateSurvey, toolQuestionId } from '@maillage/schema'
import type { MetadataStore } from '../persistence/MetadataStore.ts'
import { submittedAnswers } from '../survey/submittedAnswers.ts'
import { surveyTargets } from '../survey/surveyTargets.ts'

/**
 * Under this mean of « Utilité pour votre CLPE » (1–5), a tool's line calls for an adjustment:
 * below the scale's middle, the CLPE that use it say it serves them little.
 */
export const ADJUSTMENT_USEFULNESS_THRESHOLD = 3

/**
 * What the opened surveys say about the fiches outil `toolDocumentIds`: for each survey with a
 * block about one of them, the mean usefulness and how many counted answers rated it. Surveys
 * are read once for all the tools asked about.
 */
export async function toolSurveySignals(
  store: MetadataStore,
  toolDocumentIds: ReadonlySet<string>,
): Promise<ProgrammeSurveySignalView[]> {
  if (toolDocumentIds.size === 0) return []
  const surveys = (await store.surveys.listSurveys()).filter(
    (survey) =>
      survey.opensAt !== undefined &&
      survey.questions.some(
        (question) =>
          question.toolDocumentId !== undefined && toolDocumentIds.has(question.toolDocumentId),
      ),
  )
  const signals: ProgrammeSurveySignalView[] = []
  for (const survey of surveys) {
    const results = aggregateSurvey(survey, {
      answers: submittedAnswers(await store.surveys.listSurveyAnswers(survey.id)),
      targets: await surveyTargets(store, survey),
      closesAt: survey.closesAt ?? null,
    })
    for (const tool of results.tools) {
      if (!toolDocumentIds.has(tool.toolDocumentId)) continue
      const usefulness = tool.questions.find(
        (question) => question.questionId === toolQuestionId(tool.toolDocumentId, 'utilite'),
      )
      const mean = usefulness?.mean ?? null
      signals.push({
        surveyId: survey.id,
        surveyTitle: survey.title,
        toolDocumentId: tool.toolDocumentId,
        toolTitle: tool.toolTitle,
        usefulness: mean,
        answers: usefulness?.n ?? 0,
        callsForAdjustment: mean !== null && mean < ADJUSTMENT_USEFULNESS_THRESHOLD,
      })
    }
  }
  return signals
}
