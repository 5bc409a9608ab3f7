import type { ApiClient, SessionCredential } from './apiClient.ts'

/** A document as `POST /api/spaces/:spaceId/documents` answers it (the fields the tests use). */
export interface CreatedDocument {
  readonly id: string
  readonly title: string
  readonly spaceId: string
}

/** Creates a page in a space through the REST API; throws unless the server answers 201. */
export async function createPage(
  api: ApiClient,
  as: SessionCredential,
  options: { spaceId: string; title: string },
): Promise<CreatedDocument> {
  const response = await api.request<{ document: CreatedDocument }>(
    'POST',
    `/api/spaces/${options.spaceId}/documents`,
    { as, body: { kind: 'page', title: options.title } },
  )
  if (response.status !== 201) {
    throw new Error(`could not create "${options.title}": ${response.status} ${response.text}`)
  }
  return response.body.document
}
