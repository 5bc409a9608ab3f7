import type {
  AtelierPollActionBody,
  AtelierPollAnswerBody,
  AtelierPollAnswerView,
  AtelierPollCreateBody,
  AtelierPollListView,
  AtelierPollPatchBody,
  AtelierPollResultsView,
  AtelierPollView,
  AtelierWordCloudView,
  AtelierWordModerationBody,
  AtelierWordsView,
} from '@maillage/protocol'
import { enc, type ApiClient } from '../../../../api/ApiClient.ts'

const base = (atelierId: string): string => `/api/ateliers/${enc(atelierId)}`

/** The prepared polls and the word clouds (facilitators). */
export function listPolls(api: ApiClient, atelierId: string): Promise<AtelierPollListView> {
  return api.request<AtelierPollListView>('GET', `${base(atelierId)}/sondages`)
}

export function createPoll(
  api: ApiClient,
  atelierId: string,
  body: AtelierPollCreateBody,
): Promise<AtelierPollView> {
  return api.request<AtelierPollView>('POST', `${base(atelierId)}/sondages`, body)
}

export function patchPoll(
  api: ApiClient,
  atelierId: string,
  pollId: string,
  body: AtelierPollPatchBody,
): Promise<AtelierPollView> {
  return api.request<AtelierPollView>('PATCH', `${base(atelierId)}/sondages/${enc(pollId)}`, body)
}

export async function deletePoll(api: ApiClient, atelierId: string, pollId: string): Promise<void> {
  await api.request('DELETE', `${base(atelierId)}/sondages/${enc(pollId)}`)
}

export function actOnPoll(
  api: ApiClient,
  atelierId: string,
  pollId: string,
  body: AtelierPollActionBody,
): Promise<AtelierPollView> {
  return api.request<AtelierPollView>(
    'POST',
    `${base(atelierId)}/sondages/${enc(pollId)}/etat`,
    body,
  )
}

/** The live distribution of a poll (facilitators), revealed or not. */
export function pollResults(
  api: ApiClient,
  atelierId: string,
  pollId: string,
): Promise<AtelierPollResultsView> {
  return api.request<AtelierPollResultsView>(
    'GET',
    `${base(atelierId)}/sondages/${enc(pollId)}/resultats`,
  )
}

export function ownAnswer(
  api: ApiClient,
  atelierId: string,
  pollId: string,
): Promise<AtelierPollAnswerView> {
  return api.request<AtelierPollAnswerView>(
    'GET',
    `${base(atelierId)}/sondages/${enc(pollId)}/reponse`,
  )
}

export function sendAnswer(
  api: ApiClient,
  atelierId: string,
  pollId: string,
  body: AtelierPollAnswerBody,
): Promise<AtelierPollAnswerView> {
  return api.request<AtelierPollAnswerView>(
    'PUT',
    `${base(atelierId)}/sondages/${enc(pollId)}/reponse`,
    body,
  )
}

export function openCloud(
  api: ApiClient,
  atelierId: string,
  prompt: string,
): Promise<AtelierWordCloudView> {
  return api.request<AtelierWordCloudView>('POST', `${base(atelierId)}/nuages`, { prompt })
}

export function actOnCloud(
  api: ApiClient,
  atelierId: string,
  cloudId: string,
  action: 'cloturer' | 'rouvrir',
): Promise<AtelierWordCloudView> {
  return api.request<AtelierWordCloudView>(
    'POST',
    `${base(atelierId)}/nuages/${enc(cloudId)}/etat`,
    { action },
  )
}

export function moderateCloud(
  api: ApiClient,
  atelierId: string,
  cloudId: string,
  body: AtelierWordModerationBody,
): Promise<AtelierWordCloudView> {
  return api.request<AtelierWordCloudView>(
    'POST',
    `${base(atelierId)}/nuages/${enc(cloudId)}/moderation`,
    body,
  )
}

export function ownWords(
  api: ApiClient,
  atelierId: string,
  cloudId: string,
): Promise<AtelierWordsView> {
  return api.request<AtelierWordsView>('GET', `${base(atelierId)}/nuages/${enc(cloudId)}/mots`)
}

export function sendWords(
  api: ApiClient,
  atelierId: string,
  cloudId: string,
  words: readonly string[],
): Promise<AtelierWordsView> {
  return api.request<AtelierWordsView>('PUT', `${base(atelierId)}/nuages/${enc(cloudId)}/mots`, {
    words,
  })
}
