import type { Fixture, RouteRow } from './authorizationTable.ts'
import { asAdmin, field } from './authorizationTable.ts'

// The rows of the version history in the authorization matrix: whoever reads a document lists,
// views and compares its versions; its editors name and restore them; another space's member
// gets 404 as for the document itself.

/** One named version of the private document per fixture, made once by the admin. */
const versionOfFixture = new WeakMap<Fixture, Promise<string>>()

function versionOf(fixture: Fixture): Promise<string> {
  let version = versionOfFixture.get(fixture)
  if (version === undefined) {
    version = asAdmin(fixture, 'POST', `/api/documents/${fixture.documents.private}/versions`, {
      nom: 'Version de la matrice',
    }).then((created) => field(created, 'version', 'id'))
    versionOfFixture.set(fixture, version)
  }
  return version
}

// expected: [anonyme, lecteur, contributeur, animateur, autreEspace, admin]
/** The routes of the version history, with the status each role gets. */
export const VERSION_ROUTES: readonly RouteRow[] = [
  {
    method: 'GET',
    url: '/api/documents/:documentId/versions',
    expected: [401, 200, 200, 200, 404, 200],
    cell: (fixture) => ({ path: `/api/documents/${fixture.documents.private}/versions` }),
  },
  {
    method: 'POST',
    url: '/api/documents/:documentId/versions',
    expected: [401, 403, 201, 201, 404, 201],
    cell: (fixture) => ({
      path: `/api/documents/${fixture.documents.private}/versions`,
      body: { nom: 'Version soumise au bureau' },
    }),
  },
  {
    method: 'GET',
    url: '/api/documents/:documentId/versions/:versionId',
    expected: [401, 200, 200, 200, 404, 200],
    cell: async (fixture) => ({
      path: `/api/documents/${fixture.documents.private}/versions/${await versionOf(fixture)}`,
    }),
  },
  {
    method: 'GET',
    url: '/api/documents/:documentId/versions/:a/comparaison/:b',
    expected: [401, 200, 200, 200, 404, 200],
    cell: async (fixture) => ({
      path: `/api/documents/${fixture.documents.private}/versions/${await versionOf(fixture)}/comparaison/actuelle`,
    }),
  },
  {
    method: 'POST',
    url: '/api/documents/:documentId/versions/:versionId/restauration',
    expected: [401, 403, 201, 201, 404, 201],
    cell: async (fixture) => ({
      path: `/api/documents/${fixture.documents.private}/versions/${await versionOf(fixture)}/restauration`,
    }),
  },
]
