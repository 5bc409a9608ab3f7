import type {
  CommentCreateBody,
  CommentReplyBody,
  CommentStatusName,
  CommentThreadView,
  PersonRefView,
} from '@maillage/protocol'
import { enc, type ApiClient } from '../../api/ApiClient.ts'

const threadsPath = (documentId: string): string => `/api/documents/${enc(documentId)}/commentaires`

/** Opens a thread on a passage or a field. */
export function openThread(
  api: ApiClient,
  documentId: string,
  body: CommentCreateBody,
): Promise<CommentThreadView> {
  return api.request<CommentThreadView>('POST', threadsPath(documentId), body)
}

/** Replies to a thread. */
export function replyToThread(
  api: ApiClient,
  documentId: string,
  threadId: string,
  body: CommentReplyBody,
): Promise<CommentThreadView> {
  const path = `${threadsPath(documentId)}/${enc(threadId)}/reponses`
  return api.request<CommentThreadView>('POST', path, body)
}

/** Resolves or reopens a thread. */
export function setThreadStatus(
  api: ApiClient,
  documentId: string,
  threadId: string,
  statut: CommentStatusName,
): Promise<CommentThreadView> {
  const path = `${threadsPath(documentId)}/${enc(threadId)}/statut`
  return api.request<CommentThreadView>('PUT', path, { statut })
}

/** The members offered after `@query`. */
export function findMentionCandidates(
  api: ApiClient,
  documentId: string,
  query: string,
): Promise<PersonRefView[]> {
  const path = `${threadsPath(documentId)}/mentions?q=${encodeURIComponent(query)}`
  return api.request<PersonRefView[]>('GET', path)
}

/** Which message of which thread. */
export interface MessageTarget {
  readonly documentId: string
  readonly threadId: string
  readonly messageId: string
}

const messagePath = (target: MessageTarget): string =>
  `${threadsPath(target.documentId)}/${enc(target.threadId)}/messages/${enc(target.messageId)}`

/** Changes the text of one's own message. */
export function editMessage(
  api: ApiClient,
  target: MessageTarget,
  body: CommentReplyBody,
): Promise<CommentThreadView> {
  return api.request<CommentThreadView>('PATCH', messagePath(target), body)
}

/** Deletes one's own message (and its thread, when it was the last). */
export async function deleteMessage(api: ApiClient, target: MessageTarget): Promise<void> {
  await api.request('DELETE', messagePath(target))
}
