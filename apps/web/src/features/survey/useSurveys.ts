import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { SurveyDraftBody, SurveyOpenBody, SurveyPatchBody } from '@maillage/protocol'
import { useApi } from '../../api/ApiProvider.tsx'
import {
  createSurvey,
  getAnswer,
  getResults,
  getSurvey,
  listCatalogueTools,
  listSurveys,
  openSurvey,
  reopenAnswer,
  submitAnswer,
  updateSurvey,
} from './surveyApi.ts'

const keys = {
  all: ['surveys'] as const,
  one: (id: string) => ['surveys', id] as const,
  answer: (id: string, spaceId: string) => ['surveys', id, 'answers', spaceId] as const,
  results: (id: string) => ['surveys', id, 'results'] as const,
}

/** The surveys the signed-in person manages or answers. */
export function useSurveys() {
  const api = useApi()
  return useQuery({ queryKey: keys.all, queryFn: () => listSurveys(api) })
}

/** One survey. */
export function useSurvey(id: string) {
  const api = useApi()
  return useQuery({ queryKey: keys.one(id), queryFn: () => getSurvey(api, id) })
}

/** Creates a brouillon. */
export function useCreateSurvey() {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: SurveyDraftBody) => createSurvey(api, body),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  })
}

/** Changes a brouillon, or opens it for a period. */
export function useChangeSurvey(id: string) {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: { patch: SurveyPatchBody } | { open: SurveyOpenBody }) =>
      'open' in input ? openSurvey(api, id, input.open) : updateSurvey(api, id, input.patch),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  })
}

/** The answer of a space to a survey (created on first access). */
export function useAnswer(id: string, spaceId: string) {
  const api = useApi()
  return useQuery({
    queryKey: keys.answer(id, spaceId),
    queryFn: () => getAnswer(api, id, spaceId),
  })
}

/** Submits a space's answer as it stands. */
export function useSubmitAnswer(id: string, spaceId: string) {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => submitAnswer(api, id, spaceId),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  })
}

/** Takes a sent answer back, to change it before sending it again. */
export function useReopenAnswer(id: string, spaceId: string) {
  const api = useApi()
  const client = useQueryClient()
  return useMutation({
    mutationFn: () => reopenAnswer(api, id, spaceId),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.all }),
  })
}

/** The tools of the catalogue, for the author to pick those the survey asks about. */
export function useCatalogueTools() {
  const api = useApi()
  return useQuery({ queryKey: ['surveys', 'tools'], queryFn: () => listCatalogueTools(api) })
}

/** The results of a survey (regional team). */
export function useResults(id: string) {
  const api = useApi()
  return useQuery({ queryKey: keys.results(id), queryFn: () => getResults(api, id) })
}
