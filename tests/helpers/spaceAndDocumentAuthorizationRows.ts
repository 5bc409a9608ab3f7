import type { AdminAccess, RouteRow } from './authorizationTable.ts'
import { LILLE, NEW_ACCOUNT, asAdmin, createInvitation, field } from './authorizationTable.ts'

// The rows of the authorization matrix for the core of the workspace: spaces and their members,
// invitations, documents, the accueil, personal access tokens and the audit trail.

// expected: [anonyme, lecteur, contributeur, animateur, autreEspace, admin]
export const SPACE_AND_DOCUMENT_ROUTES: readonly RouteRow[] = [
  // Spaces and members.
  {
    method: 'GET',
    url: '/api/spaces',
    expected: [401, 200, 200, 200, 200, 200],
    cell: () => ({ path: '/api/spaces' }),
  },
  {
    method: 'POST',
    url: '/api/spaces',
    expected: [401, 403, 403, 201, 403, 201],
    cell: () => ({ path: '/api/spaces', body: { name: 'Groupe de travail mobilité' } }),
  },
  {
    method: 'GET',
    url: '/api/spaces/:spaceId',
    expected: [401, 200, 200, 200, 200, 200],
    cell: () => ({ path: `/api/spaces/${LILLE}` }),
  },
  {
    method: 'GET',
    url: '/api/spaces/:spaceId/members',
    expected: [401, 200, 200, 200, 403, 200],
    cell: () => ({ path: `/api/spaces/${LILLE}/members` }),
  },
  {
    method: 'PUT',
    url: '/api/spaces/:spaceId/members/:accountId',
    expected: [401, 403, 403, 200, 403, 200],
    cell: (fixture) => ({
      path: `/api/spaces/${LILLE}/members/${fixture.bystanderId}`,
      body: { role: 'lecteur' },
    }),
  },
  {
    method: 'DELETE',
    url: '/api/spaces/:spaceId/members/:accountId',
    expected: [401, 403, 403, 204, 403, 204],
    cell: async (fixture) => {
      await asAdmin(fixture, 'PUT', `/api/spaces/${LILLE}/members/${fixture.bystanderId}`, {
        role: 'lecteur',
      })
      return { path: `/api/spaces/${LILLE}/members/${fixture.bystanderId}` }
    },
  },
  // Invitations.
  {
    method: 'POST',
    url: '/api/spaces/:spaceId/invitations',
    expected: [401, 403, 403, 201, 403, 201],
    cell: () => ({ path: `/api/spaces/${LILLE}/invitations`, body: { role: 'lecteur' } }),
  },
  {
    method: 'GET',
    url: '/api/spaces/:spaceId/invitations',
    expected: [401, 403, 403, 200, 403, 200],
    cell: () => ({ path: `/api/spaces/${LILLE}/invitations` }),
  },
  {
    method: 'DELETE',
    url: '/api/invitations/:invitationId',
    expected: [401, 403, 403, 204, 403, 204],
    cell: async (fixture) => {
      const { id } = await createInvitation(fixture, LILLE)
      return { path: `/api/invitations/${id}` }
    },
  },
  {
    method: 'GET',
    url: '/api/invitations/by-token/:token',
    expected: [200, 200, 200, 200, 200, 200],
    cell: (fixture) => ({ path: `/api/invitations/by-token/${fixture.invitationToken}` }),
  },
  {
    method: 'POST',
    url: '/api/invitations/by-token/:token/accept',
    expected: [201, 200, 200, 200, 200, 200],
    cell: async (fixture) => {
      const { token } = await createInvitation(fixture, fixture.groupId)
      return {
        path: `/api/invitations/by-token/${token}/accept`,
        body: { ...NEW_ACCOUNT, email: 'invitee-matrice@exemple.fr' },
      }
    },
  },
  // Documents.
  {
    method: 'GET',
    url: '/api/spaces/:spaceId/documents',
    expected: [401, 200, 200, 200, 200, 200],
    cell: () => ({ path: `/api/spaces/${LILLE}/documents` }),
  },
  {
    method: 'POST',
    url: '/api/spaces/:spaceId/documents',
    expected: [401, 403, 201, 201, 403, 201],
    cell: () => ({
      path: `/api/spaces/${LILLE}/documents`,
      body: { kind: 'fiche-action', title: 'Fiche action mobilité' },
    }),
  },
  {
    method: 'GET',
    url: '/api/documents/shared',
    expected: [401, 200, 200, 200, 200, 200],
    cell: () => ({ path: '/api/documents/shared' }),
  },
  {
    method: 'GET',
    url: '/api/documents/:documentId',
    expected: [401, 200, 200, 200, 404, 200],
    cell: (fixture) => ({ path: `/api/documents/${fixture.documents.private}` }),
  },
  {
    method: 'PATCH',
    url: '/api/documents/:documentId',
    expected: [401, 403, 200, 200, 404, 200],
    cell: (fixture) => ({
      path: `/api/documents/${fixture.documents.private}`,
      body: { title: 'Diagnostic territorial — Lille' },
    }),
  },
  {
    method: 'POST',
    url: '/api/documents/:documentId/archive',
    expected: [401, 403, 200, 200, 404, 200],
    cell: async (fixture) => ({
      path: `/api/documents/${await createDocument(fixture)}/archive`,
    }),
  },
  {
    method: 'POST',
    url: '/api/documents/:documentId/restore',
    expected: [401, 403, 200, 200, 404, 200],
    cell: async (fixture) => {
      const documentId = await createDocument(fixture)
      await asAdmin(fixture, 'POST', `/api/documents/${documentId}/archive`)
      return { path: `/api/documents/${documentId}/restore` }
    },
  },
  {
    // Whoever reads a fiche action may export it in the TDB RPE shape.
    method: 'GET',
    url: '/api/documents/:documentId/export',
    expected: [401, 200, 200, 200, 404, 200],
    cell: async (fixture) => ({
      path: `/api/documents/${await createDocument(fixture, 'fiche-action')}/export`,
    }),
  },
  {
    method: 'DELETE',
    url: '/api/documents/:documentId',
    expected: [401, 403, 403, 204, 404, 204],
    cell: async (fixture) => ({ path: `/api/documents/${await createDocument(fixture)}` }),
  },
  // Accueil: every signed-in person has their own.
  {
    method: 'GET',
    url: '/api/home',
    expected: [401, 200, 200, 200, 200, 200],
    cell: () => ({ path: '/api/home' }),
  },
  // Personal access tokens: each person sees and revokes only their own.
  {
    method: 'GET',
    url: '/api/tokens',
    expected: [401, 200, 200, 200, 200, 200],
    cell: () => ({ path: '/api/tokens' }),
  },
  {
    method: 'POST',
    url: '/api/tokens',
    expected: [401, 201, 201, 201, 201, 201],
    cell: () => ({ path: '/api/tokens', body: { name: 'Export des fiches action' } }),
  },
  {
    method: 'DELETE',
    url: '/api/tokens/:tokenId',
    expected: [401, 404, 404, 404, 404, 204],
    cell: async (fixture) => {
      const created = await asAdmin(fixture, 'POST', '/api/tokens', { name: 'Jeton de l’admin' })
      return { path: `/api/tokens/${field(created, 'token', 'id')}` }
    },
  },
  // Audit trail.
  {
    method: 'GET',
    url: '/api/audit',
    expected: [401, 403, 403, 403, 403, 200],
    cell: () => ({ path: '/api/audit' }),
  },
  {
    method: 'GET',
    url: '/api/audit.csv',
    expected: [401, 403, 403, 403, 403, 200],
    cell: () => ({ path: '/api/audit.csv' }),
  },
]

/** Creates a note (or a document of `kind`) in {@link LILLE} as the admin; resolves with its id. */
async function createDocument(fixture: AdminAccess, kind = 'note'): Promise<string> {
  const created = await asAdmin(fixture, 'POST', `/api/spaces/${LILLE}/documents`, {
    kind,
    title: kind === 'note' ? 'Note de veille' : 'Fiche action mobilité',
  })
  return field(created, 'document', 'id')
}
