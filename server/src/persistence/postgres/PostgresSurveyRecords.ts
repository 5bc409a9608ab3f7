import type { Survey } from '../records/Survey.ts'
import type { SurveyAnswer } from '../records/SurveyAnswer.ts'
import type { SurveyRecords } from '../SurveyRecords.ts'
import { SURVEY_ANSWERS, SURVEYS } from './metadataTables.ts'
import { insertRow, selectRow, selectRows, updateRow } from './postgresRows.ts'
import type { PostgresScope } from './PostgresScope.ts'

/** The survey records of `PostgresMetadataStore`. */
export class PostgresSurveyRecords implements SurveyRecords {
  readonly #scope: PostgresScope

  constructor(scope: PostgresScope) {
    this.#scope = scope
  }

  async createSurvey(survey: Survey): Promise<void> {
    await this.#scope.write((runner) => insertRow(runner, SURVEYS, survey))
  }

  findSurvey(id: string): Promise<Survey | null> {
    return selectRow(this.#scope, SURVEYS, { where: 'id = $1', values: [id] })
  }

  listSurveys(): Promise<Survey[]> {
    return selectRows(this.#scope, SURVEYS)
  }

  updateSurvey(id: string, patch: Partial<Omit<Survey, 'id'>>): Promise<Survey | null> {
    return updateRow(this.#scope, SURVEYS, { id, patchOf: () => patch })
  }

  async createSurveyAnswer(answer: SurveyAnswer): Promise<void> {
    await this.#scope.write((runner) => insertRow(runner, SURVEY_ANSWERS, answer))
  }

  findSurveyAnswer(id: string): Promise<SurveyAnswer | null> {
    return selectRow(this.#scope, SURVEY_ANSWERS, { where: 'id = $1', values: [id] })
  }

  listSurveyAnswers(surveyId: string): Promise<SurveyAnswer[]> {
    return selectRows(this.#scope, SURVEY_ANSWERS, { where: 'survey_id = $1', values: [surveyId] })
  }

  updateSurveyAnswer(
    id: string,
    patch: Partial<Omit<SurveyAnswer, 'id'>>,
  ): Promise<SurveyAnswer | null> {
    return updateRow(this.#scope, SURVEY_ANSWERS, { id, patchOf: () => patch })
  }
}
