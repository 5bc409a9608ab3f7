import type { Survey } from './records/Survey.ts'
import type { SurveyAnswer } from './records/SurveyAnswer.ts'

/**
 * The records of the surveys of the CLPE in the metadata store: surveys and their answers. Same
 * contract as {@link MetadataStore} (validated, copies, `METADATA_CONFLICT` on a taken id).
 */
export interface SurveyRecords {
  createSurvey(survey: Survey): Promise<void>
  findSurvey(id: string): Promise<Survey | null>
  /** Every survey, oldest first. */
  listSurveys(): Promise<Survey[]>
  updateSurvey(id: string, patch: Partial<Omit<Survey, 'id'>>): Promise<Survey | null>

  createSurveyAnswer(answer: SurveyAnswer): Promise<void>
  findSurveyAnswer(id: string): Promise<SurveyAnswer | null>
  listSurveyAnswers(surveyId: string): Promise<SurveyAnswer[]>
  updateSurveyAnswer(
    id: string,
    patch: Partial<Omit<SurveyAnswer, 'id'>>,
  ): Promise<SurveyAnswer | null>
}
