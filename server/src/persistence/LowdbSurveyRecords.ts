import type { LowdbDatabase } from './LowdbDatabase.ts'
import type { MetadataFile } from './metadataFileSchema.ts'
import { insertRecord, replaceRecord, type RecordKind } from './recordCollection.ts'
import { surveySchema, type Survey } from './records/Survey.ts'
import { surveyAnswerSchema, type SurveyAnswer } from './records/SurveyAnswer.ts'
import type { SurveyRecords } from './SurveyRecords.ts'

const SURVEY: RecordKind<Survey> = { name: 'survey', schema: surveySchema, unique: ['id'] }
const SURVEY_ANSWER: RecordKind<SurveyAnswer> = {
  name: 'survey answer',
  schema: surveyAnswerSchema,
  unique: ['id'],
}

/** The survey records of `LowdbMetadataStore`, in the same file and the same coalesced writes. */
export class LowdbSurveyRecords implements SurveyRecords {
  readonly #db: LowdbDatabase<MetadataFile>

  constructor(db: LowdbDatabase<MetadataFile>) {
    this.#db = db
  }

  async createSurvey(survey: Survey): Promise<void> {
    await this.#db.write((data) => insertRecord(data.surveys, survey, SURVEY))
  }

  findSurvey(id: string): Promise<Survey | null> {
    return this.#db.read((data) => data.surveys.find((survey) => survey.id === id) ?? null)
  }

  listSurveys(): Promise<Survey[]> {
    return this.#db.read((data) => data.surveys)
  }

  updateSurvey(id: string, patch: Partial<Omit<Survey, 'id'>>): Promise<Survey | null> {
    return this.#db.write((data) => replaceRecord(data.surveys, { id, patch }, SURVEY))
  }

  async createSurveyAnswer(answer: SurveyAnswer): Promise<void> {
    await this.#db.write((data) => insertRecord(data.surveyAnswers, answer, SURVEY_ANSWER))
  }

  findSurveyAnswer(id: string): Promise<SurveyAnswer | null> {
    return this.#db.read((data) => data.surveyAnswers.find((answer) => answer.id === id) ?? null)
  }

  listSurveyAnswers(surveyId: string): Promise<SurveyAnswer[]> {
    return this.#db.read((data) =>
      data.surveyAnswers.filter((answer) => answer.surveyId === surveyId),
    )
  }

  updateSurveyAnswer(
    id: string,
    patch: Partial<Omit<SurveyAnswer, 'id'>>,
  ): Promise<SurveyAnswer | null> {
    return this.#db.write((data) => replaceRecord(data.surveyAnswers, { id, patch }, SURVEY_ANSWER))
  }
}
