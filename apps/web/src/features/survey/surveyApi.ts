import type {
  SurveyAnswerView,
  SurveyDraftBody,
  SurveyOpenBody,
  SurveyPatchBody,
  SurveyResultsView,
  SurveySubmissionView,
  SurveyView,
  ToolCatalogueView,
} from '@maillage/protocol'
import { enc, type ApiClient } from '../../api/ApiClient.ts'

/** The surveys the signed-in person manages or is asked to answer. */
export async function listSurveys(api: ApiClient): Promise<readonly SurveyView[]> {
  return (await api.request<{ surveys: SurveyView[] }>('GET', '/api/surveys')).surveys
}

/** One survey. */
export async function getSurvey(api: ApiClient, id: string): Promise<SurveyView> {
  return (await api.request<{ survey: SurveyView }>('GET', `/api/surveys/${enc(id)}`)).survey
}

/** Creates a survey in brouillon. */
export async function createSurvey(api: ApiClient, body: SurveyDraftBody): Promise<SurveyView> {
  return (await api.request<{ survey: SurveyView }>('POST', '/api/surveys', body)).survey
}

/** Changes a brouillon. */
export async function updateSurvey(
  api: ApiClient,
  id: string,
  body: SurveyPatchBody,
): Promise<SurveyView> {
  const path = `/api/surveys/${enc(id)}`
  return (await api.request<{ survey: SurveyView }>('PATCH', path, body)).survey
}

/** Opens a survey for a period. */
export async function openSurvey(
  api: ApiClient,
  id: string,
  body: SurveyOpenBody,
): Promise<SurveyView> {
  const path = `/api/surveys/${enc(id)}/open`
  return (await api.request<{ survey: SurveyView }>('POST', path, body)).survey
}

/** The answer of a space (created on first access). */
export async function getAnswer(
  api: ApiClient,
  surveyId: string,
  spaceId: string,
): Promise<SurveyAnswerView> {
  const path = `/api/surveys/${enc(surveyId)}/answers/${enc(spaceId)}`
  return (await api.request<{ answer: SurveyAnswerView }>('GET', path)).answer
}

/** Submits the answer as it stands in its document. */
export function submitAnswer(
  api: ApiClient,
  surveyId: string,
  spaceId: string,
): Promise<SurveySubmissionView> {
  const path = `/api/surveys/${enc(surveyId)}/answers/${enc(spaceId)}/submit`
  return api.request<SurveySubmissionView>('POST', path)
}

/** Takes a sent answer back to change it (it stays counted until sent again). */
export async function reopenAnswer(
  api: ApiClient,
  surveyId: string,
  spaceId: string,
): Promise<SurveyAnswerView> {
  const path = `/api/surveys/${enc(surveyId)}/answers/${enc(spaceId)}/reopen`
  return (await api.request<{ answer: SurveyAnswerView }>('POST', path)).answer
}

/** The tools of the catalogue a survey may ask about: their fiche outil and title. */
export async function listCatalogueTools(
  api: ApiClient,
): Promise<readonly { readonly documentId: string; readonly title: string }[]> {
  const path = '/api/toolbox/tools?sort=title'
  return (await api.request<ToolCatalogueView>('GET', path)).tools
}

/** The results (regional team only). */
export async function getResults(api: ApiClient, id: string): Promise<SurveyResultsView> {
  const path = `/api/surveys/${enc(id)}/results`
  return (await api.request<{ results: SurveyResultsView }>('GET', path)).results
}
