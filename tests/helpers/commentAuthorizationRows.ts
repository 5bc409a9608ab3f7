import type { Fixture, RouteRow } from './authorizationTable.ts'

// The rows of the comments of documents in the authorization matrix, on the private diagnostic of
// CLPE Lille. Its lecteurs comment (the space keeps the default right, `commentaire`); a member of
// another CLPE does not learn the document exists (404).

/** A thread anchored at the end of the rich text, as any editor may open it. */
const NEW_THREAD = {
  ancre: { type: 'texte', start: { tname: 'body' }, end: { tname: 'body' }, quote: '' },
  texte: 'Ajouter la source des chiffres.',
}

const threadsPath = (fixture: Fixture): string =>
  `/api/documents/${fixture.documents.private}/commentaires`

/** A thread the admin opened on the private diagnostic: its id and its first message's. */
async function openAdminThread(fixture: Fixture): Promise<{ id: string; messageId: string }> {
  const response = await fixture.api.request<{ id: string; messages: { id: string }[] }>(
    'POST',
    threadsPath(fixture),
    { as: fixture.admin, body: NEW_THREAD },
  )
  const messageId = response.body.messages[0]?.id
  if (response.status !== 201 || messageId === undefined) {
    throw new Error(`thread not opened: ${response.text}`)
  }
  return { id: response.body.id, messageId }
}

/** The id of a thread the admin opened on the private diagnostic. */
async function adminThread(fixture: Fixture): Promise<string> {
  return (await openAdminThread(fixture)).id
}

/** The path of the first message of a thread the admin opened. */
async function adminMessagePath(fixture: Fixture): Promise<string> {
  const { id, messageId } = await openAdminThread(fixture)
  return `${threadsPath(fixture)}/${id}/messages/${messageId}`
}

// expected: [anonyme, lecteur, contributeur, animateur, autreEspace, admin]
/** Every route of the comments, with the status each role gets. */
export const COMMENT_ROUTES: readonly RouteRow[] = [
  {
    method: 'GET',
    url: '/api/documents/:documentId/commentaires',
    expected: [401, 200, 200, 200, 404, 200],
    cell: (fixture) => ({ path: threadsPath(fixture) }),
  },
  {
    method: 'POST',
    url: '/api/documents/:documentId/commentaires',
    expected: [401, 201, 201, 201, 404, 201],
    cell: (fixture) => ({ path: threadsPath(fixture), body: NEW_THREAD }),
  },
  {
    method: 'GET',
    url: '/api/documents/:documentId/commentaires/mentions',
    expected: [401, 200, 200, 200, 404, 200],
    cell: (fixture) => ({ path: `${threadsPath(fixture)}/mentions` }),
  },
  {
    method: 'POST',
    url: '/api/documents/:documentId/commentaires/:threadId/reponses',
    expected: [401, 201, 201, 201, 404, 201],
    cell: async (fixture) => ({
      path: `${threadsPath(fixture)}/${await adminThread(fixture)}/reponses`,
      body: { texte: 'Source : France Travail, mars.' },
    }),
  },
  {
    method: 'PATCH',
    url: '/api/documents/:documentId/commentaires/:threadId/messages/:messageId',
    // Only its author changes a message.
    expected: [401, 403, 403, 403, 404, 200],
    cell: async (fixture) => ({
      path: await adminMessagePath(fixture),
      body: { texte: 'Ajouter la source des chiffres (INSEE).' },
    }),
  },
  {
    method: 'DELETE',
    url: '/api/documents/:documentId/commentaires/:threadId/messages/:messageId',
    expected: [401, 403, 403, 403, 404, 200],
    cell: async (fixture) => ({ path: await adminMessagePath(fixture) }),
  },
  {
    method: 'PUT',
    url: '/api/documents/:documentId/commentaires/:threadId/statut',
    expected: [401, 200, 200, 200, 404, 200],
    cell: async (fixture) => ({
      path: `${threadsPath(fixture)}/${await adminThread(fixture)}/statut`,
      body: { statut: 'resolu' },
    }),
  },
]
